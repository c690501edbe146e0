import type { Dataset } from '../../dataset/model.ts';
import { pick } from '../../i18n/translate.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { useMemo } from 'react';
import { categoryCharts } from '../../model/chart-groups.ts';
import { citedSources } from '../../model/cited-sources.ts';
import { scoreboard } from '../../model/scoreboard.ts';
import { ChartGrid } from '../../widgets/chart-grid.tsx';
import { FindingList } from '../../widgets/finding-list.tsx';
import { KpiGrid } from '../../widgets/kpi-grid.tsx';
import { MilestoneList } from '../../widgets/milestone-list.tsx';
import { ExcelDownload } from '../../widgets/export/excel-download.tsx';
import { PageExport } from '../../widgets/export/page-export.tsx';
import { SourcesCited } from '../../widgets/sources-cited.tsx';
import { BriefDownload } from './brief/brief-download.tsx';
import { KeyChangesPanel } from './key-changes-panel.tsx';
import '../../ui/page-head.css';
import './overview.css';

/** Every category, every metric (detail ones too): the overview's Excel workbook. */
const OVERVIEW_WORKBOOK = { kind: 'overview' } as const;

interface OverviewPageProps {
  dataset: Dataset;
  year: number;
  years: readonly number[];
}

export function OverviewPage({ dataset, year, years }: OverviewPageProps) {
  const lang = useLang();
  const t = useT();
  // Every category's first charts: what the page shows, and what its Export all puts in the ZIP.
  const sections = useMemo(
    () =>
      dataset.categories.map((category) => ({
        category,
        charts: categoryCharts(dataset, category, years, lang, true),
      })),
    [dataset, years, lang],
  );
  const specs = useMemo(() => sections.flatMap((s) => s.charts.map((c) => c.spec)), [sections]);
  const sources = useMemo(
    () =>
      citedSources(dataset, {
        metrics: sections.flatMap((s) => s.charts.map((c) => c.metric)),
        years,
        figures: scoreboard(dataset, year).cards.map((card) => card.figure),
        notes: [...dataset.milestones, ...dataset.findings],
      }),
    [dataset, sections, years, year],
  );
  return (
    <>
      <PageExport
        name="overview"
        title={t('navOverview')}
        specs={specs}
        kpis={{ dataset, year }}
        specsIn={(other) =>
          dataset.categories.flatMap((category) =>
            categoryCharts(dataset, category, years, other, true).map((c) => c.spec),
          )
        }
      >
        <BriefDownload dataset={dataset} year={year} years={years} />
        <ExcelDownload dataset={dataset} years={years} scope={OVERVIEW_WORKBOOK} />
      </PageExport>
      <section className="kpi-section" aria-labelledby="kpis">
        <h2 id="kpis">
          {t('headlineKpis')} · {t('yearOf', { year })}
        </h2>
        <KpiGrid dataset={dataset} year={year} />
      </section>
      <KeyChangesPanel dataset={dataset} year={year} />
      {sections.map(({ category, charts }) => (
        <section
          key={category.id}
          className="category-section"
          aria-labelledby={`cat-${category.id}`}
        >
          <div className="section-head">
            <h2 id={`cat-${category.id}`}>{pick(category.name, lang)}</h2>
            <a href={`#/category/${category.id}`}>
              {t('viewCategory', { name: pick(category.name, lang) })} ({category.metricIds.length})
            </a>
          </div>
          <ChartGrid charts={charts} />
          <div className="notes-grid">
            <MilestoneList
              milestones={dataset.milestones.filter((m) => m.categoryId === category.id)}
            />
            <FindingList
              dataset={dataset}
              findings={dataset.findings.filter((f) => f.categoryId === category.id)}
              within={`cat-${category.id}`}
            />
          </div>
        </section>
      ))}
      <SourcesCited sources={sources} />
    </>
  );
}

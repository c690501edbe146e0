import type { Category, Dataset } from '../../dataset/model.ts';
import { pick } from '../../i18n/translate.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { useMemo } from 'react';
import { categoryCharts } from '../../model/chart-groups.ts';
import { citedSources } from '../../model/cited-sources.ts';
import { ChartGrid } from '../../widgets/chart-grid.tsx';
import { EmbedCode } from '../../widgets/embed-code.tsx';
import { FindingList } from '../../widgets/finding-list.tsx';
import { MilestoneList } from '../../widgets/milestone-list.tsx';
import { ExcelDownload } from '../../widgets/export/excel-download.tsx';
import { PageExport } from '../../widgets/export/page-export.tsx';
import { SourcesCited } from '../../widgets/sources-cited.tsx';
import '../../ui/page-head.css';
import './category.css';

interface CategoryPageProps {
  dataset: Dataset;
  category: Category;
  years: readonly number[];
}

export function CategoryPage({ dataset, category, years }: CategoryPageProps) {
  const lang = useLang();
  const t = useT();
  const metrics = category.metricIds.flatMap((id) => dataset.metricById.get(id) ?? []);
  const charts = useMemo(
    () => categoryCharts(dataset, category, years, lang),
    [dataset, category, years, lang],
  );
  return (
    <>
      <div className="page-head">
        <h2>{pick(category.name, lang)}</h2>
        {/* A div, not a p: the embed dialog inside it may not sit in a paragraph. */}
        <div className="page-meta">
          {t('figureCount', { count: metrics.length })}
          {' · '}
          <EmbedCode
            target={{ view: 'category', id: category.id }}
            title={pick(category.name, lang)}
            metrics={charts.map((c) => ({ id: c.metric.id, name: c.spec.title }))}
          />
        </div>
      </div>
      <PageExport
        name={`category-${category.id}`}
        title={pick(category.name, lang)}
        specs={charts.map((c) => c.spec)}
        specsIn={(other) => categoryCharts(dataset, category, years, other).map((c) => c.spec)}
      >
        <ExcelDownload
          dataset={dataset}
          years={years}
          scope={{ kind: 'category', categoryId: category.id }}
        />
      </PageExport>
      <ChartGrid charts={charts} />
      <nav className="metric-index" aria-label={t('viewMetric')}>
        <ul>
          {metrics.map((m) => (
            <li key={m.id}>
              <a href={`#/metric/${m.id}`}>{pick(m.name, lang)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="notes-grid">
        <MilestoneList
          milestones={dataset.milestones.filter((m) => m.categoryId === category.id)}
        />
        <FindingList
          dataset={dataset}
          findings={dataset.findings.filter((f) => f.categoryId === category.id)}
        />
      </div>
      <SourcesCited
        sources={citedSources(dataset, {
          metrics: charts.map((c) => c.metric),
          years,
          notes: [...dataset.milestones, ...dataset.findings].filter(
            (note) => note.categoryId === category.id,
          ),
        })}
      />
    </>
  );
}

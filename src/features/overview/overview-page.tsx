import type { Dataset } from '../../dataset/model.ts';
import { pick } from '../../i18n/translate.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { CategoryCharts } from '../../widgets/category-charts.tsx';
import { FindingList } from '../../widgets/finding-list.tsx';
import { KpiGrid } from '../../widgets/kpi-grid.tsx';
import { MilestoneList } from '../../widgets/milestone-list.tsx';
import { ExportScope } from '../../widgets/export/export-scope.tsx';
import { PageExport } from '../../widgets/export/page-export.tsx';
import { KeyChangesPanel } from './key-changes-panel.tsx';

interface OverviewPageProps {
  dataset: Dataset;
  year: number;
  years: readonly number[];
}

export function OverviewPage({ dataset, year, years }: OverviewPageProps) {
  const lang = useLang();
  const t = useT();
  return (
    <ExportScope>
      <PageExport name="overview" title={t('navOverview')} />
      <section aria-labelledby="kpis">
        <h2 id="kpis">
          {t('headlineKpis')} · {t('yearOf', { year })}
        </h2>
        <KpiGrid dataset={dataset} year={year} />
      </section>
      <KeyChangesPanel dataset={dataset} year={year} />
      {dataset.categories.map((category) => (
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
          <CategoryCharts dataset={dataset} category={category} years={years} compact />
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
    </ExportScope>
  );
}

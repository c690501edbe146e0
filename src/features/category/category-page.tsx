import type { Category, Dataset } from '../../dataset/model.ts';
import { pick } from '../../i18n/translate.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { CategoryCharts } from '../../widgets/category-charts.tsx';
import { FindingList } from '../../widgets/finding-list.tsx';
import { MilestoneList } from '../../widgets/milestone-list.tsx';
import { ExportScope } from '../../widgets/export/export-scope.tsx';
import { PageExport } from '../../widgets/export/page-export.tsx';

interface CategoryPageProps {
  dataset: Dataset;
  category: Category;
  years: readonly number[];
}

export function CategoryPage({ dataset, category, years }: CategoryPageProps) {
  const lang = useLang();
  const t = useT();
  const metrics = category.metricIds.flatMap((id) => dataset.metricById.get(id) ?? []);
  return (
    <ExportScope>
      <div className="page-head">
        <h2>{pick(category.name, lang)}</h2>
        <p>{t('figureCount', { count: metrics.length })}</p>
      </div>
      <PageExport name={`category-${category.id}`} title={pick(category.name, lang)} />
      <CategoryCharts dataset={dataset} category={category} years={years} />
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
    </ExportScope>
  );
}

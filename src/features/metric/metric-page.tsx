import type { Dataset, Metric } from '../../dataset/model.ts';
import { pick } from '../../i18n/translate.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { FindingList } from '../../widgets/finding-list.tsx';
import { metricSpec } from '../../model/chart-spec/metric-spec.ts';
import { Chart } from '../../ui/chart/chart.tsx';
import { EmbedCode } from '../../widgets/embed-code.tsx';
import { ExportActions } from '../../widgets/export/export-actions.tsx';
import { MetricSources } from './metric-sources.tsx';
import { MetricYearTable } from './metric-year-table.tsx';
import '../../ui/page-head.css';
import './metric.css';

interface MetricPageProps {
  dataset: Dataset;
  metric: Metric;
  years: readonly number[];
}

export function MetricPage({ dataset, metric, years }: MetricPageProps) {
  const lang = useLang();
  const t = useT();
  const category = dataset.categoryById.get(metric.categoryId);
  const findings = dataset.findings.filter((f) => f.metricIds.includes(metric.id));
  const spec = metricSpec(dataset, metric, years, lang);
  return (
    <>
      <div className="page-head">
        {category && (
          <p className="breadcrumb">
            <a href={`#/category/${category.id}`}>{pick(category.name, lang)}</a>
          </p>
        )}
        <h2>{pick(metric.name, lang)}</h2>
        {metric.definition && (
          <p className="definition">
            <strong>{t('definition')}</strong>
            {t('colon')}
            {pick(metric.definition, lang)}
          </p>
        )}
      </div>
      <Chart
        spec={spec}
        actions={
          <>
            <ExportActions spec={spec} />
            <EmbedCode target={{ view: 'metric', id: metric.id }} title={pick(metric.name, lang)} />
          </>
        }
      />
      <section aria-labelledby="all-years" className="all-years">
        <h3 id="all-years">{t('allYearsTable')}</h3>
        <MetricYearTable metric={metric} years={dataset.years} />
      </section>
      <MetricSources metric={metric} />
      <FindingList dataset={dataset} findings={findings} title={t('relatedFindings')} />
    </>
  );
}

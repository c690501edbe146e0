import type { Dataset } from '../../dataset/model.ts';
import { pick } from '../../i18n/translate.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { FindingList } from '../../widgets/finding-list.tsx';
import { MilestoneList } from '../../widgets/milestone-list.tsx';
import { ExcelDownload } from '../../widgets/export/excel-download.tsx';
import { PageExport } from '../../widgets/export/page-export.tsx';
import { SourcesCited } from '../../widgets/sources-cited.tsx';
import { citedSources } from '../../model/cited-sources.ts';
import { ChangeTable } from './change-table.tsx';
import { IndexFigure } from './index-figure.tsx';
import { MetricPicker } from './metric-picker.tsx';
import { TrendCharts } from './trend-charts.tsx';
import { trendsCharts } from './trends-charts.ts';
import { readings, useTrendsSettings, type Reading } from './trends-settings.ts';
import '../../ui/page-head.css';
import './trends.css';

const readingLabel = {
  values: 'readingValues',
  change: 'readingChange',
  index: 'readingIndex',
} as const;

interface TrendsPageProps {
  dataset: Dataset;
  years: readonly number[];
}

export function TrendsPage({ dataset, years }: TrendsPageProps) {
  const lang = useLang();
  const t = useT();
  const chosen = useTrendsSettings((s) => s.metrics);
  const reading = useTrendsSettings((s) => s.reading);
  const setReading = useTrendsSettings((s) => s.setReading);
  const choose = useTrendsSettings((s) => s.chooseMetrics);
  const ids = chosen ?? dataset.metrics.filter((m) => m.headline).map((m) => m.id);
  const metrics = ids.flatMap((id) => dataset.metricById.get(id) ?? []);
  const unknown = ids.filter((id) => !dataset.metricById.has(id));
  const shown = trendsCharts(dataset, metrics, years, reading, lang);

  return (
    <>
      <div className="page-head">
        <h2>{t('trendsTitle')}</h2>
        <p>{t('trendsIntro')}</p>
      </div>
      <div className="trends-controls">
        <MetricPicker dataset={dataset} selected={ids} onChange={choose} />
        <fieldset className="reading">
          <legend>{t('reading')}</legend>
          {readings.map((r: Reading) => (
            <label key={r}>
              <input
                type="radio"
                name="reading"
                value={r}
                checked={reading === r}
                onChange={() => setReading(r)}
              />
              {t(readingLabel[r])}
            </label>
          ))}
        </fieldset>
      </div>
      {metrics.length > 0 && (
        <ul className="chips" aria-label={t('selectedMetrics')}>
          {metrics.map((m) => (
            <li key={m.id}>
              {pick(m.name, lang)}
              <button
                type="button"
                aria-label={t('removeMetric', { name: pick(m.name, lang) })}
                onClick={() => choose(ids.filter((id) => id !== m.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {unknown.length > 0 && (
        <p className="notice">{t('unknownMetrics', { ids: unknown.join(', ') })}</p>
      )}
      {metrics.length === 0 ? (
        <p className="notice">{t('noMetricsChosen')}</p>
      ) : (
        <>
          <PageExport
            name={`trends-${reading}`}
            title={t('trendsTitle')}
            specs={shown.specs}
            specsIn={(other) => trendsCharts(dataset, metrics, years, reading, other).specs}
          >
            <ExcelDownload
              dataset={dataset}
              years={years}
              scope={{ kind: 'trends', metricIds: metrics.map((m) => m.id) }}
            />
          </PageExport>
          {shown.reading === 'index' ? (
            <IndexFigure index={shown.index} />
          ) : (
            <TrendCharts charts={shown.charts} without={shown.without} />
          )}
          <ChangeTable metrics={metrics} years={years} />
        </>
      )}
      <section aria-labelledby="timeline" className="timeline-section">
        <h2 id="timeline">{t('timelineTitle')}</h2>
        <div className="notes-grid">
          <MilestoneList milestones={dataset.milestones} />
          <FindingList
            dataset={dataset}
            findings={[...dataset.findings].sort((a, b) => a.year - b.year)}
          />
        </div>
      </section>
      <SourcesCited
        sources={citedSources(dataset, {
          metrics,
          years,
          notes: [...dataset.milestones, ...dataset.findings],
        })}
      />
    </>
  );
}

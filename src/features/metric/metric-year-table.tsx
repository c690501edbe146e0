import type { Metric } from '../../dataset/model.ts';
import { formatFigure } from '../../i18n/format.ts';
import { pick } from '../../i18n/translate.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { ChangeCell } from '../../widgets/change-cell.tsx';
import { metricSeries } from '../../model/metric-series.ts';
import '../../ui/data-table.css';

/** Every year of the dataset: the figure or "not published", its change and its source. */
export function MetricYearTable({ metric, years }: { metric: Metric; years: readonly number[] }) {
  const lang = useLang();
  const t = useT();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{pick(metric.name, lang)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('year')}</th>
            <th scope="col">{t('value')}</th>
            <th scope="col">{t('change')}</th>
            <th scope="col">{t('source')}</th>
          </tr>
        </thead>
        <tbody>
          {metricSeries(metric, years).map(({ year, observation, view }) => {
            return (
              <tr key={year} className={observation ? undefined : 'row-missing'}>
                <th scope="row">{year}</th>
                <td>{observation ? formatFigure(observation, metric, lang) : t('notPublished')}</td>
                <td>{observation && <ChangeCell view={view} metric={metric} year={year} />}</td>
                <td>{observation ? pick(observation.source.title, lang) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

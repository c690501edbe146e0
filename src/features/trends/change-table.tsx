import { useState } from 'react';
import type { Metric } from '../../dataset/model.ts';
import { formatRelative } from '../../i18n/format.ts';
import { pick } from '../../i18n/translate.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { seriesYear } from '../../model/metric-series.ts';
import { compoundGrowth } from '../../model/growth.ts';
import { ChangeCell } from '../../widgets/change-cell.tsx';
import '../../ui/data-table.css';

const growthReason = {
  kind: 'growthKind',
  tooFewYears: 'growthFewYears',
  zeroBase: 'growthZeroBase',
  approximate: 'growthApprox',
  definitionChanged: 'definitionBreak',
} as const;

/** Every chosen metric × year: the change in its own terms, or the reason none is shown. */
export function ChangeTable({
  metrics,
  years,
}: {
  metrics: readonly Metric[];
  years: readonly number[];
}) {
  const lang = useLang();
  const t = useT();
  const [showAll, setShowAll] = useState(false);
  // Rows with a change to read come first; the rest wait behind a button.
  const comparable = metrics.filter((m) =>
    years.some((y) => seriesYear(m, y).change.status === 'compared'),
  );
  const rest = metrics.filter((m) => !comparable.includes(m));
  const rows = showAll ? [...comparable, ...rest] : comparable;
  return (
    <div className="table-scroll">
      <table className="data-table change-table">
        <caption>{t('changeTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('metric')}</th>
            {years.map((y) => (
              <th key={y} scope="col">
                {y}
              </th>
            ))}
            <th scope="col">{t('compoundGrowth')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((metric) => {
            const growth = compoundGrowth(metric, years);
            return (
              <tr key={metric.id}>
                <th scope="row">
                  <a href={`#/metric/${metric.id}`}>{pick(metric.name, lang)}</a>
                </th>
                {years.map((year) => (
                  <td key={year}>
                    <ChangeCell view={seriesYear(metric, year).view} metric={metric} year={year} />
                  </td>
                ))}
                <td>
                  {growth.status === 'shown' ? (
                    <>
                      {formatRelative(growth.rate, lang)}
                      <span className="change-versus">
                        {' '}
                        {growth.from.year}–{growth.to.year}
                      </span>
                    </>
                  ) : (
                    <span className="change-reason">{t(growthReason[growth.reason])}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rest.length > 0 && (
        <button
          type="button"
          className="link-button"
          aria-expanded={showAll}
          onClick={() => setShowAll((v) => !v)}
        >
          {showAll ? t('fewerRows') : t('moreRows', { count: rest.length })}
        </button>
      )}
    </div>
  );
}

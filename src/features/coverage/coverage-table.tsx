import type { CoverageCell, CoverageTable as Table } from '../../model/coverage.ts';
import type { Metric } from '../../dataset/model.ts';
import { formatFigure } from '../../i18n/format.ts';
import { pick } from '../../i18n/translate.ts';
import { useLang, useT } from '../../settings/use-lang.ts';
import { coverageLabel, coverageMark } from './coverage-marks.ts';
import '../../ui/data-table.css';

function Cell({ cell, metric }: { cell: CoverageCell; metric: Metric }) {
  const lang = useLang();
  const t = useT();
  return (
    <td className={`coverage-cell coverage-${cell.coverage}`}>
      <span className="coverage-status">
        <span aria-hidden="true">{coverageMark[cell.coverage]}</span>{' '}
        <span className="coverage-word">{t(coverageLabel[cell.coverage])}</span>
      </span>{' '}
      {cell.observation && (
        <span className="coverage-figure">{formatFigure(cell.observation, metric, lang)}</span>
      )}
    </td>
  );
}

/** Metrics × years, a body per category, and how many figures each year publishes. */
export function CoverageTable({ table }: { table: Table }) {
  const lang = useLang();
  const t = useT();
  return (
    <div className="table-scroll">
      <table className="data-table coverage-table">
        <caption>{t('coverageCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('metric')}</th>
            {table.years.map((year) => (
              <th key={year} scope="col">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        {table.groups.map(({ category, rows }) => (
          <tbody key={category.id}>
            <tr className="coverage-group">
              <th scope="rowgroup" colSpan={table.years.length + 1}>
                <span>{pick(category.name, lang)}</span>
              </th>
            </tr>
            {rows.map(({ metric, cells }) => (
              <tr key={metric.id}>
                <th scope="row">
                  <a href={`#/metric/${encodeURIComponent(metric.id)}`}>
                    {pick(metric.name, lang)}
                  </a>
                </th>
                {cells.map((cell) => (
                  <Cell key={cell.year} cell={cell} metric={metric} />
                ))}
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          <tr>
            <th scope="row">{t('coverageCounts')}</th>
            {table.counts.map((count) => (
              <td key={count.year}>
                <span className="coverage-count">
                  {t('coverageYearCount', { count: count.withFigure })}
                </span>
                {count.approximate > 0 && (
                  <span className="coverage-count-approx">
                    {t('aside', { text: t('coverageApproxCount', { count: count.approximate }) })}
                  </span>
                )}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

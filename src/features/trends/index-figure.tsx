import type { Metric } from '../../dataset/model.ts';
import { formatIndex } from '../../i18n/format.ts';
import { pick } from '../../i18n/translate.ts';
import { useLang, useT } from '../../i18n/use-t.ts';
import { indexSeries } from '../../model/index-series.ts';
import { ChartFrame } from '../../ui/chart-frame.tsx';
import { IndexChart } from '../../ui/charts/lazy-charts.ts';
import { frameLabels, sourceLine } from '../../widgets/chart-labels.ts';

/** The chosen metrics on one chart, each as an index of the first year they all have (= 100). */
export function IndexFigure({
  metrics,
  years,
}: {
  metrics: readonly Metric[];
  years: readonly number[];
}) {
  const lang = useLang();
  const t = useT();
  const index = indexSeries(metrics, years);
  const excluded = index.excluded.map((m) => pick(m.name, lang)).join(lang === 'zh' ? '、' : ', ');
  if (index.status === 'none')
    return (
      <p className="notice">
        {t(index.reason === 'noCommonYear' ? 'indexNoCommonYear' : 'indexNothing')}
        {excluded && ` ${t('indexExcluded', { names: excluded })}`}
      </p>
    );
  const title = t('indexTitle', { year: index.base });
  const value = (n: number | null) => (n === null ? t('notPublished') : formatIndex(n, lang));
  return (
    <>
      <ChartFrame
        id="trends-index"
        title={title}
        unit={t('indexUnit', { year: index.base })}
        summary={index.lines
          .map(
            (l) =>
              `${pick(l.metric.name, lang)}${lang === 'zh' ? '：' : ': '}${l.values.map(value).join(lang === 'zh' ? '，' : ', ')}`,
          )
          .join(lang === 'zh' ? '；' : '; ')}
        sourceLine={sourceLine(
          index.lines.flatMap((l) => l.metric.observations.filter((o) => years.includes(o.year))),
          lang,
        )}
        table={{
          columns: [lang === 'zh' ? '指标' : 'Metric', ...years.map(String)],
          rows: index.lines.map((l) => [pick(l.metric.name, lang), ...l.values.map(value)]),
        }}
        labels={frameLabels(lang, title)}
        height={360}
      >
        <IndexChart
          years={years}
          lines={index.lines.map((l) => ({
            key: l.metric.id,
            name: `${pick(l.metric.name, lang)}${l.approximate ? ' ≈' : ''}`,
            values: l.values,
            dashed: l.approximate,
          }))}
        />
      </ChartFrame>
      {index.lines.some((l) => l.approximate) && <p className="notice">{t('indexApprox')}</p>}
      {excluded && <p className="notice">{t('indexExcluded', { names: excluded })}</p>}
    </>
  );
}

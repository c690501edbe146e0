import { describe, expect, it } from 'vitest';
import type { Metric, StatedChange } from '../../../../src/dataset/model.ts';
import type { Lang } from '../../../../src/i18n/lang.ts';
import { changeIn } from '../../../../src/model/change.ts';
import { viewChange, type ChangeAmount } from '../../../../src/model/change-view.ts';
import {
  amountText,
  barLabel,
  changeText,
  reasonText,
  versusText,
} from '../../../../src/model/wording/change-text.ts';
import { makeMetric } from '../../make-metric.ts';

const worded = (a: ChangeAmount | null, metric: Metric, lang: Lang) =>
  a && { ...a, amount: amountText(a, metric, lang), versus: versusText(a, lang) };

/** The change view of a year with every part put in words, as a card shows it. */
function view(metric: Metric, year: number, lang: Lang) {
  const v = viewChange(changeIn(metric, year), metric);
  return {
    ...v,
    primary: worded(v.primary, metric, lang),
    computed: worded(v.computed, metric, lang),
    reason: v.reason && reasonText(v.reason, year, lang),
  };
}

function stating(metric: Metric, ...stated: Omit<StatedChange, 'quote' | 'qualifier'>[]): Metric {
  const last = metric.observations.at(-1);
  if (last) last.statedChanges = stated.map((s) => ({ qualifier: 'exact', quote: '原文', ...s }));
  return metric;
}

describe('change amounts in words', () => {
  it('writes a count as percent and absolute change against the named year', () => {
    const metric = makeMetric('count', 'higher', [
      [2022, 200],
      [2023, 250],
    ]);
    expect(view(metric, 2023, 'zh').primary).toMatchObject({
      amount: '+25%（+50件）',
      versus: '较2022年',
    });
    expect(view(metric, 2023, 'en').primary).toMatchObject({
      amount: '+25% (+50 cases)',
      versus: 'vs 2022',
    });
  });

  it('writes a rate in percentage points', () => {
    const metric = makeMetric('percent', 'higher', [
      [2023, 94.12],
      [2024, 98.01],
    ]);
    expect(view(metric, 2024, 'zh').primary).toMatchObject({
      amount: '+3.89个百分点',
      sentiment: 'good',
    });
    expect(view(metric, 2024, 'en').primary?.amount).toBe('+3.89 pp');
  });

  it('writes a rank in places moved', () => {
    const metric = makeMetric(
      'rank',
      'lower',
      [
        [2023, 6],
        [2024, 3],
      ],
      '名',
    );
    expect(view(metric, 2024, 'zh').primary?.amount).toBe('上升3位');
    expect(view(metric, 2024, 'en').primary?.amount).toBe('up 3 places');
  });

  it('gives only the direction for approximate figures, and says why', () => {
    const metric = makeMetric('count', 'neutral', [
      [2023, 340000, 'atLeast'],
      [2024, 335000],
    ]);
    const zh = view(metric, 2024, 'zh');
    expect(zh.primary).toMatchObject({
      amount: '有所下降',
      measure: 'direction',
      direction: 'down',
    });
    expect(zh.reason).toBe('约数，只示方向');
    expect(view(metric, 2024, 'en').reason).toBe('approximate figures: direction only');
  });

  it('shows no change where approximate figures leave the direction open', () => {
    const metric = makeMetric('count', 'higher', [
      [2022, 70, 'atLeast'],
      [2023, 72],
    ]);
    expect(view(metric, 2023, 'en')).toMatchObject({
      primary: null,
      reason: 'approximate figures: direction unclear',
    });
  });

  it('names the earlier year across a gap', () => {
    const metric = makeMetric('count', 'higher', [
      [2020, 100],
      [2023, 150],
    ]);
    expect(view(metric, 2023, 'zh').primary?.versus).toBe('较2020年');
  });

  it('gives the reason instead of a growth rate from a zero base', () => {
    const metric = makeMetric('count', 'higher', [
      [2022, 0],
      [2023, 7],
    ]);
    expect(view(metric, 2023, 'zh').primary?.amount).toBe('+7件（上年为零，不计算增幅）');
  });

  it('says why nothing is shown for the first year and for a gap year', () => {
    const metric = makeMetric('count', 'higher', [[2023, 1]]);
    expect(view(metric, 2023, 'en').reason).toBe('no earlier figure to compare');
    expect(view(metric, 2021, 'en').reason).toBe('no figure for 2021');
    expect(view(metric, 2021, 'zh').reason).toBe('2021年未公布数据');
  });

  it('keeps the source’s stated change, written as the source writes it, beside ours where the two differ', () => {
    const metric = stating(
      makeMetric('percent', 'higher', [
        [2023, 94.12],
        [2024, 98.01],
      ]),
      {
        value: 3.58,
        measure: 'points',
      },
    );
    const zh = view(metric, 2024, 'zh');
    expect(zh.disagrees).toBe(true);
    // "同比提升3.58%" stays "3.58%": only 个百分点 in the source is read as points.
    expect(zh.primary).toMatchObject({ amount: '+3.58%', versus: '较上年', stated: true });
    expect(view(metric, 2024, 'en').primary?.amount).toBe('+3.58%');
    expect(zh.computed?.amount).toBe('+3.89个百分点');
  });

  it('keeps our exact reading first where the stated change agrees', () => {
    const metric = stating(
      makeMetric('percent', 'higher', [
        [2023, 95.56],
        [2024, 98.25],
      ]),
      {
        value: 2.69,
        measure: 'points',
      },
    );
    expect(view(metric, 2024, 'zh')).toMatchObject({
      disagrees: false,
      primary: { stated: false },
    });
  });

  it('shows a stated change when the earlier figure was never published', () => {
    const metric = stating(makeMetric('percent', 'higher', [[2023, 99.95]]), {
      value: 0.67,
      measure: 'points',
    });
    expect(view(metric, 2023, 'en').primary).toMatchObject({
      amount: '+0.67%',
      versus: 'on the year before',
      stated: true,
    });
  });

  it('reads a stated change of a rate as points only where the source says 个百分点', () => {
    const metric = makeMetric('percent', 'higher', [[2023, 99.95]]);
    const last = metric.observations[0];
    if (last)
      last.statedChanges = [
        { value: 0.67, measure: 'points', qualifier: 'exact', quote: '提高0.67个百分点' },
      ];
    expect(view(metric, 2023, 'zh').primary?.amount).toBe('+0.67个百分点');
    expect(view(metric, 2023, 'en').primary?.amount).toBe('+0.67 pp');
  });

  it('keeps a stated "余" on a stated absolute change', () => {
    const metric = stating(makeMetric('count', 'neutral', [[2023, 340000, 'atLeast']]));
    const last = metric.observations[0];
    if (last)
      last.statedChanges = [
        { value: 68000, measure: 'absolute', qualifier: 'atLeast', quote: 'q' },
      ];
    // Below 10万 a figure is written in full, the source's own words (6.8万余) stay in its quote.
    expect(view(metric, 2023, 'zh').primary?.amount).toBe('+68000余件');
  });

  it('labels a change bar with the amount alone, and the year compared across a gap', () => {
    const metric = makeMetric('count', 'higher', [
      [2020, 100],
      [2023, 150],
      [2024, 120],
    ]);
    const bar = (year: number, lang: Lang) => {
      const amount = viewChange(changeIn(metric, year), metric).primary;
      return amount && barLabel(amount, metric, lang);
    };
    expect(bar(2023, 'zh')).toBe('+50%（较2020年）');
    expect(bar(2024, 'zh')).toBe('−20%');
    expect(bar(2023, 'en')).toBe('+50% (vs 2020)');
  });

  it('puts a change in one line of text for tables, the source’s words beside ours, never called wrong', () => {
    const metric = stating(
      makeMetric('percent', 'higher', [
        [2023, 94.12],
        [2024, 98.01],
      ]),
      { value: 3.58, measure: 'points' },
    );
    const line = (lang: Lang) =>
      changeText(viewChange(changeIn(metric, 2024), metric), metric, 2024, lang);
    expect(line('zh')).toBe('+3.89个百分点 较2023年；来源表述：+3.58%');
    expect(line('en')).toBe('+3.89 pp vs 2023; as the source states: +3.58%');
  });
});

import { describe, expect, it } from 'vitest';
import { changeIn } from '../../../src/model/change.ts';
import { describeChange } from '../../../src/model/describe-change.ts';
import { makeMetric } from '../make-metric.ts';
import type { Metric } from '../../../src/dataset/model.ts';

const text = (metric: Metric, year: number, lang: 'zh' | 'en') =>
  describeChange(changeIn(metric, year), metric, lang);

describe('describeChange', () => {
  it('writes a count as percent and absolute change against the named year', () => {
    const metric = makeMetric('count', 'higher', [
      [2022, 200],
      [2023, 250],
    ]);
    expect(text(metric, 2023, 'zh')).toEqual({
      shown: { amount: '+25%（+50件）', versus: '较2022年' },
    });
    expect(text(metric, 2023, 'en')).toEqual({
      shown: { amount: '+25% (+50 cases)', versus: 'vs 2022' },
    });
  });

  it('writes a rate in percentage points', () => {
    const metric = makeMetric('percent', 'higher', [
      [2023, 94.12],
      [2024, 98.01],
    ]);
    expect(text(metric, 2024, 'zh')).toEqual({
      shown: { amount: '+3.89个百分点', versus: '较2023年' },
    });
    expect(text(metric, 2024, 'en')).toEqual({ shown: { amount: '+3.89 pp', versus: 'vs 2023' } });
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
    expect(text(metric, 2024, 'zh')).toEqual({ shown: { amount: '上升3位', versus: '较2023年' } });
    expect(text(metric, 2024, 'en')).toEqual({
      shown: { amount: 'up 3 places', versus: 'vs 2023' },
    });
  });

  it('prefixes an approximate change with 约 / about', () => {
    const metric = makeMetric('count', 'neutral', [
      [2022, 270000, 'atLeast'],
      [2023, 340000, 'atLeast'],
    ]);
    expect(text(metric, 2023, 'zh')).toEqual({
      shown: { amount: '约+25.9%（+7万件）', versus: '较2022年' },
    });
    expect(text(metric, 2023, 'en')).toEqual({
      shown: { amount: 'about +25.9% (+70,000 cases)', versus: 'vs 2022' },
    });
  });

  it('names the earlier year across a gap', () => {
    const metric = makeMetric('count', 'higher', [
      [2020, 100],
      [2023, 150],
    ]);
    expect(text(metric, 2023, 'zh')).toMatchObject({ shown: { versus: '较2020年' } });
  });

  it('gives the reason instead of a growth rate from a zero base', () => {
    const metric = makeMetric('count', 'higher', [
      [2022, 0],
      [2023, 7],
    ]);
    expect(text(metric, 2023, 'zh')).toEqual({
      shown: { amount: '+7件（上年为零，不计算增幅）', versus: '较2022年' },
    });
  });

  it('gives a plain reason when there is no earlier figure', () => {
    expect(text(makeMetric('count', 'higher', [[2023, 1]]), 2023, 'en')).toEqual({
      reason: 'no earlier figure to compare',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { changeIn } from '../../../src/model/change.ts';
import { changeParts, viewChange } from '../../../src/model/change-view.ts';
import { makeMetric } from '../make-metric.ts';

describe('the change view', () => {
  it('counts a rank that falls in number as places gained, good news', () => {
    const metric = makeMetric('rank', 'lower', [
      [2023, 6],
      [2024, 3],
    ]);
    expect(viewChange(changeIn(metric, 2024), metric).primary).toMatchObject({
      measure: 'places',
      value: 3,
      direction: 'down',
      sentiment: 'good',
    });
  });

  it('keeps a count’s relative change unrounded, with the absolute change beside it', () => {
    const metric = makeMetric('count', 'higher', [
      [2022, 3],
      [2023, 4],
    ]);
    const amount = viewChange(changeIn(metric, 2023), metric).primary;
    expect(amount?.measure).toBe('relative');
    expect(amount?.value).toBeCloseTo(33.333333, 5);
    expect(amount?.absolute).toBe(1);
  });

  it('gives an absolute change, not a growth rate, from a zero base', () => {
    const metric = makeMetric('count', 'higher', [
      [2022, 0],
      [2023, 7],
    ]);
    expect(viewChange(changeIn(metric, 2023), metric).primary).toMatchObject({
      measure: 'absolute',
      value: 7,
      zeroBase: true,
    });
  });

  it('names the reason where no change can be shown', () => {
    const metric = makeMetric('count', 'higher', [[2023, 1]]);
    expect(viewChange(changeIn(metric, 2021), metric).reason).toBe('notPublished');
    expect(viewChange(changeIn(metric, 2023), metric).reason).toBe('noComparison');
  });

  it('splits a disagreeing stated change from our reading', () => {
    const metric = makeMetric('percent', 'higher', [
      [2023, 94.12],
      [2024, 98.01],
    ]);
    const last = metric.observations.at(-1);
    if (last)
      last.statedChanges = [{ value: 3.58, measure: 'points', qualifier: 'exact', quote: 'q' }];
    const { ours, stated } = changeParts(viewChange(changeIn(metric, 2024), metric));
    expect(ours).toMatchObject({ stated: false, value: 3.89, versusYear: 2023 });
    expect(stated).toMatchObject({ stated: true, value: 3.58, versusYear: null });
  });
});

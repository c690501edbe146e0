import { describe, expect, it } from 'vitest';
import { scoreCard } from '../../../src/model/scoreboard.ts';
import { sparkSegments } from '../../../src/ui/sparkline.tsx';
import { cardProps } from '../../../src/widgets/kpi-grid.tsx';
import { makeDataset, makeMetric } from '../make-metric.ts';

/** 6th of 16 in 2023, then 1st on another basis in 2024: the hotline's city rank. */
function cityRank() {
  const metric = {
    ...makeMetric(
      'rank',
      'lower',
      [
        [2023, 6],
        [2024, 1],
      ],
      '名',
    ),
    outOf: 16,
    headline: true,
  };
  const latest = metric.observations[1];
  if (latest) latest.comparableWithPrevious = false;
  return metric;
}

describe('a KPI card’s sparkline', () => {
  it('runs its axis over everyone ranked, 1st at the top, as the chart does', () => {
    const metric = cityRank();
    const { spark } = cardProps(scoreCard(metric, 2024), makeDataset([metric]), 2024, 'zh');
    expect(spark).toMatchObject({ domain: [1, 16], reversed: true, breaks: [2024] });
  });

  it('never joins two figures across a change of definition or a gap', () => {
    expect(sparkSegments([2023, 2024], [6, 1], [2024])).toEqual([
      [{ i: 0, v: 6 }],
      [{ i: 1, v: 1 }],
    ]);
    expect(sparkSegments([2020, 2021, 2022, 2023], [5, null, 7, 8], [])).toEqual([
      [{ i: 0, v: 5 }],
      [
        { i: 2, v: 7 },
        { i: 3, v: 8 },
      ],
    ]);
  });
});

describe('a KPI card’s change line', () => {
  it('gives an earlier year’s change in grey, naming both years', () => {
    const metric = {
      ...makeMetric('count', 'higher', [
        [2022, 182],
        [2023, 188],
      ]),
      headline: true,
    };
    const card = cardProps(scoreCard(metric, 2024), makeDataset([metric]), 2024, 'zh');
    expect(card.change).toMatchObject({
      amount: '+3.3%（+6件）',
      versus: '2023年较2022年',
      tone: 'neutral',
      toneLabel: undefined,
    });
  });
});

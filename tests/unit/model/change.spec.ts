import { describe, expect, it } from 'vitest';
import { changeIn } from '../../../src/model/change.ts';
import { makeMetric } from '../make-metric.ts';

function compared(change: ReturnType<typeof changeIn>) {
  if (change.status !== 'compared') throw new Error(`expected a comparison, got ${change.status}`);
  return change;
}

describe('changeIn', () => {
  it('measures a count as relative and absolute change', () => {
    const c = compared(
      changeIn(
        makeMetric('count', 'higher', [
          [2022, 200],
          [2023, 250],
        ]),
        2023,
      ),
    );
    expect(c.delta).toBe(50);
    expect(c.relative).toBe(0.25);
    expect(c.measure).toBe('relative');
    expect(c.direction).toBe('up');
    expect(c.sentiment).toBe('good');
  });

  it('measures a percentage in percentage points, without floating-point noise', () => {
    const c = compared(
      changeIn(
        makeMetric('percent', 'higher', [
          [2023, 94.12],
          [2024, 98.01],
        ]),
        2024,
      ),
    );
    expect(c.delta).toBe(3.89);
    expect(c.relative).toBeNull();
    expect(c.measure).toBe('points');
  });

  it('measures a score in points', () => {
    const c = compared(
      changeIn(
        makeMetric('score', 'higher', [
          [2023, 95.72],
          [2024, 98.88],
        ]),
        2024,
      ),
    );
    expect(c.delta).toBe(3.16);
    expect(c.measure).toBe('points');
  });

  it('counts a rank that falls from 6th to 3rd as good news', () => {
    const c = compared(
      changeIn(
        makeMetric('rank', 'lower', [
          [2023, 6],
          [2024, 3],
        ]),
        2024,
      ),
    );
    expect(c.delta).toBe(-3);
    expect(c.measure).toBe('places');
    expect(c.sentiment).toBe('good');
  });

  it('treats a neutral rank as fewer-is-better, as the contract says', () => {
    expect(
      compared(
        changeIn(
          makeMetric('rank', 'neutral', [
            [2023, 2],
            [2024, 5],
          ]),
          2024,
        ),
      ).sentiment,
    ).toBe('bad');
  });

  it('follows a rank whose metric says higher is better', () => {
    expect(
      compared(
        changeIn(
          makeMetric('rank', 'higher', [
            [2023, 2],
            [2024, 5],
          ]),
          2024,
        ),
      ).sentiment,
    ).toBe('good');
  });

  it('colours a fall as bad where higher is better, and never colours a neutral metric', () => {
    expect(
      compared(
        changeIn(
          makeMetric('count', 'higher', [
            [2023, 5],
            [2024, 4],
          ]),
          2024,
        ),
      ).sentiment,
    ).toBe('bad');
    expect(
      compared(
        changeIn(
          makeMetric('count', 'lower', [
            [2023, 5],
            [2024, 4],
          ]),
          2024,
        ),
      ).sentiment,
    ).toBe('good');
    expect(
      compared(
        changeIn(
          makeMetric('count', 'neutral', [
            [2023, 5],
            [2024, 4],
          ]),
          2024,
        ),
      ).sentiment,
    ).toBe('neutral');
  });

  it('compares across a gap with the previous published year and says so', () => {
    const c = compared(
      changeIn(
        makeMetric('count', 'higher', [
          [2020, 100],
          [2023, 150],
        ]),
        2023,
      ),
    );
    expect(c.previous.year).toBe(2020);
    expect(c.acrossGap).toBe(true);
  });

  it('gives no growth rate from a zero base', () => {
    const c = compared(
      changeIn(
        makeMetric('count', 'higher', [
          [2022, 0],
          [2023, 7],
        ]),
        2023,
      ),
    );
    expect(c.zeroBase).toBe(true);
    expect(c.relative).toBeNull();
    expect(c.delta).toBe(7);
  });

  it('marks a change as inexact when either side is an "at least" or "about" figure', () => {
    const hotline = compared(
      changeIn(
        makeMetric('count', 'neutral', [
          [2023, 340000, 'atLeast'],
          [2024, 335000],
        ]),
        2024,
      ),
    );
    expect(hotline.exact).toBe(false);
    expect(hotline.relative).toBeNull();
    expect(
      compared(
        changeIn(
          makeMetric('count', 'neutral', [
            [2023, 100],
            [2024, 120],
          ]),
          2024,
        ),
      ).exact,
    ).toBe(true);
  });

  it('knows the direction when "at least" is on the falling side: 34万余 to 33.5万 is a fall of 5000 or more', () => {
    const c = compared(
      changeIn(
        makeMetric('count', 'neutral', [
          [2023, 340000, 'atLeast'],
          [2024, 335000],
        ]),
        2024,
      ),
    );
    expect(c.direction).toBe('down');
    expect(c.deltaRange).toEqual({ low: -15000, high: -5000 });
  });

  it('reads "at least" on both sides as ranges: 27万余 to 34万余 is a rise of 6万 to 8万', () => {
    const c = compared(
      changeIn(
        makeMetric('count', 'neutral', [
          [2022, 270000, 'atLeast'],
          [2023, 340000, 'atLeast'],
        ]),
        2023,
      ),
    );
    expect(c.direction).toBe('up');
    expect(c.deltaRange).toEqual({ low: 60000, high: 80000 });
  });

  it('calls the direction unclear when approximate figures overlap', () => {
    const c = compared(
      changeIn(
        makeMetric('count', 'higher', [
          [2022, 70, 'atLeast'],
          [2023, 72],
        ]),
        2023,
      ),
    );
    expect(c.direction).toBe('unclear');
    expect(c.sentiment).toBe('neutral');
  });

  it('treats "about" as half a last digit either way', () => {
    const c = compared(
      changeIn(
        makeMetric('count', 'neutral', [
          [2022, 73000, 'approx'],
          [2023, 73400],
        ]),
        2023,
      ),
    );
    expect(c.deltaRange).toEqual({ low: -100, high: 900 });
    expect(c.direction).toBe('unclear');
  });

  it('says "not published" for a year without a figure, never zero', () => {
    expect(changeIn(makeMetric('count', 'higher', [[2022, 5]]), 2023)).toEqual({
      status: 'notPublished',
    });
  });

  it('has nothing to compare for the first published year', () => {
    expect(changeIn(makeMetric('count', 'higher', [[2022, 5]]), 2022).status).toBe('noEarlier');
  });

  it('calls an unchanged figure flat and neutral', () => {
    const c = compared(
      changeIn(
        makeMetric('percent', 'higher', [
          [2023, 100],
          [2024, 100],
        ]),
        2024,
      ),
    );
    expect(c.direction).toBe('flat');
    expect(c.sentiment).toBe('neutral');
  });

  describe('changes the source states', () => {
    const withStated = (
      figures: Parameters<typeof makeMetric>[2],
      kind: Parameters<typeof makeMetric>[0],
      stated: { value: number; measure: 'percent' | 'points' | 'absolute'; qualifier?: 'atLeast' },
    ) => {
      const metric = makeMetric(kind, 'higher', figures);
      const last = metric.observations.at(-1);
      if (last) last.statedChanges = [{ qualifier: 'exact', quote: 'q', ...stated }];
      return metric;
    };

    it('flags the 2024 hotline fall of 8% that 34万余 to 33.5万 cannot give', () => {
      const metric = withStated(
        [
          [2023, 340000, 'atLeast'],
          [2024, 335000],
        ],
        'count',
        { value: -8, measure: 'percent' },
      );
      expect(compared(changeIn(metric, 2024)).stated[0]?.agrees).toBe(false);
    });

    it('accepts the 2023 rise of 25% that 27万余 to 34万余 allows', () => {
      const metric = withStated(
        [
          [2022, 270000, 'atLeast'],
          [2023, 340000, 'atLeast'],
        ],
        'count',
        { value: 25, measure: 'percent' },
      );
      expect(compared(changeIn(metric, 2023)).stated[0]?.agrees).toBe(true);
    });

    it('flags a resolution rate said to rise 3.58 points where the figures rose 3.89', () => {
      const metric = withStated(
        [
          [2023, 94.12],
          [2024, 98.01],
        ],
        'percent',
        { value: 3.58, measure: 'points' },
      );
      expect(compared(changeIn(metric, 2024)).stated[0]?.agrees).toBe(false);
    });

    it('accepts a stated change that matches to its last digit', () => {
      const metric = withStated(
        [
          [2023, 95.56],
          [2024, 98.25],
        ],
        'percent',
        { value: 2.69, measure: 'points' },
      );
      expect(compared(changeIn(metric, 2024)).stated[0]?.agrees).toBe(true);
    });

    it('cannot check a stated change when the earlier figure is not published', () => {
      const metric = withStated([[2023, 99.95]], 'percent', { value: 0.67, measure: 'points' });
      expect(changeIn(metric, 2023)).toMatchObject({
        status: 'noEarlier',
        stated: [{ agrees: null }],
      });
    });

    it('does not check "on the year before" against a figure from further back', () => {
      const metric = withStated(
        [
          [2020, 100],
          [2023, 150],
        ],
        'count',
        { value: 3, measure: 'percent' },
      );
      expect(compared(changeIn(metric, 2023)).stated[0]?.agrees).toBeNull();
    });
  });
});

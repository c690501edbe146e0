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

  it('marks a change as approximate when either side is an "at least" or "about" figure', () => {
    expect(
      compared(
        changeIn(
          makeMetric('count', 'neutral', [
            [2023, 340000, 'atLeast'],
            [2024, 335000],
          ]),
          2024,
        ),
      ).approximate,
    ).toBe(true);
    expect(
      compared(
        changeIn(
          makeMetric('count', 'neutral', [
            [2023, 100],
            [2024, 120, 'approx'],
          ]),
          2024,
        ),
      ).approximate,
    ).toBe(true);
    expect(
      compared(
        changeIn(
          makeMetric('count', 'neutral', [
            [2023, 100],
            [2024, 120],
          ]),
          2024,
        ),
      ).approximate,
    ).toBe(false);
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
});

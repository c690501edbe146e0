import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineLabelLayout, spreadLabels } from '../../../src/ui/chart/draw/line-labels.ts';

describe('spreadLabels', () => {
  it('leaves labels that do not touch where their lines end', () => {
    expect(spreadLabels([50, 10, 90], [12, 12, 12], 0, 100)).toEqual([50, 10, 90]);
  });

  it('pushes labels apart around where their lines end, within the plot', () => {
    expect(spreadLabels([50, 50, 50], [10, 10, 10], 0, 100)).toEqual([50, 60, 70]);
    expect(spreadLabels([98, 99, 100], [10, 10, 10], 0, 100)).toEqual([75, 85, 95]);
  });

  it('gives up where the labels cannot all fit one above another', () => {
    expect(spreadLabels([10, 20, 30], [40, 40, 40], 0, 100)).toBeNull();
  });

  it('never lets two labels overlap or leave the plot, wherever the lines end', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -50, max: 350, noNaN: true }), { maxLength: 12 }),
        fc.array(fc.double({ min: 8, max: 60, noNaN: true }), { minLength: 12, maxLength: 12 }),
        (wishes, allHeights) => {
          const heights = allHeights.slice(0, wishes.length);
          const centres = spreadLabels(wishes, heights, 0, 300);
          if (heights.reduce((a, b) => a + b, 0) > 300) return centres === null;
          const boxes = (centres ?? [])
            .map((c, i) => ({ top: c - (heights[i] ?? 0) / 2, bottom: c + (heights[i] ?? 0) / 2 }))
            .sort((a, b) => a.top - b.top);
          return boxes.every(
            (b, i) =>
              b.top >= -1e-6 &&
              b.bottom <= 300 + 1e-6 &&
              (i === 0 || b.top >= (boxes[i - 1]?.bottom ?? 0) - 1e-6),
          );
        },
      ),
    );
  });
});

describe('lineLabelLayout', () => {
  const names = ['12345热线诉求量', '热线诉求满意率'];

  it('makes room for the longest name on a wide chart', () => {
    expect(lineLabelLayout(names, 14, 1000, 300)?.room).toBeGreaterThan(14 * 8);
  });

  it('sets a long name over two lines, broken between words', () => {
    const long = 'Government information published proactively';
    expect(lineLabelLayout([long], 14, 1000, 300)?.lines).toEqual([
      ['Government information', 'published proactively'],
    ]);
  });

  it('leaves the names to the legend on a phone, or when they cannot stack', () => {
    expect(lineLabelLayout(names, 14, 360, 300)).toBeNull();
    expect(lineLabelLayout(Array(20).fill('甲'), 14, 1000, 200)).toBeNull();
  });
});

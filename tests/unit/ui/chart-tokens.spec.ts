import { describe, expect, it } from 'vitest';
import { seriesStyle } from '../../../src/ui/chart/draw/index-lines.ts';
import { chartTokens, type ChartTheme } from '../../../src/ui/chart/tokens.ts';
import {
  contrast,
  deficiencies,
  deltaE2000,
  lab,
  linear,
  simulate,
  type Deficiency,
} from './colour-science.ts';

// Thresholds: WCAG 2.2 (1.4.3 text 4.5:1, 1.4.11 graphics 3:1). Colour vision: Machado et al.
// 2009 at full severity; two series must stay ΔE2000 ≥ 10 apart (a difference seen at a glance;
// one just-noticeable difference is about 1–2). Good and bad news also carry arrows and words,
// so they need only ≥ 8.
const SERIES_APART = 10;
const GOOD_BAD_APART = 8;
const themes = Object.keys(chartTokens) as ChartTheme[];
const visions = ['normal vision', ...Object.keys(deficiencies)] as ('normal vision' | Deficiency)[];

const seen = (colour: string, vision: (typeof visions)[number]) =>
  lab(vision === 'normal vision' ? linear(colour) : simulate(linear(colour), vision));

/** Every pair of a list, named. */
const pairs = (list: readonly string[]) =>
  list.flatMap((a, i) => list.slice(i + 1).map((b) => [a, b] as const));

describe('the chart colour tokens', () => {
  it('measure colours as published: the CIEDE2000 test pair of Sharma et al. gives 2.0425', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(themes)('%s: text reaches 4.5:1 against the background', (theme) => {
    const t = chartTokens[theme];
    expect(contrast(t.text, t.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(t.muted, t.background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(themes)('%s: every mark reaches 3:1 against the background', (theme) => {
    const t = chartTokens[theme];
    const marks = [t.neutral, t.good, t.bad, ...t.categorical];
    const faint = marks.filter((c) => contrast(c, t.background) < 3);
    expect(faint).toEqual([]);
  });

  describe.each(themes)('%s', (theme) => {
    const t = chartTokens[theme];
    it.each(visions)('series colours stay apart in %s', (vision) => {
      const close = pairs(t.categorical)
        .map(([a, b]) => ({ a, b, apart: deltaE2000(seen(a, vision), seen(b, vision)) }))
        .filter(({ apart }) => apart < SERIES_APART);
      expect(close).toEqual([]);
    });
    it.each(visions)('good and bad news stay apart in %s', (vision) => {
      expect(deltaE2000(seen(t.good, vision), seen(t.bad, vision))).toBeGreaterThanOrEqual(
        GOOD_BAD_APART,
      );
    });
  });

  describe.each(themes)('%s: several series on one chart', (theme) => {
    const t = chartTokens[theme];
    const looks = (n: number, approximate = false) =>
      Array.from({ length: n }, (_, i) => seriesStyle(i, t, approximate));
    const counts = Array.from({ length: 12 }, (_, i) => i + 1);

    it('has eight colours at least, so the headline metrics repeat none', () => {
      expect(new Set(t.categorical).size).toBe(t.categorical.length);
      expect(t.categorical.length).toBeGreaterThanOrEqual(8);
    });

    it.each(counts)('%i series: no colour repeats while the palette lasts', (n) => {
      const colours = looks(n).map((s) => s.colour);
      const distinct = new Set(colours).size;
      expect(distinct).toBe(Math.min(n, t.categorical.length));
    });

    it.each(counts)('%i series: no two look alike, exact or approximate', (n) => {
      for (const approximate of [false, true]) {
        const keys = looks(n, approximate).map((s) => `${s.colour} ${s.marker}`);
        expect(new Set(keys).size).toBe(n);
      }
      const dashed = looks(n).map((s) => `${s.colour} ${s.dash}`);
      expect(new Set(dashed).size).toBe(n);
    });

    it.each(counts)('%i series: every line reaches 3:1 on the background', (n) => {
      const faint = looks(n).filter((s) => contrast(s.colour, t.background) < 3);
      expect(faint).toEqual([]);
    });
  });
});

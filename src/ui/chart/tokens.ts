import { createContext, useContext } from 'react';

export type ChartTheme = 'light' | 'dark' | 'contrast';

/** Every colour a chart draws with, by meaning. Concrete values: an export needs no CSS to resolve them. */
export interface ChartTokens {
  background: string;
  text: string;
  muted: string;
  grid: string;
  /** A series that is neither good nor bad news. */
  neutral: string;
  good: string;
  bad: string;
  /**
   * Several series on one chart, in order, eight so that a chart of the headline metrics repeats
   * none. Every pair stays at least ΔE2000 10 apart in normal vision and under simulated
   * protanopia, deuteranopia and tritanopia, and each reaches 3:1 on the background; a chart with
   * more series than colours gives the later ones another marker and a dash (index-lines.ts).
   */
  categorical: readonly string[];
}

/** The one table of chart colours, one entry per theme. */
export const chartTokens: Record<ChartTheme, ChartTokens> = {
  light: {
    background: '#ffffff',
    text: '#1b1f24',
    muted: '#4f5a66',
    grid: '#e4e8ec',
    neutral: '#1f5fbf',
    good: '#0b7a3e',
    bad: '#b3261e',
    // Found by a greedy search over the sRGB grid: the most distinct hues in normal vision among
    // those that keep ΔE2000 10 apart for dichromats, with no greys (grey reads as "no data").
    categorical: [
      '#0b57d0',
      '#c24f00',
      '#007e5c',
      '#a6508a',
      '#0099cc',
      '#803333',
      '#4d3380',
      '#669966',
    ],
  },
  dark: {
    background: '#1a2027',
    text: '#e8ecf0',
    muted: '#a9b4bf',
    grid: '#2a333d',
    neutral: '#7fb0ff',
    good: '#5dd39e',
    bad: '#ff8a80',
    categorical: [
      '#7fb0ff',
      '#e69f00',
      '#a5d6a7',
      '#f0e442',
      '#80deea',
      '#ff1a66',
      '#b366e6',
      '#009980',
    ],
  },
  contrast: {
    background: '#ffffff',
    text: '#000000',
    muted: '#000000',
    grid: '#8a8a8a',
    neutral: '#0000c8',
    good: '#005a1e',
    bad: '#9b0000',
    categorical: [
      '#0000c8',
      '#b03c00',
      '#006b4e',
      '#8a2f72',
      '#1a99cc',
      '#809900',
      '#ff1a66',
      '#6666e6',
    ],
  },
};

/** The theme charts draw in; the app provides it from its settings. */
export const ChartThemeContext = createContext<ChartTheme>('light');

export function useChartTokens(): ChartTokens {
  return chartTokens[useContext(ChartThemeContext)];
}

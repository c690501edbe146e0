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
   * Several series on one chart, in order. Every pair stays at least ΔE2000 10 apart in normal
   * vision and under simulated protanopia, deuteranopia and tritanopia; a chart with more series
   * than colours dashes the later ones, so colour is never the only cue.
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
    // Okabe–Ito-like hues at 3:1 or more on white, kept to those dichromats tell apart.
    categorical: ['#0b57d0', '#c24f00', '#007e5c', '#a6508a', '#4d4d4d', '#000000'],
  },
  dark: {
    background: '#1a2027',
    text: '#e8ecf0',
    muted: '#a9b4bf',
    grid: '#2a333d',
    neutral: '#7fb0ff',
    good: '#5dd39e',
    bad: '#ff8a80',
    categorical: ['#7fb0ff', '#e69f00', '#a5d6a7', '#f0e442', '#80deea', '#ffffff'],
  },
  contrast: {
    background: '#ffffff',
    text: '#000000',
    muted: '#000000',
    grid: '#8a8a8a',
    neutral: '#0000c8',
    good: '#005a1e',
    bad: '#9b0000',
    categorical: ['#0000c8', '#b03c00', '#006b4e', '#8a2f72', '#000000'],
  },
};

/** The theme charts draw in; the app provides it from its settings. */
export const ChartThemeContext = createContext<ChartTheme>('light');

export function useChartTokens(): ChartTokens {
  return chartTokens[useContext(ChartThemeContext)];
}

import { useContext } from 'react';
import { create } from 'zustand';
import { ChartThemeContext, type ChartTheme } from '../../ui/chart/tokens.ts';

/** The colours exports are made in: the light report palette, or the theme on screen. */
export type ExportColours = 'report' | 'screen';

/**
 * The reader's choice, for every export of the page (each chart's, Export all, slide PNGs):
 * kept while the page is open, not in the link, since it is a preference about files.
 */
export const useExportColours = create<{
  colours: ExportColours;
  setColours: (colours: ExportColours) => void;
}>()((set) => ({
  colours: 'report',
  setColours: (colours) => set({ colours }),
}));

/**
 * The theme an export is drawn in: the report palette unless the reader chose the screen's,
 * so a chart exported from the dark or projector theme still goes into a Word report as is.
 */
export function useExportTheme(): ChartTheme {
  const screen = useContext(ChartThemeContext);
  const colours = useExportColours((s) => s.colours);
  return colours === 'report' ? 'light' : screen;
}

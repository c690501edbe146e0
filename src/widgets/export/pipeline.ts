import type { ChartSpec } from '../../model/chart-spec/chart-spec.ts';
import { csvRows, csvText } from '../../model/export/csv.ts';
import {
  composeFigure,
  type ComposedFigure,
  type FigureLayout,
} from '../../model/export/figure-svg.ts';
import { kpiImageSvg, type KpiImage, type KpiSheet } from '../../model/export/kpi-svg.ts';
import { chartTokens, type ChartTheme } from '../../ui/chart/tokens.ts';
import { measureText } from '../../ui/export/measure-text.ts';
import { rasterise } from '../../ui/export/rasterise.ts';
import { captureChart } from './capture-chart.tsx';
import { ExportError } from './export-error.ts';

// This module loads only when a reader first exports (a dynamic import), so first paint pays nothing.

/** The whole figure as one standalone SVG, in the theme's colours, once the fonts are ready. */
export async function figureSvg(
  spec: ChartSpec,
  theme: ChartTheme,
  layout: FigureLayout,
): Promise<ComposedFigure> {
  await document.fonts.ready;
  const captured = await captureChart(spec, theme, layout === 'figure' ? 'export' : layout);
  return composeFigure({ spec, ...captured }, layout, chartTokens[theme], measureText);
}

export function svgBlob(figure: ComposedFigure): Blob {
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${figure.svg}`], {
    type: 'image/svg+xml;charset=utf-8',
  });
}

/** The figure as a PNG at `scale` device pixels per CSS pixel (a slide is 1920×1080 at 1). */
export async function figurePng(
  spec: ChartSpec,
  theme: ChartTheme,
  layout: FigureLayout,
  scale: number,
): Promise<Blob> {
  const figure = await figureSvg(spec, theme, layout);
  try {
    return await rasterise(figure.svg, figure.width, figure.height, scale);
  } catch {
    throw new ExportError('exportReasonImage');
  }
}

/** The overview's scoreboard or KPI cards as a PNG, drawn like a figure (nothing to capture). */
export async function kpiPng(
  image: KpiImage,
  sheet: KpiSheet,
  theme: ChartTheme,
  scale: number,
): Promise<Blob> {
  await document.fonts.ready;
  const figure = kpiImageSvg(image, sheet, chartTokens[theme], measureText);
  try {
    return await rasterise(figure.svg, figure.width, figure.height, scale);
  } catch {
    throw new ExportError('exportReasonImage');
  }
}

export function csvBlob(spec: ChartSpec): Blob {
  return new Blob([csvText(csvRows(spec))], { type: 'text/csv;charset=utf-8' });
}

import type { Dataset } from '../../../dataset/model.ts';
import type { Lang } from '../../../i18n/lang.ts';
import { documentFileName } from '../../../model/export/file-name.ts';
import { rasterise } from '../../../ui/export/rasterise.ts';
import { figureSvg } from '../../../widgets/export/pipeline.ts';
import { briefContent } from './brief-content.ts';
import { buildDocx, type DrawnFigure } from './build-docx.ts';
import type { ChartSpec } from '../../../model/chart-spec/chart-spec.ts';

// Loaded on the first "Download Word brief": docx and the brief's code stay out of start-up.

/** Pixels per CSS pixel of a brief's figures: sharp on paper and on a high-density screen. */
const SCALE = 2;

/** A chart drawn in the report palette at the width of the brief's text, as PNG bytes. */
async function drawFigure(spec: ChartSpec): Promise<DrawnFigure> {
  const figure = await figureSvg(spec, 'light', 'document');
  const png = await rasterise(figure.svg, figure.width, figure.height, SCALE);
  return {
    data: new Uint8Array(await png.arrayBuffer()),
    width: figure.width,
    height: figure.height,
  };
}

export interface MakeBriefOptions {
  dataset: Dataset;
  year: number;
  years: readonly number[];
  lang: Lang;
  /** The dashboard's address, written into the brief as text. */
  link: string;
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

/** The year's Word brief and its file name (`dongcheng-2024-brief.docx`). */
export async function makeBrief(options: MakeBriefOptions): Promise<{ blob: Blob; name: string }> {
  const { dataset, year, years, lang, link, signal, onProgress } = options;
  const content = briefContent(dataset, year, years, lang, link);
  const blob = await buildDocx({ content, draw: drawFigure, signal, onProgress });
  return { blob, name: documentFileName(dataset, year, 'brief.docx') };
}

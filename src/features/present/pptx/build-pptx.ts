import PptxGenJS from 'pptxgenjs';
import type { Dataset } from '../../../dataset/model.ts';
import { formatDate } from '../../../i18n/format.ts';
import type { Lang } from '../../../i18n/lang.ts';
import { pick, translator } from '../../../i18n/translate.ts';
import type { Slide } from '../deck.ts';
import { notesText, slideNotes } from '../notes.ts';
import { sourcesLine } from '../slide-parts.tsx';
import { drawCharts, drawFigures } from './category-pages.ts';
import type { ChartPatch } from './chart-series.ts';
import { COLOUR, FONT } from './deck-look.ts';
import { drawEarlierKpis, drawKpi } from './kpi-pages.ts';
import { drawFindings, drawKeyChanges, drawSources } from './list-pages.ts';
import { drawScoreboard, drawTitle } from './opening-pages.ts';
import { addFootnote, type Page } from './page-parts.ts';
import { patchPackage } from './patch-package.ts';

export { pptxFileName } from './pptx-file-name.ts';

export interface PptxInput {
  dataset: Dataset;
  year: number;
  years: readonly number[];
  /** The page's language; its messages are loaded, since the page shows them. */
  lang: Lang;
  /** The deck as arranged, in order. */
  slides: readonly Slide[];
  /** After each slide: how many are drawn of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Cancels between slides: the promise rejects with an AbortError. */
  signal?: AbortSignal;
}

const MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

function drawSlide(page: Page, slide: Slide): void {
  switch (slide.kind) {
    case 'title':
      return drawTitle(page);
    case 'scoreboard':
      return drawScoreboard(page);
    case 'kpi':
      return drawKpi(page, slide.metric);
    case 'earlierKpis':
      return drawEarlierKpis(page, slide.metrics);
    case 'charts':
      return drawCharts(page, slide);
    case 'figures':
      return drawFigures(page, slide);
    case 'keyChanges':
      return drawKeyChanges(page, slide);
    case 'findings':
      return drawFindings(page, slide);
    case 'sources':
      return drawSources(page, slide);
  }
}

/** The same small print as the screen's slide (SlideFootnote). */
function footnote(page: Page, slide: Slide): string {
  const { dataset, lang, t } = page;
  return slide.kind === 'title' || slide.kind === 'sources'
    ? `${pick(dataset.title, lang)} · ${t('updated', { date: formatDate(dataset.updated, lang) })}`
    : sourcesLine(slide.sources, lang);
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('The PowerPoint file was cancelled.', 'AbortError');
}

/** A turn for the page between slides: the progress paints and a click on "cancel" lands. */
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The deck as a PowerPoint file, made in the browser with nothing fetched: every title, figure
 * and sentence an editable text box, every chart a native chart with its data, the speaker's
 * notes on each slide, no image and no link to anywhere (sources are named in plain text).
 */
export async function buildPptx(input: PptxInput): Promise<Blob> {
  const { dataset, year, years, lang, slides, onProgress, signal } = input;
  const t = translator(lang);
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = `${pick(dataset.title, lang)} · ${t('yearOf', { year })}`;
  pres.subject = pick(dataset.region, lang);
  pres.author = t('appTitle');
  pres.company = pick(dataset.region, lang);
  pres.theme = { headFontFace: FONT, bodyFontFace: FONT };
  const charts: ChartPatch[] = [];
  for (const [i, slide] of slides.entries()) {
    throwIfAborted(signal);
    const page: Page = { pres, slide: pres.addSlide(), dataset, year, years, lang, t, charts };
    page.slide.background = { color: COLOUR.white };
    drawSlide(page, slide);
    addFootnote(page, footnote(page, slide), i + 1, slides.length);
    page.slide.addNotes(notesText(slideNotes(slide, dataset, year, years, lang)));
    onProgress?.(i + 1, slides.length);
    await nextTurn();
  }
  throwIfAborted(signal);
  const written = await pres.write({ outputType: 'uint8array' });
  if (!(written instanceof Uint8Array)) throw new Error('pptxgenjs did not write bytes.');
  throwIfAborted(signal);
  return new Blob([patchPackage(written, charts)], { type: MIME });
}

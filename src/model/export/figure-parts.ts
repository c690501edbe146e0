import type { ChartDrawing, ListItem } from '../chart-spec/chart-spec.ts';
import { round, type TextPen } from './text-pen.ts';
import { wrapText } from './svg-text.ts';

/** One series as the legend names it: its colour and its dash pattern ('' is solid). */
export interface LegendEntry {
  name: string;
  colour: string;
  dash: string;
}

/** The legend as SVG: a sample of each line and its name, wrapping like words. */
export function drawLegend(pen: TextPen, legend: readonly LegendEntry[]) {
  const size = pen.sizes.small;
  const sample = size * 2;
  const stroke = round(size * 0.2);
  const rowHeight = size * 1.6;
  let x = pen.x;
  let row = 0;
  for (const entry of legend) {
    const width = sample + size * 0.4 + pen.measure(entry.name, size);
    if (x > pen.x && x + width > pen.x + pen.inner) {
      x = pen.x;
      row += 1;
    }
    const middle = pen.y + row * rowHeight + rowHeight / 2;
    // The drawing's dashes are for a 2.4 px line: a thicker sample stretches them alike.
    const dash = entry.dash
      ? ` stroke-dasharray="${entry.dash
          .split(' ')
          .map((n) => round((Number(n) * stroke) / 2.4))
          .join(' ')}"`
      : '';
    pen.raw(
      `<line x1="${round(x)}" x2="${round(x + sample)}" y1="${round(middle)}" y2="${round(middle)}" stroke="${entry.colour}" stroke-width="${stroke}"${dash}/>`,
    );
    pen.text(x + sample + size * 0.4, middle + size * 0.35, entry.name, size, pen.colours.text);
    x += width + size * 1.2;
  }
  if (legend.length) pen.y += (row + 1) * rowHeight;
}

/** A fact tile: the figure, big; its year; the sentence it was published in, with a bar beside it. */
export function drawFact(pen: TextPen, fact: Extract<ChartDrawing, { kind: 'fact' }>) {
  const { sizes, colours } = pen;
  pen.lines([fact.figure], sizes.figure, colours.text, true);
  pen.lines([fact.year], sizes.body, colours.muted);
  pen.y += sizes.gap;
  const indent = sizes.stroke + sizes.body * 0.8;
  const top = pen.y;
  pen.paragraph(fact.quote, sizes.body, colours.muted, false, pen.x + indent, pen.inner - indent);
  pen.raw(
    `<rect x="${pen.x}" y="${round(top)}" width="${sizes.stroke}" height="${round(pen.y - top)}" fill="${colours.muted}"/>`,
  );
}

/** A list drawing (a rank's changes, reasons no bar can be drawn): label, then its words. */
export function drawList(pen: TextPen, items: readonly ListItem[]) {
  const { sizes, colours } = pen;
  const size = sizes.body;
  const labelWidth = Math.max(0, ...items.map((i) => pen.measure(i.label, size, true))) + size;
  for (const item of items) {
    const top = pen.y;
    const lines = wrapText(item.text, pen.inner - labelWidth, size, pen.measure);
    pen.lines([item.label], size, colours.text, true);
    pen.y = top;
    pen.lines(lines.length ? lines : [''], size, colours.muted, false, pen.x + labelWidth);
    const rule = round(pen.y + size * 0.2);
    pen.raw(
      `<line x1="${pen.x}" x2="${pen.x + pen.inner}" y1="${rule}" y2="${rule}" stroke="${colours.grid}" stroke-width="1"/>`,
    );
    pen.y += size * 0.5;
  }
}

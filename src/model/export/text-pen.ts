import type { FigureColours, LayoutSizes } from './figure-layouts.ts';
import { escapeXml, wrapText, type Measure } from './svg-text.ts';

const LINE = 1.4;

/** Writes SVG text top to bottom, keeping the height used so far in `y`. */
export class TextPen {
  y: number;
  private parts: string[] = [];

  constructor(
    readonly sizes: LayoutSizes,
    readonly colours: FigureColours,
    readonly measure: Measure,
    start = 0,
  ) {
    this.y = start;
  }

  get x(): number {
    return this.sizes.pad;
  }

  get inner(): number {
    return this.sizes.width - 2 * this.sizes.pad;
  }

  /** One line of text with its baseline at `baseline`. */
  text(x: number, baseline: number, content: string, size: number, fill: string, bold = false) {
    const weight = bold ? ' font-weight="700"' : '';
    this.parts.push(
      `<text x="${round(x)}" y="${round(baseline)}" font-size="${size}" fill="${fill}"${weight}>${escapeXml(content)}</text>`,
    );
  }

  /** Lines set one under another from the current height; returns how many. */
  lines(lines: readonly string[], size: number, fill: string, bold = false, x = this.x): number {
    lines.forEach((line, i) =>
      this.text(x, this.y + size * 1.05 + i * size * LINE, line, size, fill, bold),
    );
    this.y += lines.length * size * LINE;
    return lines.length;
  }

  paragraph(
    text: string,
    size: number,
    fill: string,
    bold = false,
    x = this.x,
    width = this.inner,
  ) {
    return this.lines(wrapText(text, width, size, this.measure, bold), size, fill, bold, x);
  }

  /** The title, bold, with the unit after it on its last line when it fits there. */
  heading(title: string, unit: string) {
    const { title: size, unit: unitSize } = this.sizes;
    const lines = wrapText(title, this.inner, size, this.measure, true);
    const last = lines.at(-1) ?? '';
    const after = this.measure(last, size, true) + unitSize;
    const fits = after + this.measure(unit, unitSize) <= this.inner;
    this.lines(lines, size, this.colours.text, true);
    if (fits)
      this.text(
        this.x + after,
        this.y - size * LINE + size * 1.05,
        unit,
        unitSize,
        this.colours.muted,
      );
    else this.paragraph(unit, unitSize, this.colours.muted);
    this.y += this.sizes.gap / 2;
  }

  /** A thin line across, between the figure and its footer. */
  rule() {
    const y = round(this.y + this.sizes.gap / 2);
    this.parts.push(
      `<line x1="${this.x}" x2="${this.x + this.inner}" y1="${y}" y2="${y}" stroke="${this.colours.grid}" stroke-width="1"/>`,
    );
    this.y += this.sizes.gap;
  }

  raw(markup: string) {
    this.parts.push(markup);
  }

  markup(): string {
    return this.parts.join('');
  }
}

export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

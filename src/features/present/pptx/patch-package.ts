import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { escapeXml } from '../../../model/export/svg-text.ts';
import { COLOUR, FONT, MARKER, SIZE, langTag } from './deck-look.ts';
import type { ChartPatch, PointLook, SeriesPatch } from './chart-series.ts';

/*
 * What pptxgenjs 4.0.1 writes and the deck must not keep, mended in the written package:
 * - an unpublished year as an empty cached point (`<c:pt><c:v></c:v></c:pt>`), and in the
 *   chart's workbook as an empty cell, where 0 is written empty too;
 * - no way to word a point's label ("34万余"), colour one bar or open one marker;
 * - a line series' marker after its labels (the schema has it before), the rank axis only
 *   ever minMax, Latin faces only (Chinese would fall back to the theme's, which has none),
 *   and a stray quote in the workbook table's range.
 * The XML is pptxgenjs' own, in a shape these patterns are written against; the spec reads
 * the result back.
 */

const colour = (hex: string) => `<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`;

function pointXml(idx: number, look: PointLook, kind: ChartPatch['kind']): string {
  const body =
    kind === 'bar'
      ? `<c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr>${colour(look.fill)}</c:spPr>`
      : `<c:marker><c:symbol val="circle"/><c:size val="${MARKER.size}"/><c:spPr>${colour(look.fill)}` +
        `<a:ln w="${MARKER.line * 12700}">${colour(look.line)}</a:ln></c:spPr></c:marker><c:bubble3D val="0"/>`;
  return `<c:dPt><c:idx val="${idx}"/>${body}</c:dPt>`;
}

function labelXml(idx: number, text: string, patch: ChartPatch): string {
  const face = `<a:latin typeface="${FONT}"/><a:ea typeface="${FONT}"/>`;
  const run = `<a:r><a:rPr lang="${langTag(patch.lang)}" sz="${SIZE.minBody * 100}" b="0">${colour(COLOUR.text)}${face}</a:rPr><a:t>${escapeXml(text)}</a:t></a:r>`;
  const shows = ['LegendKey', 'Val', 'CatName', 'SerName', 'Percent', 'BubbleSize']
    .map((name) => `<c:show${name} val="${name === 'Val' ? 1 : 0}"/>`)
    .join('');
  return (
    `<c:dLbl><c:idx val="${idx}"/><c:tx><c:rich><a:bodyPr wrap="none"/><a:lstStyle/><a:p>${run}</a:p></c:rich></c:tx>` +
    `<c:dLblPos val="${patch.kind === 'bar' ? 'outEnd' : 't'}"/>${shows}</c:dLbl>`
  );
}

/** A series in the schema's order, with its points' own looks and labels added. */
function rebuildSeries(body: string, series: SeriesPatch, patch: ChartPatch): string {
  let rest = body;
  const take = (pattern: RegExp) => {
    const found = pattern.exec(rest)?.[0] ?? '';
    rest = rest.replace(found, '');
    return found;
  };
  const marker = take(/<c:marker>[\s\S]*?<\/c:marker>/);
  const labels = take(/<c:dLbls>[\s\S]*?<\/c:dLbls>/);
  const invert = take(/<c:invertIfNegative val="0"\/>/);
  const points = series.points
    .map((look, i) => (look ? pointXml(i, look, patch.kind) : ''))
    .join('');
  const custom = series.labels
    .map((text, i) => (text !== null && series.values[i] !== null ? labelXml(i, text, patch) : ''))
    .join('');
  const at = rest.indexOf('<c:cat>');
  return (
    rest.slice(0, at) +
    (patch.kind === 'bar' ? invert : marker) +
    points +
    labels.replace('<c:dLbls>', `<c:dLbls>${custom}`) +
    rest.slice(at)
  );
}

export function patchChart(xml: string, patch: ChartPatch): string {
  let index = -1;
  const out = xml
    // An unpublished year holds no point at all, nothing an application could read as 0.
    .replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '')
    .replaceAll(
      `<a:latin typeface="${FONT}"/>`,
      `<a:latin typeface="${FONT}"/><a:ea typeface="${FONT}"/>`,
    )
    .replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (whole, body: string) => {
      index += 1;
      const series = patch.series[index];
      return series ? `<c:ser>${rebuildSeries(body, series, patch)}</c:ser>` : whole;
    });
  return patch.reversed
    ? out.replace(/(<c:valAx>[\s\S]*?<c:orientation val=")minMax/, '$1maxMin')
    : out;
}

const columnNumber = (letters: string) =>
  [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** The chart's data as the figures are: 0 as 0, an unpublished year as no cell at all. */
function patchWorkbook(bytes: Uint8Array, patch: ChartPatch) {
  const book = unzipSync(bytes);
  const sheet = book['xl/worksheets/sheet1.xml'];
  const table = book['xl/tables/table1.xml'];
  if (sheet)
    book['xl/worksheets/sheet1.xml'] = strToU8(
      strFromU8(sheet).replace(
        /<c r="([A-Z]+)(\d+)"><v>[^<]*<\/v><\/c>/g,
        (cell, column: string, row: string) => {
          // Column A holds the years; each series has a column from B, each year a row from 2.
          const value = patch.series[columnNumber(column) - 2]?.values[Number(row) - 2];
          if (value === undefined) return cell;
          return value === null ? '' : `<c r="${column}${row}"><v>${value}</v></c>`;
        },
      ),
    );
  if (table)
    book['xl/tables/table1.xml'] = strToU8(strFromU8(table).replace(/(ref="[A-Z0-9:]+)'"/, '$1"'));
  return zipSync(book, { level: 6 });
}

const partNumber = (path: string) => Number(/(\d+)\.xml$/.exec(path)?.[1] ?? 0);

/**
 * The written deck with its charts mended. Charts are matched to their patches in the order
 * they were added: pptxgenjs numbers them in that order (from a counter that runs on across
 * decks, so the first need not be chart1).
 */
export function patchPackage(bytes: Uint8Array, charts: readonly ChartPatch[]) {
  const files = unzipSync(bytes);
  const parts = Object.keys(files)
    .filter((path) => /^ppt\/charts\/chart\d+\.xml$/.test(path))
    .sort((a, b) => partNumber(a) - partNumber(b));
  parts.forEach((path, i) => {
    const patch = charts[i];
    const xml = files[path];
    if (!patch || !xml) return;
    files[path] = strToU8(patchChart(strFromU8(xml), patch));
    const rels = files[path.replace('charts/', 'charts/_rels/') + '.rels'];
    const target = rels && /Target="\.\.\/(embeddings\/[^"]+\.xlsx)"/.exec(strFromU8(rels))?.[1];
    const book = target ? files[`ppt/${target}`] : undefined;
    if (target && book) files[`ppt/${target}`] = patchWorkbook(book, patch);
  });
  const theme = files['ppt/theme/theme1.xml'];
  if (theme)
    files['ppt/theme/theme1.xml'] = strToU8(
      strFromU8(theme).replaceAll('<a:ea typeface=""/>', `<a:ea typeface="${FONT}"/>`),
    );
  return zipSync(files, { level: 6 });
}

import type { Finding, Source } from '../../../dataset/model.ts';
import { formatDate } from '../../../i18n/format.ts';
import { pick } from '../../../i18n/translate.ts';
import { computedAmount } from '../../../model/change-view.ts';
import { followUpHeading, isRecurring } from '../../../model/follow-ups.ts';
import type { KeyChange } from '../../../model/key-changes.ts';
import { arrowFor } from '../../../model/wording/change-text.ts';
import { yearSentence } from '../../../model/wording/sentence.ts';
import type { FindingGroup } from '../deck.ts';
import { partTitle } from '../slide-parts.tsx';
import { AREA, COLOUR, SIZE, fitSize, heightOf } from './deck-look.ts';
import { addHeading, addText, columns, type Page, type Runs, type SlideOf } from './page-parts.ts';

/** The year's largest changes among the figures with no slide of their own, in two columns. */
export function drawKeyChanges(page: Page, slide: SlideOf<'keyChanges'>): void {
  const { t, year, lang } = page;
  const top = addHeading(page, `${t('otherKeyChanges')} · ${t('yearOf', { year })}`);
  const lists = [
    { title: t('improvements'), items: slide.improvements, colour: COLOUR.good },
    { title: t('declines'), items: slide.declines, colour: COLOUR.bad },
  ].filter((l) => l.items.length);
  const cols = columns(2, 0.7);
  lists.forEach((list, i) => {
    const col = cols[i];
    if (!col) return;
    addText(page, list.title, { ...col, y: top, h: 0.45 }, { size: 22, bold: true });
    const lines = list.items.map((k: KeyChange) => {
      const amount = computedAmount(k.change);
      return { arrow: amount ? arrowFor(amount) : '≈', text: yearSentence(k.metric, year, lang) };
    });
    const room = AREA.bottom - top - 0.6;
    const size = fitSize(SIZE.body, SIZE.minBody, room, (s) =>
      lines.reduce((sum, l) => sum + heightOf(`${l.arrow} ${l.text}`, col.w, s) + 0.2, 0),
    );
    const runs: Runs = lines.flatMap((l) => [
      { text: `${l.arrow} `, options: { color: list.colour } },
      { text: l.text, options: { breakLine: true, paraSpaceAfter: 14 } },
    ]);
    addText(page, runs, { ...col, y: top + 0.6, h: room }, { size });
  });
}

/**
 * Shortcomings and plans under their headings, over two columns of about equal height; a
 * heading never ends a column.
 */
export function drawFindings(page: Page, slide: SlideOf<'findings'>): void {
  const { t, lang } = page;
  // The finding, then in asides a recurring mark and what later reports say, in one paragraph.
  const findingText = (f: Finding) =>
    pick(f.text, lang) +
    [
      ...(isRecurring(f, page.dataset.findings) ? [t('recurring')] : []),
      ...f.followUps.map(
        (u) => `${followUpHeading(u, t)}${t('colon')}${t('quoted', { text: u.quote })}`,
      ),
    ]
      .map((text) => t('aside', { text }))
      .join('');
  const top = addHeading(page, partTitle(t('findings'), slide, lang));
  const cols = columns(2, 0.6);
  const w = (cols[0]?.w ?? AREA.w) - 0.3;
  const room = AREA.bottom - top;
  const blocks = slide.groups.flatMap((g: FindingGroup) => [
    { heading: true, text: t(g.heading, { year: g.year }) },
    ...g.findings.map((f) => ({ heading: false, text: findingText(f) })),
  ]);
  /**
   * Where the second column starts at a size, and how far the taller column runs over: the
   * split that evens the columns out, so an estimate that errs leaves room in both.
   */
  const flow = (size: number) => {
    const heights = blocks.map((b) => heightOf(b.text, w, size, b.heading) + 0.14);
    const total = heights.reduce((a, b) => a + b, 0);
    let best = { at: blocks.length, tallest: total };
    let used = 0;
    for (let at = 1; at < blocks.length; at++) {
      used += heights[at - 1] ?? 0;
      // A heading never ends a column.
      if (blocks[at - 1]?.heading) continue;
      const tallest = Math.max(used, total - used);
      if (tallest < best.tallest) best = { at, tallest };
    }
    return { at: best.at, over: best.tallest - room };
  };
  const size = fitSize(SIZE.body, SIZE.minBody, 0, (s) => flow(s).over);
  const { at } = flow(size);
  [blocks.slice(0, at), blocks.slice(at)].forEach((part, i) => {
    const col = cols[i];
    if (!col || !part.length) return;
    const runs: Runs = part.map((b) => ({
      text: b.text,
      options: b.heading
        ? { bold: true, color: COLOUR.accent, breakLine: true, paraSpaceAfter: 6 }
        : { bullet: { indent: 18 }, breakLine: true, paraSpaceAfter: 8 },
    }));
    addText(page, runs, { ...col, y: top, h: room }, { size });
  });
}

function sourceMeta(source: Source, page: Page): string {
  return [
    source.publisher && pick(source.publisher, page.lang),
    source.published && formatDate(source.published, page.lang),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The sources cited, each with its publisher and date, in two columns; no links, only text. */
export function drawSources(page: Page, slide: SlideOf<'sources'>): void {
  const { t, lang } = page;
  const top = addHeading(page, partTitle(t('sources'), slide, lang));
  const closing = t('compiledFrom');
  const closingH = heightOf(closing, AREA.w, SIZE.minBody);
  const room = AREA.bottom - top - closingH - 0.2;
  const cols = columns(2, 0.7);
  const half = Math.ceil(slide.list.length / 2);
  [slide.list.slice(0, half), slide.list.slice(half)].forEach((list, i) => {
    const col = cols[i];
    if (!col || !list.length) return;
    const runs: Runs = list.flatMap((s) => {
      const meta = sourceMeta(s, page);
      return [
        { text: pick(s.title, lang), options: { breakLine: true, paraSpaceAfter: meta ? 2 : 16 } },
        ...(meta
          ? [
              {
                text: meta,
                options: {
                  fontSize: SIZE.minBody,
                  color: COLOUR.muted,
                  breakLine: true,
                  paraSpaceAfter: 16,
                },
              },
            ]
          : []),
      ];
    });
    const size = fitSize(SIZE.body, SIZE.minBody, room, (s) =>
      list.reduce((sum, src) => sum + heightOf(pick(src.title, lang), col.w, s) + 0.5, 0),
    );
    addText(page, runs, { ...col, y: top, h: room }, { size });
  });
  addText(
    page,
    closing,
    { x: AREA.x, y: AREA.bottom - closingH, w: AREA.w, h: closingH },
    {
      size: SIZE.minBody,
      colour: COLOUR.muted,
    },
  );
}

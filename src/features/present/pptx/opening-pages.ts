import { formatDate } from '../../../i18n/format.ts';
import { pick } from '../../../i18n/translate.ts';
import { scoreboard, standings, type Standing } from '../../../model/scoreboard.ts';
import { AREA, COLOUR, PAGE, SIZE, fitSize, heightOf } from './deck-look.ts';
import { addBar, addHeading, addText, type Page, type Runs } from './page-parts.ts';
import { tileKeys } from '../standing-words.ts';

/** The deck's cover: the app, the dataset's title, the region and year, when it was compiled. */
export function drawTitle(page: Page): void {
  const { t, dataset, lang, year } = page;
  addBar(page, { x: 0, y: 0, w: PAGE.w, h: 0.083 }, COLOUR.accent);
  const title = pick(dataset.title, lang);
  const titleSize = fitSize(48, 36, 1.6, (s) => heightOf(title, AREA.w, s, true));
  const parts = [
    { text: t('appTitle'), size: 22, colour: COLOUR.accent, bold: true },
    { text: title, size: titleSize, colour: COLOUR.text, bold: true },
    {
      text: `${pick(dataset.region, lang)} · ${t('yearOf', { year })}`,
      size: 30,
      colour: COLOUR.text,
      bold: true,
    },
    {
      text: t('updated', { date: formatDate(dataset.updated, lang) }),
      size: SIZE.body,
      colour: COLOUR.muted,
      bold: false,
    },
  ].map((p) => ({ ...p, h: heightOf(p.text, AREA.w, p.size, p.bold) + 0.22 }));
  let y = (6.6 - parts.reduce((sum, p) => sum + p.h, 0)) / 2;
  for (const { text, size, colour, bold, h } of parts) {
    addText(page, text, { x: AREA.x, y, w: AREA.w, h }, { size, colour, bold });
    y += h;
  }
}

/** As on the screen's scoreboard: the arrow before each KPI's name, coloured where it counts. */
const marks: Record<Standing, { arrow: string; colour: string }> = {
  improved: { arrow: '▲', colour: COLOUR.good },
  declined: { arrow: '▼', colour: COLOUR.bad },
  steady: { arrow: '■', colour: COLOUR.muted },
  noComparison: { arrow: '–', colour: COLOUR.muted },
  earlierYear: { arrow: '–', colour: COLOUR.muted },
  notPublished: { arrow: '–', colour: COLOUR.muted },
};

/** Each count heads a column, with the KPIs it counts listed beneath it. */
export function drawScoreboard(page: Page): void {
  const { t, dataset, lang, year } = page;
  const board = scoreboard(dataset, year);
  const top = addHeading(
    page,
    `${t('scoreSummary', { count: board.cards.length })} · ${t('yearOf', { year })}`,
  );
  const groups = standings.filter((s) => board.counts[s] > 0);
  const gap = 0.33;
  const w = (AREA.w - gap * (groups.length - 1)) / groups.length;
  groups.forEach((standing, i) => {
    const x = AREA.x + i * (w + gap);
    const { arrow, colour } = marks[standing];
    const names = board.cards
      .filter((c) => c.standing === standing)
      .map((c) => pick(c.metric.name, lang));
    addBar(page, { x, y: top, w, h: 0.055 }, colour);
    addText(
      page,
      String(board.counts[standing]),
      { x, y: top + 0.12, w, h: 1.05 },
      { size: 72, bold: true },
    );
    const tile = t(tileKeys[standing]);
    const tileH = heightOf(tile, w, SIZE.body);
    addText(page, tile, { x, y: top + 1.2, w, h: tileH }, { size: SIZE.body });
    const listTop = top + 1.35 + tileH;
    const room = AREA.bottom - listTop;
    const size = fitSize(SIZE.body, SIZE.minBody, room, (s) =>
      names.reduce((sum, n) => sum + heightOf(`${arrow} ${n}`, w, s) + 0.1, 0),
    );
    const runs: Runs = names.flatMap((name) => [
      { text: `${arrow} `, options: { color: colour } },
      { text: name, options: { breakLine: true, paraSpaceAfter: 6 } },
    ]);
    addText(page, runs, { x, y: listTop, w, h: room }, { size });
  });
}

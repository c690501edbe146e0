import type { Dataset, Source } from '../../../dataset/model.ts';
import { formatDate } from '../../../i18n/format.ts';
import type { Lang } from '../../../i18n/lang.ts';
import { pick, translator } from '../../../i18n/translate.ts';
import type { ChartSpec } from '../../../model/chart-spec/chart-spec.ts';
import { metricSpec } from '../../../model/chart-spec/metric-spec.ts';
import { keyChanges } from '../../../model/key-changes.ts';
import { followUpHeading, isRecurring } from '../../../model/follow-ups.ts';
import { scoreboard } from '../../../model/scoreboard.ts';
import { kpiWords, scoreLine } from '../../../model/wording/kpi-words.ts';
import { yearSentence } from '../../../model/wording/sentence.ts';

/** A stretch of text with one look: the figure in bold, a reference number raised. */
export interface Run {
  text: string;
  bold?: true;
  reference?: true;
}

/** The brief's parts in reading order, each with the Word style it takes (build-docx.ts). */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'meta'; text: string }
  /** The reading rules, in small type under the title block. */
  | { kind: 'note'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; runs: Run[] }
  /** A chart: drawn as an image the width of the text, captioned, its summary as alt text. */
  | { kind: 'figure'; spec: ChartSpec; caption: string; alt: string }
  | { kind: 'bullets'; items: Run[][] }
  /** The numbered list of sources, in the order the brief first cites them. */
  | { kind: 'references'; items: string[] };

export interface BriefContent {
  lang: Lang;
  title: string;
  /** The region and year, for the document's properties. */
  subject: string;
  blocks: Block[];
  /** Every chart the brief draws, in order: what the progress counts. */
  figures: ChartSpec[];
}

/** Numbers each source the first time a paragraph cites it, as a report's reference list does. */
class Citations {
  readonly order: Source[] = [];
  cite(source: Source): Run {
    let index = this.order.indexOf(source);
    if (index < 0) index = this.order.push(source) - 1;
    return { text: `[${index + 1}]`, reference: true };
  }
}

/**
 * A source as a report's reference list writes it: in Chinese after GB/T 7714-2015 (publisher.
 * title[EB/OL]. (date). address.), in English as publisher, title in quotes, date, address.
 */
export function reference(source: Source, lang: Lang): string {
  const t = translator(lang);
  const title = pick(source.title, lang);
  const publisher = source.publisher ? pick(source.publisher, lang) : '';
  const where = source.url ?? source.address ?? '';
  if (lang === 'zh')
    return [
      publisher && `${publisher}.`,
      `${title}[EB/OL].`,
      source.published && `(${source.published}).`,
      where && `${where}.`,
    ]
      .filter(Boolean)
      .join(' ');
  return [
    publisher && `${publisher}.`,
    `“${title}” (${t('briefDocumentType')}).`,
    source.published && `${formatDate(source.published, lang)}.`,
    where && `${where}.`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** The sentence with the figure in it set in bold, the first time it appears. */
function withBoldFigure(sentence: string, figure: string): Run[] {
  const at = figure ? sentence.indexOf(figure) : -1;
  if (at < 0) return [{ text: sentence }];
  const runs: Run[] = [
    { text: sentence.slice(0, at) },
    { text: figure, bold: true },
    { text: sentence.slice(at + figure.length) },
  ];
  return runs.filter((run) => run.text);
}

/**
 * The year's story as the overview tells it, for a Word brief: title, compilation date and
 * link; the count line; a paragraph and a chart per headline KPI, in the page's words; the key
 * changes; the year's shortcomings and plans; and the sources, each paragraph citing its own.
 */
export function briefContent(
  dataset: Dataset,
  year: number,
  years: readonly number[],
  lang: Lang,
  link: string,
): BriefContent {
  const t = translator(lang);
  const region = pick(dataset.region, lang);
  const title = t('briefTitle', { region, year });
  const citations = new Citations();
  const blocks: Block[] = [
    { kind: 'title', text: title },
    { kind: 'meta', text: t('briefCompiled', { date: formatDate(dataset.updated, lang) }) },
    { kind: 'meta', text: t('briefLink', { address: link }) },
    { kind: 'note', text: t('briefRules') },
  ];
  const figures: ChartSpec[] = [];

  const board = scoreboard(dataset, year);
  blocks.push(
    { kind: 'heading', level: 1, text: `${t('headlineKpis')} · ${t('yearOf', { year })}` },
    { kind: 'paragraph', runs: [{ text: scoreLine(board, lang) }] },
  );
  for (const card of board.cards) {
    const words = kpiWords(card, year, lang);
    const runs = withBoldFigure(words.sentence, words.published ? words.value.number : '');
    // The sentence already words what the source states; a disagreement is said apart.
    if (card.view.disagrees && words.badge) runs.push({ text: t('aside', { text: words.badge }) });
    if (card.figure) runs.push(citations.cite(card.figure.source));
    blocks.push({ kind: 'heading', level: 2, text: words.title }, { kind: 'paragraph', runs });
    const spec = metricSpec(dataset, card.metric, years, lang);
    // A single figure is told in words; a metric with no figure in the years shown has no chart.
    if (spec.drawing.kind === 'fact' || spec.drawing.kind === 'list') continue;
    if (spec.rows.every((row) => row.value === null)) continue;
    figures.push(spec);
    blocks.push({
      kind: 'figure',
      spec,
      caption: `${t('briefFigure', { number: figures.length })} ${spec.title}${t('aside', { text: spec.unit })}`,
      alt: spec.summary,
    });
  }

  const { improvements, declines } = keyChanges(dataset, year);
  blocks.push({ kind: 'heading', level: 1, text: `${t('keyChanges')} · ${t('yearOf', { year })}` });
  if (improvements.length + declines.length === 0)
    blocks.push({ kind: 'paragraph', runs: [{ text: t('noKeyChanges') }] });
  for (const [heading, list] of [
    [t('improvements'), improvements],
    [t('declines'), declines],
  ] as const) {
    if (list.length === 0) continue;
    blocks.push(
      { kind: 'heading', level: 2, text: heading },
      {
        kind: 'bullets',
        // A key change compares the year's own figure: it cites that figure's source.
        items: list.map((k) => [
          { text: yearSentence(k.metric, year, lang) },
          citations.cite(k.change.current.source),
        ]),
      },
    );
  }

  const findings = dataset.findings.filter((f) => f.year === year);
  blocks.push({ kind: 'heading', level: 1, text: `${t('findings')} · ${t('yearOf', { year })}` });
  if (findings.length === 0)
    blocks.push({ kind: 'paragraph', runs: [{ text: t('briefNoFindings') }] });
  else
    blocks.push({
      kind: 'bullets',
      items: findings.map((f) => [
        { text: t('briefFindingLabel', { type: t(f.type) }), bold: true },
        { text: pick(f.text, lang) },
        citations.cite(f.source),
        // A recurring mark and what later reports say, each after the finding, cited.
        ...(isRecurring(f, dataset.findings)
          ? [{ text: t('aside', { text: t('recurring') }) }]
          : []),
        ...f.followUps.flatMap((u) => [
          {
            text: t('aside', {
              text: `${followUpHeading(u, t)}${t('colon')}${t('quoted', { text: u.quote })}`,
            }),
          },
          citations.cite(u.source),
        ]),
      ]),
    });

  blocks.push(
    { kind: 'heading', level: 1, text: t('briefSources') },
    { kind: 'references', items: citations.order.map((s) => reference(s, lang)) },
  );
  return { lang, title, subject: `${region} · ${year}`, blocks, figures };
}

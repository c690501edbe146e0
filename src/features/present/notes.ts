import type { Dataset, Finding, Metric, Source } from '../../dataset/model.ts';
import { formatDate, formatFigure } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { pick, translator } from '../../i18n/translate.ts';
import { followUpLine, isRecurring } from '../../model/follow-ups.ts';
import { scoreboard, standings } from '../../model/scoreboard.ts';
import { latestUpTo, observationIn } from '../../model/series.ts';
import { statedNote, yearSentence } from '../../model/wording/sentence.ts';
import type { Slide } from './deck.ts';

/** A block of the speaker's notes: a metric's or a finding's, under its name. */
export interface SlideNote {
  heading: string | null;
  lines: string[];
}

function citation(source: Source, lang: Lang): string {
  const t = translator(lang);
  const parts = [pick(source.title, lang)];
  if (source.publisher) parts.push(pick(source.publisher, lang));
  if (source.published) parts.push(formatDate(source.published, lang));
  return t('noteSource', { source: parts.join(' · ') });
}

/**
 * What a speaker needs beside a figure: its sentence, the words it was published in and
 * where, the years before it, and the caveats the dataset records (a definition that changed,
 * a source that states the change otherwise), in neutral words.
 */
export function metricNote(
  metric: Metric,
  year: number,
  years: readonly number[],
  lang: Lang,
): SlideNote {
  const t = translator(lang);
  const shown = latestUpTo(metric, year);
  const lines: string[] = [yearSentence(metric, shown?.year ?? year, lang)];
  if (shown) {
    lines.push(t('noteQuote', { quote: shown.quote }) + citation(shown.source, lang));
    const earlier = years.filter((y) => y < shown.year);
    if (earlier.length) {
      const figures = earlier.map((y) => {
        const o = observationIn(metric, y);
        return t('noteYearFigure', {
          year: y,
          figure: o ? formatFigure(o, metric, lang) : t('notPublished'),
        });
      });
      lines.push(t('noteEarlier', { figures: figures.join(t('clauseJoin')) }));
    }
    // The dataset's own note says it best; else the neutral sentence on a differing stated change.
    const caveat = shown.note ? pick(shown.note, lang) : statedNote(metric, shown.year, lang);
    if (caveat) lines.push(t('noteCaveat', { text: caveat }));
  }
  return { heading: pick(metric.name, lang), lines };
}

function findingNote(finding: Finding, dataset: Dataset, lang: Lang): SlideNote {
  const t = translator(lang);
  const lines = [pick(finding.text, lang)];
  if (finding.quote)
    lines.push(t('noteQuote', { quote: finding.quote }) + citation(finding.source, lang));
  else lines.push(citation(finding.source, lang));
  const figures = finding.metricIds.flatMap((id) => {
    const m = dataset.metricById.get(id);
    const latest = m?.observations.at(-1);
    return m && latest
      ? [
          t('noteYearFigure', {
            year: latest.year,
            figure: `${pick(m.name, lang)} ${formatFigure(latest, m, lang)}`,
          }),
        ]
      : [];
  });
  if (figures.length) lines.push(t('noteRelated', { figures: figures.join(t('clauseJoin')) }));
  if (isRecurring(finding, dataset.findings)) lines.push(t('recurring'));
  for (const u of finding.followUps) lines.push(followUpLine(u, t, lang));
  return { heading: `${t(finding.type)} · ${t('yearOf', { year: finding.year })}`, lines };
}

/** What the speaker can read out and needs to know for a slide, beyond what the slide shows. */
export function slideNotes(
  slide: Slide,
  dataset: Dataset,
  year: number,
  years: readonly number[],
  lang: Lang,
): SlideNote[] {
  const t = translator(lang);
  switch (slide.kind) {
    case 'title':
      return [
        {
          heading: null,
          lines: [
            `${pick(dataset.title, lang)} · ${pick(dataset.region, lang)} · ${t('yearOf', { year })}`,
            t('updated', { date: formatDate(dataset.updated, lang) }),
            t('noteRules'),
          ],
        },
      ];
    case 'scoreboard': {
      const board = scoreboard(dataset, year);
      return [
        { heading: null, lines: [t('noteScoreboard')] },
        ...standings
          .filter((s) => board.counts[s] > 0)
          .flatMap((standing) =>
            board.cards
              .filter((c) => c.standing === standing)
              .map(({ metric, figure }) => ({
                heading: pick(metric.name, lang),
                lines: [yearSentence(metric, figure?.year ?? year, lang)],
              })),
          ),
      ];
    }
    case 'kpi':
      return [metricNote(slide.metric, year, years, lang)];
    case 'earlierKpis':
      return [
        { heading: null, lines: [t('noteEarlierKpis', { year })] },
        ...slide.metrics.map((m) => metricNote(m, year, years, lang)),
      ];
    case 'charts':
    case 'figures':
      return slide.metrics.map((m) => metricNote(m, latestYearShown(m, year, years), years, lang));
    case 'keyChanges':
      return [...slide.improvements, ...slide.declines].map((k) =>
        metricNote(k.metric, year, years, lang),
      );
    case 'findings':
      return slide.groups.flatMap((g) => g.findings.map((f) => findingNote(f, dataset, lang)));
    case 'sources':
      return slide.list.map((s) => ({
        heading: pick(s.title, lang),
        lines: [citation(s, lang), ...(s.url ? [s.url] : [])],
      }));
  }
}

/** A category chart's latest year within the range, which may be after the focus year. */
function latestYearShown(metric: Metric, year: number, years: readonly number[]): number {
  const inRange = metric.observations.filter((o) => years.includes(o.year)).map((o) => o.year);
  return inRange.includes(year) ? year : (inRange.at(-1) ?? year);
}

/** The notes as plain text, for a PowerPoint's notes page or a copy. */
export function notesText(notes: readonly SlideNote[]): string {
  return notes.map((n) => [...(n.heading ? [n.heading] : []), ...n.lines].join('\n')).join('\n\n');
}

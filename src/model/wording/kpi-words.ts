import { figureParts } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';
import { pick, translator } from '../../i18n/translate.ts';
import type { Sentiment } from '../change.ts';
import { changeParts } from '../change-view.ts';
import { standings, type Scoreboard, type ScoreCard, type Standing } from '../scoreboard.ts';
import { amountText, arrowFor, reasonText, versusText } from './change-text.ts';
import { yearSentence } from './sentence.ts';

/** A card's change line: "▲ +2.69个百分点 较2023年", coloured by the count's bucket. */
export interface KpiChangeWords {
  /** "+2.69个百分点", "有所下降". */
  amount: string;
  /** "较2023年": always the year compared with. */
  versus: string;
  tone: Sentiment;
  /** ▲ ▼ ■ ≈: the way the words go. */
  arrow: string;
  /** Says in words what the colour says, e.g. "（向好）" / " (improved)". */
  toneLabel?: string;
}

/** Everything a headline KPI's card says, in one language: the page, the slides and the images. */
export interface KpiWords {
  title: string;
  /** The figure with its qualifier, and its unit, or "not published" (never 0). */
  value: { number: string; unit: string };
  published: boolean;
  /** "2024年", or a badge where the figure is an earlier year's. */
  year: string;
  fallback: boolean;
  change?: KpiChangeWords;
  /** Why no change is shown, when none is. */
  changeReason?: string;
  /** One badge where the source words the change otherwise. */
  badge?: string;
  /** "有说明": the figure carries a caveat. */
  noteMark?: string;
  /** The sentence a leader can read out. */
  sentence: string;
  /** "来源：…", or empty without a figure. */
  source: string;
}

/** A headline KPI's card in words: figure, year, one change line, badge, sentence, source. */
export function kpiWords(card: ScoreCard, year: number, lang: Lang): KpiWords {
  const t = translator(lang);
  const { metric, figure, view, tone } = card;
  // One line from the published figures, against the previous published year; the source's
  // own wording is a badge here and told in full on the metric page.
  const { ours: line, stated } = changeParts(view);
  return {
    title: pick(metric.name, lang),
    value: figure ? figureParts(figure, metric, lang) : { number: t('notPublished'), unit: '' },
    published: figure !== null,
    year: card.fallback && figure ? t('latestBadge', { year: figure.year }) : t('yearOf', { year }),
    fallback: card.fallback,
    change: line
      ? {
          amount: amountText(line, metric, lang),
          // An earlier year's change names both years: "2023年较2022年".
          versus:
            card.fallback && figure
              ? t('yearVersus', { year: figure.year, versus: versusText(line, lang) })
              : versusText(line, lang),
          // The count's bucket decides the colour (`tone`), so arrows and count always agree.
          tone,
          arrow: arrowFor(line),
          toneLabel: tone === 'neutral' ? undefined : t(tone === 'good' ? 'toneGood' : 'toneBad'),
        }
      : undefined,
    changeReason:
      figure && !line && view.reason ? reasonText(view.reason, figure.year, lang) : undefined,
    badge: view.disagrees
      ? t('sourceDiffers')
      : stated && !line
        ? t('sourceStates', {
            amount: t('changeLine', {
              versus: versusText(stated, lang),
              amount: amountText(stated, metric, lang),
            }),
          })
        : undefined,
    noteMark: figure?.note ? t('noteMark') : undefined,
    sentence: yearSentence(metric, figure?.year ?? year, lang),
    source: figure ? `${t('source')}${t('colon')}${pick(figure.source.title, lang)}` : '',
  };
}

/** The words of each count on the score line: "3项向好" / "3 improved". */
export const standingKeys = {
  improved: 'standingImproved',
  declined: 'standingDeclined',
  steady: 'standingSteady',
  noComparison: 'standingNoComparison',
  earlierYear: 'standingEarlierYear',
  notPublished: 'standingNotPublished',
} as const satisfies Record<Standing, string>;

/** The mark beside each count where the scoreboard is drawn (slides, images): the way it went. */
export const standingArrows: Record<Standing, string> = {
  improved: '▲',
  declined: '▼',
  steady: '■',
  noComparison: '–',
  earlierYear: '–',
  notPublished: '–',
};

/** The count line as the page words it: "9项核心指标：1项向好 · 7项无可比数据 · 1项未公开". */
export function scoreLine(board: Scoreboard, lang: Lang): string {
  const t = translator(lang);
  const counts = standings
    .filter((s) => board.counts[s] > 0)
    .map((s) => t(standingKeys[s], { count: board.counts[s] }));
  return `${t('scoreSummary', { count: board.cards.length })}${t('colon')}${counts.join(' · ')}`;
}

import { useId } from 'react';
import { Sparkline, type SparklineProps } from './sparkline.tsx';
import './kpi-card.css';

export type Tone = 'good' | 'bad' | 'neutral';

export interface KpiChange {
  /** "+2.69个百分点", "有所下降". */
  amount: string;
  /** "较2023年": always the year compared with. */
  versus: string;
  tone: Tone;
  /** ▲ ▼ ■ ≈: the way the words go. */
  arrow: string;
  /** Says in words what the colour says, e.g. "（向好）" / " (improved)". */
  toneLabel?: string;
}

export interface KpiCardProps {
  title: string;
  href: string;
  /** Open the link in a new tab: inside an embed, never in the host page's frame. */
  newTab?: boolean;
  /** The figure with its qualifier, and its unit, or "not published". */
  value: { number: string; unit: string };
  published: boolean;
  /** The year the figure is for, e.g. "2024年", or a badge where it is an earlier year's. */
  year: string;
  /** The figure is the latest published, from before the focus year. */
  fallback: boolean;
  change?: KpiChange;
  /** Why no change is shown, when none is. */
  changeReason?: string;
  /** One badge where the source words the change otherwise; the story is on the metric page. */
  badge?: string;
  /** "有说明": the figure carries a caveat, told on the metric page. */
  noteMark?: string;
  /** The sentence a leader can read out; the card's accessible description. */
  sentence: string;
  spark: SparklineProps | null;
  source: string;
  /** The card title's heading level: 3 under a page's section heading, 2 in an embed. */
  headingLevel?: 2 | 3;
}

/** A headline figure: plain HTML that paints before any chart code loads. The whole card is its link. */
export function KpiCard(props: KpiCardProps) {
  const { change } = props;
  const sentenceId = useId();
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="kpi-card" aria-label={props.title} aria-describedby={sentenceId}>
      <p className="visually-hidden" id={sentenceId}>
        {props.sentence}
      </p>
      <Heading className="kpi-title">
        {props.newTab ? (
          <a href={props.href} target="_blank" rel="noopener noreferrer">
            {props.title}
          </a>
        ) : (
          <a href={props.href}>{props.title}</a>
        )}
      </Heading>
      <p className={props.published ? 'kpi-value' : 'kpi-value kpi-missing'}>
        <span className={props.published ? 'nowrap' : undefined}>{props.value.number}</span>
        {props.value.unit && <span className="kpi-unit">{props.value.unit}</span>}
      </p>
      <p className={props.fallback ? 'kpi-year kpi-fallback' : 'kpi-year'}>{props.year}</p>
      {change && (
        <p className={`kpi-change tone-${change.tone}`}>
          <span aria-hidden="true">{change.arrow} </span>
          <span className="nowrap">{change.amount}</span>{' '}
          <span className="kpi-versus">{change.versus}</span>
          {change.toneLabel && <span className="visually-hidden">{change.toneLabel}</span>}
        </p>
      )}
      {props.changeReason && <p className="kpi-change tone-neutral">{props.changeReason}</p>}
      {(props.badge || props.noteMark) && (
        <p className="kpi-badges">
          {props.badge && <span className="kpi-tag">{props.badge}</span>}
          {props.noteMark && <span className="kpi-tag kpi-tag-note">{props.noteMark}</span>}
        </p>
      )}
      {props.spark && (
        <div className="kpi-spark">
          <Sparkline {...props.spark} />
        </div>
      )}
      <p className="kpi-source">{props.source}</p>
    </article>
  );
}

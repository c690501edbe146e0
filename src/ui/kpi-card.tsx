import type { ReactNode } from 'react';
import { Sparkline } from './sparkline.tsx';

export type Tone = 'good' | 'bad' | 'neutral';

export interface KpiChange {
  amount: string;
  versus: string | null;
  tone: Tone;
  direction: 'up' | 'down' | 'flat' | 'unclear';
  /** Says in words what the colour says, e.g. "（向好）" / " (improved)". */
  toneLabel?: string;
  /** e.g. "来源表述": the words are the source's, not our arithmetic. */
  tag?: string;
}

export interface KpiCardProps {
  title: string;
  href: string;
  /** The figure with its unit and qualifier, or "not published". */
  value: string;
  published: boolean;
  /** The year the figure is for, e.g. "2024年". */
  year: string;
  change?: KpiChange;
  /** A second reading of the change, e.g. our arithmetic where the source's disagrees. */
  secondary?: string;
  /** Why no change is shown, when none is. */
  changeReason?: string;
  /** The sentence a leader can read out. */
  caption: string;
  aside?: ReactNode;
  spark: readonly (number | null)[];
  source: string;
}

const arrows = { up: '▲', down: '▼', flat: '■', unclear: '≈' } as const;

/** A headline figure: plain HTML that paints before any chart code loads. */
export function KpiCard(props: KpiCardProps) {
  const { change } = props;
  return (
    <article className="kpi-card">
      <h3 className="kpi-title">
        <a href={props.href}>{props.title}</a>
      </h3>
      <p className={props.published ? 'kpi-value' : 'kpi-value kpi-missing'}>{props.value}</p>
      <p className="kpi-year">{props.year}</p>
      {change && (
        <p className={`kpi-change tone-${change.tone}`}>
          <span aria-hidden="true">{arrows[change.direction]} </span>
          {change.amount} {change.versus && <span className="kpi-versus">{change.versus}</span>}
          {change.tag && <span className="kpi-tag">{change.tag}</span>}
          {change.toneLabel && <span className="visually-hidden">{change.toneLabel}</span>}
        </p>
      )}
      {props.secondary && <p className="kpi-secondary">⚠ {props.secondary}</p>}
      {props.changeReason && <p className="kpi-change tone-neutral">{props.changeReason}</p>}
      <p className="kpi-caption">{props.caption}</p>
      {props.aside}
      <div className="kpi-spark">
        <Sparkline values={props.spark} />
      </div>
      <p className="kpi-source">{props.source}</p>
    </article>
  );
}

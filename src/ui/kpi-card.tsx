import type { ReactNode } from 'react';
import { Sparkline } from './sparkline.tsx';

export type Tone = 'good' | 'bad' | 'neutral';

export interface KpiCardProps {
  title: string;
  href: string;
  /** The figure with its unit and qualifier, or "not published". */
  value: string;
  published: boolean;
  year: string;
  change?: {
    amount: string;
    versus: string;
    tone: Tone;
    direction: 'up' | 'down' | 'flat';
    /** Says in words what the colour says, e.g. "向好" / "improved". */
    toneLabel?: string;
  };
  /** Why no change is shown, when none is. */
  changeReason?: string;
  aside?: ReactNode;
  spark: readonly (number | null)[];
  source: string;
}

const arrows = { up: '▲', down: '▼', flat: '■' } as const;

/** A headline figure: plain HTML that paints before any chart code loads. */
export function KpiCard(props: KpiCardProps) {
  return (
    <article className="kpi-card">
      <h3 className="kpi-title">
        <a href={props.href}>{props.title}</a>
      </h3>
      <p className={props.published ? 'kpi-value' : 'kpi-value kpi-missing'}>{props.value}</p>
      <p className="kpi-year">{props.year}</p>
      {props.change && (
        <p className={`kpi-change tone-${props.change.tone}`}>
          <span aria-hidden="true">{arrows[props.change.direction]} </span>
          {props.change.amount} <span className="kpi-versus">{props.change.versus}</span>
          {props.change.toneLabel && (
            <span className="visually-hidden">{props.change.toneLabel}</span>
          )}
        </p>
      )}
      {props.changeReason && <p className="kpi-change tone-neutral">{props.changeReason}</p>}
      {props.aside}
      <div className="kpi-spark">
        <Sparkline values={props.spark} />
      </div>
      <p className="kpi-source">{props.source}</p>
    </article>
  );
}

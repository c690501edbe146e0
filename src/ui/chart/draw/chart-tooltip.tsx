import type { ChartTokens } from '../tokens.ts';
import type { VariantStyle } from '../variants.ts';

interface TooltipEntry {
  name?: string | number;
  value?: unknown;
  color?: string;
  payload?: { tooltip?: string[] };
}

interface ChartTooltipProps {
  active?: boolean;
  payload?: readonly TooltipEntry[];
  /** The x value under the pointer or focus: the year. */
  label?: unknown;
  tokens: ChartTokens;
  style: VariantStyle;
  /** For several series at one year: each series' name and formatted value. */
  format?: (value: number) => string;
  heading?: (label: unknown) => string;
}

/**
 * The tooltip of every chart, by pointer and by keyboard (arrow keys on the focused chart):
 * the lines the specification wrote for the mark, or each series' value at that year.
 */
export function ChartTooltip({
  active,
  payload,
  label,
  tokens,
  style,
  format,
  heading,
}: ChartTooltipProps) {
  const first = payload?.[0];
  if (!active || !first) return null;
  const lines = first.payload?.tooltip;
  return (
    <div
      className="chart-tooltip"
      style={{
        background: tokens.background,
        color: tokens.text,
        borderColor: tokens.muted,
        fontSize: style.fontSize ?? undefined,
      }}
    >
      {lines ? (
        lines.map((line, i) =>
          i === 0 ? <strong key={line}>{line}</strong> : <p key={line}>{line}</p>,
        )
      ) : (
        <>
          {heading && <strong>{heading(label)}</strong>}
          {payload.map((entry) =>
            typeof entry.value === 'number' ? (
              <p key={String(entry.name)}>
                <span style={{ color: entry.color }}>■ </span>
                {entry.name} {format ? format(entry.value) : entry.value}
              </p>
            ) : null,
          )}
        </>
      )}
    </div>
  );
}

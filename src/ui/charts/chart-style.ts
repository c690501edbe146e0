/** The one table of chart colours: CSS variables, so every theme restyles every chart. */
export const axisStyle = { stroke: 'var(--muted)', tick: { fill: 'var(--muted)' } } as const;
export const gridStroke = 'var(--grid)';

/**
 * The one rounding helper. `digits` 1 is how changes are shown (+25.9%); 9 only clears
 * floating-point noise (0.1 + 0.2), so sums and differences compare as people expect.
 */
export function roundTo(n: number, digits: number): number {
  const factor = 10 ** digits;
  // Past about 1e299 the scaled figure is Infinity: such a figure has no noise worth clearing.
  if (!Number.isFinite(Math.abs(n) * factor)) return n;
  // Halves go away from zero, so a fall reads as large as an equal rise (−0.25 → −0.3).
  return (Math.sign(n) * Math.round(Math.abs(n) * factor)) / factor || 0;
}

/** Clears floating-point noise without changing any published digit. */
export const tidy = (n: number) => roundTo(n, 9);

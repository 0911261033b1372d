/** How strongly a unit's staffing gap pulls staff in (shortage) or lets them go (surplus). */
/**
 * Staffing pressure of a unit: a shortage gives up to +50 (the gap as a percentage of the
 * need), a surplus down to -25 (half the surplus percentage). A unit needing nobody with
 * staff counts as fully surplus.
 */
export function unitPressureOf(gap: number, need: number): number {
  const base = Math.max(need, 1);
  if (gap > 0) return Math.min(50, Math.round((100 * gap) / base));
  if (gap < 0) return -Math.min(25, Math.round((50 * -gap) / base));
  return 0;
}

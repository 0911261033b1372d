/**
 * Which units the staffing chart shows (Ringkasan in Excel, the Kebutuhan step in the pane):
 * one rule, so both show the same units in the same order (docs/sheets.md#ringkasan).
 */

/** At most this many units, so the chart stays readable on a sheet and in a 320 px pane. */
export const STAFFING_CHART_UNITS = 15;

/** What the rule reads of a unit: its need and staff now, and its staff after a plan if there is one. */
export interface StaffingChartInput {
  readonly unit: string;
  readonly need: number;
  readonly staff: number;
  readonly after?: { readonly staff: number } | null | undefined;
}

/** One unit of the chart: need, staff before, and staff after (null without a plan). */
export interface StaffingChartRow {
  readonly unit: string;
  readonly need: number;
  readonly before: number;
  readonly after: number | null;
}

/**
 * The units with the largest shortage (need − staff) before or after the plan, whichever of
 * the two is larger, largest first, ties by unit name; at most `limit` of them. A unit with
 * neither need nor staff (before or after) says nothing and is left out.
 *
 * @example staffingChartRows([{ unit: 'A', need: 5, staff: 2, after: { staff: 4 } }, { unit: 'B', need: 3, staff: 3 }])
 * // [{ unit: 'A', need: 5, before: 2, after: 4 }, { unit: 'B', need: 3, before: 3, after: null }]
 */
export function staffingChartRows(units: readonly StaffingChartInput[], limit = STAFFING_CHART_UNITS): StaffingChartRow[] {
  const rows = units
    .map((u): StaffingChartRow => ({ unit: u.unit, need: u.need, before: u.staff, after: u.after ? u.after.staff : null }))
    .filter((r) => r.need > 0 || r.before > 0 || (r.after ?? 0) > 0);
  const shortage = (r: StaffingChartRow) => Math.max(r.need - r.before, r.after === null ? -Infinity : r.need - r.after);
  rows.sort((a, b) => shortage(b) - shortage(a) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  return rows.slice(0, Math.max(0, limit));
}

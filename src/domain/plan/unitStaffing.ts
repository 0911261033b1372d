/**
 * Staffing valued per unit with diminishing returns (docs/rules.md, "Kebutuhan Unit"): the
 * solver's column groups are the units, and the k-th person a unit holds is worth more the
 * further the unit is from its need. A unit's first min(need, staff now) places are held
 * with a value no move can outweigh, so no adequately staffed unit falls short and no unit
 * in shortage loses staff; beyond its need a unit gains nothing, so surplus staff are free
 * to go where they are needed. The model stays a min-cost flow, so the plan stays exact.
 */
import type { NeedsAnalysis } from '../needs';
import type { Policy } from '../rules';
import type { ColumnGroups } from '../solver/columnGroups';
import type { TableIndex } from '../model/tableIndex';

/**
 * Value of each place a unit must keep. Larger than any pair value (±20,000) times the
 * largest chain a single place could enable, and small enough that potentials stay exact.
 */
export const KEEP_STAFFED_VALUE = 1_000_000;

/** Marginal value of the k-th person (k ≥ 1) in a unit that needs `need` and must keep `keep`. */
export function staffingMarginal(policy: Policy, need: number, keep: number, k: number): number {
  if (k <= keep) return KEEP_STAFFED_VALUE;
  if (k > need || need <= 0) return 0;
  const { base, shortageExtra } = policy.scoring.staffing;
  return base + Math.round((shortageExtra * (need - k + 1)) / need);
}

/** The places each unit must keep: min(need, staff now) when the policy keeps units staffed. */
export function keptPlaces(policy: Policy, needs: NeedsAnalysis): Int32Array {
  return Int32Array.from(needs.units, (u) => (policy.scoring.staffing.keepUnitsStaffed ? Math.max(0, Math.min(u.need, u.staff)) : 0));
}

/**
 * The solver's column groups: one group per unit, holding the columns of its positions.
 * `colPosition` maps each solver column to its position index.
 */
export function unitStaffingGroups(policy: Policy, index: TableIndex, needs: NeedsAnalysis, colPosition: Int32Array): ColumnGroups {
  const count = index.unitNames.length;
  const colGroup = Int32Array.from(colPosition, (p) => index.positionUnit[p] ?? -1);
  const keep = keptPlaces(policy, needs);
  const groupStart = new Int32Array(count + 1);
  for (let u = 0; u < count; u++) groupStart[u + 1] = groupStart[u]! + Math.max(0, needs.units[u]?.need ?? 0);
  const marginal = new Float64Array(groupStart[count]!);
  for (let u = 0; u < count; u++) {
    const need = Math.max(0, needs.units[u]?.need ?? 0);
    for (let k = 1; k <= need; k++) marginal[groupStart[u]! + k - 1] = staffingMarginal(policy, need, keep[u]!, k);
  }
  // Beyond its need a unit gains nothing; a unit that must keep more than it needs (never: keep ≤ need) would list more.
  return { count, colGroup, groupStart, marginal, tail: new Float64Array(count) };
}

/** The part of a plan's objective that only says every kept place is kept: Σ keep × KEEP_STAFFED_VALUE. */
export function keptPlacesValue(policy: Policy, needs: NeedsAnalysis): number {
  return keptPlaces(policy, needs).reduce((sum, k) => sum + k * KEEP_STAFFED_VALUE, 0);
}

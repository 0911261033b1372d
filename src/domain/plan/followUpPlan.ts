/**
 * The follow-up re-plan (docs/sheets.md#tindak-lanjut): the evaluated transfers have taken
 * place, so the tables are brought up to date first; then only the placements the evaluation
 * flagged are free to move, and everyone else is locked where they now are.
 */
import { normalizeKey } from '../model/normalize';
import type { DayNumber, Employee, InputTables } from '../model/types';
import type { Policy, ReviewPair } from '../rules';

/** A transfer that has taken place: the employee now holds `positionCode`. */
export interface DoneTransfer {
  readonly nip: string;
  readonly positionCode: string;
}

/**
 * The tables as they stand after `transfers` took effect on `effectiveDate`: each moved
 * employee holds the new post in its unit, with the post's TMT and the last transfer on that
 * date. Transfers naming an unknown employee or post are left out (the caller reports them).
 *
 * @example applyTransfers(tables, [{ nip, positionCode: 'DINKES-042' }], day).employees.find((e) => e.nip === nip)?.positionCode // 'DINKES-042'
 */
export function applyTransfers(tables: InputTables, transfers: readonly DoneTransfer[], effectiveDate: DayNumber): InputTables {
  const positions = new Map(tables.positions.map((p) => [normalizeKey(p.code), p]));
  const moved = new Map(transfers.map((t) => [t.nip, positions.get(normalizeKey(t.positionCode))]));
  const employees = tables.employees.map((employee): Employee => {
    const to = moved.get(employee.nip);
    if (to === undefined) return employee;
    return { ...employee, positionCode: to.code, unit: to.unit, tmtJabatan: effectiveDate, tmtMutasiTerakhir: effectiveDate };
  });
  return { ...tables, employees };
}

/** Everyone not in `movable`, locked in the post they hold. */
export function lockAllBut(tables: InputTables, movable: ReadonlySet<string>): ReviewPair[] {
  return tables.employees.filter((e) => !movable.has(e.nip)).map((e) => ({ nip: e.nip, positionCode: e.positionCode }));
}

/**
 * The policy of a follow-up re-plan: a placement found wanting is corrected without waiting
 * out the minimum time in post or the gap between transfers (both would hold back exactly
 * the people the evaluation flagged), and without holding its place in the unit; every
 * other rule stands, and nobody else can move.
 */
export function followUpPolicy(policy: Policy): Policy {
  const rules = policy.rules;
  return {
    ...policy,
    rules: { ...rules, minTenure: { ...rules.minTenure, enabled: false }, recentTransfer: { ...rules.recentTransfer, enabled: false } },
    // Nobody else can move, so no unit loses anyone but a flagged placement; its place is not
    // held against the evaluation. Staffing is still valued, so a short unit is left only for a clear purpose.
    scoring: { ...policy.scoring, staffing: { ...policy.scoring.staffing, keepUnitsStaffed: false } },
  };
}

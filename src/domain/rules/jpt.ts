/**
 * Jabatan Pimpinan Tinggi (JPT) posts are filled through competency testing or open
 * selection (PermenPANRB 15/2019, still in use; UU 20/2023 Pasal 46-47), not by a mutasi
 * plan. With the `jpt` rule on (the default) a JPT holder stays (readiness
 * `JPT_OPEN_SELECTION`) and nobody is planned into a JPT post (pair block `JPT_POST`);
 * vacant JPT posts are listed apart for an open selection.
 */
import type { InputTables, Position } from '../model/types';
import type { Policy } from './policy';

/** True for a JPT post (Jenis Jabatan JPT). */
export const isJptPost = (position: Position): boolean => position.jenis === 'JPT';

/** True when the policy lets the plan move JPT holders and fill JPT posts (the `jpt` rule is off). */
export const jptPlanned = (policy: Policy): boolean => !policy.rules.jpt.enabled;

/**
 * JPT posts with fewer holders than their Formasi, each with the number of open seats, in
 * position-sheet order: what an open selection must fill, listed apart from the plan.
 */
export function vacantJptPosts(tables: InputTables): { readonly position: Position; readonly open: number }[] {
  const holders = new Map<string, number>();
  for (const employee of tables.employees) holders.set(employee.positionCode, (holders.get(employee.positionCode) ?? 0) + 1);
  return tables.positions
    .filter(isJptPost)
    .map((position) => ({ position, open: position.formasi - (holders.get(position.code) ?? 0) }))
    .filter((row) => row.open > 0);
}

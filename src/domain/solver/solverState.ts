/**
 * The mutable state of one exact solve, in the min-cost form the shortest-path code uses
 * (cost c = −weight). Row potentials are never stored: an assigned row's potential is
 * always u_i = c(matched edge) − v(matched column), because matched edges stay tight.
 *
 * Invariants between searches (min-cost form):
 * - every assigned row is tight on its edge and c_ik − v_k ≥ u_i on all its edges;
 * - in `free` mode (the general case) v_j ≤ 0, and v_j = 0 while column j has spare room,
 *   so the final duals satisfy the ≤-capacity LP directly;
 * - in `square` mode (unit capacities, rows = cols, every column ends full) v is free and a
 *   single shift at the end restores v ≤ 0.
 */

import type { AssignmentProblem } from './assignmentProblem';

export interface SolverState {
  readonly problem: AssignmentProblem;
  /** Column potentials (min-cost form). */
  readonly v: Float64Array;
  /** Column of each row, -1 while free. */
  readonly rowCol: Int32Array;
  /** CSR edge index of each row's match, -1 while free. */
  readonly rowEdge: Int32Array;
  /** Rows currently in each column. */
  readonly colCount: Int32Array;
  /** Head of each column's doubly linked list of rows, -1 when empty. */
  readonly colHead: Int32Array;
  readonly rowNext: Int32Array;
  readonly rowPrev: Int32Array;
}

/** A fresh state: nothing assigned, all potentials 0. */
export function createSolverState(problem: AssignmentProblem): SolverState {
  const { rows, cols } = problem;
  return {
    problem,
    v: new Float64Array(cols),
    rowCol: new Int32Array(rows).fill(-1),
    rowEdge: new Int32Array(rows).fill(-1),
    colCount: new Int32Array(cols),
    colHead: new Int32Array(cols).fill(-1),
    rowNext: new Int32Array(rows).fill(-1),
    rowPrev: new Int32Array(rows).fill(-1),
  };
}

/** Places free row i on edge e (column j). */
export function assignRow(s: SolverState, i: number, j: number, e: number): void {
  const head = s.colHead[j] as number;
  s.rowNext[i] = head;
  s.rowPrev[i] = -1;
  if (head >= 0) s.rowPrev[head] = i;
  s.colHead[j] = i;
  s.colCount[j] = (s.colCount[j] as number) + 1;
  s.rowCol[i] = j;
  s.rowEdge[i] = e;
}

/** Takes assigned row i out of its column. */
export function unassignRow(s: SolverState, i: number): void {
  const j = s.rowCol[i] as number;
  const next = s.rowNext[i] as number;
  const prev = s.rowPrev[i] as number;
  if (prev >= 0) s.rowNext[prev] = next;
  else s.colHead[j] = next;
  if (next >= 0) s.rowPrev[next] = prev;
  s.colCount[j] = (s.colCount[j] as number) - 1;
  s.rowCol[i] = -1;
  s.rowEdge[i] = -1;
}

/** Moves row i (free or assigned) onto edge e of column j. */
export function moveRow(s: SolverState, i: number, j: number, e: number): void {
  if ((s.rowCol[i] as number) >= 0) unassignRow(s, i);
  assignRow(s, i, j, e);
}

/**
 * The Hall witness left by a search that found no column with room: the free row plus all
 * rows in the settled (full) columns; their edges all end in those columns.
 */
export function hallWitness(
  s: SolverState,
  freeRow: number,
  settled: Int32Array,
  settledCount: number,
): { rows: Int32Array; cols: Int32Array } {
  const cols = settled.slice(0, settledCount).sort();
  let n = 1;
  for (let t = 0; t < settledCount; t++) n += s.colCount[cols[t] as number] as number;
  const rows = new Int32Array(n);
  rows[0] = freeRow;
  let k = 1;
  for (let t = 0; t < settledCount; t++) {
    for (let i = s.colHead[cols[t] as number] as number; i >= 0; i = s.rowNext[i] as number) rows[k++] = i;
  }
  return { rows: rows.sort(), cols };
}

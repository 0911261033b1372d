/**
 * Improves a feasible assignment by borrowing from another (typically a Lagrangian
 * solution that breaks a side constraint). The rows on which the two differ form walks
 * between columns (row i moves from column a to column b); applying a whole walk, or a
 * prefix of it that ends in a column with room, keeps every other column's count. Walks
 * with positive gain are applied greedily while capacities and side constraints still hold
 * ("path relinking"). The result is feasible by construction and never worse.
 */

import type { AssignmentProblem } from './assignmentProblem';
import type { ConstraintIncidence, SideConstraint } from './sideConstraint';

export interface FeasiblePoint {
  /** CSR edge per row. */
  readonly edges: Int32Array;
  /** Left-hand side per constraint. */
  readonly lhs: Float64Array;
  readonly objective: number;
}

/**
 * Splits the difference between `base` and `target` (CSR edge per row) into walks of rows,
 * in a fixed order: walk q is rows[start[q] .. start[q+1]-1], each row moving from its base
 * column to its target column, each next row leaving the column the previous one entered.
 */
export function walksBetween(p: AssignmentProblem, base: Int32Array, target: Int32Array): { rows: Int32Array; start: number[] } {
  const { cols, edgeCol } = p;
  const outStart = new Int32Array(cols + 1);
  const balance = new Int32Array(cols);
  let changed = 0;
  for (let i = 0; i < p.rows; i++) {
    if (base[i] === target[i]) continue;
    const a = edgeCol[base[i] as number] as number;
    const b = edgeCol[target[i] as number] as number;
    outStart[a + 1] = (outStart[a + 1] as number) + 1;
    balance[a] = (balance[a] as number) + 1;
    balance[b] = (balance[b] as number) - 1;
    changed++;
  }
  for (let j = 0; j < cols; j++) outStart[j + 1] = (outStart[j + 1] as number) + (outStart[j] as number);
  const next = outStart.slice(0, cols);
  const outRow = new Int32Array(changed);
  for (let i = 0; i < p.rows; i++) {
    if (base[i] === target[i]) continue;
    const a = edgeCol[base[i] as number] as number;
    outRow[next[a] as number] = i;
    next[a] = (next[a] as number) + 1;
  }
  const cursor = outStart.slice(0, cols);
  const rows = new Int32Array(changed);
  const start: number[] = [];
  let n = 0;
  const walkFrom = (c: number): void => {
    start.push(n);
    let cur = c;
    while ((cursor[cur] as number) < (outStart[cur + 1] as number)) {
      const i = outRow[cursor[cur] as number] as number;
      cursor[cur] = (cursor[cur] as number) + 1;
      rows[n++] = i;
      cur = edgeCol[target[i] as number] as number;
    }
  };
  // Paths first (from columns that lose rows), then the remaining cycles.
  for (let c = 0; c < cols; c++) for (let t = 0; t < (balance[c] as number); t++) walkFrom(c);
  for (let c = 0; c < cols; c++) while ((cursor[c] as number) < (outStart[c + 1] as number)) walkFrom(c);
  start.push(n);
  return { rows, start };
}

/**
 * Returns `base` improved with exchanges taken from `target` (both one CSR edge per row;
 * `base` must be feasible). Deterministic.
 */
export function improveTowards(
  p: AssignmentProblem,
  constraints: readonly SideConstraint[],
  incidence: ConstraintIncidence,
  base: FeasiblePoint,
  target: Int32Array,
): FeasiblePoint {
  const { edgeCol, edgeWeight: w, capacity } = p;
  const edges = base.edges.slice();
  const lhs = base.lhs.slice();
  let objective = base.objective;
  const count = new Int32Array(p.cols);
  for (const e of edges) count[edgeCol[e] as number] = (count[edgeCol[e] as number] as number) + 1;
  const { rows: walkRows, start } = walksBetween(p, edges, target);
  const from = start.slice(0, -1);
  const delta = new Float64Array(constraints.length);
  const touched: number[] = [];
  const limitOf = (k: number): number => (constraints[k] as SideConstraint).limit;
  let progress = true;
  for (let pass = 0; pass < 4 && progress; pass++) {
    progress = false;
    for (let q = 0; q < from.length; q++) {
      const first = from[q] as number;
      const last = start[q + 1] as number;
      if (first >= last) continue;
      const startCol = edgeCol[edges[walkRows[first] as number] as number] as number;
      let gain = 0;
      let violated = 0;
      let bestEnd = -1;
      let bestGain = 0;
      for (let t = first; t < last; t++) {
        const i = walkRows[t] as number;
        const from0 = edges[i] as number;
        const to0 = target[i] as number;
        gain += (w[to0] as number) - (w[from0] as number);
        for (const [e, sign] of [
          [to0, 1],
          [from0, -1],
        ] as const) {
          for (let a = incidence.start[e] as number; a < (incidence.start[e + 1] as number); a++) {
            const k = incidence.constraint[a] as number;
            if (delta[k] === 0) touched.push(k);
            const before = (lhs[k] as number) + (delta[k] as number) > limitOf(k);
            delta[k] = (delta[k] as number) + sign * (incidence.coef[a] as number);
            const after = (lhs[k] as number) + (delta[k] as number) > limitOf(k);
            violated += (after ? 1 : 0) - (before ? 1 : 0);
          }
        }
        const endCol = edgeCol[to0] as number;
        const roomy = endCol === startCol || (count[endCol] as number) < (capacity[endCol] as number);
        if (roomy && violated === 0 && gain > bestGain) {
          bestGain = gain;
          bestEnd = t;
        }
      }
      for (const k of touched) delta[k] = 0;
      touched.length = 0;
      if (bestEnd < 0) continue;
      for (let t = first; t <= bestEnd; t++) {
        const i = walkRows[t] as number;
        for (const [e, sign] of [
          [target[i] as number, 1],
          [edges[i] as number, -1],
        ] as const) {
          for (let a = incidence.start[e] as number; a < (incidence.start[e + 1] as number); a++) {
            const k = incidence.constraint[a] as number;
            lhs[k] = (lhs[k] as number) + sign * (incidence.coef[a] as number);
          }
        }
        edges[i] = target[i] as number;
      }
      const endCol = edgeCol[target[walkRows[bestEnd] as number] as number] as number;
      count[startCol] = (count[startCol] as number) - 1;
      count[endCol] = (count[endCol] as number) + 1;
      objective += bestGain;
      from[q] = bestEnd + 1;
      progress = true;
    }
  }
  return { edges, lhs, objective };
}

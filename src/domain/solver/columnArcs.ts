/**
 * A column's arcs to other columns for the grouped solver's searches: a row in column j
 * opens an arc to every other column k it has an edge to, at reduced cost
 * d_j + π_j + w(used edge) − w(edge) − π_k. Only the cheapest row per target matters to a
 * shortest path, and w(used edge) − w(edge) does not depend on the potentials, so the arcs are
 * built once per set of rows in the column (one per target) and reused by every search that
 * settles it; big columns whose rows share targets are then scanned once per target.
 */

import type { SolverState } from './solverState';

/**
 * Column j's arcs as quadruples (target, w(used edge) − w(edge), row, edge), targets in order
 * of first appearance; among rows opening the same target the first in the column's list with
 * the least cost wins. `arcAt` and `arcStamp` are work arrays of one entry per column, `round`
 * a number not used with them before.
 */
export function buildColumnArcs(s: SolverState, j: number, arcAt: Int32Array, arcStamp: Int32Array, round: number): Float64Array {
  const { rowStart, edgeCol, edgeWeight: w } = s.problem;
  const out: number[] = [];
  for (let i = s.colHead[j] as number; i >= 0; i = s.rowNext[i] as number) {
    const used = w[s.rowEdge[i] as number] as number;
    for (let e = rowStart[i] as number, end = rowStart[i + 1] as number; e < end; e++) {
      const k = edgeCol[e] as number;
      if (k === j) continue;
      const delta = used - (w[e] as number);
      if (arcStamp[k] !== round) {
        arcStamp[k] = round;
        arcAt[k] = out.length;
        out.push(k, delta, i, e);
      } else if (delta < (out[(arcAt[k] as number) + 1] as number)) {
        const at = arcAt[k] as number;
        out[at + 1] = delta;
        out[at + 2] = i;
        out[at + 3] = e;
      }
    }
  }
  return Float64Array.from(out);
}

/**
 * One shortest augmenting path search on a complete graph (every row has every column, in
 * order), after the `augment` procedure of Jonker & Volgenant (1987): no heap, a column
 * list split into settled | scan | todo parts, and all columns at the current minimum
 * distance moved to `scan` at once, which suits integer costs with many ties.
 */

import { moveRow, type SolverState } from './solverState';

/** Work arrays reused across searches; sized by the number of columns. */
export interface DenseScratch {
  readonly d: Float64Array;
  /** d + v per column, so the row scan compares against one array. */
  readonly dv: Float64Array;
  readonly pred: Int32Array;
  readonly colList: Int32Array;
  /** Position of each column in colList. */
  readonly colPos: Int32Array;
  /** After a failed search, colList[0..settledCount) are the full columns reached. */
  settledCount: number;
}

export function createDenseScratch(cols: number): DenseScratch {
  return {
    d: new Float64Array(cols),
    dv: new Float64Array(cols),
    pred: new Int32Array(cols),
    colList: new Int32Array(cols),
    colPos: new Int32Array(cols),
    settledCount: 0,
  };
}

/**
 * Finds a cheapest path from free row `f` to a column with room, updates the potentials and
 * flips the path. Returns the end column, or -1 when every column is full.
 */
export function augmentDense(s: SolverState, x: DenseScratch, f: number): number {
  const { cols: n, rowStart, edgeWeight: w, capacity } = s.problem;
  const { v, colCount, colHead, rowNext } = s;
  const { d, dv, pred, colList, colPos } = x;
  const base = rowStart[f] as number;
  for (let j = 0; j < n; j++) {
    dv[j] = -(w[base + j] as number);
    d[j] = (dv[j] as number) - (v[j] as number);
    pred[j] = f;
    colList[j] = j;
    colPos[j] = j;
  }
  // colList: [0, low) settled, [low, up) at the current minimum, [up, n) still to do.
  let low = 0;
  let up = 0;
  let min = 0;
  let sink = -1;
  search: for (;;) {
    if (up === low) {
      if (up === n) break;
      let j = colList[up++] as number;
      min = d[j] as number;
      for (let k = up; k < n; k++) {
        j = colList[k] as number;
        const h = d[j] as number;
        if (h <= min) {
          if (h < min) {
            up = low;
            min = h;
          }
          const q = colList[up] as number;
          colList[k] = q;
          colPos[q] = k;
          colList[up] = j;
          colPos[j] = up++;
        }
      }
      for (let k = low; k < up; k++) {
        j = colList[k] as number;
        if ((colCount[j] as number) < (capacity[j] as number)) {
          sink = j;
          break search;
        }
      }
    }
    const j1 = colList[low++] as number;
    const vj1 = v[j1] as number;
    for (let i = colHead[j1] as number; i >= 0; i = rowNext[i] as number) {
      const rb = rowStart[i] as number;
      // h = c_ij − v_j − u_i + min, with u_i = c_ij1 − v_j1 (tight match).
      const shift = min + (w[rb + j1] as number) + vj1;
      // Sequential over the whole row: reduced costs are ≥ 0, so a settled or scanned
      // column (d ≤ min) can never improve and needs no membership test; streaming the
      // row beats gathering it in list order.
      for (let j = 0; j < n; j++) {
        const hv = shift - (w[rb + j] as number);
        if (hv < (dv[j] as number)) {
          dv[j] = hv;
          const h = hv - (v[j] as number);
          d[j] = h;
          pred[j] = i;
          if (h === min) {
            if ((colCount[j] as number) < (capacity[j] as number)) {
              sink = j;
              break search;
            }
            const k = colPos[j] as number;
            const q = colList[up] as number;
            colList[k] = q;
            colPos[q] = k;
            colList[up] = j;
            colPos[j] = up++;
          }
        }
      }
    }
  }
  if (sink < 0) {
    x.settledCount = n;
    return -1;
  }
  for (let k = 0; k < low; k++) {
    const j = colList[k] as number;
    v[j] = (v[j] as number) + (d[j] as number) - min;
  }
  let j = sink;
  for (;;) {
    const i = pred[j] as number;
    const previous = s.rowCol[i] as number;
    moveRow(s, i, j, (rowStart[i] as number) + j);
    if (i === f) return sink;
    j = previous;
  }
}

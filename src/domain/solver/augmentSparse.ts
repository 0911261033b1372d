/**
 * One shortest augmenting path search on a sparse graph: Dijkstra over columns with reduced
 * costs c_ik − v_k − u_i ≥ 0, a binary heap, and the column potentials updated afterwards
 * (successive shortest paths, as in Jonker & Volgenant 1987 and Crouse 2016, with column
 * capacities handled directly: reaching a full column continues through every row in it).
 */

import { ColumnHeap } from './columnHeap';
import { moveRow, type SolverState } from './solverState';

/** Work arrays reused across searches; sized by the number of columns. */
export interface SparseScratch {
  readonly d: Float64Array;
  readonly pred: Int32Array;
  readonly predEdge: Int32Array;
  /** stamp[j] === round when d[j] is valid in the current search. */
  readonly stamp: Int32Array;
  readonly doneStamp: Int32Array;
  /** Columns settled in the current search, in settle order. */
  readonly settled: Int32Array;
  settledCount: number;
  round: number;
  readonly heap: ColumnHeap;
}

export function createSparseScratch(cols: number): SparseScratch {
  const d = new Float64Array(cols);
  return {
    d,
    pred: new Int32Array(cols),
    predEdge: new Int32Array(cols),
    stamp: new Int32Array(cols),
    doneStamp: new Int32Array(cols),
    settled: new Int32Array(cols),
    settledCount: 0,
    round: 0,
    heap: new ColumnHeap(cols, d),
  };
}

/**
 * Finds a cheapest path from free row `r` to a column with room, updates the potentials
 * and flips the path. Returns the end column, or -1 when no column with room is reachable
 * (then `x.settled[0..settledCount)` are the full columns the row set can reach).
 */
export function augmentSparse(s: SolverState, x: SparseScratch, r: number): number {
  const { rowStart, edgeCol, edgeWeight: w, capacity } = s.problem;
  const { v, colCount, colHead, rowNext, rowEdge } = s;
  const { d, pred, predEdge, stamp, doneStamp, settled, heap } = x;
  const round = ++x.round;
  heap.clear();
  // Tentative distance of the best column with room seen so far: nothing at or beyond it
  // needs to enter the heap, since reduced costs are non-negative.
  let bound = Infinity;
  for (let e = rowStart[r] as number, end = rowStart[r + 1] as number; e < end; e++) {
    const k = edgeCol[e] as number;
    const nd = -(w[e] as number) - (v[k] as number);
    if (nd >= bound) continue;
    if ((colCount[k] as number) < (capacity[k] as number)) bound = nd;
    if (stamp[k] !== round) {
      stamp[k] = round;
      d[k] = nd;
      pred[k] = r;
      predEdge[k] = e;
      heap.push(k);
    } else if (nd < (d[k] as number)) {
      d[k] = nd;
      pred[k] = r;
      predEdge[k] = e;
      heap.decrease(k);
    }
  }
  let settledCount = 0;
  let sink = -1;
  while (heap.length > 0) {
    const j = heap.pop();
    doneStamp[j] = round;
    settled[settledCount++] = j;
    if ((colCount[j] as number) < (capacity[j] as number)) {
      sink = j;
      break;
    }
    const dj = d[j] as number;
    const vj = v[j] as number;
    for (let i = colHead[j] as number; i >= 0; i = rowNext[i] as number) {
      // u_i = c(match) − v_j, so the path cost to row i's edge k is dj + c_ik − v_k − u_i.
      const base = dj + (w[rowEdge[i] as number] as number) + vj;
      for (let e = rowStart[i] as number, end = rowStart[i + 1] as number; e < end; e++) {
        const k = edgeCol[e] as number;
        if (doneStamp[k] === round) continue;
        const nd = base - (w[e] as number) - (v[k] as number);
        if (nd >= bound) continue;
        if ((colCount[k] as number) < (capacity[k] as number)) bound = nd;
        if (stamp[k] !== round) {
          stamp[k] = round;
          d[k] = nd;
          pred[k] = i;
          predEdge[k] = e;
          heap.push(k);
        } else if (nd < (d[k] as number)) {
          d[k] = nd;
          pred[k] = i;
          predEdge[k] = e;
          heap.decrease(k);
        }
      }
    }
  }
  x.settledCount = settledCount;
  if (sink < 0) return -1;
  const delta = d[sink] as number;
  for (let t = 0; t < settledCount; t++) {
    const j = settled[t] as number;
    v[j] = (v[j] as number) - (delta - (d[j] as number));
  }
  flipPath(s, pred, predEdge, sink, r);
  return sink;
}

/** Reassigns the rows along the predecessor chain ending in `sink`, back to free row r. */
export function flipPath(s: SolverState, pred: Int32Array, predEdge: Int32Array, sink: number, r: number): void {
  let j = sink;
  for (;;) {
    const i = pred[j] as number;
    const previous = s.rowCol[i] as number;
    moveRow(s, i, j, predEdge[j] as number);
    if (i === r) return;
    j = previous;
  }
}

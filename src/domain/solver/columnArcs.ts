/**
 * A column's arcs to other columns for the grouped solver's searches: a row in column j
 * opens an arc to every other column k it has an edge to, at reduced cost
 * d_j + π_j + w(used edge) − w(edge) − π_k. Only the cheapest row per target matters to a
 * shortest path, and w(used edge) − w(edge) does not depend on the potentials, so the arcs are
 * built once per set of rows in the column (one per target) and reused by every search that
 * settles it; big columns whose rows share targets are then scanned once per target.
 *
 * Each arc also carries a key, w(used edge) − w(edge) − π_k at the time it was keyed, and the
 * arcs are indexed by key. Potentials only ever fall (a search moves a settled node by
 * d − d_sink ≤ 0, a refresh by −(distance to the sink) ≤ 0), so a key stays a lower bound of
 * the arc's current reduced cost less d_j + π_j: a search that needs only the arcs cheaper than
 * the sink's tentative distance reads them off the front of the index instead of scanning
 * every arc (`scanArcs` in `scanColumnArcs.ts`), and still relaxes them in the arcs' own order.
 *
 * A column with few arcs (at most `ArcStore.plainArcsMax`) keeps them plain instead: in their
 * own order, w(used edge) − w(edge) and the target as two integers, nothing else. Reading all of
 * them costs less than sorting them and writing an index, and one such column takes a third of
 * the memory, so more of the store stays in cache. Each run of PLAIN_RUN arcs keeps a lower
 * bound of its arcs' cost, like `GroupedState.arcsMinKey` for the column, so a scan passes over a
 * run none of whose arcs can help. The row of a plain arc is not kept: the one arc a path takes
 * finds its row again (`openingRow`).
 */

import { edgeOf } from './assignmentProblem';
import { INDEX_WIDTH, PLAIN_RUN, plainRoom, type ArcStore } from './arcStore';
import type { SolverState } from './solverState';

/** Doubles per arc in the build buffer: w(used edge) − w(edge), then (target, row) as two integers. */
const ARC_WIDTH = 2;

/**
 * Work arrays for building arcs: one entry per column, a build number not used with them
 * before, a build buffer holding one column's arcs in their own order (grown to one arc per
 * column; seen as doubles and as integers like a slab) and a sort buffer that grows as needed.
 */
export interface ArcBuildWork {
  readonly arcAt: Int32Array;
  readonly arcStamp: Int32Array;
  arcRound: number;
  arcF64: Float64Array;
  arcI32: Int32Array;
  keyBuf: Float64Array;
}

/** Build work for a problem of cols columns. */
export function createArcBuildWork(cols: number): ArcBuildWork {
  const arcF64 = new Float64Array(ARC_WIDTH * Math.max(cols, 1));
  return {
    arcAt: new Int32Array(cols),
    arcStamp: new Int32Array(cols),
    arcRound: 0,
    arcF64,
    arcI32: new Int32Array(arcF64.buffer),
    keyBuf: new Float64Array(256),
  };
}

/** Makes the build buffer hold n arcs. */
function bufferFor(work: ArcBuildWork, n: number): void {
  if (work.arcF64.length >= ARC_WIDTH * n) return;
  work.arcF64 = new Float64Array(ARC_WIDTH * n);
  work.arcI32 = new Int32Array(work.arcF64.buffer);
}

/**
 * Writes column j's arcs to the build buffer; returns their number. Targets come in order of
 * first appearance; among rows opening the same target the first in the column's list with the
 * least cost wins.
 */
function writeArcs(s: SolverState, j: number, work: ArcBuildWork): number {
  const { rowStart, edgeCol, edgeWeight: w } = s.problem;
  bufferFor(work, s.problem.cols);
  const { arcAt, arcStamp, arcF64: f64, arcI32: i32 } = work;
  const round = ++work.arcRound;
  let p = 0;
  for (let i = s.colHead[j] as number; i >= 0; i = s.rowNext[i] as number) {
    const used = w[s.rowEdge[i] as number] as number;
    for (let e = rowStart[i] as number, end = rowStart[i + 1] as number; e < end; e++) {
      const k = edgeCol[e] as number;
      if (k === j) continue;
      const delta = used - (w[e] as number);
      if (arcStamp[k] !== round) {
        arcStamp[k] = round;
        arcAt[k] = p;
        f64[p] = delta;
        i32[2 * p + 2] = k;
        i32[2 * p + 3] = i;
        p += ARC_WIDTH;
      } else if (delta < (f64[arcAt[k] as number] as number)) {
        const q = arcAt[k] as number;
        f64[q] = delta;
        i32[2 * q + 3] = i;
      }
    }
  }
  return p / ARC_WIDTH;
}

/**
 * Builds column j's arcs (see `writeArcs` for their order) in its block of `store`: plain when
 * there are at most `store.plainArcsMax`, else indexed, keyed with the current potentials (only
 * the index is kept: the arcs' own order is their arc number in it). Returns a lower bound of
 * their cost with the current potentials, less d_j + π_j (Infinity without arcs).
 */
export function buildColumnArcs(s: SolverState, j: number, work: ArcBuildWork, store: ArcStore): number {
  const n = writeArcs(s, j, work);
  if (n <= store.plainArcsMax) {
    store.reserve(j, plainRoom(n));
    store.setCount(j, n);
    return copyPlainArcs(store, j, s.v, work);
  }
  store.reserve(j, n);
  store.setCount(j, n);
  indexArcs(store, j, s.v, work);
  return store.doubles(j)[store.offset(j)] as number;
}

/**
 * Copies column j's n arcs from the build buffer to its block as plain arcs: from the block's
 * offset, the least cost of each run of PLAIN_RUN arcs with potentials v (one double per run),
 * then the arcs as two integers each (w(used edge) − w(edge), target). Returns their least cost.
 */
function copyPlainArcs(store: ArcStore, j: number, v: Float64Array, work: ArcBuildWork): number {
  const n = store.count(j);
  const f64 = store.doubles(j);
  const i32 = store.ints(j);
  const runsAt = store.offset(j);
  const arcsAt = store.plainArcsOffset(j, n);
  const { arcF64, arcI32 } = work;
  let least = Infinity;
  for (let run = 0, t = 0; t < n; run++) {
    let runLeast = Infinity;
    for (const end = Math.min(n, t + PLAIN_RUN); t < end; t++) {
      const at = ARC_WIDTH * t;
      const delta = arcF64[at] as number;
      const k = arcI32[2 * at + 2] as number;
      i32[arcsAt + 2 * t] = delta;
      i32[arcsAt + 2 * t + 1] = k;
      const cost = delta - (v[k] as number);
      if (cost < runLeast) runLeast = cost;
    }
    f64[runsAt + run] = runLeast;
    if (runLeast < least) least = runLeast;
  }
  return least;
}

/**
 * The row whose arc from column j to column k `writeArcs` keeps: the least w(used edge) − w(edge),
 * the first in the column's list on ties. Valid while column j holds the rows it held when its
 * arcs were built.
 */
export function openingRow(s: SolverState, j: number, k: number): number {
  const w = s.problem.edgeWeight;
  let row = -1;
  let least = Infinity;
  for (let i = s.colHead[j] as number; i >= 0; i = s.rowNext[i] as number) {
    const e = edgeOf(s.problem, i, k);
    if (e < 0) continue;
    const delta = (w[s.rowEdge[i] as number] as number) - (w[e] as number);
    if (delta < least) {
      least = delta;
      row = i;
    }
  }
  return row;
}

/** Re-keys column j's arcs with the current potentials v and sorts its index again. */
export function keyColumnArcs(store: ArcStore, j: number, v: Float64Array, work: ArcBuildWork): void {
  const n = store.count(j);
  const f64 = store.doubles(j);
  const i32 = store.ints(j);
  const indexAt = store.offset(j);
  const rowsAt = store.rowsOffset(j);
  bufferFor(work, n);
  const { arcF64, arcI32 } = work;
  // Back to the arcs' own order in the build buffer, then indexed afresh.
  for (let t = 0, q = indexAt; t < n; t++, q += INDEX_WIDTH) {
    const at = ARC_WIDTH * (i32[2 * q + 5] as number);
    arcF64[at] = f64[q + 1] as number;
    arcI32[2 * at + 2] = i32[2 * q + 4] as number;
    arcI32[2 * at + 3] = i32[rowsAt + t] as number;
  }
  indexArcs(store, j, v, work);
}

/** The least power of two ≥ n (n ≥ 1). */
function powerOfTwoAtLeast(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** Sorts a[lo..hi) ascending (distinct values): quicksort, insertion sort for short runs. */
export function sortDistinct(a: Float64Array, lo: number, hi: number): void {
  while (hi - lo > 16) {
    const mid = (lo + hi) >> 1;
    // Median of three as the pivot.
    const x = a[lo] as number;
    const y = a[mid] as number;
    const z = a[hi - 1] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let k = hi - 1;
    while (i <= k) {
      while ((a[i] as number) < pivot) i++;
      while ((a[k] as number) > pivot) k--;
      if (i <= k) {
        const t = a[i] as number;
        a[i] = a[k] as number;
        a[k] = t;
        i++;
        k--;
      }
    }
    // Recurse into the smaller side, loop on the larger.
    if (k + 1 - lo < hi - i) {
      sortDistinct(a, lo, k + 1);
      lo = i;
    } else {
      sortDistinct(a, i, hi);
      hi = k + 1;
    }
  }
  for (let t = lo + 1; t < hi; t++) {
    const value = a[t] as number;
    let u = t - 1;
    while (u >= lo && (a[u] as number) > value) {
      a[u + 1] = a[u] as number;
      u--;
    }
    a[u + 1] = value;
  }
}

/**
 * Keys the n arcs of column j held in the build buffer with potentials v and writes the
 * column's index, sorted by key (ties by arc number), with the row of each entry. Keys are
 * integers (weights and potentials are), so key and arc number are packed into one double and
 * sorted as numbers when the product of their ranges fits in 2^53; the arc number takes the low
 * bits of a power of two, so unpacking divides exactly without a remainder call.
 */
function indexArcs(store: ArcStore, j: number, v: Float64Array, work: ArcBuildWork): void {
  const n = store.count(j);
  if (n === 0) return;
  const f64 = store.doubles(j);
  const i32 = store.ints(j);
  const indexAt = store.offset(j);
  const rowsAt = store.rowsOffset(j);
  const { arcF64, arcI32 } = work;
  if (work.keyBuf.length < n) work.keyBuf = new Float64Array(Math.max(n, 2 * work.keyBuf.length));
  const key = work.keyBuf;
  let lo = Infinity;
  let hi = -Infinity;
  for (let a = 0, at = 0; a < n; a++, at += ARC_WIDTH) {
    const k = (arcF64[at] as number) - (v[arcI32[2 * at + 2] as number] as number);
    key[a] = k;
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  const span = powerOfTwoAtLeast(n);
  const packs = (hi - lo + 1) * span <= Number.MAX_SAFE_INTEGER;
  let order: number[] = [];
  if (packs) {
    for (let a = 0; a < n; a++) key[a] = ((key[a] as number) - lo) * span + a;
    sortDistinct(key, 0, n);
  } else {
    const unsorted = key;
    order = Array.from({ length: n }, (_, a) => a).sort((a, b) => (unsorted[a] as number) - (unsorted[b] as number) || a - b);
  }
  for (let t = 0, q = indexAt; t < n; t++, q += INDEX_WIDTH) {
    let a: number;
    if (packs) {
      const packed = key[t] as number;
      const high = Math.floor(packed / span);
      a = packed - high * span;
      f64[q] = lo + high;
    } else {
      a = order[t] as number;
      f64[q] = key[a] as number;
    }
    const at = ARC_WIDTH * a;
    f64[q + 1] = arcF64[at] as number;
    i32[2 * q + 4] = arcI32[2 * at + 2] as number;
    i32[2 * q + 5] = a;
    i32[rowsAt + t] = arcI32[2 * at + 3] as number;
  }
}

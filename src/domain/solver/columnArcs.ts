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
 * every arc (`scanArcs` in `augmentGrouped.ts`), and still relaxes them in the arcs' own order.
 */

import type { SolverState } from './solverState';

/** Entries per arc in `ColumnArcs.arcs`: target, w(used edge) − w(edge), row. */
export const ARC_WIDTH = 3;
/** Entries per arc in `ColumnArcs.index`: key, w(used edge) − w(edge), target, arc number. */
export const INDEX_WIDTH = 4;

/**
 * A column's arcs and their index by key (see above); the arrays may be longer than `n`, and are
 * reused when the column's rows change. The arc's edge is not kept: a search looks it up from
 * the row and the target for the few arcs its path takes.
 */
export interface ColumnArcs {
  /** Number of arcs. */
  n: number;
  /** Triples (target, w(used edge) − w(edge), row), targets in order of first appearance. */
  arcs: Float64Array;
  /**
   * The index: quadruples (key, w(used edge) − w(edge), target, arc number) by ascending key, ties
   * by arc number. The key is w(used edge) − w(edge) − π_target when last keyed, a lower bound of
   * its value now; the arc's cost and target sit beside it so a search reads the front of the
   * index in one pass (a big column's arcs would be read out of order).
   */
  index: Float64Array;
}

/**
 * Work arrays for building arcs: one entry per column, a build number not used with them before,
 * an output buffer (grown to one arc per column, room for any column's arcs), a sort
 * buffer that grows as needed, and the slabs the columns' arrays are cut from (`slabTop` entries
 * of the last one used; a fresh slab follows a full one, the columns keep views of the old), so
 * a search can read a column's arcs straight from a slab (`columnPlace`).
 */
export interface ArcBuildWork {
  readonly arcAt: Int32Array;
  readonly arcStamp: Int32Array;
  arcRound: number;
  arcBuf: Float64Array;
  keyBuf: Float64Array;
  readonly slabs: Float64Array[];
  slabTop: number;
}

/** Entries of a fresh slab, per column of the problem and at most: one allocation serves many columns' arrays. */
const SLAB_ENTRIES_PER_COLUMN = 64;
const SLAB_ENTRIES_MAX = 1 << 20;

/** A column's arc and index arrays, room arcs each, side by side in a slab (no allocation of their own). */
function cutColumnArrays(work: ArcBuildWork, room: number): ColumnArcs {
  const size = (ARC_WIDTH + INDEX_WIDTH) * room;
  let slab = work.slabs[work.slabs.length - 1];
  if (slab === undefined || work.slabTop + size > slab.length) {
    const entries = Math.min(SLAB_ENTRIES_MAX, SLAB_ENTRIES_PER_COLUMN * work.arcAt.length);
    slab = new Float64Array(Math.max(entries, size));
    work.slabs.push(slab);
    work.slabTop = 0;
  }
  const at = work.slabTop;
  work.slabTop = at + size;
  return { n: 0, arcs: slab.subarray(at, at + ARC_WIDTH * room), index: slab.subarray(at + ARC_WIDTH * room, at + size) };
}

/**
 * Where column c's arrays sit: the number of its slab in `work.slabs` and the offsets of its
 * arcs and of its index there; null when they are not cut from a slab of `work`.
 */
export function columnPlace(work: ArcBuildWork, c: ColumnArcs): { slab: number; arcsAt: number; indexAt: number } | null {
  const buffer = c.arcs.buffer;
  for (let k = work.slabs.length - 1; k >= 0; k--) {
    if ((work.slabs[k] as Float64Array).buffer !== buffer) continue;
    return { slab: k, arcsAt: c.arcs.byteOffset / 8, indexAt: c.index.byteOffset / 8 };
  }
  return null;
}

/**
 * Column j's arcs as triples (target, w(used edge) − w(edge), row), targets in order
 * of first appearance; among rows opening the same target the first in the column's list with
 * the least cost wins; keyed with the current potentials. The arrays of `reuse` (the column's
 * previous arcs) are filled when they are long enough.
 */
export function buildColumnArcs(s: SolverState, j: number, work: ArcBuildWork, reuse: ColumnArcs | null): ColumnArcs {
  const { rowStart, edgeCol, edgeWeight: w } = s.problem;
  const { arcAt, arcStamp } = work;
  const round = ++work.arcRound;
  // One arc per other column at most.
  const most = ARC_WIDTH * s.problem.cols;
  if (work.arcBuf.length < most) work.arcBuf = new Float64Array(most);
  const out = work.arcBuf;
  let len = 0;
  for (let i = s.colHead[j] as number; i >= 0; i = s.rowNext[i] as number) {
    const used = w[s.rowEdge[i] as number] as number;
    for (let e = rowStart[i] as number, end = rowStart[i + 1] as number; e < end; e++) {
      const k = edgeCol[e] as number;
      if (k === j) continue;
      const delta = used - (w[e] as number);
      if (arcStamp[k] !== round) {
        arcStamp[k] = round;
        arcAt[k] = len;
        out[len] = k;
        out[len + 1] = delta;
        out[len + 2] = i;
        len += ARC_WIDTH;
      } else if (delta < (out[(arcAt[k] as number) + 1] as number)) {
        const at = arcAt[k] as number;
        out[at + 1] = delta;
        out[at + 2] = i;
      }
    }
  }
  const n = len / ARC_WIDTH;
  let c = reuse;
  if (c === null || c.arcs.length < len) {
    const room = c === null ? n : Math.max(n, Math.ceil((1.5 * c.arcs.length) / ARC_WIDTH));
    c = cutColumnArrays(work, room);
  }
  c.n = n;
  c.arcs.set(out.subarray(0, len));
  keyColumnArcs(c, s.v, work);
  return c;
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
 * Re-keys a column's arcs with the current potentials v and sorts the index by key (ties by arc
 * number). Keys are integers (weights and potentials are), so key and arc number are packed into
 * one double and sorted as numbers when the product of their ranges fits in 2^53; the arc number
 * takes the low bits of a power of two, so unpacking divides exactly without a remainder call.
 */
export function keyColumnArcs(c: ColumnArcs, v: Float64Array, work: ArcBuildWork): void {
  const { n, arcs, index } = c;
  if (n === 0) return;
  if (work.keyBuf.length < n) work.keyBuf = new Float64Array(Math.max(n, 2 * work.keyBuf.length));
  const key = work.keyBuf;
  let lo = Infinity;
  let hi = -Infinity;
  for (let a = 0; a < n; a++) {
    const k = (arcs[ARC_WIDTH * a + 1] as number) - (v[arcs[ARC_WIDTH * a] as number] as number);
    key[a] = k;
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  const span = powerOfTwoAtLeast(n);
  if ((hi - lo + 1) * span <= Number.MAX_SAFE_INTEGER) {
    for (let a = 0; a < n; a++) key[a] = ((key[a] as number) - lo) * span + a;
    sortDistinct(key, 0, n);
    for (let t = 0; t < n; t++) {
      const packed = key[t] as number;
      const high = Math.floor(packed / span);
      const a = packed - high * span;
      index[INDEX_WIDTH * t] = lo + high;
      index[INDEX_WIDTH * t + 1] = arcs[ARC_WIDTH * a + 1] as number;
      index[INDEX_WIDTH * t + 2] = arcs[ARC_WIDTH * a] as number;
      index[INDEX_WIDTH * t + 3] = a;
    }
    return;
  }
  const unsorted = key.slice(0, n);
  const order = Array.from({ length: n }, (_, a) => a).sort((a, b) => (unsorted[a] as number) - (unsorted[b] as number) || a - b);
  for (let t = 0; t < n; t++) {
    const a = order[t] as number;
    index[INDEX_WIDTH * t] = unsorted[a] as number;
    index[INDEX_WIDTH * t + 1] = arcs[ARC_WIDTH * a + 1] as number;
    index[INDEX_WIDTH * t + 2] = arcs[ARC_WIDTH * a] as number;
    index[INDEX_WIDTH * t + 3] = a;
  }
}

/**
 * The relaxations of the grouped solver's searches (`augmentGrouped.ts`): reaching a node,
 * looking ahead from a column with room to the sink, and scanning a settled column's arcs
 * straight from the slab they sit in: all of them when plain, else only the front of their key
 * index.
 */

import { nextMarginal } from './columnGroups';
import { INDEX_WIDTH, PLAIN_RUN } from './arcStore';
import { keyColumnArcs, sortDistinct } from './columnArcs';
import type { GroupedScratch, GroupedState } from './augmentGrouped';

/** Reaches node at distance nd from `from`, or brings it nearer; its gate follows its distance. */
export function relax(x: GroupedScratch, round: number, node: number, nd: number, from: number): void {
  const d = x.d;
  if (x.stamp[node] !== round) {
    x.stamp[node] = round;
    d[node] = nd;
    x.gate[node] = nd;
    x.touched[x.touchedCount++] = node;
    x.pred[node] = from;
    x.heap.push(node);
  } else if (nd < (d[node] as number)) {
    d[node] = nd;
    x.gate[node] = nd;
    x.pred[node] = from;
    x.heap.decrease(node);
  }
}

/** Sets the gates of the nodes the search touched back to Infinity. */
export function clearGates(x: GroupedScratch): void {
  const { gate, touched } = x;
  for (let t = 0; t < x.touchedCount; t++) gate[touched[t] as number] = Infinity;
  x.touchedCount = 0;
}

/**
 * Column k was just reached at d[k]: when it has room, its group (and the group's arc to the
 * sink) is reached at once, so the sink's tentative distance is known before the nodes at
 * equal distance are explored. Returns the sink's tentative distance (Infinity if none).
 */
export function lookAhead(s: GroupedState, x: GroupedScratch, round: number, k: number): number {
  const { cols, capacity } = s.problem;
  const sink = cols + s.groups.count;
  if ((s.colCount[k] as number) < (capacity[k] as number)) {
    const g = s.groups.colGroup[k] as number;
    const dk = (x.d[k] as number) + (s.v[k] as number);
    if (g < 0) relax(x, round, sink, dk - s.piSink, k);
    else {
      const node = cols + g;
      const pg = s.piGroup[g] as number;
      const nd = dk - pg;
      if (x.doneStamp[node] !== round && (x.stamp[node] !== round || nd < (x.d[node] as number))) {
        relax(x, round, node, nd, k);
        relax(x, round, sink, nd + pg - nextMarginal(s.groups, g, s.groupLoad[g] as number) - s.piSink, node);
      }
    }
  }
  return x.stamp[sink] === round ? (x.d[sink] as number) : Infinity;
}

/**
 * Relaxes the arc of entry t of a settled column's index (at indexAt in f64 and i32, its rows
 * at rowsAt in i32) at base d_j + π_j; returns the new bound. The scan has already passed over
 * targets that are settled or reached as cheaply, and neither changes while one column's arcs
 * are relaxed, so only the falling bound is checked here.
 */
function relaxEntry(
  s: GroupedState,
  x: GroupedScratch,
  round: number,
  f64: Float64Array,
  i32: Int32Array,
  indexAt: number,
  rowsAt: number,
  t: number,
  base: number,
  bound: number,
): number {
  const q = indexAt + INDEX_WIDTH * t;
  const k = i32[2 * q + 4] as number;
  const nd = base + (f64[q + 1] as number) - (s.v[k] as number);
  if (nd >= bound) return bound;
  relax(x, round, k, nd, i32[rowsAt + t] as number);
  return lookAhead(s, x, round, k);
}

/**
 * Relaxes a settled column's plain arcs in their own order, returning the sink's tentative
 * distance; an arc passes when it costs at least the bound or cannot bring its target nearer
 * (settled, or reached as cheaply), and a run of arcs whose lower bound reaches the bound passes
 * whole (the bound only falls). A target reached this way remembers the column (as −2 − j)
 * rather than the row, which `openingRow` finds if the path takes the arc. The least cost read in
 * a run becomes its bound, and the least bound the column's (costs only rise).
 */
function scanPlainArcs(s: GroupedState, x: GroupedScratch, round: number, j: number, base: number, bound: number): number {
  const store = s.arcs;
  const n = store.count(j);
  const f64 = store.doubles(j);
  const i32 = store.ints(j);
  const runsAt = store.offset(j);
  const arcsAt = store.plainArcsOffset(j, n);
  const { v } = s;
  const { gate } = x;
  const from = -2 - j;
  let least = Infinity;
  for (let run = 0, t = 0; t < n; run++) {
    const end = Math.min(n, t + PLAIN_RUN);
    let runLeast = f64[runsAt + run] as number;
    if (base + runLeast >= bound) {
      t = end;
    } else {
      runLeast = Infinity;
      for (let q = arcsAt + 2 * t; t < end; t++, q += 2) {
        const k = i32[q + 1] as number;
        const cost = (i32[q] as number) - (v[k] as number);
        if (cost < runLeast) runLeast = cost;
        const nd = base + cost;
        if (nd >= bound || nd >= (gate[k] as number)) continue;
        relax(x, round, k, nd, from);
        bound = lookAhead(s, x, round, k);
      }
      f64[runsAt + run] = runLeast;
    }
    if (runLeast < least) least = runLeast;
  }
  s.arcsMinKey[j] = least;
  return bound;
}

/**
 * Relaxes a settled column's arcs in their own order (which breaks ties between equally short
 * paths, so it must not change), returning the sink's tentative distance. Plain arcs are read
 * whole (`scanPlainArcs`); of indexed ones, the following holds. An arc whose key is
 * at least bound − base costs at least the bound, and the bound only falls during the scan, so
 * it would be passed over anyway: only the front of the key index is read. Of the arcs there,
 * those that cannot lower their target's distance are passed over too (their cost reaches the
 * bound, their target is settled or already reached as cheaply): relaxing one would change
 * nothing, and a scan changes no column's distance but its own arcs' targets (each once). The
 * rest are relaxed in arc order, exactly as a full scan would. When most of the front turns out
 * dearer than its keys promised (the potentials have fallen since), the column is re-keyed.
 */
export function scanArcs(s: GroupedState, x: GroupedScratch, round: number, j: number, base: number, bound: number): number {
  const store = s.arcs;
  const n = store.count(j);
  if (n <= store.plainArcsMax) return scanPlainArcs(s, x, round, j, base, bound);
  const f64 = store.doubles(j);
  const i32 = store.ints(j);
  const indexAt = store.offset(j);
  const rowsAt = store.rowsOffset(j);
  const limit = bound - base;
  if (x.pick.length < n) x.pick = new Float64Array(Math.max(n, 2 * x.pick.length));
  if (x.mark.length < n) {
    x.mark = new Int32Array(Math.max(n, 2 * x.mark.length));
    x.slot = new Int32Array(x.mark.length);
  }
  if (x.markRound === 0x7fffffff) {
    x.mark.fill(0);
    x.markRound = 0;
  }
  const { pick, mark, slot, gate } = x;
  const tag = ++x.markRound;
  const v = s.v;
  // The arcs that can still help are picked, and marked with this scan's tag and the number of
  // their index entry; `fresh` counts the arcs whose key was still close to their cost.
  let live = 0;
  let fresh = 0;
  let count = 0;
  let least = Infinity;
  for (let q = indexAt, end = indexAt + INDEX_WIDTH * n; q < end && (f64[q] as number) < limit; count++, q += INDEX_WIDTH) {
    const k = i32[2 * q + 4] as number;
    const cost = (f64[q + 1] as number) - (v[k] as number);
    if (cost < least) least = cost;
    if (cost >= limit) continue;
    fresh++;
    // Settled (gate −Infinity) or already reached as cheaply.
    if (base + cost >= (gate[k] as number)) continue;
    const a = i32[2 * q + 5] as number;
    pick[live++] = a;
    mark[a] = tag;
    slot[a] = count;
  }
  if (8 * live > n) {
    // Many arcs are wanted: walking the arc numbers is cheaper than sorting them.
    for (let a = 0; a < n; a++)
      if (mark[a] === tag) bound = relaxEntry(s, x, round, f64, i32, indexAt, rowsAt, slot[a] as number, base, bound);
  } else if (live > 0) {
    sortDistinct(pick, 0, live);
    for (let u = 0; u < live; u++)
      bound = relaxEntry(s, x, round, f64, i32, indexAt, rowsAt, slot[pick[u] as number] as number, base, bound);
  }
  const stale = count - fresh;
  if (stale > 8 && 2 * stale > count) {
    keyColumnArcs(store, j, v, x);
    s.arcsMinKey[j] = f64[indexAt] as number;
  } else {
    // Costs only rise: the least cost read and the first key not read bound every arc from now on.
    const unread = count < n ? (f64[indexAt + INDEX_WIDTH * count] as number) : Infinity;
    s.arcsMinKey[j] = Math.max(s.arcsMinKey[j] as number, Math.min(least, unread));
  }
  return bound;
}

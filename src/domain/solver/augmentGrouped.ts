/**
 * One shortest augmenting path search of the grouped solver: Dijkstra with reduced costs
 * over the residual network of rows, columns, groups and a sink (min-cost form, cost c =
 * −weight, reduced cost c + π_from − π_to ≥ 0). Rows are never heap nodes: an assigned row's
 * only way in is from its column at reduced cost 0, so it is scanned when its column
 * settles, with π_row = π_col + w(match). Residual arcs:
 *   row → column      unused edge, cost −w;
 *   column → row      used edge (reverse), cost +w;
 *   column → group    column has room, cost 0 (column → sink for an ungrouped column);
 *   group → column    column holds rows (reverse), cost 0;
 *   group → sink      cost −(next marginal); the sink's arcs back are never on a shortest path to it.
 * Settled nodes get π += d − d_sink, which keeps every residual arc non-negative (the usual
 * successive-shortest-path argument); the search stops when the sink settles.
 */

import { ColumnHeap } from './columnHeap';
import { nextMarginal, type ColumnGroups } from './columnGroups';
import { buildColumnArcs, keyColumnArcs, sortDistinct, type ArcBuildWork, type ColumnArcs } from './columnArcs';
import { moveRow, type SolverState } from './solverState';

/** The solver state plus what the groups add: group potentials and loads (π_col is `v`). */
export interface GroupedState extends SolverState {
  readonly groups: ColumnGroups;
  readonly piGroup: Float64Array;
  /** The sink's potential; the searches never change it. */
  readonly piSink: number;
  readonly groupLoad: Int32Array;
  /** Columns of each group, CSR: columns of g are groupCols[groupColStart[g] .. groupColStart[g+1]). */
  readonly groupColStart: Int32Array;
  readonly groupCols: Int32Array;
  /**
   * Per column, the arcs its rows open to other columns, one per target (the cheapest row's),
   * indexed by a lower bound of their cost (`columnArcs.ts`); null until built or after the
   * column's rows change. Big columns whose rows share targets are scanned once per target.
   */
  readonly colArcs: (ColumnArcs | null)[];
  /** 1 while a column's arcs are out of date (its rows changed) or not yet built; they are (re)built in place when next needed. */
  readonly arcsStale: Uint8Array;
  /** The least key of each column's arcs (Infinity without arcs), so a search passes over a column none of whose arcs can help without reading them. */
  readonly arcsMinKey: Float64Array;
}

/** Work arrays reused across searches; nodes are columns, then groups, then the sink. */
export interface GroupedScratch extends ArcBuildWork {
  readonly d: Float64Array;
  /** Column: the row it was reached from, or -1 (from its group). Group: its column. Sink: its node. */
  readonly pred: Int32Array;
  readonly predEdge: Int32Array;
  readonly stamp: Int32Array;
  readonly doneStamp: Int32Array;
  readonly settled: Int32Array;
  settledCount: number;
  round: number;
  readonly heap: ColumnHeap;
  /** The arcs of one column a search relaxes, in their own order; grows as needed. */
  pick: Float64Array;
  /** Per arc number of one column: markRound when marked for relaxing; grows as needed. */
  mark: Int32Array;
  markRound: number;
}

export function createGroupedScratch(cols: number, groups: number): GroupedScratch {
  const n = cols + groups + 1;
  const d = new Float64Array(n);
  return {
    d,
    pred: new Int32Array(n),
    predEdge: new Int32Array(cols),
    stamp: new Int32Array(n),
    doneStamp: new Int32Array(n),
    settled: new Int32Array(n),
    settledCount: 0,
    round: 0,
    heap: new ColumnHeap(n, d),
    arcAt: new Int32Array(cols),
    arcStamp: new Int32Array(cols),
    arcRound: 0,
    arcBuf: new Float64Array(4 * cols),
    keyBuf: new Float64Array(256),
    pick: new Float64Array(64),
    mark: new Int32Array(64),
    markRound: 0,
  };
}

function relax(x: GroupedScratch, round: number, node: number, nd: number, from: number): void {
  const d = x.d;
  if (x.stamp[node] !== round) {
    x.stamp[node] = round;
    d[node] = nd;
    x.pred[node] = from;
    x.heap.push(node);
  } else if (nd < (d[node] as number)) {
    d[node] = nd;
    x.pred[node] = from;
    x.heap.decrease(node);
  }
}

/**
 * Column k was just reached at d[k]: when it has room, its group (and the group's arc to the
 * sink) is reached at once, so the sink's tentative distance is known before the nodes at
 * equal distance are explored. Returns the sink's tentative distance (Infinity if none).
 */
function lookAhead(s: GroupedState, x: GroupedScratch, round: number, k: number): number {
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
 * Relaxes arc a of a settled column at base d_j + π_j; returns the new bound. The scan has
 * already passed over targets that are settled or reached as cheaply, and neither changes while
 * one column's arcs are relaxed, so only the falling bound is checked here.
 */
function relaxArc(s: GroupedState, x: GroupedScratch, round: number, arcs: Float64Array, a: number, base: number, bound: number): number {
  const k = arcs[4 * a] as number;
  const nd = base + (arcs[4 * a + 1] as number) - (s.v[k] as number);
  if (nd >= bound) return bound;
  relax(x, round, k, nd, arcs[4 * a + 2] as number);
  x.predEdge[k] = arcs[4 * a + 3] as number;
  return lookAhead(s, x, round, k);
}

/**
 * Relaxes a settled column's arcs in their own order (which breaks ties between equally short
 * paths, so it must not change), returning the sink's tentative distance. An arc whose key is
 * at least bound − base costs at least the bound, and the bound only falls during the scan, so
 * it would be passed over anyway: only the front of the key index is read. Of the arcs there,
 * those that cannot lower their target's distance are passed over too (their cost reaches the
 * bound, their target is settled or already reached as cheaply): relaxing one would change
 * nothing, and a scan changes no column's distance but its own arcs' targets (each once). The
 * rest are relaxed in arc order, exactly as a full scan would. When most of the front turns out
 * dearer than its keys promised (the potentials have fallen since), the column is re-keyed.
 */
function scanArcs(s: GroupedState, x: GroupedScratch, round: number, j: number, base: number, bound: number): number {
  const column = s.colArcs[j] as ColumnArcs;
  const { n, index, arcs } = column;
  const limit = bound - base;
  if (x.pick.length < n) x.pick = new Float64Array(Math.max(n, 2 * x.pick.length));
  if (x.mark.length < n) x.mark = new Int32Array(Math.max(n, 2 * x.mark.length));
  if (x.markRound === 0x7fffffff) {
    x.mark.fill(0);
    x.markRound = 0;
  }
  const { pick, mark, d, stamp, doneStamp } = x;
  const tag = ++x.markRound;
  const v = s.v;
  // The arcs that can still help are picked, and marked with this scan's tag; `fresh` counts the
  // arcs whose key was still close to their cost.
  let live = 0;
  let fresh = 0;
  let count = 0;
  for (let q = 0; count < n && (index[q] as number) < limit; count++, q += 4) {
    const k = index[q + 2] as number;
    const cost = (index[q + 1] as number) - (v[k] as number);
    if (cost >= limit) continue;
    fresh++;
    if (doneStamp[k] === round || (stamp[k] === round && base + cost >= (d[k] as number))) continue;
    const a = index[q + 3] as number;
    pick[live++] = a;
    mark[a] = tag;
  }
  if (8 * live > n) {
    // Many arcs are wanted: walking the arc numbers is cheaper than sorting them.
    for (let a = 0; a < n; a++) if (mark[a] === tag) bound = relaxArc(s, x, round, arcs, a, base, bound);
  } else if (live > 0) {
    sortDistinct(pick, 0, live);
    for (let u = 0; u < live; u++) bound = relaxArc(s, x, round, arcs, pick[u] as number, base, bound);
  }
  const stale = count - fresh;
  if (stale > 8 && 2 * stale > count) {
    keyColumnArcs(column, v, x);
    s.arcsMinKey[j] = column.index[0] as number;
  }
  return bound;
}

/**
 * Finds a cheapest path from free row r to the sink, updates the potentials and flips the
 * path. Returns false when the sink cannot be reached; then the settled nodes are full
 * columns only, whose rows with r form a Hall witness.
 */
export function augmentGrouped(s: GroupedState, x: GroupedScratch, r: number): boolean {
  const { cols, rowStart, edgeCol, edgeWeight: w, capacity } = s.problem;
  const { v, piGroup, piSink, groups, colCount, groupLoad, groupColStart, groupCols } = s;
  const colGroup = groups.colGroup;
  const { d, predEdge, stamp, doneStamp, settled, heap } = x;
  const sink = cols + groups.count;
  const round = ++x.round;
  heap.clear();
  // Tentative distance of the sink: nothing at or beyond it needs the heap (reduced costs ≥ 0).
  let bound = Infinity;
  for (let e = rowStart[r] as number, end = rowStart[r + 1] as number; e < end; e++) {
    const k = edgeCol[e] as number;
    const nd = -(w[e] as number) - (v[k] as number);
    if (nd >= bound || (stamp[k] === round && nd >= (d[k] as number))) continue;
    relax(x, round, k, nd, r);
    predEdge[k] = e;
    bound = lookAhead(s, x, round, k);
  }
  let settledCount = 0;
  let reached = false;
  while (heap.length > 0) {
    // A node no nearer than the sink's tentative distance cannot shorten the path to it.
    const node = (d[heap.peek()] as number) >= bound ? sink : heap.pop();
    if (node === sink) {
      doneStamp[sink] = round;
      settled[settledCount++] = sink;
      reached = true;
      break;
    }
    doneStamp[node] = round;
    settled[settledCount++] = node;
    const dn = d[node] as number;
    if (node < cols) {
      const j = node;
      const vj = v[j] as number;
      if ((colCount[j] as number) < (capacity[j] as number)) {
        const g = colGroup[j] as number;
        const to = g < 0 ? sink : cols + g;
        const nd = dn + vj - (g < 0 ? piSink : (piGroup[g] as number));
        if (nd < bound && doneStamp[to] !== round) {
          relax(x, round, to, nd, j);
          if (to === sink) bound = d[sink] as number;
        }
      }
      if (s.arcsStale[j] === 1) {
        const column = (s.colArcs[j] = buildColumnArcs(s, j, x, s.colArcs[j] as ColumnArcs | null));
        s.arcsStale[j] = 0;
        s.arcsMinKey[j] = column.n > 0 ? (column.index[0] as number) : Infinity;
      }
      // No arc of the column is cheaper than its least key: the scan would relax nothing.
      if ((s.arcsMinKey[j] as number) < bound - (dn + vj)) bound = scanArcs(s, x, round, j, dn + vj, bound);
    } else {
      const g = node - cols;
      const pg = piGroup[g] as number;
      const toSink = dn + pg - nextMarginal(groups, g, groupLoad[g] as number) - piSink;
      if (toSink < bound) {
        relax(x, round, sink, toSink, node);
        bound = d[sink] as number;
      }
      for (let t = groupColStart[g] as number, end = groupColStart[g + 1] as number; t < end; t++) {
        const j = groupCols[t] as number;
        if ((colCount[j] as number) === 0 || doneStamp[j] === round) continue;
        const nd = dn + pg - (v[j] as number);
        if (nd < bound && (stamp[j] !== round || nd < (d[j] as number))) {
          relax(x, round, j, nd, -1);
          bound = lookAhead(s, x, round, j);
        }
      }
    }
  }
  x.settledCount = settledCount;
  if (!reached) return false;
  const ds = d[sink] as number;
  for (let t = 0; t < settledCount - 1; t++) {
    const node = settled[t] as number;
    if (node < cols) v[node] = (v[node] as number) + (d[node] as number) - ds;
    else piGroup[node - cols] = (piGroup[node - cols] as number) + (d[node] as number) - ds;
  }
  flipGroupedPath(s, x, r);
  return true;
}

/** Reassigns the rows along the path ending in the sink, back to free row r. */
function flipGroupedPath(s: GroupedState, x: GroupedScratch, r: number): void {
  const cols = s.problem.cols;
  const sink = cols + s.groups.count;
  let node = x.pred[sink] as number;
  if (node >= cols) {
    const g = node - cols;
    s.groupLoad[g] = (s.groupLoad[g] as number) + 1;
    node = x.pred[node] as number;
  }
  for (;;) {
    const i = x.pred[node] as number;
    if (i < 0) {
      // Reached from its group: the path came into the group from this column.
      node = x.pred[cols + (s.groups.colGroup[node] as number)] as number;
      continue;
    }
    const previous = s.rowCol[i] as number;
    moveRow(s, i, node, x.predEdge[node] as number);
    s.arcsStale[node] = 1;
    if (previous >= 0) s.arcsStale[previous] = 1;
    if (i === r) return;
    node = previous;
  }
}

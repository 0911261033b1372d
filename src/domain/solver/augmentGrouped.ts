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

import { edgeOf } from './assignmentProblem';
import { ColumnHeap } from './columnHeap';
import { nextMarginal, type ColumnGroups } from './columnGroups';
import type { ArcStore } from './arcStore';
import { buildColumnArcs, createArcBuildWork, openingRow, type ArcBuildWork } from './columnArcs';
import { clearGates, lookAhead, relax, scanArcs } from './scanColumnArcs';
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
   * indexed by a lower bound of their cost (`columnArcs.ts`), in blocks of one store
   * (`arcStore.ts`). Big columns whose rows share targets are scanned once per target.
   */
  readonly arcs: ArcStore;
  /** 1 while a column's arcs are out of date (its rows changed) or not yet built; they are (re)built in place when next needed. */
  readonly arcsStale: Uint8Array;
  /**
   * A lower bound of the cost of each column's arcs (Infinity without arcs): their least key when
   * keyed, raised by scans (costs only rise), so a search passes over a column none of whose arcs
   * can help without reading them.
   */
  readonly arcsMinKey: Float64Array;
}

/** Work arrays reused across searches; nodes are columns, then groups, then the sink. */
export interface GroupedScratch extends ArcBuildWork {
  readonly d: Float64Array;
  /**
   * Column: the row it was reached from (along that row's edge into it), −1 (from its group) or
   * −2 − j (from column j's plain arc, whose row `openingRow` finds). Group: its column. Sink: its
   * node.
   */
  readonly pred: Int32Array;
  readonly stamp: Int32Array;
  readonly doneStamp: Int32Array;
  readonly settled: Int32Array;
  settledCount: number;
  round: number;
  readonly heap: ColumnHeap;
  /**
   * Per node during a search: its tentative distance once reached, −Infinity once settled,
   * Infinity otherwise, so a scan tells whether an arc can help from one number; the nodes
   * touched (`touched`, `touchedCount`) are set back to Infinity when the search ends.
   */
  readonly gate: Float64Array;
  readonly touched: Int32Array;
  touchedCount: number;
  /** The arcs of one column a search relaxes, in their own order; grows as needed. */
  pick: Float64Array;
  /** Per arc number of one column: markRound when marked for relaxing; grows as needed. */
  mark: Int32Array;
  /** Per arc number of one column marked for relaxing: the number of its index entry; as long as `mark`. */
  slot: Int32Array;
  markRound: number;
}

export function createGroupedScratch(cols: number, groups: number): GroupedScratch {
  const n = cols + groups + 1;
  const d = new Float64Array(n);
  return {
    d,
    pred: new Int32Array(n),
    stamp: new Int32Array(n),
    doneStamp: new Int32Array(n),
    settled: new Int32Array(n),
    settledCount: 0,
    round: 0,
    heap: new ColumnHeap(n, d),
    gate: new Float64Array(n).fill(Infinity),
    touched: new Int32Array(n),
    touchedCount: 0,
    ...createArcBuildWork(cols),
    pick: new Float64Array(64),
    mark: new Int32Array(64),
    slot: new Int32Array(64),
    markRound: 0,
  };
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
  const { d, stamp, doneStamp, settled, heap } = x;
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
    x.gate[node] = -Infinity;
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
        s.arcsMinKey[j] = buildColumnArcs(s, j, x, s.arcs);
        s.arcsStale[j] = 0;
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
  clearGates(x);
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
    const from = x.pred[node] as number;
    if (from === -1) {
      // Reached from its group: the path came into the group from this column.
      node = x.pred[cols + (s.groups.colGroup[node] as number)] as number;
      continue;
    }
    // Column −2 − from has not changed since the search: the path is walked back from its end.
    const i = from >= 0 ? from : openingRow(s, -2 - from, node);
    const previous = s.rowCol[i] as number;
    moveRow(s, i, node, edgeOf(s.problem, i, node));
    s.arcsStale[node] = 1;
    if (previous >= 0) s.arcsStale[previous] = 1;
    if (i === r) return;
    node = previous;
  }
}

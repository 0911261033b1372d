/**
 * A sink-side refresh of the grouped solver's potentials: one Dijkstra run backwards from
 * the sink over the residual network (reduced costs), giving each column and group t = its
 * shortest reduced distance to the sink, then π −= t. For every residual arc a → b,
 * t_a ≤ rc(a, b) + t_b, so the new reduced costs rc + t_b − t_a stay ≥ 0 and every node that
 * can reach the sink is then 0 away from it: later searches stop as soon as they reach a
 * node that was settled here instead of exploring everything cheaper than a stale price.
 * Nodes that cannot reach the sink take the largest distance found (still valid: their arcs
 * lead only to such nodes).
 *
 * Rows stay implicit (π_row = π_col + weight of its edge, its used edge tight): a row takes
 * the distance of its column, at most its own, which keeps every one of its arcs valid.
 * Free rows are search sources and need no potential.
 */

import type { AssignmentProblem } from './assignmentProblem';
import type { GroupedScratch, GroupedState } from './augmentGrouped';
import { nextMarginal } from './columnGroups';

/**
 * The edges into each column, CSR: the edges of column j are entries colEdgeStart[j] ..
 * colEdgeStart[j+1] − 1, each held as its row and weight so a refresh reads them in order.
 */
export interface ColumnEdges {
  readonly colEdgeStart: Int32Array;
  readonly colRow: Int32Array;
  readonly colWeight: Float64Array;
  /** Work array, one entry per row: π_row (π of its column + weight of its edge) during a refresh. */
  readonly rowPotential: Float64Array;
}

export function columnEdges(p: AssignmentProblem): ColumnEdges {
  const { rows, cols, rowStart, edgeCol, edgeWeight } = p;
  const m = edgeCol.length;
  const colEdgeStart = new Int32Array(cols + 1);
  for (let e = 0; e < m; e++) {
    const at = (edgeCol[e] as number) + 1;
    colEdgeStart[at] = (colEdgeStart[at] as number) + 1;
  }
  for (let j = 0; j < cols; j++) colEdgeStart[j + 1] = (colEdgeStart[j + 1] as number) + (colEdgeStart[j] as number);
  const fill = colEdgeStart.slice(0, cols);
  const colRow = new Int32Array(m);
  const colWeight = new Float64Array(m);
  for (let i = 0; i < rows; i++) {
    for (let e = rowStart[i] as number, end = rowStart[i + 1] as number; e < end; e++) {
      const j = edgeCol[e] as number;
      const at = fill[j] as number;
      colRow[at] = i;
      colWeight[at] = edgeWeight[e] as number;
      fill[j] = at + 1;
    }
  }
  return { colEdgeStart, colRow, colWeight, rowPotential: new Float64Array(rows) };
}

function relax(x: GroupedScratch, round: number, node: number, nd: number): void {
  const d = x.d;
  if (x.doneStamp[node] === round) return;
  if (x.stamp[node] !== round) {
    x.stamp[node] = round;
    d[node] = nd;
    x.heap.push(node);
  } else if (nd < (d[node] as number)) {
    d[node] = nd;
    x.heap.decrease(node);
  }
}

/** Lowers the column and group potentials by their reduced distance to the sink (see above). */
export function refreshGroupedPotentials(s: GroupedState, x: GroupedScratch, t: ColumnEdges): void {
  const { rows, cols, edgeWeight: w, capacity } = s.problem;
  const { v, piGroup, piSink, groups, colCount, rowCol, rowEdge, groupLoad, groupColStart, groupCols } = s;
  const { colEdgeStart, colRow, colWeight, rowPotential } = t;
  // π of each assigned row (its used edge is tight); NaN marks a free row, which passes nothing on.
  for (let i = 0; i < rows; i++) {
    const j = rowCol[i] as number;
    rowPotential[i] = j < 0 ? NaN : (v[j] as number) + (w[rowEdge[i] as number] as number);
  }
  const colGroup = groups.colGroup;
  const { d, doneStamp, heap } = x;
  const sink = cols + groups.count;
  const round = ++x.round;
  heap.clear();
  relax(x, round, sink, 0);
  let far = 0;
  while (heap.length > 0) {
    const node = heap.pop();
    doneStamp[node] = round;
    const dn = d[node] as number;
    far = dn;
    if (node === sink) {
      for (let g = 0; g < groups.count; g++)
        relax(x, round, cols + g, dn + (piGroup[g] as number) - nextMarginal(groups, g, groupLoad[g] as number) - piSink);
      for (let j = 0; j < cols; j++) {
        if ((colGroup[j] as number) < 0 && (colCount[j] as number) < (capacity[j] as number))
          relax(x, round, j, dn + (v[j] as number) - piSink);
      }
    } else if (node >= cols) {
      const pg = piGroup[node - cols] as number;
      const g = node - cols;
      for (let q = groupColStart[g] as number, end = groupColStart[g + 1] as number; q < end; q++) {
        const j = groupCols[q] as number;
        if ((colCount[j] as number) < (capacity[j] as number)) relax(x, round, j, dn + (v[j] as number) - pg);
      }
    } else {
      const k = node;
      const vk = v[k] as number;
      const g = colGroup[k] as number;
      if (g >= 0 && (colCount[k] as number) > 0) relax(x, round, cols + g, dn + (piGroup[g] as number) - vk);
      for (let q = colEdgeStart[k] as number, end = colEdgeStart[k + 1] as number; q < end; q++) {
        const i = colRow[q] as number;
        const j = rowCol[i] as number;
        if (j < 0 || j === k || doneStamp[j] === round) continue;
        // Arc i → k at reduced cost −w_e + π_i − π_k, π_i = π_j + w(used edge); row i passes it on to column j.
        relax(x, round, j, dn - (colWeight[q] as number) + (rowPotential[i] as number) - vk);
      }
    }
  }
  for (let j = 0; j < cols; j++) v[j] = (v[j] as number) - (doneStamp[j] === round ? (d[j] as number) : far);
  for (let g = 0; g < groups.count; g++) {
    const node = cols + g;
    piGroup[g] = (piGroup[g] as number) - (doneStamp[node] === round ? (d[node] as number) : far);
  }
}

/**
 * The residual network of `marginResidual.ts` written out as arcs with their reduced costs,
 * once, for the margin searches of `sensitivity.ts`: forward adjacency (each node's arcs
 * cheapest first, so a search stops scanning a node at the first arc past its bound) and the
 * reverse adjacency the landmark distances need. Nodes: rows 0..R−1, columns R..R+C−1, groups
 * R+C..R+C+G−1, the sink R+C+G.
 */

import type { AssignmentProblem } from './assignmentProblem';
import { lastMarginal, nextMarginal, type ColumnGroups } from './columnGroups';
import type { MarginResidual, MarginSolution } from './marginResidual';

/** Arcs in CSR form: the arcs of node x are `head/cost[start[x] .. start[x+1])`. */
export interface ArcLists {
  readonly start: Int32Array;
  readonly head: Int32Array;
  readonly cost: Float64Array;
}

export interface MarginGraph {
  readonly rows: number;
  readonly cols: number;
  readonly nodes: number;
  readonly sink: number;
  /** Reduced cost u_i + v_j − w_ij − ρ_g(j) of every edge of the problem (CSR edge index). */
  readonly reduced: Float64Array;
  /** Each node's arcs out, cheapest first. */
  readonly forward: ArcLists;
  /** Each node's arcs in, in no particular order. */
  readonly backward: ArcLists;
}

/** Arcs before they are sorted into CSR; sized for every arc the residual can hold. */
interface ArcBuffer {
  readonly tail: Int32Array;
  readonly head: Int32Array;
  readonly cost: Float64Array;
  size: number;
}

function add(buffer: ArcBuffer, from: number, to: number, cost: number): void {
  buffer.tail[buffer.size] = from;
  buffer.head[buffer.size] = to;
  buffer.cost[buffer.size] = cost;
  buffer.size++;
}

/** Arcs of one node longer than this are sorted through an index, shorter ones in place. */
const INSERTION_SORT_MAX = 64;

/** Sorts `head/cost[s .. e)` by cost, then by head, in place. */
function insertionSort(head: Int32Array, cost: Float64Array, s: number, e: number): void {
  for (let t = s + 1; t < e; t++) {
    const c = cost[t] as number;
    const y = head[t] as number;
    let q = t - 1;
    while (q >= s && ((cost[q] as number) > c || ((cost[q] as number) === c && (head[q] as number) > y))) {
      cost[q + 1] = cost[q] as number;
      head[q + 1] = head[q] as number;
      q--;
    }
    cost[q + 1] = c;
    head[q + 1] = y;
  }
}

/** Sorts `head/cost[s .. e)` by cost, then by head, through an index (for the few long lists). */
function indexSort(head: Int32Array, cost: Float64Array, s: number, e: number): void {
  const h = head.slice(s, e);
  const c = cost.slice(s, e);
  const order = Array.from(h.keys()).sort((a, b) => (c[a] as number) - (c[b] as number) || (h[a] as number) - (h[b] as number));
  order.forEach((a, t) => {
    head[s + t] = h[a] as number;
    cost[s + t] = c[a] as number;
  });
}

/** CSR of the buffered arcs keyed by `from` (tail or head); with `sorted` each node's arcs by cost, then by the other end. */
function arcLists(nodes: number, buffer: ArcBuffer, from: Int32Array, to: Int32Array, sorted: boolean): ArcLists {
  const m = buffer.size;
  const start = new Int32Array(nodes + 1);
  for (let a = 0; a < m; a++) {
    const x = (from[a] as number) + 1;
    start[x] = (start[x] as number) + 1;
  }
  for (let x = 0; x < nodes; x++) start[x + 1] = (start[x + 1] as number) + (start[x] as number);
  const fill = start.slice(0, nodes);
  const head = new Int32Array(m);
  const cost = new Float64Array(m);
  for (let a = 0; a < m; a++) {
    const x = from[a] as number;
    const t = fill[x] as number;
    head[t] = to[a] as number;
    cost[t] = buffer.cost[a] as number;
    fill[x] = t + 1;
  }
  for (let x = 0; sorted && x < nodes; x++) {
    const s = start[x] as number;
    const e = start[x + 1] as number;
    if (e - s <= INSERTION_SORT_MAX) insertionSort(head, cost, s, e);
    else indexSort(head, cost, s, e);
  }
  return { start, head, cost };
}

/**
 * The residual arcs of an optimal (grouped) assignment with their reduced costs ≥ 0 (see
 * `marginResidual.ts`). Weights, values and duals are integers well inside 2^53, so every
 * cost and every path length is exact.
 */
export function marginGraph(
  problem: AssignmentProblem,
  groups: ColumnGroups | null,
  solution: MarginSolution,
  residual: MarginResidual,
): MarginGraph {
  const { rows: R, cols: C, rowStart, edgeCol, edgeWeight, capacity } = problem;
  const G = groups?.count ?? 0;
  const sink = R + C + G;
  const nodes = sink + 1;
  const { rowDual: u, colDual: v, assignedEdge } = solution;
  const { rho, load, groupLoad } = residual;
  const colGroup = groups?.colGroup;
  const reduced = new Float64Array(edgeCol.length);
  // One arc per edge, at most two per column and two per group.
  const most = edgeCol.length + 2 * C + 2 * G;
  const buffer: ArcBuffer = { tail: new Int32Array(most), head: new Int32Array(most), cost: new Float64Array(most), size: 0 };
  for (let i = 0; i < R; i++) {
    const ui = u[i] as number;
    const used = assignedEdge[i] as number;
    const end = rowStart[i + 1] as number;
    for (let k = rowStart[i] as number; k < end; k++) {
      const j = edgeCol[k] as number;
      const g = colGroup === undefined ? -1 : (colGroup[j] as number);
      const c = ui + (v[j] as number) - (edgeWeight[k] as number) - (g >= 0 ? (rho[g] as number) : 0);
      reduced[k] = c;
      // The used edge is reversed in the residual: the column may hand the row back at no cost.
      if (k === used) add(buffer, R + j, i, 0);
      else add(buffer, i, R + j, c);
    }
  }
  for (let j = 0; j < C; j++) {
    const g = colGroup === undefined ? -1 : (colGroup[j] as number);
    const over = g >= 0 ? R + C + g : sink;
    if ((load[j] as number) < (capacity[j] as number)) add(buffer, R + j, over, 0);
    if ((load[j] as number) > 0) add(buffer, over, R + j, v[j] as number);
  }
  if (groups !== null) {
    for (let g = 0; g < G; g++) {
      const n = groupLoad[g] as number;
      const r = rho[g] as number;
      add(buffer, R + C + g, sink, r - nextMarginal(groups, g, n));
      if (n > 0) add(buffer, sink, R + C + g, lastMarginal(groups, g, n) - r);
    }
  }
  return {
    rows: R,
    cols: C,
    nodes,
    sink,
    reduced,
    forward: arcLists(nodes, buffer, buffer.tail, buffer.head, true),
    backward: arcLists(nodes, buffer, buffer.head, buffer.tail, false),
  };
}

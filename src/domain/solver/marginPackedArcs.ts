/**
 * The margin graph's adjacency (`marginGraph.ts`) built in few passes and little memory
 * (memory touched for the first time is dear): one pass over the problem's edges computes
 * each unused edge's reduced cost and writes it at once into the forward list of its row and
 * the backward list of its column, heads and costs as 32-bit integers. Each list is then
 * sorted as one number per arc, cost · scale + head, in a small scratch array: whole costs
 * make that number exact and its order the order (cost, then head). The same lists
 * `marginArcs.ts` writes, backward ones sorted too. Null when a cost is not a whole number in
 * 0 .. 2^31 − 1; the caller then writes the lists pair by pair.
 */

import type { ArcBuffer, ArcLists } from './marginArcs';

/** What the reduced costs are computed from: the problem's CSR edges, the solution and its duals. */
export interface EdgeDuals {
  readonly rowStart: Int32Array;
  readonly edgeCol: Int32Array;
  readonly edgeWeight: ArrayLike<number>;
  readonly assignedEdge: Int32Array;
  readonly rowDual: Float64Array;
  readonly colDual: Float64Array;
  /** Group of each column (−1: none), or undefined without groups. */
  readonly colGroup: Int32Array | undefined;
  /** ρ per group. */
  readonly rho: Float64Array;
}

/** Lists short enough for an insertion sort; longer ones use the built-in numeric sort. */
const INSERTION_SORT_MAX = 48;
/** Costs must stay below this to be stored as 32-bit integers. */
const COST_LIMIT = 2 ** 31;

/** Both adjacencies of the margin graph with 32-bit costs, or null when a cost does not fit. */
export function packedArcs(nodes: number, edges: EdgeDuals, other: ArcBuffer): { forward: ArcLists; backward: ArcLists } | null {
  const scale = 2 ** Math.ceil(Math.log2(nodes + 1));
  // cost · scale + head must stay exact below 2^53.
  if (scale * COST_LIMIT > 2 ** 53) return null;
  const fStart = new Int32Array(nodes + 1);
  const bStart = new Int32Array(nodes + 1);
  countArcs(edges, other, fStart, bStart);
  const fFill = prefixStarts(fStart, nodes);
  const bFill = prefixStarts(bStart, nodes);
  const forward: ArcLists = { start: fStart, head: new Int32Array(fStart[nodes] as number), cost: new Int32Array(fStart[nodes] as number) };
  const backward: ArcLists = {
    start: bStart,
    head: new Int32Array(bStart[nodes] as number),
    cost: new Int32Array(bStart[nodes] as number),
  };
  if (!writeRowArcs(edges, forward, backward, bFill)) return null;
  if (!writeOtherArcs(other, forward, fFill, backward, bFill)) return null;
  const scratch = new Float64Array(Math.max(longest(fStart, nodes), longest(bStart, nodes)));
  sortLists(forward, nodes, scale, scratch);
  sortLists(backward, nodes, scale, scratch);
  return { forward, backward };
}

/** Whether cost c is a whole number the lists can hold. */
const fits = (c: number): boolean => c >= 0 && c < COST_LIMIT && Math.floor(c) === c;

/** Each node's count of arcs out in `fStart[x + 1]` and of arcs in in `bStart[x + 1]`. */
function countArcs(edges: EdgeDuals, other: ArcBuffer, fStart: Int32Array, bStart: Int32Array): void {
  const { rowStart, edgeCol, assignedEdge } = edges;
  const R = assignedEdge.length;
  for (let i = 0; i < R; i++) fStart[i + 1] = (rowStart[i + 1] as number) - (rowStart[i] as number) - 1;
  const E = rowStart[R] as number;
  for (let k = 0; k < E; k++) {
    const x = R + (edgeCol[k] as number) + 1;
    bStart[x] = (bStart[x] as number) + 1;
  }
  for (let i = 0; i < R; i++) {
    const x = R + (edgeCol[assignedEdge[i] as number] as number) + 1;
    bStart[x] = (bStart[x] as number) - 1;
  }
  for (let a = 0; a < other.size; a++) {
    const x = (other.tail[a] as number) + 1;
    fStart[x] = (fStart[x] as number) + 1;
    const y = (other.head[a] as number) + 1;
    bStart[y] = (bStart[y] as number) + 1;
  }
}

/** Writes each unused edge with its reduced cost to its row's list out and its column's list in; false when a cost does not fit. */
function writeRowArcs(edges: EdgeDuals, forward: ArcLists, backward: ArcLists, bFill: Int32Array): boolean {
  const { rowStart, edgeCol, edgeWeight, assignedEdge, rowDual: u, colDual: v, colGroup, rho } = edges;
  const { head: fHead, cost: fCost } = forward;
  const { head: bHead, cost: bCost } = backward;
  const R = assignedEdge.length;
  let fit = true;
  let t = 0;
  for (let i = 0; i < R; i++) {
    const ui = u[i] as number;
    const used = assignedEdge[i] as number;
    const end = rowStart[i + 1] as number;
    for (let k = rowStart[i] as number; k < end; k++) {
      if (k === used) continue;
      const j = edgeCol[k] as number;
      const g = colGroup === undefined ? -1 : (colGroup[j] as number);
      const c = ui + (v[j] as number) - (edgeWeight[k] as number) - (g >= 0 ? (rho[g] as number) : 0);
      if (!(c >= 0 && c < COST_LIMIT && Math.floor(c) === c)) fit = false;
      const x = R + j;
      fHead[t] = x;
      fCost[t] = c;
      t++;
      const b = bFill[x] as number;
      bHead[b] = i;
      bCost[b] = c;
      bFill[x] = b + 1;
    }
  }
  return fit;
}

/** Writes the buffered arcs to both lists; false when a cost does not fit. */
function writeOtherArcs(other: ArcBuffer, forward: ArcLists, fFill: Int32Array, backward: ArcLists, bFill: Int32Array): boolean {
  let fit = true;
  for (let a = 0; a < other.size; a++) {
    const c = other.cost[a] as number;
    if (!fits(c)) fit = false;
    const from = other.tail[a] as number;
    const to = other.head[a] as number;
    const f = fFill[from] as number;
    forward.head[f] = to;
    forward.cost[f] = c;
    fFill[from] = f + 1;
    const b = bFill[to] as number;
    backward.head[b] = from;
    backward.cost[b] = c;
    bFill[to] = b + 1;
  }
  return fit;
}

/** Turns per-node counts in `start[x + 1]` into list starts, and returns a copy of the starts to fill from. */
function prefixStarts(start: Int32Array, nodes: number): Int32Array {
  for (let x = 0; x < nodes; x++) start[x + 1] = (start[x + 1] as number) + (start[x] as number);
  return start.slice(0, nodes);
}

/** The length of the longest list. */
function longest(start: Int32Array, nodes: number): number {
  let most = 0;
  for (let x = 0; x < nodes; x++) most = Math.max(most, (start[x + 1] as number) - (start[x] as number));
  return most;
}

/** Sorts each node's arcs by cost, then head, through packed numbers in `scratch`. */
function sortLists(lists: ArcLists, nodes: number, scale: number, scratch: Float64Array): void {
  const { start, head, cost } = lists;
  // Dividing by a power of two is exact: the whole part is the cost, the rest the head.
  const unit = 1 / scale;
  for (let x = 0; x < nodes; x++) {
    const s = start[x] as number;
    const n = (start[x + 1] as number) - s;
    if (n < 2) continue;
    for (let a = 0; a < n; a++) scratch[a] = (cost[s + a] as number) * scale + (head[s + a] as number);
    if (n > INSERTION_SORT_MAX) scratch.subarray(0, n).sort();
    else insertionSort(scratch, n);
    for (let a = 0; a < n; a++) {
      const k = scratch[a] as number;
      const c = Math.floor(k * unit);
      head[s + a] = k - c * scale;
      cost[s + a] = c;
    }
  }
}

/** Sorts `keys[0 .. n)` ascending in place. */
function insertionSort(keys: Float64Array, n: number): void {
  for (let t = 1; t < n; t++) {
    const k = keys[t] as number;
    let q = t - 1;
    while (q >= 0 && (keys[q] as number) > k) {
      keys[q + 1] = keys[q] as number;
      q--;
    }
    keys[q + 1] = k;
  }
}

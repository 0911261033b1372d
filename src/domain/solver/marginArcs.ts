/**
 * The margin graph's adjacency (`marginGraph.ts`) written straight into typed arrays: the
 * unused edges of the problem are read from its own CSR (a row's arcs out are its edges but
 * the one it uses), and only the few other arcs (used edges reversed, column, group and sink
 * arcs) pass through a buffer. Both ways, each node's arcs are sorted cheapest first. The
 * margin graph takes these lists when its costs cannot be packed (`marginPackedArcs.ts`).
 */

/** Arcs in CSR form: the arcs of node x are `head/cost[start[x] .. start[x+1])`. */
export interface ArcLists {
  readonly start: Int32Array;
  readonly head: Int32Array;
  /** Whole costs as 32-bit integers when they fit (`marginPackedArcs.ts`), else as doubles. */
  readonly cost: Float64Array | Int32Array;
}

/** Arcs written one by one, before they go into CSR. */
export interface ArcBuffer {
  readonly tail: Int32Array;
  readonly head: Int32Array;
  readonly cost: Float64Array;
  size: number;
}

/** The problem's edges as the residual reads them: every edge of row i but `assignedEdge[i]` is an arc i → R + column. */
export interface RowEdges {
  readonly rowStart: Int32Array;
  readonly edgeCol: Int32Array;
  readonly assignedEdge: Int32Array;
  /** Reduced cost of every edge (the arc's cost). */
  readonly reduced: Float64Array;
}

/** An empty buffer with room for `most` arcs. */
export function arcBuffer(most: number): ArcBuffer {
  return { tail: new Int32Array(most), head: new Int32Array(most), cost: new Float64Array(most), size: 0 };
}

/** Appends the arc from → to. */
export function addArc(buffer: ArcBuffer, from: number, to: number, cost: number): void {
  buffer.tail[buffer.size] = from;
  buffer.head[buffer.size] = to;
  buffer.cost[buffer.size] = cost;
  buffer.size++;
}

/** Arcs of one node longer than this are sorted through an index, shorter ones in place. */
const INSERTION_SORT_MAX = 64;

/** Sorts `head/cost[s .. e)` by cost, then by head, in place. */
function insertionSort(head: Int32Array, cost: Float64Array | Int32Array, s: number, e: number): void {
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
function indexSort(head: Int32Array, cost: Float64Array | Int32Array, s: number, e: number): void {
  const h = head.slice(s, e);
  const c = cost.slice(s, e);
  const order = Array.from(h.keys()).sort((a, b) => (c[a] as number) - (c[b] as number) || (h[a] as number) - (h[b] as number));
  order.forEach((a, t) => {
    head[s + t] = h[a] as number;
    cost[s + t] = c[a] as number;
  });
}

/** Sorts every node's arcs cheapest first (ties: lower head first). */
function sortLists(lists: ArcLists, nodes: number): void {
  const { start, head, cost } = lists;
  for (let x = 0; x < nodes; x++) {
    const s = start[x] as number;
    const e = start[x + 1] as number;
    if (e - s <= INSERTION_SORT_MAX) insertionSort(head, cost, s, e);
    else indexSort(head, cost, s, e);
  }
}

/** Turns per-node counts in `start[x + 1]` into list starts, and returns a copy of the starts to fill from. */
function prefixStarts(start: Int32Array, nodes: number): Int32Array {
  for (let x = 0; x < nodes; x++) start[x + 1] = (start[x + 1] as number) + (start[x] as number);
  return start.slice(0, nodes);
}

/** Writes the buffered arcs into the lists, each under its `from` end (tail or head). */
function fillBuffered(lists: ArcLists, fill: Int32Array, other: ArcBuffer, from: Int32Array, to: Int32Array): void {
  for (let a = 0; a < other.size; a++) {
    const x = from[a] as number;
    const t = fill[x] as number;
    lists.head[t] = to[a] as number;
    lists.cost[t] = other.cost[a] as number;
    fill[x] = t + 1;
  }
}

/** Each node's arcs out, cheapest first (ties: lower head first). */
export function forwardArcs(nodes: number, edges: RowEdges, other: ArcBuffer): ArcLists {
  const { rowStart, edgeCol, assignedEdge, reduced } = edges;
  const R = assignedEdge.length;
  const start = new Int32Array(nodes + 1);
  for (let i = 0; i < R; i++) start[i + 1] = (rowStart[i + 1] as number) - (rowStart[i] as number) - 1;
  for (let a = 0; a < other.size; a++) {
    const x = (other.tail[a] as number) + 1;
    start[x] = (start[x] as number) + 1;
  }
  const fill = prefixStarts(start, nodes);
  const m = start[nodes] as number;
  const lists: ArcLists = { start, head: new Int32Array(m), cost: new Float64Array(m) };
  const { head, cost } = lists;
  for (let i = 0; i < R; i++) {
    const used = assignedEdge[i] as number;
    const end = rowStart[i + 1] as number;
    let t = start[i] as number;
    for (let k = rowStart[i] as number; k < end; k++) {
      if (k === used) continue;
      head[t] = R + (edgeCol[k] as number);
      cost[t] = reduced[k] as number;
      t++;
    }
  }
  fillBuffered(lists, fill, other, other.tail, other.head);
  sortLists(lists, nodes);
  return lists;
}

/** Each node's arcs in, cheapest first (ties: lower tail first). */
export function backwardArcs(nodes: number, edges: RowEdges, other: ArcBuffer): ArcLists {
  const { rowStart, edgeCol, assignedEdge, reduced } = edges;
  const R = assignedEdge.length;
  const start = new Int32Array(nodes + 1);
  for (let i = 0; i < R; i++) {
    const used = assignedEdge[i] as number;
    const end = rowStart[i + 1] as number;
    for (let k = rowStart[i] as number; k < end; k++) {
      const x = R + (edgeCol[k] as number) + 1;
      if (k !== used) start[x] = (start[x] as number) + 1;
    }
  }
  for (let a = 0; a < other.size; a++) {
    const x = (other.head[a] as number) + 1;
    start[x] = (start[x] as number) + 1;
  }
  const fill = prefixStarts(start, nodes);
  const m = start[nodes] as number;
  const lists: ArcLists = { start, head: new Int32Array(m), cost: new Float64Array(m) };
  const { head, cost } = lists;
  for (let i = 0; i < R; i++) {
    const used = assignedEdge[i] as number;
    const end = rowStart[i + 1] as number;
    for (let k = rowStart[i] as number; k < end; k++) {
      if (k === used) continue;
      const x = R + (edgeCol[k] as number);
      const t = fill[x] as number;
      head[t] = i;
      cost[t] = reduced[k] as number;
      fill[x] = t + 1;
    }
  }
  fillBuffered(lists, fill, other, other.head, other.tail);
  sortLists(lists, nodes);
  return lists;
}

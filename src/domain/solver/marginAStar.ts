/**
 * One reusable goal-directed Dijkstra (A*) over the margin graph: the distance from a node to
 * a target, exact, with the landmarks' lower bounds steering it and their upper bound cutting
 * it. A node is searched only while its distance plus its lower bound stays below the best
 * path known, and a node's arcs (cheapest first) only up to that bound, so a search settles
 * little more than the nodes that could still lie on a shorter path. A row has one arc in (from
 * the column it uses, at no cost), so it is expanded as soon as that column is settled and
 * never passes through the heap. Work is counted in arcs looked at, against a budget shared
 * by all searches, so where it runs out is deterministic.
 */

import type { Landmarks } from './marginLandmarks';
import type { MarginGraph } from './marginGraph';

/** Exact distances between nodes of the margin graph. */
export interface DistanceSearch {
  /**
   * Distance from `source` to `target`; null when there is no path; undefined once the budget
   * is spent. `floor` is a known lower bound on the distance: a path that short ends the search.
   */
  distance(source: number, target: number, floor?: number): number | null | undefined;
  /**
   * The forward arc (index into the graph's forward lists) a shortest path of the last
   * `distance` answer leaves its source by, or −1 when that answer named no path of its own.
   */
  firstArc(): number;
}

/** The search over `graph` with `landmarks`, sharing `workBudget` arcs over all its calls. */
export function distanceSearch(graph: MarginGraph, landmarks: Landmarks, workBudget: number): DistanceSearch {
  const { nodes } = graph;
  const { start, head, cost } = graph.forward;
  const K = landmarks.count;
  const lm = landmarks.dist;
  const g = new Float64Array(nodes).fill(Infinity);
  // Lower bound to the current target; NaN until the node is first met in this search.
  const h = new Float64Array(nodes).fill(NaN);
  const f = new Float64Array(nodes);
  const done = new Uint8Array(nodes);
  const heap = new Int32Array(nodes);
  const pos = new Int32Array(nodes).fill(-1);
  const touched = new Int32Array(nodes);
  // The source's arc the path of a node's distance `g` leaves by.
  const via = new Int32Array(nodes);
  // The target's landmark distances, laid out as a node's in `lm`: d(L_l, target), d(target, L_l).
  const goal = new Float64Array(2 * K);
  let size = 0;
  let met = 0;
  let left = workBudget;
  let best = Infinity;
  let target = -1;
  let bestArc = -1;
  const rows = graph.rows;

  /**
   * Lower bound on the distance from x to the target (Infinity: the target cannot be reached from x).
   * An unreachable landmark needs no test: its terms come out −Infinity or NaN, and neither raises the bound.
   */
  const bound = (x: number): number => {
    let best = 0;
    const base = x * 2 * K;
    for (let t = 0; t < 2 * K; t += 2) {
      const a = (lm[base + t + 1] as number) - (goal[t + 1] as number);
      if (a > best) best = a;
      const b = (goal[t] as number) - (lm[base + t] as number);
      if (b > best) best = b;
    }
    return best;
  };
  /** The terms of `bound` from the landmarks' distances to x: d(x, T) ≥ d(x, L) − d(T, L). */
  const boundTo = (x: number): number => {
    let best = 0;
    const base = x * 2 * K;
    for (let t = 0; t < 2 * K; t += 2) {
      const a = (lm[base + t + 1] as number) - (goal[t + 1] as number);
      if (a > best) best = a;
    }
    return best;
  };
  /** The terms of `bound` from the landmarks' distances from x: d(x, T) ≥ d(L, T) − d(L, x). */
  const boundFrom = (x: number): number => {
    let best = 0;
    const base = x * 2 * K;
    for (let t = 0; t < 2 * K; t += 2) {
      const b = (goal[t] as number) - (lm[base + t] as number);
      if (b > best) best = b;
    }
    return best;
  };
  // Heap order: smaller f, then larger g (deeper first, which meets the target sooner on ties), then lower node.
  const before = (a: number, b: number): boolean => {
    const fa = f[a] as number;
    const fb = f[b] as number;
    if (fa !== fb) return fa < fb;
    const ga = g[a] as number;
    const gb = g[b] as number;
    return ga !== gb ? ga > gb : a < b;
  };
  const siftUp = (from: number): void => {
    let t = from;
    const x = heap[t] as number;
    while (t > 0) {
      const p = (t - 1) >> 1;
      const y = heap[p] as number;
      if (!before(x, y)) break;
      heap[t] = y;
      pos[y] = t;
      t = p;
    }
    heap[t] = x;
    pos[x] = t;
  };
  const popMin = (): number => {
    const top = heap[0] as number;
    pos[top] = -1;
    size--;
    if (size > 0) {
      const x = heap[size] as number;
      let t = 0;
      for (;;) {
        let c = 2 * t + 1;
        if (c >= size) break;
        const r = c + 1;
        if (r < size && before(heap[r] as number, heap[c] as number)) c = r;
        const y = heap[c] as number;
        if (!before(y, x)) break;
        heap[t] = y;
        pos[y] = t;
        t = c;
      }
      heap[t] = x;
      pos[x] = t;
    }
    return top;
  };
  const reset = (): void => {
    for (let t = 0; t < size; t++) pos[heap[t] as number] = -1;
    size = 0;
    for (let t = 0; t < met; t++) {
      const x = touched[t] as number;
      g[x] = Infinity;
      h[x] = NaN;
      done[x] = 0;
    }
    met = 0;
  };

  /** The lower bound of x, computed once per search. */
  const boundOf = (x: number): number => {
    let hx = h[x] as number;
    if (hx !== hx) {
      hx = bound(x);
      h[x] = hx;
      touched[met++] = x;
    }
    return hx;
  };
  /** Offers node y (not a row) the distance nd, by a path leaving the source by arc `first`. */
  const relax = (y: number, nd: number, first: number): void => {
    if (nd >= (g[y] as number) || done[y] === 1) return;
    const fy = nd + boundOf(y);
    if (fy >= best) return;
    g[y] = nd;
    f[y] = fy;
    via[y] = first;
    if ((pos[y] as number) < 0) {
      heap[size] = y;
      pos[y] = size;
      size++;
    }
    siftUp(pos[y] as number);
  };
  /** Scans the arcs of row x at its final distance d, reached by the source's arc `first` (they all lead to columns). */
  const expandRow = (x: number, d: number, first: number): void => {
    const end = start[x + 1] as number;
    for (let t = start[x] as number; t < end; t++) {
      left--;
      const nd = d + (cost[t] as number);
      if (nd >= best) break;
      const y = head[t] as number;
      if (y === target) {
        best = nd;
        bestArc = first;
        continue;
      }
      relax(y, nd, first);
    }
  };

  const distance = (source: number, to: number, floor = 0): number | null | undefined => {
    bestArc = -1;
    if (left < 0) return undefined;
    if (source === to) return 0;
    target = to;
    const tBase = target * 2 * K;
    best = Infinity;
    for (let t = 0; t < 2 * K; t += 2) {
      goal[t] = lm[tBase + t] as number;
      goal[t + 1] = lm[tBase + t + 1] as number;
      // A known path through the landmark: source → L → target.
      const through = (lm[source * 2 * K + t + 1] as number) + (goal[t] as number);
      if (through < best) best = through;
    }
    const h0 = bound(source);
    if (h0 >= best || best <= floor) return best === Infinity ? null : best;
    g[source] = 0;
    h[source] = h0;
    f[source] = h0;
    touched[met++] = source;
    heap[0] = source;
    pos[source] = 0;
    size = 1;
    let result: number | null | undefined = null;
    while (size > 0) {
      if (left < 0) {
        result = undefined;
        break;
      }
      const x = heap[0] as number;
      // Every node left lies on paths at least f[x] long: the best known is final.
      if ((f[x] as number) >= best || best <= floor) break;
      popMin();
      done[x] = 1;
      const d = g[x] as number;
      const fromSource = x === source;
      const viaX = via[x] as number;
      // The from-landmark terms of the bound of x, computed for its first row: they are every row's of x too.
      let fromX = NaN;
      const end = start[x + 1] as number;
      for (let t = start[x] as number; t < end; t++) {
        left--;
        const nd = d + (cost[t] as number);
        // Arcs are cheapest first, and bounds are ≥ 0: no later arc can beat the best path either.
        if (nd >= best) break;
        const y = head[t] as number;
        const first = fromSource ? t : viaX;
        if (y === target) {
          best = nd;
          bestArc = first;
          continue;
        }
        if (y >= rows) relax(y, nd, first);
        else if (done[y] === 0) {
          // The used edge into a row is the row's one arc in: its distance is final, so it is expanded now, not queued.
          // The same arc makes d(L, y) = d(L, x), so only the to-landmark terms of the row's bound are its own.
          done[y] = 1;
          touched[met++] = y;
          if (fromX !== fromX) fromX = boundFrom(x);
          if (nd + Math.max(fromX, boundTo(y)) < best) expandRow(y, nd, first);
        }
      }
    }
    if (result !== undefined) result = best === Infinity ? null : best;
    else bestArc = -1;
    reset();
    return result;
  };
  return { distance, firstArc: () => bestArc };
}

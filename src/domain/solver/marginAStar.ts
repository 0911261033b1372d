/**
 * One reusable bidirectional goal-directed Dijkstra (A*) over the margin graph: the distance
 * from a node to a target, exact. A forward search from the source and a backward search from
 * the target (over the arcs in) run in turns, each steered by the landmarks' lower bounds on
 * the rest of its way, and every path either of them finds, or that joins their labels, is an
 * upper bound. Either side alone is an exact A*: once its smallest key reaches the best path
 * known, no shorter path exists, so the search stops as soon as one side gets there. The side
 * that has looked at fewer arcs goes next: on this graph one side often proves the answer in a
 * few steps where the other would explore thousands of nodes.
 *
 * A node is searched only while its distance plus its lower bound stays below the best path
 * known, and its arcs (cheapest first) only up to that bound. A row has one arc in (from the
 * column it uses, at no cost) and one arc out backward, so forward it is expanded as soon as
 * that column is settled, backward it hands its distance straight to that column, and it never
 * passes through a heap. Work is counted in arcs looked at, against a budget shared by all
 * searches, so where it runs out is deterministic.
 */

import type { Landmarks } from './marginLandmarks';
import type { MarginGraph } from './marginGraph';
import { SearchQueue } from './marginQueue';

/** Exact distances between nodes of the margin graph. */
export interface DistanceSearch {
  /**
   * Distance from `source` to `target`; null when there is no path; undefined once the budget
   * is spent. `floor` is a known lower bound on the distance: a path that short ends the search.
   */
  distance(source: number, target: number, floor?: number): number | null | undefined;
  /**
   * The node a shortest path of the last `distance` answer goes to first, or −1 when that
   * answer named no path of its own; {@link DistanceSearch.firstCost} is that arc's cost.
   */
  firstHead(): number;
  /** The cost of the first arc of the last answer's path (see {@link DistanceSearch.firstHead}). */
  firstCost(): number;
  /** Arcs looked at so far, over all calls. */
  work(): number;
}

/** The search over `graph` with `landmarks`, sharing `workBudget` arcs over all its calls. */
export function distanceSearch(graph: MarginGraph, landmarks: Landmarks, workBudget: number): DistanceSearch {
  const { nodes, rows } = graph;
  const { start, head, cost } = graph.forward;
  const { start: inStart, head: inHead, cost: inCost } = graph.backward;
  const K2 = 2 * landmarks.count;
  const lm = landmarks.dist;
  const fwd = new SearchQueue(nodes);
  const bwd = new SearchQueue(nodes);
  // The source's arc the forward path of a node's distance leaves by.
  const via = new Int32Array(nodes);
  // The target's and the source's landmark distances, laid out as a node's in `lm`: d(L_l, x), d(x, L_l).
  const goal = new Float64Array(K2);
  const origin = new Float64Array(K2);
  let spent = 0;
  let best = Infinity;
  let source = -1;
  let target = -1;
  let bestHead = -1;
  let bestCost = 0;

  /**
   * Lower bound on the distance from x to the target (Infinity: the target cannot be reached from x).
   * An unreachable landmark needs no test: its terms come out −Infinity or NaN, and neither raises the bound.
   */
  const bound = (x: number): number => Math.max(boundTo(x), boundFrom(x));
  /** The terms of `bound` from the landmarks' distances to x: d(x, T) ≥ d(x, L) − d(T, L). */
  const boundTo = (x: number): number => {
    let most = 0;
    const base = x * K2;
    for (let t = 1; t < K2; t += 2) {
      const a = (lm[base + t] as number) - (goal[t] as number);
      if (a > most) most = a;
    }
    return most;
  };
  /** The terms of `bound` from the landmarks' distances from x: d(x, T) ≥ d(L, T) − d(L, x). */
  const boundFrom = (x: number): number => {
    let most = 0;
    const base = x * K2;
    for (let t = 0; t < K2; t += 2) {
      const b = (goal[t] as number) - (lm[base + t] as number);
      if (b > most) most = b;
    }
    return most;
  };
  /** Lower bound on the distance from the source to y: d(s, y) ≥ d(s, L) − d(y, L) and ≥ d(L, y) − d(L, s). */
  const boundBack = (y: number): number => {
    let most = 0;
    const base = y * K2;
    for (let t = 0; t < K2; t += 2) {
      const a = (origin[t + 1] as number) - (lm[base + t + 1] as number);
      if (a > most) most = a;
      const b = (lm[base + t] as number) - (origin[t] as number);
      if (b > most) most = b;
    }
    return most;
  };
  /** A path of length `length` leaving the source by an arc to `first` costing `firstCost`. */
  const found = (length: number, first: number, firstCost: number): void => {
    best = length;
    bestHead = first;
    bestCost = firstCost;
  };

  /** Offers node y (not a row) the forward distance nd, by a path leaving the source by arc `first`. */
  const relax = (y: number, nd: number, first: number): void => {
    if (nd >= (fwd.g[y] as number) || fwd.done[y] === 1) return;
    const fy = nd + fwd.boundOf(y, bound);
    if (fy >= best) return;
    via[y] = first;
    fwd.offer(y, nd, fy);
    // The backward label of y completes a path.
    const joined = nd + (bwd.g[y] as number);
    if (joined < best) found(joined, head[first] as number, cost[first] as number);
  };
  /** Scans the arcs of row x at its final distance d, reached by the source's arc `first` (they all lead to columns). */
  const expandRow = (x: number, d: number, first: number): void => {
    const end = start[x + 1] as number;
    for (let t = start[x] as number; t < end; t++) {
      spent++;
      const nd = d + (cost[t] as number);
      if (nd >= best) break;
      const y = head[t] as number;
      if (y === target) found(nd, head[first] as number, cost[first] as number);
      else relax(y, nd, first);
    }
  };
  /** Settles the forward queue's best node and scans its arcs, expanding the rows it hands back at once. */
  const stepForward = (): void => {
    const x = fwd.popMin();
    const d = fwd.g[x] as number;
    const fromSource = x === source;
    const viaX = via[x] as number;
    const { done } = fwd;
    // The from-landmark terms of the bound of x, computed for its first row: they are every row's of x too.
    let fromX = NaN;
    const end = start[x + 1] as number;
    for (let t = start[x] as number; t < end; t++) {
      spent++;
      const nd = d + (cost[t] as number);
      // Arcs are cheapest first, and bounds are ≥ 0: no later arc can beat the best path either.
      if (nd >= best) break;
      const y = head[t] as number;
      const first = fromSource ? t : viaX;
      if (y === target) found(nd, head[first] as number, cost[first] as number);
      else if (y >= rows) relax(y, nd, first);
      else if (done[y] === 0) {
        // The used edge into a row is the row's one arc in: its distance is final, so it is expanded now, not queued.
        // The same arc makes d(L, y) = d(L, x), so only the to-landmark terms of the row's bound are its own.
        done[y] = 1;
        fwd.touch(y);
        if (fromX !== fromX) fromX = boundFrom(x);
        if (nd + Math.max(fromX, boundTo(y)) < best) expandRow(y, nd, first);
      }
    }
  };

  /** Offers node y the backward distance nd, by a path whose next arc goes to `next` at cost `arcCost`. */
  const relaxBack = (y: number, nd: number, next: number, arcCost: number): void => {
    if (nd >= (bwd.g[y] as number) || bwd.done[y] === 1) return;
    const fy = nd + bwd.boundOf(y, boundBack);
    if (fy >= best) return;
    bwd.offer(y, nd, fy);
    const joined = nd + (fwd.g[y] as number);
    if (joined >= best) return;
    if (y === source) found(joined, next, arcCost);
    else {
      const first = via[y] as number;
      found(joined, head[first] as number, cost[first] as number);
    }
  };
  /** Settles the backward queue's best node and scans its arcs in; a row passes its distance on to its column. */
  const stepBackward = (): void => {
    const x = bwd.popMin();
    const d = bwd.g[x] as number;
    const end = inStart[x + 1] as number;
    for (let t = inStart[x] as number; t < end; t++) {
      spent++;
      const nd = d + (inCost[t] as number);
      if (nd >= best) break;
      const y = inHead[t] as number;
      if (y >= rows) relaxBack(y, nd, x, inCost[t] as number);
      else if (y === source) found(nd, x, inCost[t] as number);
      // The row's one arc out backward: from the column it uses, at no cost.
      else relaxBack(inHead[inStart[y] as number] as number, nd, y, 0);
    }
  };

  /** Runs both sides in turns until one proves the best path known shortest; false when the budget ran out. */
  const search = (floor: number): boolean => {
    let forwardWork = 0;
    let backwardWork = 0;
    while (best > floor && fwd.topKey() < best && bwd.topKey() < best) {
      if (spent > workBudget) return false;
      const before = spent;
      if (forwardWork <= backwardWork) {
        stepForward();
        forwardWork += spent - before + 1;
      } else {
        stepBackward();
        backwardWork += spent - before + 1;
      }
    }
    return true;
  };

  const distance = (from: number, to: number, floor = 0): number | null | undefined => {
    bestHead = -1;
    if (spent > workBudget) return undefined;
    if (from === to) return 0;
    source = from;
    target = to;
    best = Infinity;
    for (let t = 0; t < K2; t += 2) {
      goal[t] = lm[to * K2 + t] as number;
      goal[t + 1] = lm[to * K2 + t + 1] as number;
      origin[t] = lm[from * K2 + t] as number;
      origin[t + 1] = lm[from * K2 + t + 1] as number;
      // A known path through the landmark: source → L → target.
      const through = (origin[t + 1] as number) + (goal[t] as number);
      if (through < best) best = through;
    }
    const h0 = bound(from);
    if (h0 >= best || best <= floor) return best === Infinity ? null : best;
    fwd.h[from] = h0;
    fwd.touch(from);
    fwd.offer(from, 0, h0);
    // The same bound, seen from the target: d(s, t) ≥ the landmark terms either way round.
    bwd.h[to] = h0;
    bwd.touch(to);
    bwd.offer(to, 0, h0);
    const finished = search(floor);
    if (!finished) bestHead = -1;
    fwd.reset();
    bwd.reset();
    if (!finished) return undefined;
    return best === Infinity ? null : best;
  };
  return { distance, firstHead: () => bestHead, firstCost: () => bestCost, work: () => spent };
}

/**
 * Landmarks for the margin searches (goal-directed Dijkstra, "A*, landmarks and the triangle
 * inequality"): the exact distances from and to a few nodes L of the residual graph give every
 * node x a lower bound on its distance to any target T,
 *   d(x, T) ≥ d(x, L) − d(T, L)   and   d(x, T) ≥ d(L, T) − d(L, x),
 * and every pair an upper bound d(x, L) + d(L, T) from a known path. Bounds only steer and cut
 * the search; its answers stay the exact shortest distances.
 *
 * The sink is the first landmark (most alternatives pass through it), then the most loaded
 * groups, then nodes far from the landmarks so far. Deterministic: ties go to the lower node.
 * The searches use the sink alone: on a 50,000-employee plan the other landmarks spared them
 * at most a few percent of their arcs but cost more to set up and to read than they saved.
 */

import { ColumnHeap } from './columnHeap';
import type { ArcLists, MarginGraph } from './marginGraph';

/** How many landmarks the searches use by default: the sink alone steers them about as well as six. */
export const LANDMARK_COUNT = 1;
/** How many of them are the most loaded groups (the rest are chosen far from the others). */
const LOADED_GROUPS = 3;

export interface Landmarks {
  readonly count: number;
  /**
   * Per node x and landmark l, interleaved for locality: `dist[x·2K + 2l]` = d(L_l, x),
   * `dist[x·2K + 2l + 1]` = d(x, L_l); Infinity when there is no path.
   */
  readonly dist: Float64Array;
}

/**
 * Exact distances from `source` over `arcs` (pass the backward lists for distances to it).
 * Rows 0..rows−1 are never queued: whenever a row's distance improves, its arcs are relaxed
 * right away. Forward, a row has one arc in (from the column it uses), so that happens once;
 * backward, a row has one arc out, to that column at no cost, so the row only passes its
 * distance on to a column. Either way the queued nodes keep Dijkstra's order and every
 * distance stays exact.
 */
function distancesFrom(arcs: ArcLists, source: number, dist: Float64Array, heap: ColumnHeap, done: Uint8Array, rows: number): void {
  dist.fill(Infinity);
  done.fill(0);
  const { start, head, cost } = arcs;
  const relax = (x: number): void => {
    const d = dist[x] as number;
    const end = start[x + 1] as number;
    for (let t = start[x] as number; t < end; t++) {
      const y = head[t] as number;
      const nd = d + (cost[t] as number);
      if (nd >= (dist[y] as number) || done[y] === 1) continue;
      dist[y] = nd;
      if (y < rows) relax(y);
      else if (heap.contains(y)) heap.decrease(y);
      else heap.push(y);
    }
  };
  dist[source] = 0;
  heap.push(source);
  while (heap.length > 0) {
    const x = heap.pop();
    done[x] = 1;
    relax(x);
  }
}

/** Candidate landmarks in order of choice, before the far ones: the sink, then the most loaded groups. */
function firstLandmarks(graph: MarginGraph, groupLoad: Int32Array): number[] {
  const groups = Array.from(groupLoad.keys()).filter((g) => (groupLoad[g] as number) > 0);
  groups.sort((a, b) => (groupLoad[b] as number) - (groupLoad[a] as number) || a - b);
  return [graph.sink, ...groups.slice(0, LOADED_GROUPS).map((g) => graph.rows + graph.cols + g)];
}

/**
 * Chooses up to {@link LANDMARK_COUNT} landmarks and computes their distances (two full
 * Dijkstra runs each). `groupLoad` is the rows each group holds.
 */
export function marginLandmarks(graph: MarginGraph, groupLoad: Int32Array, count = LANDMARK_COUNT): Landmarks {
  const { nodes, rows: R } = graph;
  const K = Math.max(1, Math.min(count, nodes));
  const dist = new Float64Array(nodes * 2 * K);
  const from = new Float64Array(nodes);
  const to = new Float64Array(nodes);
  const heap = new ColumnHeap(nodes, from);
  const heapTo = new ColumnHeap(nodes, to);
  const done = new Uint8Array(nodes);
  // Distance of each node to the landmarks chosen so far, summed over both directions (unreachable counts 0).
  const spread = new Float64Array(nodes).fill(Infinity);
  const chosen = new Uint8Array(nodes);
  const first = firstLandmarks(graph, groupLoad);
  for (let l = 0; l < K; l++) {
    let L = first[l] ?? -1;
    if (L < 0) {
      let best = -1;
      for (let x = R; x < nodes; x++) if (chosen[x] === 0 && (best < 0 || (spread[x] as number) > (spread[best] as number))) best = x;
      L = best < 0 ? 0 : best;
    }
    chosen[L] = 1;
    distancesFrom(graph.forward, L, from, heap, done, R);
    distancesFrom(graph.backward, L, to, heapTo, done, R);
    for (let x = 0; x < nodes; x++) {
      const f = from[x] as number;
      const t = to[x] as number;
      dist[x * 2 * K + 2 * l] = f;
      dist[x * 2 * K + 2 * l + 1] = t;
      const s = (f === Infinity ? 0 : f) + (t === Infinity ? 0 : t);
      if (s < (spread[x] as number)) spread[x] = s;
    }
  }
  return { count: K, dist };
}

/**
 * The shortest of the known paths x → L → target over the landmarks L (Infinity when none):
 * an upper bound on d(x, target) that is itself the length of a path.
 */
export function landmarkPath(landmarks: Landmarks, x: number, target: number): number {
  const { count: K, dist } = landmarks;
  let best = Infinity;
  for (let l = 0; l < K; l++) {
    const through = (dist[x * 2 * K + 2 * l + 1] as number) + (dist[target * 2 * K + 2 * l] as number);
    if (through < best) best = through;
  }
  return best;
}

/**
 * Placing a free row without a search: when the row's cheapest edge leads to the sink along
 * arcs of reduced cost 0, that is a shortest augmenting path, and taking it moves no potential.
 * The grouped solver tries this before each Dijkstra search (`augmentGrouped.ts`).
 */
import type { GroupedState } from './augmentGrouped';
import { nextMarginal } from './columnGroups';
import { moveRow } from './solverState';

/** Whether column j's way on to the sink is tight: ungrouped at the sink's potential, or its group's next place priced exactly. */
function tightToSink(s: GroupedState, j: number): boolean {
  const g = s.groups.colGroup[j] as number;
  if (g < 0) return s.v[j] === s.piSink;
  const pg = s.piGroup[g] as number;
  return s.v[j] === pg && pg - nextMarginal(s.groups, g, s.groupLoad[g] as number) === s.piSink;
}

/** Puts row r on edge e of column j, counted in j's group. */
function place(s: GroupedState, r: number, j: number, e: number): void {
  const g = s.groups.colGroup[j] as number;
  if (g >= 0) s.groupLoad[g] = (s.groupLoad[g] as number) + 1;
  moveRow(s, r, j, e);
  s.arcsStale[j] = 1;
}

/**
 * Places free row r by its cheapest option when that option's whole path to the sink has
 * reduced cost 0: the shortest path is then found without a search and no potential moves.
 * Among equally cheap edges the lowest column wins. Returns whether r was placed.
 */
export function placeOnTightPath(s: GroupedState, r: number): boolean {
  const { rowStart, edgeCol, edgeWeight: w, capacity } = s.problem;
  const { v, colCount } = s;
  let best = Infinity;
  const from = rowStart[r] as number;
  const to = rowStart[r + 1] as number;
  for (let e = from; e < to; e++) {
    const c = -(w[e] as number) - (v[edgeCol[e] as number] as number);
    if (c < best) best = c;
  }
  for (let e = from; e < to; e++) {
    const j = edgeCol[e] as number;
    if (-(w[e] as number) - (v[j] as number) !== best || (colCount[j] as number) >= (capacity[j] as number)) continue;
    if (!tightToSink(s, j)) continue;
    place(s, r, j, e);
    return true;
  }
  return false;
}

/**
 * Places free row r on edge e when that edge is among r's cheapest and its whole path to the
 * sink has reduced cost 0 (so it is a shortest path and no potential moves). Returns whether r
 * was placed.
 */
export function placeOnTightEdge(s: GroupedState, r: number, e: number): boolean {
  const { rowStart, edgeCol, edgeWeight: w, capacity } = s.problem;
  const { v, colCount } = s;
  const j = edgeCol[e] as number;
  if ((colCount[j] as number) >= (capacity[j] as number)) return false;
  const c = -(w[e] as number) - (v[j] as number);
  for (let f = rowStart[r] as number, end = rowStart[r + 1] as number; f < end; f++) {
    if (-(w[f] as number) - (v[edgeCol[f] as number] as number) < c) return false;
  }
  if (!tightToSink(s, j)) return false;
  place(s, r, j, e);
  return true;
}

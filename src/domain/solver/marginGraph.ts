/**
 * The residual network of `marginResidual.ts` written out as arcs with their reduced costs,
 * once, for the margin searches of `sensitivity.ts`: forward adjacency (each node's arcs
 * cheapest first, so a search stops scanning a node at the first arc past its bound) and the
 * reverse adjacency (cheapest first too) the landmark distances and the backward searches
 * read, both written by `marginPackedArcs.ts` (or pair by pair by `marginArcs.ts` when a cost
 * is no 32-bit whole number). Nodes: rows 0..R−1, columns R..R+C−1, groups R+C..R+C+G−1, the sink
 * R+C+G.
 */

import type { AssignmentProblem } from './assignmentProblem';
import { lastMarginal, nextMarginal, type ColumnGroups } from './columnGroups';
import { addArc, arcBuffer, backwardArcs, forwardArcs, type ArcLists, type RowEdges } from './marginArcs';
import { packedArcs } from './marginPackedArcs';
import type { MarginResidual, MarginSolution } from './marginResidual';

export type { ArcLists } from './marginArcs';

export interface MarginGraph {
  readonly rows: number;
  readonly cols: number;
  readonly nodes: number;
  readonly sink: number;
  /** Reduced cost u_i + v_j − w_ij − ρ_g(j) of edge k (CSR edge index) of row i. */
  reducedCost(i: number, k: number): number;
  /** Each node's arcs out, cheapest first. */
  readonly forward: ArcLists;
  /** Each node's arcs in, cheapest first. */
  readonly backward: ArcLists;
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
  // The arcs that are not unused edges: at most one per row (its used edge, reversed), two per column, two per group.
  const other = arcBuffer(R + 2 * C + 2 * G);
  for (let i = 0; i < R; i++) {
    // The used edge is reversed in the residual: the column may hand the row back at no cost.
    addArc(other, R + (edgeCol[assignedEdge[i] as number] as number), i, 0);
  }
  for (let j = 0; j < C; j++) {
    const g = colGroup === undefined ? -1 : (colGroup[j] as number);
    const over = g >= 0 ? R + C + g : sink;
    if ((load[j] as number) < (capacity[j] as number)) addArc(other, R + j, over, 0);
    if ((load[j] as number) > 0) addArc(other, over, R + j, v[j] as number);
  }
  if (groups !== null) {
    for (let g = 0; g < G; g++) {
      const n = groupLoad[g] as number;
      const r = rho[g] as number;
      addArc(other, R + C + g, sink, r - nextMarginal(groups, g, n));
      if (n > 0) addArc(other, sink, R + C + g, lastMarginal(groups, g, n) - r);
    }
  }
  const duals = { rowStart, edgeCol, edgeWeight, assignedEdge, rowDual: u, colDual: v, colGroup, rho };
  const reducedCost = (i: number, k: number): number => {
    const j = edgeCol[k] as number;
    const g = colGroup === undefined ? -1 : (colGroup[j] as number);
    return (u[i] as number) + (v[j] as number) - (edgeWeight[k] as number) - (g >= 0 ? (rho[g] as number) : 0);
  };
  const graph = { rows: R, cols: C, nodes, sink, reducedCost };
  const packed = packedArcs(nodes, duals, other);
  if (packed !== null) return { ...graph, ...packed };
  // A cost that is no 32-bit whole number (outside the contract, but then still exact): the lists are written pair by pair.
  const reduced = new Float64Array(edgeCol.length);
  for (let i = 0; i < R; i++) for (let k = rowStart[i] as number; k < (rowStart[i + 1] as number); k++) reduced[k] = reducedCost(i, k);
  const edges: RowEdges = { rowStart, edgeCol, assignedEdge, reduced };
  return { ...graph, forward: forwardArcs(nodes, edges, other), backward: backwardArcs(nodes, edges, other) };
}

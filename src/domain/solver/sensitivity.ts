/**
 * Sensitivity of an optimal assignment: how much the optimum drops when a row may not use
 * its edge, must use one given edge, or may only use its "stay" edge. Exact, and without
 * re-solving: the solution's LP duals give every residual arc a reduced cost ≥ 0 (see
 * `marginResidual.ts`), and the best solution without used edge (r, c) differs from the
 * current one by the cheapest residual cycle through the reversed edge c → r. Its cost is
 * the reduced-cost shortest path from row r to column c. With column groups the residual
 * graph holds the group nodes and the sink too, so a cycle may pass a group's value at the
 * margin; concave values make a single cycle enough. Staying costs the stay edge's reduced
 * cost plus the path from the stay column back to column c (a path into row r passes c
 * first, so it never needs row r itself). Forcing an unused edge (i, c) costs its reduced
 * cost plus the shortest path from column c back to row i, that is to the column row i uses.
 *
 * The paths are found by a goal-directed Dijkstra (`marginAStar.ts`) whose landmarks
 * (`marginLandmarks.ts`) bound every distance from below and above, so a search looks at
 * little beyond the nodes that could still lie on a shorter path. A work budget (arcs looked
 * at, counted, so the cut is deterministic) bounds all searches together.
 */

import type { AssignmentProblem } from './assignmentProblem';
import type { ColumnGroups } from './columnGroups';
import { distanceSearch } from './marginAStar';
import { marginGraph } from './marginGraph';
import { marginLandmarks } from './marginLandmarks';
import { dualsCertify, marginResidual, type MarginSolution } from './marginResidual';

export type { MarginSolution } from './marginResidual';

/** What the margins are computed over. */
export interface MarginInput {
  readonly problem: AssignmentProblem;
  /** Column groups with concave values, or null for the plain assignment. */
  readonly groups: ColumnGroups | null;
  /** An optimal solution with its duals (`solveAssignment` or `solveGroupedAssignment`). */
  readonly solution: MarginSolution;
  /** CSR edge index of each row's "stay" edge, or -1 (questions `ifStays`). */
  readonly stayEdgeOfRow?: Int32Array;
}

/**
 * An exact answer: the drop of the optimum (≥ 0); null when no solution exists under the
 * question's condition; undefined when the work budget ran out before the answer.
 */
export type MarginAnswer = number | null | undefined;

/** Exact value questions about one certified optimum. */
export interface MarginSearch {
  /** The best solution in which row `r` does not use its current edge. */
  withoutPair(r: number): MarginAnswer;
  /** The best solution in which row `r` uses its stay edge (0 when it already does). */
  ifStays(r: number): MarginAnswer;
  /** The best solution that uses edge `k` (CSR edge index) of row `r`. */
  forcedEdge(r: number, k: number): MarginAnswer;
}

/**
 * The exact margin search over an optimal solution, or null when the solution's duals do
 * not certify it. `workBudget` bounds the arcs all its searches look at together
 * (default: no bound).
 *
 * @example
 * const search = marginSearch({ problem, groups: null, solution: solveAssignment(problem) });
 * search?.withoutPair(0) // 0: an equally good solution exists without row 0's edge
 */
export function marginSearch(input: MarginInput, workBudget = Infinity): MarginSearch | null {
  const { problem, groups, solution } = input;
  const residual = marginResidual(problem, groups, solution);
  if (residual === null || !dualsCertify(problem, groups, solution, residual)) return null;
  const graph = marginGraph(problem, groups, solution, residual);
  const distance = distanceSearch(graph, marginLandmarks(graph, residual.groupLoad), workBudget);
  const { reduced } = graph;
  const R = problem.rows;
  const colNode = (r: number) => R + (residual.assignedCol[r] as number);
  /** The edge's reduced cost plus the distance from its column to `target`. */
  const via = (k: number, target: number): MarginAnswer => {
    const back = distance(R + (problem.edgeCol[k] as number), target);
    return back === null || back === undefined ? back : (reduced[k] as number) + back;
  };
  return {
    withoutPair: (r) => distance(r, colNode(r)),
    ifStays: (r) => {
      const stay = input.stayEdgeOfRow?.[r] ?? -1;
      if (stay < 0) return null;
      if (stay === solution.assignedEdge[r]) return 0;
      return via(stay, colNode(r));
    },
    // Row r's one arc in comes from its own column at no cost: the path may as well end there, where a search meets it sooner.
    forcedEdge: (r, k) => (k === solution.assignedEdge[r] ? 0 : via(k, colNode(r))),
  };
}

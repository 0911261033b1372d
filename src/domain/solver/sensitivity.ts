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
 * The paths are found by a bidirectional goal-directed Dijkstra (`marginAStar.ts`) whose
 * landmarks (`marginLandmarks.ts`) bound every distance from below and above, so a search
 * looks at little beyond the nodes that could still lie on a shorter path, and stops as soon
 * as either direction proves its best path shortest. A work budget (arcs looked
 * at, counted, so the cut is deterministic) bounds all searches together. Staying never
 * costs less than losing the pair, so a row's `withoutPair` answer often is its `ifStays`
 * answer too (when a path that short leaves by the stay edge), and otherwise ends the stay
 * search as soon as it finds a path that short.
 */

import type { AssignmentProblem } from './assignmentProblem';
import type { ColumnGroups } from './columnGroups';
import { distanceSearch } from './marginAStar';
import { marginGraph } from './marginGraph';
import { landmarkPath, marginLandmarks } from './marginLandmarks';
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
  /** Arcs the searches have looked at so far, all together (what the work budget counts). */
  work(): number;
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
  const landmarks = marginLandmarks(graph, residual.groupLoad);
  const search = distanceSearch(graph, landmarks, workBudget);
  const { distance } = search;
  const { reducedCost } = graph;
  const R = problem.rows;
  const colNode = (r: number) => R + (residual.assignedCol[r] as number);
  /** The reduced cost of row r's edge k plus the distance from its column to `target`; `floor` bounds the answer from below. */
  const via = (r: number, k: number, target: number, floor = 0): MarginAnswer => {
    const reduced = reducedCost(r, k);
    const back = distance(R + (problem.edgeCol[k] as number), target, floor - reduced);
    return back === null || back === undefined ? back : reduced + back;
  };
  const stayEdge = (r: number) => input.stayEdgeOfRow?.[r] ?? -1;
  // `ifStays` answers found by `withoutPair` searches, and `withoutPair` answers (NaN: not known).
  const stayKnown = new Float64Array(R).fill(NaN);
  const withoutKnown = new Float64Array(R).fill(NaN);
  /**
   * ifStays ≥ withoutPair always (staying is one way to leave the pair), so a stay path as
   * short as withoutPair's answer makes that answer the stay's too: the shortest path found
   * leaves row r by its stay edge, or the stay edge then a landmark path is that short.
   */
  const noteStay = (r: number, answer: MarginAnswer): void => {
    const stay = stayEdge(r);
    if (typeof answer !== 'number' || stay < 0 || stay === solution.assignedEdge[r]) return;
    withoutKnown[r] = answer;
    const stayCol = R + (problem.edgeCol[stay] as number);
    const reduced = reducedCost(r, stay);
    const leavesByStay = search.firstHead() === stayCol && search.firstCost() === reduced;
    if (leavesByStay || reduced + landmarkPath(landmarks, stayCol, colNode(r)) === answer) stayKnown[r] = answer;
  };
  return {
    withoutPair: (r) => {
      const answer = distance(r, colNode(r));
      noteStay(r, answer);
      return answer;
    },
    ifStays: (r) => {
      const stay = stayEdge(r);
      if (stay < 0) return null;
      if (stay === solution.assignedEdge[r]) return 0;
      const known = stayKnown[r] as number;
      if (!Number.isNaN(known)) return known;
      const without = withoutKnown[r] as number;
      return via(r, stay, colNode(r), Number.isNaN(without) ? 0 : without);
    },
    // Row r's one arc in comes from its own column at no cost: the path may as well end there, where a search meets it sooner.
    forcedEdge: (r, k) => (k === solution.assignedEdge[r] ? 0 : via(r, k, colNode(r))),
    work: search.work,
  };
}

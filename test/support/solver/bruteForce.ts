/**
 * Exhaustive reference solvers for tiny instances, used only by tests: they enumerate every
 * assignment, so they share nothing with the real solver.
 */

import type { AssignmentProblem } from '../../../src/domain/solver/assignmentProblem';

export interface BruteForceResult {
  /** Best total weight, or null when no assignment satisfies everything. */
  readonly best: number | null;
  /** Number of assignments that reach `best`. */
  readonly optimaCount: number;
}

/**
 * Enumerates all assignments respecting capacities and `accept` (a predicate on the chosen
 * edge per row); returns the best total weight.
 */
export function bruteForceAssignment(p: AssignmentProblem, accept: (edges: Int32Array) => boolean = () => true): BruteForceResult {
  const used = new Int32Array(p.cols);
  const chosen = new Int32Array(p.rows);
  let best: number | null = null;
  let optimaCount = 0;
  const visit = (i: number, total: number): void => {
    if (i === p.rows) {
      if (!accept(chosen)) return;
      if (best === null || total > best) {
        best = total;
        optimaCount = 1;
      } else if (total === best) optimaCount++;
      return;
    }
    for (let e = p.rowStart[i] as number; e < (p.rowStart[i + 1] as number); e++) {
      const j = p.edgeCol[e] as number;
      if ((used[j] as number) >= (p.capacity[j] as number)) continue;
      used[j] = (used[j] as number) + 1;
      chosen[i] = e;
      visit(i + 1, total + (p.edgeWeight[e] as number));
      used[j] = (used[j] as number) - 1;
    }
  };
  visit(0, 0);
  return { best, optimaCount };
}

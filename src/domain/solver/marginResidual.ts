/**
 * The residual network of an optimal (grouped) assignment, as the margin searches of
 * `sensitivity.ts` read it (`marginGraph.ts` writes its arcs out), and the check that the
 * solution's LP duals certify it. With
 * max-form duals u (rows), v ≥ 0 (columns) and ρ (groups; 0 for an ungrouped column) every
 * residual arc gets a reduced cost ≥ 0:
 *   row i → column j    unused edge        u_i + v_j − w_ij − ρ_g(j)
 *   column j → row i    used edge          0
 *   column j → group g  j has room         0   (column → sink when ungrouped)
 *   group g → column j  j holds rows       v_j (sink → column when ungrouped)
 *   group g → sink                         ρ_g − next marginal
 *   sink → group g      g holds rows       last marginal used − ρ_g
 */

import type { AssignmentProblem } from './assignmentProblem';
import { lastMarginal, nextMarginal, type ColumnGroups } from './columnGroups';

/** The parts of a solution the margins read; `AssignmentSolution` and `GroupedSolution` both fit. */
export interface MarginSolution {
  /** CSR edge index used by each row. */
  readonly assignedEdge: Int32Array;
  readonly rowDual: Float64Array;
  readonly colDual: Float64Array;
  /** ρ_g per group; required when groups are given. */
  readonly groupDual?: Float64Array;
}

export interface MarginResidual {
  readonly assignedCol: Int32Array;
  readonly load: Int32Array;
  readonly groupLoad: Int32Array;
  /** ρ per group (empty without groups). */
  readonly rho: Float64Array;
}

/** The residual structure of `solution`, or null when its edges do not form an assignment. */
export function marginResidual(problem: AssignmentProblem, groups: ColumnGroups | null, solution: MarginSolution): MarginResidual | null {
  const { rows, cols } = problem;
  if (solution.assignedEdge.length !== rows || (groups !== null && groups.colGroup.length !== cols)) return null;
  const assignedCol = new Int32Array(rows);
  const load = new Int32Array(cols);
  const groupCount = groups?.count ?? 0;
  const groupLoad = new Int32Array(groupCount);
  for (let r = 0; r < rows; r++) {
    const e = solution.assignedEdge[r] as number;
    if (e < (problem.rowStart[r] as number) || e >= (problem.rowStart[r + 1] as number)) return null;
    const c = problem.edgeCol[e] as number;
    assignedCol[r] = c;
    load[c] = (load[c] as number) + 1;
    const g = groups?.colGroup[c] ?? -1;
    if (g >= 0) groupLoad[g] = (groupLoad[g] as number) + 1;
  }
  for (let c = 0; c < cols; c++) if ((load[c] as number) > (problem.capacity[c] as number)) return null;
  const rho = groups === null ? new Float64Array(0) : solution.groupDual;
  if (rho === undefined || rho.length !== groupCount) return null;
  return { assignedCol, load, groupLoad, rho };
}

/** Dual feasibility and complementary slackness for the solution's own assignment (integers, so exact). */
export function dualsCertify(
  problem: AssignmentProblem,
  groups: ColumnGroups | null,
  solution: MarginSolution,
  residual: MarginResidual,
): boolean {
  const { rowDual: u, colDual: v } = solution;
  const { rho } = residual;
  if (u.length !== problem.rows || v.length !== problem.cols) return false;
  for (let c = 0; c < problem.cols; c++) {
    const vc = v[c] ?? -1;
    if (vc < 0 || ((residual.load[c] ?? 0) < (problem.capacity[c] ?? 0) && vc !== 0)) return false;
  }
  if (groups !== null) {
    for (let g = 0; g < groups.count; g++) {
      const n = residual.groupLoad[g] ?? 0;
      const r = rho[g] ?? 0;
      if (r < nextMarginal(groups, g, n) || (n > 0 && r > lastMarginal(groups, g, n))) return false;
    }
  }
  for (let r = 0; r < problem.rows; r++) {
    const ur = u[r] ?? 0;
    for (let k = problem.rowStart[r] ?? 0; k < (problem.rowStart[r + 1] ?? 0); k++) {
      const c = problem.edgeCol[k] ?? 0;
      const g = groups?.colGroup[c] ?? -1;
      const slack = ur + (v[c] ?? 0) - (problem.edgeWeight[k] ?? 0) - (g >= 0 ? (rho[g] ?? 0) : 0);
      if (slack < 0 || (k === solution.assignedEdge[r] && slack !== 0)) return false;
    }
  }
  return true;
}

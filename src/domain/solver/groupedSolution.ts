/**
 * What the grouped solver returns: an assignment solution whose objective includes the
 * concave group values, plus the group loads and the group duals that complete its
 * certificate (see `checkGroupedCertificate`).
 *
 * The LP behind it (maximise): x_e ∈ [0, 1] per edge, Σ_{e ∈ row i} x_e = 1 (dual u_i, free),
 * Σ_{e ∈ col j} x_e ≤ capacity_j (dual v_j ≥ 0), and for each group g the rows in its columns
 * equal Σ_k y_gk + t_g with y_gk ∈ [0, 1] priced marginal_gk and t_g ≥ 0 priced tail_g (dual
 * ρ_g). Dual feasibility reads
 *   u_i + v_j ≥ w_ij + ρ_g   on every edge into a column of group g (ρ = 0 for ungrouped columns),
 *   ρ_g ≥ tail_g,
 * and the dual objective is Σ u + Σ capacity·v + Σ_g Σ_k max(0, marginal_gk − ρ_g).
 */

import type { AssignmentSolution } from './assignmentSolution';

export interface GroupedSolution extends AssignmentSolution {
  /** Rows placed in each group's columns; zeros unless feasible. */
  readonly groupLoad: Int32Array;
  /**
   * ρ_g per group (integers): the value of one more row in g at the margin. On an optimal
   * solution next marginal ≤ ρ_g ≤ last marginal used; zeros unless feasible.
   */
  readonly groupDual: Float64Array;
  /** Σ_g value_g(load_g); already included in `objective`. */
  readonly groupObjective: number;
}

/**
 * What the exact assignment solver returns: the assignment, its value, and a certificate a
 * third party can check without trusting the solver (see `checkCertificate`).
 */

/**
 * Why the answer is right.
 * - `duals`: the LP dual in `rowDual`/`colDual` (u free, v ≥ 0, u_i + v_j ≥ w_ij on every
 *   edge, equality on used edges, v_j = 0 where column j has spare capacity). Its value
 *   Σu + Σ capacity·v equals the objective, which proves optimality.
 * - `hall`: a set of rows whose edges all end in `cols`, whose total capacity is smaller than
 *   the number of rows: no full assignment exists (Hall's condition fails).
 * - `none`: the run was cancelled.
 */
export type Certificate =
  | { readonly kind: 'duals'; readonly dualObjective: number }
  | { readonly kind: 'hall'; readonly rows: Int32Array; readonly cols: Int32Array }
  | { readonly kind: 'none' };

export type SolveStatus = 'optimal' | 'infeasible' | 'cancelled';

export interface SolveStats {
  /** `dense` for complete graphs (scan lists), `sparse` otherwise (binary heap). */
  readonly method: 'dense' | 'sparse';
  /** Rows placed by the initial reductions before any shortest-path search. */
  readonly initiallyAssigned: number;
  /** Shortest augmenting path searches run. */
  readonly augmentations: number;
}

export interface AssignmentSolution {
  readonly status: SolveStatus;
  readonly feasible: boolean;
  /** Column of each row; all -1 unless feasible. */
  readonly assignment: Int32Array;
  /** CSR edge index used by each row; all -1 unless feasible. */
  readonly assignedEdge: Int32Array;
  /** Σ weight of used edges (0 unless feasible). */
  readonly objective: number;
  /** u_i per row (integers); zeros unless feasible. */
  readonly rowDual: Float64Array;
  /** v_j ≥ 0 per column (integers); zeros unless feasible. */
  readonly colDual: Float64Array;
  readonly certificate: Certificate;
  readonly stats: SolveStats;
}

/** Options common to the solvers. Progress and cancellation never change the answer. */
export interface SolveOptions {
  /** Called now and then with the fraction of rows placed, 0..1. */
  readonly onProgress?: (fraction: number) => void;
  /** Polled periodically; when it returns true the solver stops with status `cancelled`. */
  readonly isCancelled?: () => boolean;
}

/** A solution with no assignment (infeasible or cancelled): every row unassigned, zero duals. */
export function emptyAssignmentSolution(
  rows: number,
  cols: number,
  status: 'infeasible' | 'cancelled',
  certificate: Certificate,
  stats: SolveStats,
): AssignmentSolution {
  return {
    status,
    feasible: false,
    assignment: new Int32Array(rows).fill(-1),
    assignedEdge: new Int32Array(rows).fill(-1),
    objective: 0,
    rowDual: new Float64Array(rows),
    colDual: new Float64Array(cols),
    certificate,
    stats,
  };
}

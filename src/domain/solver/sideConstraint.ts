/**
 * Generic linear side constraints over the edges of an assignment problem:
 * Σ coef_e · x_e ≤ limit, with x_e = 1 when edge e is used and coef_e ∈ {−1, +1}.
 * (A cap on the number of changes, a cap on what leaves a group of columns, a floor on a
 * group's net balance are all of this form.)
 */

import type { AssignmentProblem } from './assignmentProblem';

export interface SideConstraint {
  /** CSR edge indices of the problem. */
  readonly edges: Int32Array;
  /** −1 or +1 per entry of `edges`. */
  readonly coef: Int8Array;
  /** Integer right-hand side. */
  readonly limit: number;
}

/** For each edge, the constraints it appears in (CSR): edge e has entries start[e]..start[e+1]-1. */
export interface ConstraintIncidence {
  readonly start: Int32Array;
  readonly constraint: Int32Array;
  readonly coef: Int8Array;
}

/** Throws on malformed constraints (wrong lengths, edges out of range, bad coefficients). */
export function assertValidConstraints(problem: AssignmentProblem, constraints: readonly SideConstraint[]): void {
  const m = problem.edgeCol.length;
  constraints.forEach((c, k) => {
    if (c.edges.length !== c.coef.length) throw new RangeError(`constraint ${k}: edges and coef differ in length`);
    if (!Number.isSafeInteger(c.limit)) throw new RangeError(`constraint ${k}: limit must be an integer`);
    for (let t = 0; t < c.edges.length; t++) {
      const e = c.edges[t] as number;
      const a = c.coef[t] as number;
      if (e < 0 || e >= m) throw new RangeError(`constraint ${k}: edge ${e} out of range`);
      if (a !== 1 && a !== -1) throw new RangeError(`constraint ${k}: coefficient ${a} is not ±1`);
    }
  });
}

/** Builds the edge → constraint incidence; repeated edges in one constraint add up. */
export function constraintIncidence(edgeCount: number, constraints: readonly SideConstraint[]): ConstraintIncidence {
  const start = new Int32Array(edgeCount + 1);
  for (const c of constraints) for (const e of c.edges) start[e + 1] = (start[e + 1] as number) + 1;
  for (let e = 0; e < edgeCount; e++) start[e + 1] = (start[e + 1] as number) + (start[e] as number);
  const fill = start.slice(0, edgeCount);
  const total = start[edgeCount] as number;
  const constraint = new Int32Array(total);
  const coef = new Int8Array(total);
  constraints.forEach((c, k) => {
    for (let t = 0; t < c.edges.length; t++) {
      const e = c.edges[t] as number;
      const at = fill[e] as number;
      constraint[at] = k;
      coef[at] = c.coef[t] as number;
      fill[e] = at + 1;
    }
  });
  return { start, constraint, coef };
}

/** Left-hand side Σ coef·x of every constraint for the edges used (one per row). */
export function constraintLhs(constraints: readonly SideConstraint[], usedEdges: Int32Array, edgeCount: number): Float64Array {
  const used = new Uint8Array(edgeCount);
  for (const e of usedEdges) if (e >= 0) used[e] = 1;
  const lhs = new Float64Array(constraints.length);
  constraints.forEach((c, k) => {
    let sum = 0;
    for (let t = 0; t < c.edges.length; t++) if (used[c.edges[t] as number]) sum += c.coef[t] as number;
    lhs[k] = sum;
  });
  return lhs;
}

/** True when every constraint holds for the given left-hand sides. */
export function satisfiesAll(constraints: readonly SideConstraint[], lhs: Float64Array): boolean {
  for (let k = 0; k < constraints.length; k++) if ((lhs[k] as number) > (constraints[k] as SideConstraint).limit) return false;
  return true;
}

/**
 * Finds the CSR edge of each row for a column-per-row assignment; returns null when some
 * row has no edge to its column or a column is over capacity.
 */
export function edgesOfAssignment(problem: AssignmentProblem, assignment: Int32Array): Int32Array | null {
  if (assignment.length !== problem.rows) return null;
  const edges = new Int32Array(problem.rows);
  const count = new Int32Array(problem.cols);
  for (let i = 0; i < problem.rows; i++) {
    const j = assignment[i] as number;
    let found = -1;
    for (let e = problem.rowStart[i] as number, end = problem.rowStart[i + 1] as number; e < end; e++) {
      if (problem.edgeCol[e] === j) {
        found = e;
        break;
      }
    }
    if (found < 0) return null;
    edges[i] = found;
    count[j] = (count[j] as number) + 1;
    if ((count[j] as number) > (problem.capacity[j] as number)) return null;
  }
  return edges;
}

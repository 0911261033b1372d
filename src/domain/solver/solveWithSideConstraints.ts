/**
 * Assignment with linear side constraints (Σ coef·x ≤ limit), which the exact solver alone
 * cannot honour. Lagrangian relaxation: for multipliers λ ≥ 0 the exact solver maximises
 * Σ (w_e − Σ_k λ_k coef_ke) x_e, and that optimum plus Σ λ_k limit_k bounds the constrained
 * optimum from above. Subgradient steps (Polyak) lower the bound; every Lagrangian
 * solution that satisfies the constraints is a candidate, and infeasible ones lend their
 * improving exchanges to the best feasible one (`improveTowards`). When no feasible point is
 * known yet, penalties on the violated constraints are raised until one appears.
 *
 * Multipliers are integers in units of 1/scale of a weight, so every inner problem has
 * integer weights and the bound is exact rational arithmetic, floored to an integer.
 */

import type { AssignmentProblem } from './assignmentProblem';
import type { SolveOptions } from './assignmentSolution';
import { improveTowards, type FeasiblePoint } from './exchangeImprovement';
import { repairTowards } from './repairTowards';
import {
  assertValidConstraints,
  constraintIncidence,
  constraintLhs,
  edgesOfAssignment,
  satisfiesAll,
  type SideConstraint,
} from './sideConstraint';
import { lagrangianScaling, lagrangianSolve, maxAbs, type LagrangianContext } from './lagrangianSubproblem';

export interface SideConstrainedOptions extends SolveOptions {
  /** Lagrangian iterations after the first solve (default 50). */
  readonly maxIterations?: number;
  /** A column-per-row assignment known to satisfy everything; used if it checks out. */
  readonly feasibleHint?: Int32Array;
}

/**
 * - `optimal`: objective = bound, proven.
 * - `feasible`: a verified feasible assignment with a gap to the bound.
 * - `unknown`: no feasible assignment found, none proven impossible.
 * - `infeasible`: proven: no assignment, or the bound fell below any assignment's value.
 */
export type SideConstrainedStatus = 'optimal' | 'feasible' | 'unknown' | 'infeasible' | 'cancelled';

export interface SideConstrainedSolution {
  readonly status: SideConstrainedStatus;
  readonly feasible: boolean;
  /** Column per row (all -1 when not feasible). */
  readonly assignment: Int32Array;
  readonly assignedEdge: Int32Array;
  /** Σ w of the returned assignment (0 when not feasible). */
  readonly objective: number;
  /** Upper bound on the constrained optimum (−Infinity when proven infeasible). */
  readonly bound: number;
  /** bound − objective (Infinity when not feasible). */
  readonly gap: number;
  readonly exact: boolean;
  /** Final multipliers λ_k in weight units. */
  readonly multipliers: Float64Array;
  /** Left-hand side of each constraint for the returned assignment. */
  readonly lhs: Float64Array;
  /** Exact solves performed. */
  readonly solves: number;
}

function objectiveOf(p: AssignmentProblem, edges: Int32Array): number {
  let sum = 0;
  for (const e of edges) sum += p.edgeWeight[e] as number;
  return sum;
}

function result(
  p: AssignmentProblem,
  status: SideConstrainedStatus,
  best: FeasiblePoint | null,
  bound: number,
  lambda: Float64Array,
  ctx: { solves: number; scale: number; constraints: readonly SideConstraint[] },
): SideConstrainedSolution {
  const multipliers = lambda.map((x) => x / ctx.scale);
  if (!best) {
    return {
      status,
      feasible: false,
      assignment: new Int32Array(p.rows).fill(-1),
      assignedEdge: new Int32Array(p.rows).fill(-1),
      objective: 0,
      bound,
      gap: Infinity,
      exact: false,
      multipliers,
      lhs: new Float64Array(ctx.constraints.length),
      solves: ctx.solves,
    };
  }
  const assignment = best.edges.map((e) => p.edgeCol[e] as number);
  // Verified from scratch: a heuristic bug must never surface as an infeasible plan.
  const edges = edgesOfAssignment(p, assignment);
  const lhs = edges ? constraintLhs(ctx.constraints, edges, p.edgeCol.length) : null;
  if (!edges || !lhs || !satisfiesAll(ctx.constraints, lhs) || objectiveOf(p, edges) !== best.objective || bound < best.objective) {
    throw new Error('side-constrained solver produced an inconsistent incumbent');
  }
  const gap = bound - best.objective;
  return {
    status: gap === 0 ? 'optimal' : status,
    feasible: true,
    assignment,
    assignedEdge: edges,
    objective: best.objective,
    bound,
    gap,
    exact: gap === 0,
    multipliers,
    lhs,
    solves: ctx.solves,
  };
}

/**
 * Finds a feasible assignment under side constraints, with an upper bound and the gap.
 * Returns the unconstrained optimum (exact) when it already satisfies every constraint.
 *
 * @example
 * // at most 3 rows may leave their column 0 edges: constraint over those edges, +1 each
 * solveWithSideConstraints(p, [{ edges, coef: new Int8Array(edges.length).fill(1), limit: 3 }]);
 */
export function solveWithSideConstraints(
  problem: AssignmentProblem,
  constraints: readonly SideConstraint[],
  options: SideConstrainedOptions = {},
): SideConstrainedSolution {
  assertValidConstraints(problem, constraints);
  const p = problem;
  const K = constraints.length;
  const m = p.edgeCol.length;
  const { scale, lambdaCap } = lagrangianScaling(p, constraints);
  const ctx: LagrangianContext = { p, constraints, scale, lambdaCap, options, solves: 0 };
  const lambda = new Float64Array(K);
  const first = lagrangianSolve(ctx, lambda);
  if (!first) return result(p, options.isCancelled?.() ? 'cancelled' : 'infeasible', null, -Infinity, lambda, ctx);
  let bound = first.bound;
  const incidence = constraintIncidence(m, constraints);
  const inc: Incumbent = { best: null };
  const consider = (edges: Int32Array): Float64Array => {
    const lhs = constraintLhs(constraints, edges, m);
    if (satisfiesAll(constraints, lhs)) {
      const objective = objectiveOf(p, edges);
      if (!inc.best || objective > inc.best.objective) inc.best = { edges, lhs, objective };
    } else if (inc.best) {
      // Two ways to borrow from a near-optimal infeasible point: improve the incumbent
      // with its exchanges, or repair the point itself towards the incumbent.
      let next = improveTowards(p, constraints, incidence, inc.best, edges);
      const repaired = repairTowards(p, constraints, incidence, { edges, lhs }, inc.best);
      if (repaired) {
        const polished = improveTowards(p, constraints, incidence, repaired, edges);
        if (polished.objective > next.objective) next = polished;
      }
      inc.best = next;
    }
    return lhs;
  };
  let lhs = consider(first.edges);
  if (inc.best) return result(p, 'optimal', inc.best, bound, lambda, ctx);
  const hintEdges = options.feasibleHint ? edgesOfAssignment(p, options.feasibleHint) : null;
  if (hintEdges) {
    const hintLhs = constraintLhs(constraints, hintEdges, m);
    if (satisfiesAll(constraints, hintLhs)) {
      const hint = { edges: hintEdges, lhs: hintLhs, objective: objectiveOf(p, hintEdges) };
      inc.best = improveTowards(p, constraints, incidence, hint, first.edges);
    }
  }
  const floorValue = lowestPossibleValue(p);
  const visited: Int32Array[] = [first.edges];
  const maxIterations = options.maxIterations ?? 50;
  let current = first.bound;
  let theta = 1;
  let stalled = 0;
  for (let it = 1; it <= maxIterations; it++) {
    if (options.isCancelled?.()) return result(p, 'cancelled', inc.best, bound, lambda, ctx);
    options.onProgress?.(it / (maxIterations + 1));
    const g = new Float64Array(K);
    let norm = 0;
    for (let k = 0; k < K; k++) {
      let gk = (lhs[k] as number) - (constraints[k] as SideConstraint).limit;
      if (gk < 0 && lambda[k] === 0) gk = 0;
      g[k] = gk;
      norm += gk * gk;
    }
    if (norm === 0 || (inc.best && inc.best.objective >= bound)) break;
    // Polyak step towards an estimate of the dual optimum, which lies between the best
    // known value and the bound: the midpoint damps the zig-zag of the plain rule.
    const known = inc.best ? inc.best.objective : bound - Math.max(1, Math.abs(bound) * 0.05);
    const target = (known + bound) / 2;
    const step = (theta * Math.max(1, current - target) * scale) / norm;
    for (let k = 0; k < K; k++) lambda[k] = Math.min(lambdaCap, Math.max(0, Math.round((lambda[k] as number) + step * (g[k] as number))));
    const next = lagrangianSolve(ctx, lambda);
    if (!next) return result(p, 'cancelled', inc.best, bound, lambda, ctx);
    current = next.bound;
    if (current < bound) {
      bound = current;
      stalled = 0;
    } else if (++stalled >= 3) {
      theta /= 2;
      stalled = 0;
      if (theta < 1 / 512) break;
    }
    lhs = consider(next.edges);
    visited.push(next.edges);
    if (!inc.best && (it === 1 || it % 5 === 0)) penaltyRepair(ctx, lambda, lhs, consider, (b) => (bound = Math.min(bound, b)));
    if (bound < floorValue) return result(p, 'infeasible', null, bound, lambda, ctx);
  }
  if (inc.best) inc.best = polish(p, constraints, incidence, inc.best, visited);
  options.onProgress?.(1);
  return result(p, inc.best ? 'feasible' : 'unknown', inc.best, bound, lambda, ctx);
}

/** Borrows again from every Lagrangian solution seen, newest first, until nothing changes:
 *  exchanges that did not fit the incumbent of their time may fit the final one. */
function polish(
  p: AssignmentProblem,
  constraints: readonly SideConstraint[],
  incidence: ReturnType<typeof constraintIncidence>,
  start: FeasiblePoint,
  visited: readonly Int32Array[],
): FeasiblePoint {
  let best = start;
  for (let round = 0; round < 3; round++) {
    const before = best.objective;
    for (let t = visited.length - 1; t >= 0; t--) best = improveTowards(p, constraints, incidence, best, visited[t] as Int32Array);
    if (best.objective === before) break;
  }
  return best;
}

interface Incumbent {
  best: FeasiblePoint | null;
}

/** Σ over rows of the row's smallest weight: no assignment is worth less. */
function lowestPossibleValue(p: AssignmentProblem): number {
  let total = 0;
  for (let i = 0; i < p.rows; i++) {
    let low = Infinity;
    for (let e = p.rowStart[i] as number; e < (p.rowStart[i + 1] as number); e++) low = Math.min(low, p.edgeWeight[e] as number);
    total += low;
  }
  return total;
}

/** Raises penalties on violated constraints until a solve satisfies all of them
 *  (`consider` records any feasible solve as the incumbent). */
function penaltyRepair(
  ctx: LagrangianContext,
  lambda: Float64Array,
  lhs: Float64Array,
  consider: (edges: Int32Array) => Float64Array,
  noteBound: (b: number) => void,
): void {
  const mu = lambda.slice();
  const unit = ctx.scale * (2 * maxAbs(ctx.p.edgeWeight) + 1);
  let current = lhs;
  for (let round = 0; round < 6; round++) {
    for (let k = 0; k < mu.length; k++) {
      if ((current[k] as number) <= (ctx.constraints[k] as SideConstraint).limit) continue;
      mu[k] = Math.min(ctx.lambdaCap, Math.max(2 * (mu[k] as number), (mu[k] as number) + unit));
    }
    const s = lagrangianSolve(ctx, mu);
    if (!s) return;
    noteBound(s.bound);
    current = consider(s.edges);
    if (satisfiesAll(ctx.constraints, current)) return;
  }
}

/**
 * The Lagrangian subproblem of `solveWithSideConstraints`: the exact assignment solve with
 * weights S·w_e − Σ_k μ_k coef_ke for integer multipliers μ (λ = μ / S), and the bound it
 * gives, floor((optimum + Σ_k μ_k limit_k) / S). S is a power of two, so the division is
 * exact in doubles.
 */

import { withWeights, type AssignmentProblem } from './assignmentProblem';
import type { SolveOptions } from './assignmentSolution';
import type { SideConstraint } from './sideConstraint';
import { solveAssignment } from './solveAssignment';

export interface LagrangianContext {
  readonly p: AssignmentProblem;
  readonly constraints: readonly SideConstraint[];
  /** Weight scale S (multipliers are integers in units of 1/S). */
  readonly scale: number;
  /** Largest multiplier (scaled) that keeps inner weights exact. */
  readonly lambdaCap: number;
  readonly options: SolveOptions;
  /** Exact solves performed so far. */
  solves: number;
}

/** Largest |x| in an array. */
export function maxAbs(a: Float64Array): number {
  let m = 0;
  for (const x of a) m = Math.max(m, Math.abs(x));
  return m;
}

/** Scale and multiplier cap keeping every inner weight within the solver's exact range. */
export function lagrangianScaling(p: AssignmentProblem, constraints: readonly SideConstraint[]): { scale: number; lambdaCap: number } {
  const weightCap = Math.floor(Number.MAX_SAFE_INTEGER / (4 * (p.rows + 2))) - 1;
  const maxW = maxAbs(p.edgeWeight);
  let scale = 64;
  while (scale > 1 && scale * maxW * 4 > weightCap) scale /= 2;
  const perEdge = new Int32Array(p.edgeCol.length);
  let maxPerEdge = 1;
  for (const c of constraints) for (const e of c.edges) maxPerEdge = Math.max(maxPerEdge, (perEdge[e] = (perEdge[e] as number) + 1));
  const byRange = Math.floor((weightCap - scale * maxW) / maxPerEdge);
  const meaningful = scale * (2 * maxW * p.rows + 2);
  return { scale, lambdaCap: Math.max(0, Math.min(byRange, meaningful)) };
}

/** Exact solve at integer multipliers μ (scaled); returns used edges and the bound, or
 *  null when the solve was cancelled or no assignment exists. */
export function lagrangianSolve(ctx: LagrangianContext, mu: Float64Array): { edges: Int32Array; bound: number } | null {
  const { p, constraints, scale } = ctx;
  const w = new Float64Array(p.edgeWeight.length);
  for (let e = 0; e < w.length; e++) w[e] = scale * (p.edgeWeight[e] as number);
  let constant = 0;
  constraints.forEach((c, k) => {
    const m = mu[k] as number;
    if (m === 0) return;
    constant += m * c.limit;
    for (let t = 0; t < c.edges.length; t++) {
      const e = c.edges[t] as number;
      w[e] = (w[e] as number) - m * (c.coef[t] as number);
    }
  });
  ctx.solves++;
  const s = solveAssignment(withWeights(p, w), ctx.options.isCancelled ? { isCancelled: ctx.options.isCancelled } : {});
  if (!s.feasible) return null;
  return { edges: s.assignedEdge, bound: Math.floor((s.objective + constant) / scale) };
}

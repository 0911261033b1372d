/**
 * The exact capacitated assignment solver: maximise Σ w over a sparse bipartite graph where
 * every row takes exactly one edge and column j takes at most capacity[j] rows.
 *
 * Method: successive shortest augmenting paths with column potentials (the Hungarian /
 * Jonker–Volgenant family), exact on integers. Complete graphs use the JV scan-list search;
 * sparse graphs use Dijkstra with a binary heap. Unit-capacity square instances first get
 * the JV reductions, others a greedy start. The result carries LP duals (or, when no full
 * assignment exists, a Hall witness) that `checkCertificate` verifies independently.
 *
 * Determinism: rows are augmented in index order and every search breaks ties by lower
 * column index, so equal inputs give the identical assignment. Callers that want "ties by
 * NIP, then code" number rows and columns in that order.
 */

import type { AssignmentProblem } from './assignmentProblem';
import {
  emptyAssignmentSolution,
  type AssignmentSolution,
  type Certificate,
  type SolveOptions,
  type SolveStats,
} from './assignmentSolution';
import { augmentDense, createDenseScratch } from './augmentDense';
import { augmentSparse, createSparseScratch } from './augmentSparse';
import { greedyRowMinimum, jonkerVolgenantReductions } from './initialAssignment';
import { createSolverState, hallWitness, type SolverState } from './solverState';

/** True when every row lists every column, in order: the dense search applies. */
export function isCompleteGraph(p: AssignmentProblem): boolean {
  if (p.rows === 0 || p.cols === 0) return false;
  for (let i = 0; i <= p.rows; i++) if (p.rowStart[i] !== i * p.cols) return false;
  const edgeCol = p.edgeCol;
  for (let i = 0, k = 0; i < p.rows; i++) for (let j = 0; j < p.cols; j++, k++) if (edgeCol[k] !== j) return false;
  return true;
}

function isUnitSquare(p: AssignmentProblem): boolean {
  if (p.rows !== p.cols) return false;
  for (let j = 0; j < p.cols; j++) if (p.capacity[j] !== 1) return false;
  return true;
}

/** Potentials stay exact only while every path sum fits in 2^53. */
function assertWeightsExact(p: AssignmentProblem): void {
  let max = 0;
  const w = p.edgeWeight;
  for (let e = 0; e < w.length; e++) {
    const a = Math.abs(w[e] as number);
    if (a > max) max = a;
  }
  if (!Number.isFinite(max) || max * 4 * (p.rows + 2) > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(`edge weights up to ${max} are too large for exact potentials on ${p.rows} rows`);
  }
}

function emptySolution(
  p: AssignmentProblem,
  status: 'infeasible' | 'cancelled',
  certificate: Certificate,
  stats: SolveStats,
): AssignmentSolution {
  return emptyAssignmentSolution(p.rows, p.cols, status, certificate, stats);
}

/** Turns the min-cost potentials into max-form LP duals: u free, v ≥ 0, u + v ≥ w. */
function optimalSolution(s: SolverState, equalityMode: boolean, stats: SolveStats): AssignmentSolution {
  const { rows, cols, edgeWeight: w, capacity } = s.problem;
  const v = s.v;
  let shift = 0;
  if (equalityMode) for (let j = 0; j < cols; j++) shift = Math.max(shift, v[j] as number);
  const rowDual = new Float64Array(rows);
  const colDual = new Float64Array(cols);
  let objective = 0;
  let dualObjective = 0;
  for (let i = 0; i < rows; i++) {
    const e = s.rowEdge[i] as number;
    const j = s.rowCol[i] as number;
    const weight = w[e] as number;
    objective += weight;
    // Min form u_i = c − v_j (+ shift); max form is its negation.
    const u = -weight - (v[j] as number) + shift;
    rowDual[i] = -u + 0;
    dualObjective += -u;
  }
  for (let j = 0; j < cols; j++) {
    const vj = -((v[j] as number) - shift) + 0;
    colDual[j] = vj;
    if (vj !== 0) dualObjective += vj * (capacity[j] as number);
  }
  return {
    status: 'optimal',
    feasible: true,
    assignment: s.rowCol.slice(),
    assignedEdge: s.rowEdge.slice(),
    objective,
    rowDual,
    colDual,
    certificate: { kind: 'duals', dualObjective },
    stats,
  };
}

/**
 * Solves the capacitated assignment problem exactly (maximising total weight).
 *
 * @example
 * const p = denseAssignmentProblem(2, 2, Float64Array.of(3, 1, 2, 2));
 * solveAssignment(p).assignment; // Int32Array [0, 1], objective 5
 */
export function solveAssignment(problem: AssignmentProblem, options: SolveOptions = {}): AssignmentSolution {
  assertWeightsExact(problem);
  const { rows, cols } = problem;
  const dense = isCompleteGraph(problem);
  const method = dense ? 'dense' : 'sparse';
  const s = createSolverState(problem);
  for (let i = 0; i < rows; i++) {
    if (problem.rowStart[i] === problem.rowStart[i + 1]) {
      const hall = { rows: Int32Array.of(i), cols: new Int32Array(0) };
      return emptySolution(problem, 'infeasible', { kind: 'hall', ...hall }, { method, initiallyAssigned: 0, augmentations: 0 });
    }
  }
  let totalCapacity = 0;
  for (let j = 0; j < cols; j++) totalCapacity += problem.capacity[j] as number;
  if (totalCapacity < rows) {
    const hall = { rows: Int32Array.from({ length: rows }, (_, i) => i), cols: Int32Array.from({ length: cols }, (_, j) => j) };
    return emptySolution(problem, 'infeasible', { kind: 'hall', ...hall }, { method, initiallyAssigned: 0, augmentations: 0 });
  }
  // Equality mode: total capacity = rows, so every column ends full and v is free.
  const equalityMode = totalCapacity === rows;
  const free = isUnitSquare(problem) ? jonkerVolgenantReductions(s, 20 * (rows + 16)) : greedyRowMinimum(s);
  const initiallyAssigned = rows - free.length;
  const stats = (augmentations: number): SolveStats => ({ method, initiallyAssigned, augmentations });
  const { onProgress, isCancelled } = options;
  onProgress?.(rows === 0 ? 1 : initiallyAssigned / rows);
  const denseScratch = dense ? createDenseScratch(cols) : null;
  const sparseScratch = dense ? null : createSparseScratch(cols);
  let lastPercent = -1;
  for (let t = 0; t < free.length; t++) {
    if ((t & 31) === 0) {
      if (isCancelled?.()) return emptySolution(problem, 'cancelled', { kind: 'none' }, stats(t));
      const percent = Math.floor((100 * (initiallyAssigned + t)) / rows);
      if (onProgress && percent !== lastPercent) {
        lastPercent = percent;
        onProgress((initiallyAssigned + t) / rows);
      }
    }
    const r = free[t] as number;
    if (denseScratch) {
      if (augmentDense(s, denseScratch, r) < 0) {
        const hall = hallWitness(s, r, denseScratch.colList, denseScratch.settledCount);
        return emptySolution(problem, 'infeasible', { kind: 'hall', ...hall }, stats(t + 1));
      }
    } else if (sparseScratch && augmentSparse(s, sparseScratch, r) < 0) {
      const hall = hallWitness(s, r, sparseScratch.settled, sparseScratch.settledCount);
      return emptySolution(problem, 'infeasible', { kind: 'hall', ...hall }, stats(t + 1));
    }
  }
  onProgress?.(1);
  return optimalSolution(s, equalityMode, stats(free.length));
}

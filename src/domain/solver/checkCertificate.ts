/**
 * Independent verification of a solver answer. Nothing here trusts the solver: the edge of
 * each row is looked up again, totals are summed in BigInt, and every condition of the
 * certificate is checked.
 *
 * Optimality (duals): with u free and v ≥ 0, u_i + v_j ≥ w_ij on every edge makes
 * Σu + Σ capacity·v an upper bound on any assignment (LP weak duality); equality on used
 * edges and v_j = 0 on columns with room make that bound equal to the objective.
 * Infeasibility (Hall): rows whose edges all end in a column set of smaller total capacity.
 */

import type { AssignmentProblem } from './assignmentProblem';
import type { AssignmentSolution } from './assignmentSolution';

export type CertificateViolationCode =
  | 'NO_CERTIFICATE'
  | 'ASSIGNMENT_LENGTH'
  | 'ROW_WITHOUT_EDGE'
  | 'CAPACITY_EXCEEDED'
  | 'DUAL_NOT_INTEGER'
  | 'COLUMN_DUAL_NEGATIVE'
  | 'EDGE_DUAL_VIOLATED'
  | 'USED_EDGE_NOT_TIGHT'
  | 'SPARE_COLUMN_PRICED'
  | 'OBJECTIVE_MISMATCH'
  | 'DUAL_OBJECTIVE_MISMATCH'
  | 'HALL_INDEX_INVALID'
  | 'HALL_EDGE_ESCAPES'
  | 'HALL_CAPACITY_SUFFICES'
  | 'GROUP_DUAL_OUT_OF_RANGE'
  | 'GROUP_LOAD_MISMATCH';

export interface CertificateViolation {
  readonly code: CertificateViolationCode;
  readonly params: Readonly<Record<string, number | string>>;
}

export interface CertificateCheck {
  readonly ok: boolean;
  readonly violations: readonly CertificateViolation[];
}

const MAX_REPORTED = 20;

/** Finds the edge of row i to column j, or -1. */
function edgeOf(p: AssignmentProblem, i: number, j: number): number {
  for (let e = p.rowStart[i] as number, end = p.rowStart[i + 1] as number; e < end; e++) if (p.edgeCol[e] === j) return e;
  return -1;
}

function checkHall(p: AssignmentProblem, rows: Int32Array, cols: Int32Array, out: CertificateViolation[]): void {
  const inCols = new Uint8Array(p.cols);
  const seenRow = new Uint8Array(p.rows);
  let capacity = 0n;
  for (const j of cols) {
    if (j < 0 || j >= p.cols || inCols[j]) return void out.push({ code: 'HALL_INDEX_INVALID', params: { col: j } });
    inCols[j] = 1;
    capacity += BigInt(p.capacity[j] as number);
  }
  for (const i of rows) {
    if (i < 0 || i >= p.rows || seenRow[i]) return void out.push({ code: 'HALL_INDEX_INVALID', params: { row: i } });
    seenRow[i] = 1;
    for (let e = p.rowStart[i] as number, end = p.rowStart[i + 1] as number; e < end; e++) {
      const j = p.edgeCol[e] as number;
      if (!inCols[j] && out.length < MAX_REPORTED) out.push({ code: 'HALL_EDGE_ESCAPES', params: { row: i, col: j } });
    }
  }
  if (capacity >= BigInt(rows.length))
    out.push({ code: 'HALL_CAPACITY_SUFFICES', params: { rows: rows.length, capacity: Number(capacity) } });
}

/** Returns the row edges of a feasible assignment, reporting rows and columns that do not fit. */
function usedEdges(p: AssignmentProblem, s: AssignmentSolution, out: CertificateViolation[]): Int32Array | null {
  if (s.assignment.length !== p.rows) {
    out.push({ code: 'ASSIGNMENT_LENGTH', params: { expected: p.rows, actual: s.assignment.length } });
    return null;
  }
  const used = new Int32Array(p.rows);
  const count = new Float64Array(p.cols);
  for (let i = 0; i < p.rows; i++) {
    const j = s.assignment[i] as number;
    const e = j >= 0 && j < p.cols ? edgeOf(p, i, j) : -1;
    used[i] = e;
    if (e < 0) {
      if (out.length < MAX_REPORTED) out.push({ code: 'ROW_WITHOUT_EDGE', params: { row: i, col: j } });
      continue;
    }
    count[j] = (count[j] as number) + 1;
  }
  for (let j = 0; j < p.cols; j++) {
    if ((count[j] as number) > (p.capacity[j] as number) && out.length < MAX_REPORTED) {
      out.push({ code: 'CAPACITY_EXCEEDED', params: { col: j, count: count[j] as number, capacity: p.capacity[j] as number } });
    }
  }
  return out.length > 0 ? null : used;
}

/** u + v ≥ w exactly, falling back to BigInt when the doubles could round. */
function sumAtLeast(u: number, v: number, w: number): -1 | 0 | 1 {
  if (Math.abs(u) + Math.abs(v) < Number.MAX_SAFE_INTEGER) {
    const s = u + v;
    return s > w ? 1 : s === w ? 0 : -1;
  }
  const s = BigInt(u) + BigInt(v);
  const bw = BigInt(w);
  return s > bw ? 1 : s === bw ? 0 : -1;
}

function checkDuals(
  p: AssignmentProblem,
  s: AssignmentSolution,
  used: Int32Array,
  dualObjective: number,
  out: CertificateViolation[],
): void {
  const { rowDual: u, colDual: v } = s;
  if (u.length !== p.rows || v.length !== p.cols)
    return void out.push({ code: 'ASSIGNMENT_LENGTH', params: { rows: u.length, cols: v.length } });
  for (let i = 0; i < p.rows; i++) if (!Number.isSafeInteger(u[i])) return void out.push({ code: 'DUAL_NOT_INTEGER', params: { row: i } });
  const count = new Int32Array(p.cols);
  for (let i = 0; i < p.rows; i++) {
    const j = s.assignment[i] as number;
    count[j] = (count[j] as number) + 1;
  }
  for (let j = 0; j < p.cols; j++) {
    const vj = v[j] as number;
    if (!Number.isSafeInteger(vj)) return void out.push({ code: 'DUAL_NOT_INTEGER', params: { col: j } });
    if (vj < 0 && out.length < MAX_REPORTED) out.push({ code: 'COLUMN_DUAL_NEGATIVE', params: { col: j, dual: vj } });
    if (vj > 0 && (count[j] as number) < (p.capacity[j] as number) && out.length < MAX_REPORTED) {
      out.push({ code: 'SPARE_COLUMN_PRICED', params: { col: j, dual: vj } });
    }
  }
  const { rowStart, edgeCol, edgeWeight: w } = p;
  let primal = 0n;
  let dual = 0n;
  for (let i = 0; i < p.rows; i++) {
    const ui = u[i] as number;
    const usedEdge = used[i] as number;
    primal += BigInt(w[usedEdge] as number);
    dual += BigInt(ui);
    for (let e = rowStart[i] as number, end = rowStart[i + 1] as number; e < end; e++) {
      const cmp = sumAtLeast(ui, v[edgeCol[e] as number] as number, w[e] as number);
      if (cmp < 0 && out.length < MAX_REPORTED) out.push({ code: 'EDGE_DUAL_VIOLATED', params: { row: i, col: edgeCol[e] as number } });
      if (e === usedEdge && cmp !== 0 && out.length < MAX_REPORTED)
        out.push({ code: 'USED_EDGE_NOT_TIGHT', params: { row: i, col: edgeCol[e] as number } });
    }
  }
  for (let j = 0; j < p.cols; j++) if (v[j] !== 0) dual += BigInt(v[j] as number) * BigInt(p.capacity[j] as number);
  if (primal !== BigInt(s.objective))
    out.push({ code: 'OBJECTIVE_MISMATCH', params: { reported: s.objective, actual: primal.toString() } });
  if (dual !== primal || BigInt(dualObjective) !== dual) {
    out.push({ code: 'DUAL_OBJECTIVE_MISMATCH', params: { primal: primal.toString(), dual: dual.toString(), reported: dualObjective } });
  }
}

/**
 * Verifies `solution` against `problem` with exact integer arithmetic: a `duals`
 * certificate must prove the assignment feasible and optimal, a `hall` one must prove that
 * no full assignment exists.
 */
export function checkCertificate(problem: AssignmentProblem, solution: AssignmentSolution): CertificateCheck {
  const out: CertificateViolation[] = [];
  const c = solution.certificate;
  if (c.kind === 'none') out.push({ code: 'NO_CERTIFICATE', params: { status: solution.status } });
  else if (c.kind === 'hall') checkHall(problem, c.rows, c.cols, out);
  else {
    const used = usedEdges(problem, solution, out);
    if (used) checkDuals(problem, solution, used, c.dualObjective, out);
  }
  return { ok: out.length === 0, violations: out };
}

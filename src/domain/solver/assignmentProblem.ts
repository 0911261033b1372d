/**
 * The flat problem the assignment solver works on: a sparse bipartite candidate graph in
 * compressed-row form (CSR). Rows must each take exactly one of their edges; column j takes
 * at most `capacity[j]` rows; the solver maximises the total edge weight.
 *
 * Everything is typed arrays so the hot loops never touch an object per edge. Weights are
 * integers held in a Float64Array: exact up to 2^53, which the solver's potentials need
 * (a potential is a sum of up to `rows` reduced weights).
 */

import { issue, type Issue, type Result } from '../model/issue';
import type { SolverInputCode } from '../model/issueCodes';

/** A capacitated assignment instance in CSR form. Edges of a row are sorted by column. */
export interface AssignmentProblem {
  readonly rows: number;
  readonly cols: number;
  /** Length rows + 1: edges of row i are `rowStart[i] .. rowStart[i+1]-1`. */
  readonly rowStart: Int32Array;
  /** Column of each edge, ascending within a row, no duplicates within a row. */
  readonly edgeCol: Int32Array;
  /** Integer weight of each edge (maximised). */
  readonly edgeWeight: Float64Array;
  /** Integer capacity ≥ 0 of each column. */
  readonly capacity: Int32Array;
}

/** An edge list as parsers and callers produce it: parallel arrays, one entry per edge. */
export interface EdgeListInput {
  readonly rows: number;
  readonly cols: number;
  readonly capacity: ArrayLike<number>;
  readonly edgeRow: ArrayLike<number>;
  readonly edgeCol: ArrayLike<number>;
  readonly edgeWeight: ArrayLike<number>;
}

/** The built problem plus, for each input edge, its index in the CSR edge arrays. */
export interface BuiltProblem {
  readonly problem: AssignmentProblem;
  readonly edgeIndexOfInput: Int32Array;
}

/**
 * Largest |weight| accepted. With at most ~4 million rows, every potential (a sum of at
 * most 2·rows weights) stays below 2^53, so double arithmetic is exact integer arithmetic.
 */
export const MAX_ABS_WEIGHT = 1_000_000_000;
const MAX_CAPACITY = 2_147_483_647;
const MAX_SIZE = 1 << 26;

const solverIssue = (code: SolverInputCode, params: Record<string, string | number>): Issue => issue(code, 'error', {}, params);

function checkCounts(input: EdgeListInput): Issue[] {
  const issues: Issue[] = [];
  const { rows, cols } = input;
  if (!Number.isInteger(rows) || rows < 0 || rows > MAX_SIZE) issues.push(solverIssue('SOLVER_ROWS_INVALID', { rows }));
  if (!Number.isInteger(cols) || cols < 0 || cols > MAX_SIZE) issues.push(solverIssue('SOLVER_COLS_INVALID', { cols }));
  if (issues.length > 0) return issues;
  if (input.capacity.length !== cols) {
    issues.push(solverIssue('SOLVER_CAPACITY_LENGTH', { expected: cols, actual: input.capacity.length }));
  }
  const m = input.edgeRow.length;
  if (input.edgeCol.length !== m || input.edgeWeight.length !== m) {
    issues.push(solverIssue('SOLVER_EDGE_ARRAYS_LENGTH', { rows: m, cols: input.edgeCol.length, weights: input.edgeWeight.length }));
  }
  return issues;
}

function checkValues(input: EdgeListInput, issues: Issue[]): void {
  const limit = 20;
  for (let j = 0; j < input.cols && issues.length < limit; j++) {
    const c = input.capacity[j] as number;
    if (!Number.isInteger(c) || c < 0 || c > MAX_CAPACITY) issues.push(solverIssue('SOLVER_CAPACITY_INVALID', { col: j, capacity: c }));
  }
  const m = input.edgeRow.length;
  for (let e = 0; e < m && issues.length < limit; e++) {
    const i = input.edgeRow[e] as number;
    const j = input.edgeCol[e] as number;
    const w = input.edgeWeight[e] as number;
    if (!Number.isInteger(i) || i < 0 || i >= input.rows)
      issues.push(solverIssue('SOLVER_EDGE_ROW_RANGE', { edge: e, row: i, rows: input.rows }));
    else if (!Number.isInteger(j) || j < 0 || j >= input.cols)
      issues.push(solverIssue('SOLVER_EDGE_COL_RANGE', { edge: e, col: j, cols: input.cols }));
    else if (!Number.isInteger(w) || Math.abs(w) > MAX_ABS_WEIGHT)
      issues.push(solverIssue('SOLVER_EDGE_WEIGHT_INVALID', { edge: e, weight: w, max: MAX_ABS_WEIGHT }));
  }
}

/** Sorts the edge slice [from, to) of `order` by column, stably (insertion sort for short rows). */
function sortRowByColumn(order: Int32Array, colOf: ArrayLike<number>, from: number, to: number): void {
  if (to - from <= 32) {
    for (let a = from + 1; a < to; a++) {
      const e = order[a] as number;
      const c = colOf[e] as number;
      let b = a - 1;
      while (b >= from && (colOf[order[b] as number] as number) > c) {
        order[b + 1] = order[b] as number;
        b--;
      }
      order[b + 1] = e;
    }
    return;
  }
  const slice = Array.from(order.subarray(from, to));
  slice.sort((x, y) => (colOf[x] as number) - (colOf[y] as number) || x - y);
  order.set(slice, from);
}

/**
 * Builds the CSR problem from an edge list, validating it. Duplicate (row, column) pairs are
 * rejected: the caller decides which of two weights is meant.
 *
 * @example
 * const built = buildAssignmentProblem({ rows: 2, cols: 2, capacity: [1, 1],
 *   edgeRow: [0, 0, 1], edgeCol: [0, 1, 1], edgeWeight: [5, 3, 4] });
 * if (built.ok) solveAssignment(built.value.problem);
 */
export function buildAssignmentProblem(input: EdgeListInput): Result<BuiltProblem> {
  const issues = checkCounts(input);
  if (issues.length === 0) checkValues(input, issues);
  if (issues.length > 0) return { ok: false, issues };
  const { rows, cols } = input;
  const m = input.edgeRow.length;
  const rowStart = new Int32Array(rows + 1);
  for (let e = 0; e < m; e++) {
    const at = (input.edgeRow[e] as number) + 1;
    rowStart[at] = (rowStart[at] as number) + 1;
  }
  for (let i = 0; i < rows; i++) rowStart[i + 1] = (rowStart[i + 1] as number) + (rowStart[i] as number);
  const fill = rowStart.slice(0, rows);
  const order = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const i = input.edgeRow[e] as number;
    order[fill[i] as number] = e;
    fill[i] = (fill[i] as number) + 1;
  }
  const edgeCol = new Int32Array(m);
  const edgeWeight = new Float64Array(m);
  const edgeIndexOfInput = new Int32Array(m);
  for (let i = 0; i < rows; i++) {
    const from = rowStart[i] as number;
    const to = rowStart[i + 1] as number;
    sortRowByColumn(order, input.edgeCol, from, to);
    for (let k = from; k < to; k++) {
      const e = order[k] as number;
      const j = input.edgeCol[e] as number;
      if (k > from && edgeCol[k - 1] === j) {
        issues.push(solverIssue('SOLVER_EDGE_DUPLICATE', { edge: e, row: i, col: j }));
        if (issues.length >= 20) return { ok: false, issues };
      }
      edgeCol[k] = j;
      edgeWeight[k] = input.edgeWeight[e] as number;
      edgeIndexOfInput[e] = k;
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const capacity = Int32Array.from(input.capacity);
  return { ok: true, value: { problem: { rows, cols, rowStart, edgeCol, edgeWeight, capacity }, edgeIndexOfInput } };
}

/**
 * Builds a complete (every row to every column) problem from a row-major weight matrix.
 * The matrix is used as the edge weight array itself, not copied. Capacity defaults to 1.
 */
export function denseAssignmentProblem(rows: number, cols: number, weights: Float64Array, capacity?: Int32Array): AssignmentProblem {
  if (weights.length !== rows * cols) throw new RangeError(`weights has ${weights.length} entries, expected ${rows * cols}`);
  const rowStart = new Int32Array(rows + 1);
  for (let i = 0; i <= rows; i++) rowStart[i] = i * cols;
  const edgeCol = new Int32Array(rows * cols);
  for (let i = 0, k = 0; i < rows; i++) for (let j = 0; j < cols; j++, k++) edgeCol[k] = j;
  return { rows, cols, rowStart, edgeCol, edgeWeight: weights, capacity: capacity ?? new Int32Array(cols).fill(1) };
}

/** A copy of `problem` sharing its graph but with other weights (same length, integers). */
export function withWeights(problem: AssignmentProblem, edgeWeight: Float64Array): AssignmentProblem {
  if (edgeWeight.length !== problem.edgeWeight.length) throw new RangeError('weight array length differs from the edge count');
  return { ...problem, edgeWeight };
}

/** The edge of row i into column j, or -1 (a row's edges are sorted by column, so a binary search). */
export function edgeOf(p: AssignmentProblem, i: number, j: number): number {
  let lo = p.rowStart[i] as number;
  let hi = (p.rowStart[i + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = p.edgeCol[mid] as number;
    if (c === j) return mid;
    if (c < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

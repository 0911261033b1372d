/**
 * The margin of a move (docs/sheets.md#justifikasi): how much the plan's total value drops
 * when the move is taken away, when the employee stays instead, or when a runner-up is
 * forced into the post. The exact search is the solver's (`solver/sensitivity.ts`, over the
 * residual graph of rows, positions, units and a sink); this adapter only reads a plan run
 * into its generic input: the plan's assignment as edges, the duals, the units as column
 * groups with their group duals, and each employee's stay edge.
 *
 * Under side constraints the unconstrained optimum is not the plan's yardstick, so such
 * plans get no margins; nor does a plan its duals do not certify.
 */
import type { PlanRun } from '../plan/buildPlan';
import { marginSearch as solverMarginSearch, type MarginAnswer, type MarginInput, type MarginSearch } from '../solver/sensitivity';

export type { MarginAnswer, MarginSearch } from '../solver/sensitivity';

export interface MarginResult {
  /** Drop of the total value without this employee–position pair, per requested graph row; null when no plan exists without it. */
  readonly byRow: ReadonlyMap<number, number | null>;
  /** Drop of the total value when the employee stays in the current post instead, per requested graph row. */
  readonly stayByRow: ReadonlyMap<number, number | null>;
  /** Why no margins were computed, or null when they were. */
  readonly unavailable: MarginsUnavailable | null;
}

/** Why a plan gets no margins. */
export type MarginsUnavailable = 'sideConstraints' | 'dualsDoNotCertifyPlan';

/** The CSR edge of row r to column c, or -1. */
function edgeTo(run: PlanRun, r: number, c: number): number {
  const { rowStart, edgeCol } = run.problem;
  if (c < 0) return -1;
  for (let k = rowStart[r] ?? 0; k < (rowStart[r + 1] ?? 0); k++) if (edgeCol[k] === c) return k;
  return -1;
}

/**
 * The solver's margin input for a plan: its final assignment as CSR edges, its duals, its
 * units as column groups, and each row's stay edge. Null when the plan's assignment is not
 * on the candidate graph.
 */
export function planMarginInput(run: PlanRun): MarginInput | null {
  const { problem, graph, finalIndex, scoring } = run;
  const column = (position: number | undefined) => graph.columnOfPosition[position ?? -1] ?? -1;
  const assignedEdge = new Int32Array(problem.rows);
  const stayEdgeOfRow = new Int32Array(problem.rows);
  for (let r = 0; r < problem.rows; r++) {
    const e = graph.rowEmployee[r] ?? -1;
    const edge = edgeTo(run, r, column(finalIndex[e]));
    if (edge < 0) return null;
    assignedEdge[r] = edge;
    stayEdgeOfRow[r] = edgeTo(run, r, column(scoring.index.currentPosition[e]));
  }
  return {
    problem,
    groups: run.groups,
    solution: { assignedEdge, rowDual: run.rowDual, colDual: run.colDual, groupDual: run.groupDual },
    stayEdgeOfRow,
  };
}

/**
 * The exact margin search over a plan, or why there is none. `workBudget` bounds the arcs
 * all its searches look at together (default: no bound).
 *
 * @example
 * const found = marginSearch(run);
 * if ('search' in found) found.search.withoutPair(row) // 0: an equally good plan exists without this move
 */
export function marginSearch(
  run: PlanRun,
  workBudget = Infinity,
): { readonly search: MarginSearch } | { readonly unavailable: MarginsUnavailable } {
  const { maxMoves, maxOutflowPerUnit, noNetLossInShortage } = run.scoring.policy.constraints;
  if (maxMoves !== null || maxOutflowPerUnit || noNetLossInShortage) return { unavailable: 'sideConstraints' };
  const input = planMarginInput(run);
  const search = input === null ? null : solverMarginSearch(input, workBudget);
  return search === null ? { unavailable: 'dualsDoNotCertifyPlan' } : { search };
}

/**
 * Exact margins of the moves in `rows` (graph rows; default: every row that moves).
 *
 * @example
 * const { byRow } = exactMargins(run);
 * byRow.get(row) // 0: an equally good plan exists without this move
 */
export function exactMargins(run: PlanRun, rows?: readonly number[]): MarginResult {
  const found = marginSearch(run);
  if (!('search' in found)) return { byRow: new Map(), stayByRow: new Map(), unavailable: found.unavailable };
  const { search } = found;
  const byRow = new Map<number, number | null>();
  const stayByRow = new Map<number, number | null>();
  for (const r of rows ?? movingRows(run)) {
    byRow.set(r, orNull(search.withoutPair(r)));
    stayByRow.set(r, orNull(search.ifStays(r)));
  }
  return { byRow, stayByRow, unavailable: null };
}

const orNull = (answer: MarginAnswer): number | null => answer ?? null;

/** Graph rows whose employee ends in another position. */
export function movingRows(run: PlanRun): number[] {
  const { graph, finalIndex, scoring } = run;
  const rows: number[] = [];
  graph.rowEmployee.forEach((e, r) => {
    if ((finalIndex[e] ?? -1) !== (scoring.index.currentPosition[e] ?? -1)) rows.push(r);
  });
  return rows;
}

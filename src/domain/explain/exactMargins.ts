/**
 * The margin of a move (SPEC §8): how much the plan's total value drops when the move is
 * taken away, i.e. the optimum of the same problem without that edge. Exact, and without
 * re-solving: the plan's optimal LP duals make every residual arc's reduced cost ≥ 0, and
 * the best plan without edge (r, c) differs from the plan by the cheapest residual cycle
 * through the reversed edge c → r. Its cost is the reduced-cost shortest path from row r
 * to column c (one Dijkstra per move). Rows, columns and a sink form the residual graph:
 *   row i → column j  for an unused edge, reduced cost u_i + v_j − w_ij;
 *   column j → row i  for a used edge, reduced cost 0;
 *   column j → sink   when j has spare capacity (v_j = 0), cost 0;
 *   sink → column j   when j holds someone, cost v_j.
 * The same search prices the opposite question for a runner-up: forcing an unused edge
 * (i, c) into the plan costs its reduced cost plus the shortest path from column c back to
 * row i. Under side constraints (SPEC §6) the unconstrained optimum is not the plan's
 * yardstick, so such plans get no margins; nor does a plan its duals do not certify.
 *
 * Each search explores the part of the graph closer than its answer, so the work grows
 * with the plan's size times the number of questions. A work budget (arc relaxations,
 * counted, so the cut is deterministic) keeps very large plans within seconds.
 */
import type { PlanRun } from '../plan/buildPlan';
import { ColumnHeap } from '../solver/columnHeap';

export interface MarginResult {
  /** Drop of the total value without this employee–position pair, per requested graph row; null when no plan exists without it. */
  readonly byRow: ReadonlyMap<number, number | null>;
  /** Drop of the total value when the employee stays in the current post instead, per requested graph row. */
  readonly stayByRow: ReadonlyMap<number, number | null>;
  /** Why no margins were computed, or null when they were. */
  readonly unavailable: MarginsUnavailable | null;
}

interface Residual {
  readonly assignedEdge: Int32Array;
  readonly assignedCol: Int32Array;
  readonly load: Int32Array;
  /** Rows assigned to each column, CSR: rows of column j are colRows[colStart[j] .. colStart[j+1]). */
  readonly colStart: Int32Array;
  readonly colRows: Int32Array;
}

/** Why a plan gets no margins. */
export type MarginsUnavailable = 'sideConstraints' | 'dualsDoNotCertifyPlan';

/**
 * An exact answer: the drop of the plan's total value (≥ 0); null when no plan exists under
 * the question's condition; undefined when the work budget ran out before the answer.
 */
export type MarginAnswer = number | null | undefined;

/** Exact value questions about one certified plan. */
export interface MarginSearch {
  /** The best plan without graph row `r`'s employee–position pair. */
  withoutPair(r: number): MarginAnswer;
  /** The best plan in which row `r`'s employee stays in the current post. */
  ifStays(r: number): MarginAnswer;
  /** The best plan that uses the unused edge `k` (CSR edge index) of row `r`. */
  forcedEdge(r: number, k: number): MarginAnswer;
}

/**
 * The exact margin search over a plan, or why there is none. `workBudget` bounds the arc
 * relaxations of all its searches together (default: no bound).
 *
 * @example
 * const found = marginSearch(run);
 * if ('search' in found) found.search.withoutPair(row) // 0: an equally good plan exists without this move
 */
export function marginSearch(run: PlanRun, workBudget = Infinity): { readonly search: MarginSearch } | { readonly unavailable: MarginsUnavailable } {
  const { maxMoves, maxOutflowPerUnit, noNetLossInShortage } = run.scoring.policy.constraints;
  if (maxMoves !== null || maxOutflowPerUnit || noNetLossInShortage) return { unavailable: 'sideConstraints' };
  const residual = residualOf(run);
  if (residual === null || !dualsCertify(run, residual)) return { unavailable: 'dualsDoNotCertifyPlan' };
  const search = createSearch(run, residual, { left: workBudget });
  const R = run.problem.rows;
  const questions: MarginSearch = {
    withoutPair: (r) => search(r, R + (residual.assignedCol[r] ?? 0), -1),
    ifStays: (r) => {
      // The row may only leave through its stay edge.
      const e = run.graph.rowEmployee[r] ?? -1;
      const stayCol = run.graph.columnOfPosition[run.scoring.index.currentPosition[e] ?? -1] ?? -1;
      return stayCol >= 0 ? search(r, R + (residual.assignedCol[r] ?? 0), stayCol) : null;
    },
    forcedEdge: (r, k) => {
      if (k === residual.assignedEdge[r]) return 0;
      const c = run.problem.edgeCol[k] ?? 0;
      const reduced = (run.rowDual[r] ?? 0) + (run.colDual[c] ?? 0) - (run.problem.edgeWeight[k] ?? 0);
      const back = search(R + c, r, -1);
      return back === null || back === undefined ? back : reduced + back;
    },
  };
  return { search: questions };
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
    byRow.set(r, search.withoutPair(r) ?? null);
    stayByRow.set(r, search.ifStays(r) ?? null);
  }
  return { byRow, stayByRow, unavailable: null };
}

/** Graph rows whose employee ends in another position. */
export function movingRows(run: PlanRun): number[] {
  const { graph, finalIndex, scoring } = run;
  const rows: number[] = [];
  graph.rowEmployee.forEach((e, r) => {
    if ((finalIndex[e] ?? -1) !== (scoring.index.currentPosition[e] ?? -1)) rows.push(r);
  });
  return rows;
}

function residualOf(run: PlanRun): Residual | null {
  const { problem, graph, finalIndex } = run;
  const assignedEdge = new Int32Array(problem.rows);
  const assignedCol = new Int32Array(problem.rows);
  const load = new Int32Array(problem.cols);
  for (let r = 0; r < problem.rows; r++) {
    const c = graph.columnOfPosition[finalIndex[graph.rowEmployee[r] ?? -1] ?? -1] ?? -1;
    let edge = -1;
    for (let k = problem.rowStart[r] ?? 0; k < (problem.rowStart[r + 1] ?? 0); k++) if (problem.edgeCol[k] === c) edge = k;
    if (edge < 0) return null;
    assignedEdge[r] = edge;
    assignedCol[r] = c;
    load[c] = (load[c] ?? 0) + 1;
  }
  const colStart = new Int32Array(problem.cols + 1);
  for (let c = 0; c < problem.cols; c++) colStart[c + 1] = (colStart[c] ?? 0) + (load[c] ?? 0);
  const fill = colStart.slice(0, problem.cols);
  const colRows = new Int32Array(problem.rows);
  for (let r = 0; r < problem.rows; r++) {
    const c = assignedCol[r] ?? 0;
    colRows[fill[c] ?? 0] = r;
    fill[c] = (fill[c] ?? 0) + 1;
  }
  return { assignedEdge, assignedCol, load, colStart, colRows };
}

/** Dual feasibility and complementary slackness for the plan's own assignment (integers, so exact). */
function dualsCertify(run: PlanRun, residual: Residual): boolean {
  const { problem, rowDual: u, colDual: v } = run;
  if (u.length !== problem.rows || v.length !== problem.cols) return false;
  for (let c = 0; c < problem.cols; c++) {
    const vc = v[c] ?? -1;
    if (vc < 0 || ((residual.load[c] ?? 0) < (problem.capacity[c] ?? 0) && vc !== 0)) return false;
  }
  for (let r = 0; r < problem.rows; r++) {
    const ur = u[r] ?? 0;
    for (let k = problem.rowStart[r] ?? 0; k < (problem.rowStart[r + 1] ?? 0); k++) {
      const slack = ur + (v[problem.edgeCol[k] ?? 0] ?? 0) - (problem.edgeWeight[k] ?? 0);
      if (slack < 0 || (k === residual.assignedEdge[r] && slack !== 0)) return false;
    }
  }
  return true;
}

/**
 * A reusable Dijkstra over the residual graph, with reduced costs: nodes are rows, then
 * columns, then the sink. With `onlyCol` ≥ 0 a start row may leave only through its edge to
 * that column. Returns the distance from `start` to `target`, null when unreachable,
 * undefined once the shared work budget is spent.
 */
function createSearch(run: PlanRun, residual: Residual, budget: { left: number }): (start: number, target: number, onlyCol: number) => MarginAnswer {
  const { problem, rowDual: u, colDual: v } = run;
  const R = problem.rows;
  const C = problem.cols;
  const sink = R + C;
  // The sink's arcs in order of cost: a cursor node walks them lazily instead of relaxing every column at once.
  const cursor = R + C + 1;
  const byPrice = Int32Array.from({ length: C }, (_, j) => j)
    .filter((j) => (residual.load[j] ?? 0) > 0)
    .sort((a, b) => (v[a] ?? 0) - (v[b] ?? 0) || a - b);
  let next = 0;
  let sinkDistance = 0;
  const dist = new Float64Array(R + C + 2).fill(Infinity);
  const done = new Uint8Array(R + C + 2);
  const heap = new ColumnHeap(R + C + 2, dist);
  const touched: number[] = [];
  let goal = 0;
  const relax = (node: number, d: number) => {
    budget.left--;
    // Nothing at or beyond the target's tentative distance can shorten the path to it.
    if (done[node] === 1 || d >= (dist[node] ?? Infinity) || (node !== goal && d >= (dist[goal] ?? Infinity))) return;
    if (dist[node] === Infinity) touched.push(node);
    dist[node] = d;
    if (heap.contains(node)) heap.decrease(node);
    else heap.push(node);
  };
  const advanceCursor = () => {
    while (next < byPrice.length && done[R + (byPrice[next] ?? 0)] === 1) next++;
    if (next < byPrice.length) {
      // The cursor comes back with a larger key: it re-enters the heap as a new node would.
      done[cursor] = 0;
      dist[cursor] = Infinity;
      relax(cursor, sinkDistance + (v[byPrice[next] ?? 0] ?? 0));
    }
  };
  return (start: number, target: number, onlyCol: number) => {
    let result: MarginAnswer = null;
    goal = target;
    next = 0;
    relax(start, 0);
    while (heap.length > 0) {
      if (budget.left < 0) {
        result = undefined;
        break;
      }
      const node = heap.pop();
      done[node] = 1;
      const d = dist[node] ?? 0;
      // Every node left is at least d away: a target already reached at d is final (this
      // cuts the wide plateaus of zero reduced cost that equal alternatives create).
      if (node === target || (dist[target] ?? Infinity) <= d) {
        result = dist[target] ?? d;
        break;
      }
      if (node < R) {
        const ui = u[node] ?? 0;
        for (let k = problem.rowStart[node] ?? 0; k < (problem.rowStart[node + 1] ?? 0); k++) {
          const j = problem.edgeCol[k] ?? 0;
          if (k === residual.assignedEdge[node] || (node === start && onlyCol >= 0 && j !== onlyCol)) continue;
          relax(R + j, d + ui + (v[j] ?? 0) - (problem.edgeWeight[k] ?? 0));
        }
      } else if (node < sink) {
        const j = node - R;
        for (let t = residual.colStart[j] ?? 0; t < (residual.colStart[j + 1] ?? 0); t++) relax(residual.colRows[t] ?? 0, d);
        if ((residual.load[j] ?? 0) < (problem.capacity[j] ?? 0)) relax(sink, d);
      } else if (node === sink) {
        sinkDistance = d;
        // A target column is priced at once: the bound it gives prunes the rest of the search.
        if (target >= R && target < sink && (residual.load[target - R] ?? 0) > 0) relax(target, d + (v[target - R] ?? 0));
        advanceCursor();
      } else {
        // The cursor: the cheapest column not yet settled through the sink.
        const j = byPrice[next] ?? 0;
        next++;
        relax(R + j, d);
        advanceCursor();
      }
    }
    heap.clear();
    for (const node of touched) {
      dist[node] = Infinity;
      done[node] = 0;
    }
    touched.length = 0;
    return result;
  };
}

/**
 * The exact capacitated assignment with concave group values: maximise Σ edge weights +
 * Σ_g value_g(load_g), every row on exactly one of its edges, column j taking at most
 * capacity[j] rows, the columns of group g adding value_g of the rows they hold together.
 *
 * Method: the min-cost flow rows → columns → groups → sink, the group → sink arcs priced by
 * the marginals (increasing costs, so flow takes them in order), solved by successive
 * shortest paths with potentials (`augmentGrouped.ts`). The starting potentials price every
 * group at its first marginal (π_sink = 0, π_group = first marginal, π_col = π_group, or 0
 * for an ungrouped column), so a row whose best option is still worth its full price is
 * placed without a search. Three passes: rows on their `start` column when that is tight (row
 * order); then, most valuable first, every row whose best option is tight; then the rest, each
 * by a search, the potentials refreshed from the sink (`refreshGroupedPotentials.ts`) first
 * and again whenever the searches have settled 16 times the nodes of one whole pass. Any
 * order of rows is exact; the order only saves work. The answer carries LP duals (rows,
 * columns, groups) or a Hall witness, which `checkGroupedCertificate` verifies independently.
 *
 * Determinism: the passes visit rows in a fixed order (the second by value, ties by lower row
 * index) and every search breaks ties by lower column (then group) index, so equal inputs
 * give the identical assignment. `stats.initiallyAssigned` counts the rows placed without a
 * search, `stats.augmentations` the searches.
 */

import { edgeOf, type AssignmentProblem } from './assignmentProblem';
import { emptyAssignmentSolution, type Certificate, type SolveOptions, type SolveStats } from './assignmentSolution';
import { augmentGrouped, createGroupedScratch, type GroupedState } from './augmentGrouped';
import { placeOnTightEdge, placeOnTightPath } from './tightPlacement';
import { groupValue, maxAbsGroupValue, nextMarginal, type ColumnGroups } from './columnGroups';
import type { GroupedSolution } from './groupedSolution';
import { ColumnHeap } from './columnHeap';
import { ArcStore } from './arcStore';
import { createSolverState, hallWitness } from './solverState';
import { columnEdges, refreshGroupedPotentials, type ColumnEdges } from './refreshGroupedPotentials';

/** Nodes the searches may settle between two refreshes of the potentials, in whole passes. */
const REFRESH_AFTER_PASSES = 16;

/**
 * Columns with at most this many arcs keep them plain rather than indexed (`columnArcs.ts`):
 * below it a search reads a column's arcs whole (passing over runs that cannot help) for less
 * than sorting them costs; measured on the 50,000-row plan and the province instance.
 */
const PLAIN_ARCS_MAX = 256;

/** The largest |edge weight| (NaN if one is NaN) and whether every weight is an integer. */
function weightRange(p: AssignmentProblem): { max: number; integral: boolean } {
  const w = p.edgeWeight;
  let max = 0;
  let integral = true;
  for (let e = 0; e < w.length; e++) {
    const x = w[e] as number;
    const a = Math.abs(x);
    if (!(a <= max)) max = a;
    if (Math.floor(x) !== x) integral = false;
  }
  return { max, integral };
}

/** Potentials stay exact only while every path sum fits in 2^53. */
function assertValuesExact(p: AssignmentProblem, groups: ColumnGroups, maxWeight: number): void {
  const max = Math.max(maxAbsGroupValue(groups), maxWeight);
  if (!Number.isFinite(max) || max * 4 * (p.rows + p.cols + groups.count + 4) > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(`weights and group values up to ${max} are too large for exact potentials on ${p.rows} rows`);
  }
}

function createGroupedState(problem: AssignmentProblem, groups: ColumnGroups, plainArcsMax: number): GroupedState {
  const base = createSolverState(problem);
  const { cols } = problem;
  const piGroup = new Float64Array(groups.count);
  for (let g = 0; g < groups.count; g++) piGroup[g] = nextMarginal(groups, g, 0);
  const groupColStart = new Int32Array(groups.count + 1);
  for (let j = 0; j < cols; j++) {
    const g = groups.colGroup[j] as number;
    if (g >= 0) groupColStart[g + 1] = (groupColStart[g + 1] as number) + 1;
  }
  for (let g = 0; g < groups.count; g++) groupColStart[g + 1] = (groupColStart[g + 1] as number) + (groupColStart[g] as number);
  const fill = groupColStart.slice(0, groups.count);
  const groupCols = new Int32Array(groupColStart[groups.count] as number);
  for (let j = 0; j < cols; j++) {
    const g = groups.colGroup[j] as number;
    if (g < 0) continue;
    base.v[j] = piGroup[g] as number;
    groupCols[fill[g] as number] = j;
    fill[g] = (fill[g] as number) + 1;
  }
  return {
    ...base,
    groups,
    piGroup,
    piSink: 0,
    groupLoad: new Int32Array(groups.count),
    groupColStart,
    groupCols,
    arcs: new ArcStore(cols, plainArcsMax),
    arcsStale: new Uint8Array(cols).fill(1),
    arcsMinKey: new Float64Array(cols).fill(Infinity),
  };
}

function emptySolution(
  p: AssignmentProblem,
  groups: ColumnGroups,
  status: 'infeasible' | 'cancelled',
  certificate: Certificate,
  stats: SolveStats,
): GroupedSolution {
  return {
    ...emptyAssignmentSolution(p.rows, p.cols, status, certificate, stats),
    groupLoad: new Int32Array(groups.count),
    groupDual: new Float64Array(groups.count),
    groupObjective: 0,
  };
}

/**
 * Max-form LP duals from the potentials: u_i = π_i − π_sink, ρ_g = π_g − π_sink and
 * v_j = max(0, π_g − π_j) (π_sink in place of π_g for an ungrouped column).
 */
function optimalSolution(s: GroupedState, stats: SolveStats): GroupedSolution {
  const { rows, cols, edgeWeight: w, capacity } = s.problem;
  const { v, piGroup, piSink, groups, groupLoad } = s;
  const rowDual = new Float64Array(rows);
  const colDual = new Float64Array(cols);
  const groupDual = new Float64Array(groups.count);
  let objective = 0;
  let dualObjective = 0;
  for (let i = 0; i < rows; i++) {
    const weight = w[s.rowEdge[i] as number] as number;
    objective += weight;
    const u = (v[s.rowCol[i] as number] as number) + weight - piSink + 0;
    rowDual[i] = u;
    dualObjective += u;
  }
  for (let j = 0; j < cols; j++) {
    const g = groups.colGroup[j] as number;
    const vj = Math.max(0, (g < 0 ? piSink : (piGroup[g] as number)) - (v[j] as number)) + 0;
    colDual[j] = vj;
    if (vj !== 0) dualObjective += vj * (capacity[j] as number);
  }
  let groupObjective = 0;
  for (let g = 0; g < groups.count; g++) {
    const rho = (piGroup[g] as number) - piSink + 0;
    groupDual[g] = rho;
    groupObjective += groupValue(groups, g, groupLoad[g] as number);
    for (let k = groups.groupStart[g] as number; k < (groups.groupStart[g + 1] as number); k++)
      dualObjective += Math.max(0, (groups.marginal[k] as number) - rho);
  }
  return {
    status: 'optimal',
    feasible: true,
    assignment: s.rowCol.slice(),
    assignedEdge: s.rowEdge.slice(),
    objective: objective + groupObjective,
    rowDual,
    colDual,
    certificate: { kind: 'duals', dualObjective },
    stats,
    groupLoad: groupLoad.slice(),
    groupDual,
    groupObjective,
  };
}

/** −(best value row i can take without moving anyone): edge weight plus its group's next marginal. */
function directKey(s: GroupedState, i: number): number {
  const { rowStart, edgeCol, edgeWeight: w, capacity } = s.problem;
  const { groups, colCount, groupLoad } = s;
  let best = Infinity;
  for (let e = rowStart[i] as number, end = rowStart[i + 1] as number; e < end; e++) {
    const j = edgeCol[e] as number;
    if ((colCount[j] as number) >= (capacity[j] as number)) continue;
    const g = groups.colGroup[j] as number;
    const cost = -(w[e] as number) - (g < 0 ? 0 : nextMarginal(groups, g, groupLoad[g] as number));
    if (cost < best) best = cost;
  }
  return best;
}

/** Solve options plus a start: a column per row (-1 for none) that rows take first where that is already optimal. */
export interface GroupedSolveOptions extends SolveOptions {
  /**
   * Each row's likely column (e.g. where it is now). Rows whose start edge is one of their
   * cheapest and tight to the sink are placed there before the others, in row order; the
   * answer is exact with or without it, only the work (and ties) differ.
   */
  readonly start?: ArrayLike<number>;
  /**
   * Columns with at most this many arcs to other columns keep them plain, the others indexed
   * (`columnArcs.ts`); the answer is the same for every value, only the work differs. Plain arcs
   * are used only where the weights are integers whose differences fit a 32-bit integer.
   * Default 256.
   */
  readonly plainArcsMax?: number;
}

/** A Hall witness when a row has no edge or the columns cannot hold every row; else null. */
function obviousInfeasibility(p: AssignmentProblem): { rows: Int32Array; cols: Int32Array } | null {
  for (let i = 0; i < p.rows; i++) if (p.rowStart[i] === p.rowStart[i + 1]) return { rows: Int32Array.of(i), cols: new Int32Array(0) };
  let totalCapacity = 0;
  for (let j = 0; j < p.cols; j++) totalCapacity += p.capacity[j] as number;
  if (totalCapacity >= p.rows) return null;
  return { rows: Int32Array.from({ length: p.rows }, (_, i) => i), cols: Int32Array.from({ length: p.cols }, (_, j) => j) };
}

/**
 * Solves the assignment with concave group values exactly (maximising edge weights plus
 * group values). Throws a RangeError when `groups` does not describe the problem's columns
 * or the values are too large for exact arithmetic.
 *
 * @example
 * // Two rows, two columns of one group whose second row is worth less: 10 then 1.
 * const groups = buildColumnGroups({ cols: 3, colGroup: [0, 0, -1], marginals: [[10, 1]], tail: [0] });
 * if (groups.ok) solveGroupedAssignment(problem, groups.value).objective;
 */
export function solveGroupedAssignment(
  problem: AssignmentProblem,
  groups: ColumnGroups,
  options: GroupedSolveOptions = {},
): GroupedSolution {
  if (groups.colGroup.length !== problem.cols)
    throw new RangeError(`groups describe ${groups.colGroup.length} columns, the problem has ${problem.cols}`);
  const weights = weightRange(problem);
  assertValuesExact(problem, groups, weights.max);
  const { rows } = problem;
  const hall = obviousInfeasibility(problem);
  if (hall !== null)
    return emptySolution(
      problem,
      groups,
      'infeasible',
      { kind: 'hall', ...hall },
      { method: 'sparse', initiallyAssigned: 0, augmentations: 0 },
    );
  const plainArcsMax = weights.integral && 2 * weights.max <= 0x7fffffff ? (options.plainArcsMax ?? PLAIN_ARCS_MAX) : 0;
  const s = createGroupedState(problem, groups, plainArcsMax);
  // Rows go most valuable first (their best placement without moving anyone), which keeps
  // rows from taking places others value more; the order only saves work, each step is exact.
  let initiallyAssigned = 0;
  const start = options.start;
  if (start !== undefined && start.length === rows) {
    for (let i = 0; i < rows; i++) {
      const e = edgeOf(problem, i, start[i] as number);
      if (e >= 0 && placeOnTightEdge(s, i, e)) initiallyAssigned++;
    }
  }
  const key = new Float64Array(rows);
  const queue = new ColumnHeap(rows, key);
  for (let i = 0; i < rows; i++) {
    if ((s.rowCol[i] as number) >= 0) continue;
    key[i] = directKey(s, i);
    queue.push(i);
  }
  let augmentations = 0;
  const stats = (): SolveStats => ({ method: 'sparse', initiallyAssigned, augmentations });
  const { onProgress, isCancelled } = options;
  onProgress?.(rows === 0 ? 1 : 0);
  const scratch = createGroupedScratch(problem.cols, groups.count);
  let placed = initiallyAssigned;
  let lastPercent = -1;
  let edgesIntoColumns: ColumnEdges | null = null;
  const deferred: number[] = [];
  const progress = (): boolean => {
    if ((placed & 31) === 0) {
      if (isCancelled?.()) return false;
      const percent = Math.floor((100 * placed) / rows);
      if (onProgress && percent !== lastPercent) {
        lastPercent = percent;
        onProgress(placed / rows);
      }
    }
    placed++;
    return true;
  };
  // First every row whose best option is tight all the way to the sink; the others wait for
  // potentials refreshed from the sink, so their searches start from current prices.
  while (queue.length > 0) {
    const r = queue.pop();
    const current = directKey(s, r);
    if (current > (key[r] as number)) {
      key[r] = current;
      queue.push(r);
      continue;
    }
    if (placeOnTightPath(s, r)) {
      if (!progress()) return emptySolution(problem, groups, 'cancelled', { kind: 'none' }, stats());
      initiallyAssigned++;
    } else deferred.push(r);
  }
  // Searches pay for stale prices (a group still priced at a marginal it has passed): once they
  // have settled REFRESH_AFTER_PASSES times the nodes of a whole pass, the potentials are refreshed.
  const refreshAfter = REFRESH_AFTER_PASSES * (problem.cols + groups.count + 1);
  let searched = Infinity;
  for (const r of deferred) {
    if (!progress()) return emptySolution(problem, groups, 'cancelled', { kind: 'none' }, stats());
    if (searched >= refreshAfter) {
      edgesIntoColumns ??= columnEdges(problem);
      refreshGroupedPotentials(s, scratch, edgesIntoColumns);
      searched = 0;
    }
    if (placeOnTightPath(s, r)) {
      initiallyAssigned++;
      continue;
    }
    augmentations++;
    if (!augmentGrouped(s, scratch, r)) {
      const cols = Int32Array.from(scratch.settled.subarray(0, scratch.settledCount)).filter((node) => node < problem.cols);
      const witness = hallWitness(s, r, cols, cols.length);
      return emptySolution(problem, groups, 'infeasible', { kind: 'hall', ...witness }, stats());
    }
    searched += scratch.settledCount;
  }
  onProgress?.(1);
  return optimalSolution(s, stats());
}

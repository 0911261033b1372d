/**
 * The runner-up for a position (docs/sheets.md#justifikasi): the best other candidate the plan could have put
 * there — the highest-valued edge into the same column of the candidate graph whose
 * employee is not placed there and does not hold it now — and why they scored lower.
 */
import type { PlanRun } from '../plan/buildPlan';
import { COMPONENTS } from '../rules';
import { fitPercent } from '../scoring';
import { componentScores } from './componentScores';
import type { Employee, Position } from '../model/types';

/** A component (or a cost) where the chosen employee is ahead of the runner-up. */
export interface ComponentGap {
  /** Component name, or `specialPenalty` when the runner-up carries the special-circumstances penalty. */
  readonly key: string;
  readonly chosenScore: number;
  readonly otherScore: number;
  /** Value difference in favour of the chosen employee. */
  readonly value: number;
}

export interface RunnerUp {
  readonly employee: Employee;
  /** The runner-up's value (pair value) in the position. */
  readonly value: number;
  readonly fit: number;
  /** Where the plan puts the runner-up. */
  readonly placed: Position;
  readonly moved: boolean;
  /** Where the chosen employee is ahead, the largest difference first (at most three). */
  readonly lower: readonly ComponentGap[];
  /** Exact drop of the plan's total value if the runner-up were placed here instead; null when not computed. */
  readonly placementCost: number | null;
}

/** A runner-up as found in the graph: the candidate, and their graph row and edge, for pricing. */
export interface FoundRunnerUp {
  readonly runnerUp: RunnerUp;
  readonly row: number;
  readonly edge: number;
}

/**
 * A finder of runner-ups over one plan: index the candidate graph's columns once, then ask
 * per proposal by its graph row. The placement cost is left null for the caller to price.
 */
export function runnerUpFinder(run: PlanRun): (row: number) => FoundRunnerUp | null {
  const { problem, graph, finalIndex, scoring } = run;
  const { bestEdge, bestRow } = bestOtherEdges(run);
  return (row) => {
    const e = graph.rowEmployee[row] ?? -1;
    const p = finalIndex[e] ?? -1;
    const c = graph.columnOfPosition[p] ?? -1;
    if (c < 0) return null;
    const best = bestEdge[c] as number;
    if (best < 0) return null;
    const otherRow = bestRow[c] as number;
    const other = graph.rowEmployee[otherRow] ?? -1;
    const placed = finalIndex[other] ?? -1;
    const runnerUp: RunnerUp = {
      employee: scoring.tables.employees[other]!,
      value: problem.edgeWeight[best] ?? 0,
      fit: fitPercent(scoring, other, p),
      placed: scoring.tables.positions[placed]!,
      moved: placed !== scoring.index.currentPosition[other],
      lower: gaps(run, e, other, p),
      placementCost: null,
    };
    return { runnerUp, row: otherRow, edge: best };
  };
}

/**
 * For every column, the highest-valued edge into it (ties: the lowest edge) from a row whose
 * employee is neither placed in its position nor holds it now, and that edge's row; -1 when
 * none. The chosen employee is placed in the position, so this depends on the column only:
 * one pass over the edges in row order serves every proposal.
 */
function bestOtherEdges(run: PlanRun): { bestEdge: Int32Array; bestRow: Int32Array } {
  const { problem, graph, finalIndex, scoring } = run;
  const bestEdge = new Int32Array(problem.cols).fill(-1);
  const bestRow = new Int32Array(problem.cols).fill(-1);
  const bestWeight = new Float64Array(problem.cols).fill(-Infinity);
  for (let r = 0; r < problem.rows; r++) {
    const e = graph.rowEmployee[r] ?? -1;
    const placed = finalIndex[e] ?? -1;
    const holds = scoring.index.currentPosition[e] ?? -1;
    for (let k = problem.rowStart[r] ?? 0; k < (problem.rowStart[r + 1] ?? 0); k++) {
      const c = problem.edgeCol[k] ?? 0;
      const p = graph.colPosition[c] ?? -1;
      const weight = problem.edgeWeight[k] ?? 0;
      // Edges come in ascending order: only a strictly higher value replaces the best so far.
      if (p === placed || p === holds || weight <= (bestWeight[c] as number)) continue;
      bestEdge[c] = k;
      bestRow[c] = r;
      bestWeight[c] = weight;
    }
  }
  return { bestEdge, bestRow };
}

function gaps(run: PlanRun, chosen: number, other: number, p: number): ComponentGap[] {
  const { scoring } = run;
  const weights = scoring.policy.scoring.weights;
  const a = componentScores(scoring, chosen, p);
  const b = componentScores(scoring, other, p);
  const result: ComponentGap[] = [];
  COMPONENTS.forEach((key, i) => {
    const chosenScore = a[i] ?? 0;
    const otherScore = b[i] ?? 0;
    const value = weights[key] * chosenScore - weights[key] * otherScore;
    if (value > 0) result.push({ key, chosenScore, otherScore, value });
  });
  const special = specialPenalty(run, other, p) - specialPenalty(run, chosen, p);
  if (special > 0)
    result.push({
      key: 'specialPenalty',
      chosenScore: specialPenalty(run, chosen, p),
      otherScore: specialPenalty(run, other, p),
      value: special,
    });
  // Stable sort: equal differences keep the component order.
  return result.sort((x, y) => y.value - x.value).slice(0, 3);
}

/** The special-circumstances penalty of placing employee `e` in position `p` (none for staying). */
function specialPenalty(run: PlanRun, e: number, p: number): number {
  const { scoring } = run;
  const moves = p !== (scoring.index.currentPosition[e] ?? -1);
  return moves && scoring.employeeSpecial[e] === 1 ? scoring.policy.rules.specialCircumstances.penalty : 0;
}

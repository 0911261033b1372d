/**
 * The runner-up for a position (docs/sheets.md#justifikasi): the best other candidate the plan could have put
 * there — the highest-valued edge into the same column of the candidate graph whose
 * employee is not placed there and does not hold it now — and why they scored lower.
 */
import type { PlanRun } from '../plan/buildPlan';
import { valueBreakdown, fitPercent } from '../scoring';
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
  // Edges by column (CSC), rows ascending (NIP order).
  const colStart = new Int32Array(problem.cols + 1);
  for (const c of problem.edgeCol) colStart[c + 1] = (colStart[c + 1] ?? 0) + 1;
  for (let c = 0; c < problem.cols; c++) colStart[c + 1] = (colStart[c + 1] ?? 0) + (colStart[c] ?? 0);
  const fill = colStart.slice(0, problem.cols);
  const colEdges = new Int32Array(problem.edgeCol.length);
  const edgeRow = new Int32Array(problem.edgeCol.length);
  for (let r = 0; r < problem.rows; r++) {
    for (let k = problem.rowStart[r] ?? 0; k < (problem.rowStart[r + 1] ?? 0); k++) {
      const c = problem.edgeCol[k] ?? 0;
      colEdges[fill[c] ?? 0] = k;
      fill[c] = (fill[c] ?? 0) + 1;
      edgeRow[k] = r;
    }
  }

  /** The best edge into column c of position p from someone neither placed in p nor holding it (-1: none). */
  const bestEdgeInto = (c: number, p: number): number => {
    let best = -1;
    for (let t = colStart[c] ?? 0; t < (colStart[c + 1] ?? 0); t++) {
      const k = colEdges[t] ?? 0;
      const other = graph.rowEmployee[edgeRow[k] ?? 0] ?? -1;
      if (finalIndex[other] === p || scoring.index.currentPosition[other] === p) continue;
      if (
        best < 0 ||
        (problem.edgeWeight[k] ?? 0) > (problem.edgeWeight[best] ?? 0) ||
        ((problem.edgeWeight[k] ?? 0) === (problem.edgeWeight[best] ?? 0) && k < best)
      )
        best = k;
    }
    return best;
  };
  // The chosen employee is placed in p, so the best edge depends on the position only: one scan per position.
  const bestOfPosition = new Map<number, number>();

  return (row) => {
    const e = graph.rowEmployee[row] ?? -1;
    const p = finalIndex[e] ?? -1;
    const c = graph.columnOfPosition[p] ?? -1;
    if (c < 0) return null;
    let best = bestOfPosition.get(p);
    if (best === undefined) {
      best = bestEdgeInto(c, p);
      bestOfPosition.set(p, best);
    }
    if (best < 0) return null;
    const otherRow = edgeRow[best] ?? 0;
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

function gaps(run: PlanRun, chosen: number, other: number, p: number): ComponentGap[] {
  const a = valueBreakdown(run.scoring, chosen, p);
  const b = valueBreakdown(run.scoring, other, p);
  const result: ComponentGap[] = a.components
    .map((component, i) => {
      const theirs = b.components[i];
      return {
        key: component.name,
        chosenScore: component.score,
        otherScore: theirs?.score ?? 0,
        value: component.weighted - (theirs?.weighted ?? 0),
      };
    })
    .filter((gap) => gap.value > 0);
  const special = b.specialPenalty - a.specialPenalty;
  if (special > 0) result.push({ key: 'specialPenalty', chosenScore: a.specialPenalty, otherScore: b.specialPenalty, value: special });
  // Stable sort: equal differences keep the component order.
  return result.sort((x, y) => y.value - x.value).slice(0, 3);
}

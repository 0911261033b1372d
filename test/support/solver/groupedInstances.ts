/**
 * Test support for the grouped solver: seeded random column groups with concave values, and
 * an exhaustive reference that adds group values to every enumerated assignment.
 */

import type { AssignmentProblem } from '../../../src/domain/solver/assignmentProblem';
import { buildColumnGroups, groupValue, type ColumnGroups } from '../../../src/domain/solver/columnGroups';
import { randomInt, randomSparseProblem } from './randomInstance';

export interface RandomGroupsSpec {
  readonly groups: number;
  /** Probability that a column belongs to no group. */
  readonly ungrouped: number;
  readonly maxListed: number;
  readonly maxMarginal: number;
  /** Allow negative marginals and tails (a group that would rather stay small). */
  readonly negative?: boolean;
}

/** Random groups over `cols` columns: each group's marginals drawn and sorted non-increasing. */
export function randomColumnGroups(rand: () => number, cols: number, spec: RandomGroupsSpec): ColumnGroups {
  const colGroup = Array.from({ length: cols }, () =>
    spec.groups === 0 || rand() < spec.ungrouped ? -1 : randomInt(rand, 0, spec.groups - 1),
  );
  const lo = spec.negative === true ? -spec.maxMarginal : 0;
  const marginals: number[][] = [];
  const tail: number[] = [];
  for (let g = 0; g < spec.groups; g++) {
    const list = Array.from({ length: randomInt(rand, 0, spec.maxListed) }, () => randomInt(rand, lo, spec.maxMarginal)).sort(
      (a, b) => b - a,
    );
    marginals.push(list);
    const last = list.length > 0 ? (list[list.length - 1] as number) : spec.maxMarginal;
    tail.push(Math.min(last, randomInt(rand, lo, Math.max(lo, last))));
  }
  const built = buildColumnGroups({ cols, colGroup, marginals, tail });
  if (!built.ok) throw new Error(`generator produced invalid groups: ${built.issues[0]?.code ?? ''}`);
  return built.value;
}

/**
 * A grouped instance of the size the margin tests search exhaustively: 40-120 rows over 8-30
 * columns, each row with an edge to its own post, capacities for about two rows per column.
 */
export function randomMarginInstance(rand: () => number, spec: { readonly density: number; readonly negative: boolean }) {
  const rows = randomInt(rand, 40, 120);
  const cols = randomInt(rand, 8, 30);
  const problem = randomSparseProblem(rand, {
    rows,
    cols,
    density: spec.density,
    maxCapacity: Math.ceil((2 * rows) / cols),
    minWeight: -40,
    maxWeight: 200,
    homeEdge: true,
  });
  const groups = randomColumnGroups(rand, cols, {
    groups: randomInt(rand, 2, 8),
    ungrouped: 0.2,
    maxListed: 12,
    maxMarginal: 150,
    negative: spec.negative,
  });
  return { rows, cols, problem, groups };
}

/** Best Σ edge weights + Σ group values over all assignments (null when none fits). */
export function bruteForceGrouped(
  p: AssignmentProblem,
  groups: ColumnGroups,
  accept: (row: number, edge: number) => boolean = () => true,
): number | null {
  const used = new Int32Array(p.cols);
  const load = new Int32Array(groups.count);
  let best: number | null = null;
  const visit = (i: number, total: number): void => {
    if (i === p.rows) {
      let value = total;
      for (let g = 0; g < groups.count; g++) value += groupValue(groups, g, load[g] as number);
      if (best === null || value > best) best = value;
      return;
    }
    for (let e = p.rowStart[i] as number; e < (p.rowStart[i + 1] as number); e++) {
      const j = p.edgeCol[e] as number;
      if ((used[j] as number) >= (p.capacity[j] as number) || !accept(i, e)) continue;
      const g = groups.colGroup[j] as number;
      used[j] = (used[j] as number) + 1;
      if (g >= 0) load[g] = (load[g] as number) + 1;
      visit(i + 1, total + (p.edgeWeight[e] as number));
      used[j] = (used[j] as number) - 1;
      if (g >= 0) load[g] = (load[g] as number) - 1;
    }
  };
  visit(0, 0);
  return best;
}

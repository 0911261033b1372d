/**
 * Concave group values over columns. Columns belong to at most one group; the k-th row
 * placed in group g (in any of its columns) adds a marginal value that never increases
 * with k, so a group's value is a concave function of its load. As a min-cost flow this is
 * one arc per listed marginal from the group node to the sink (costs increasing), plus an
 * uncapacitated tail arc; successive shortest paths use them in order without being told.
 *
 * Values are integers held in Float64Arrays (exact below 2^53, like edge weights).
 */

import { issue, type Issue, type Result } from '../model/issue';
import type { SolverInputCode } from '../model/issueCodes';

/** The groups of a problem's columns and their marginal values, in CSR form. */
export interface ColumnGroups {
  readonly count: number;
  /** Group of each column, -1 = none (such a column's rows add no group value). */
  readonly colGroup: Int32Array;
  /** Length count + 1: marginals of group g are `marginal[groupStart[g] .. groupStart[g+1]-1]`. */
  readonly groupStart: Int32Array;
  /** The k-th row in group g (k = 1..listed) adds `marginal[groupStart[g] + k − 1]`; integers, non-increasing within g. */
  readonly marginal: Float64Array;
  /** Value added by each row beyond the listed ones; at most the last listed marginal. */
  readonly tail: Float64Array;
}

/** Groups as callers describe them: one list of marginals and one tail per group. */
export interface ColumnGroupsInput {
  readonly cols: number;
  readonly colGroup: ArrayLike<number>;
  readonly marginals: readonly ArrayLike<number>[];
  readonly tail: ArrayLike<number>;
}

/**
 * Largest |marginal| or |tail| accepted: the same range as edge weights, so potentials of
 * the grouped solver stay exact under the same bound.
 */
export const MAX_ABS_GROUP_VALUE = 1_000_000_000;
const MAX_ISSUES = 20;

const groupIssue = (code: SolverInputCode, params: Record<string, string | number>): Issue => issue(code, 'error', {}, params);

const validValue = (x: number): boolean => Number.isInteger(x) && Math.abs(x) <= MAX_ABS_GROUP_VALUE;

function checkShape(input: ColumnGroupsInput, issues: Issue[]): void {
  const count = input.marginals.length;
  if (input.colGroup.length !== input.cols)
    issues.push(groupIssue('SOLVER_GROUP_COLUMNS_LENGTH', { expected: input.cols, actual: input.colGroup.length }));
  if (input.tail.length !== count) issues.push(groupIssue('SOLVER_GROUP_TAIL_LENGTH', { expected: count, actual: input.tail.length }));
  for (let j = 0; j < input.colGroup.length && issues.length < MAX_ISSUES; j++) {
    const g = input.colGroup[j] as number;
    if (!Number.isInteger(g) || g < -1 || g >= count)
      issues.push(groupIssue('SOLVER_GROUP_INDEX_RANGE', { col: j, group: g, groups: count }));
  }
}

function checkValues(input: ColumnGroupsInput, issues: Issue[]): void {
  for (let g = 0; g < input.marginals.length && issues.length < MAX_ISSUES; g++) {
    const list = input.marginals[g] as ArrayLike<number>;
    let previous = Infinity;
    for (let k = 0; k < list.length; k++) {
      const m = list[k] as number;
      if (!validValue(m)) {
        issues.push(groupIssue('SOLVER_GROUP_MARGINAL_INVALID', { group: g, position: k + 1, value: m, max: MAX_ABS_GROUP_VALUE }));
        break;
      }
      if (m > previous) {
        issues.push(groupIssue('SOLVER_GROUP_NOT_CONCAVE', { group: g, position: k + 1, value: m, previous }));
        break;
      }
      previous = m;
    }
    const t = input.tail[g] as number;
    if (!validValue(t)) issues.push(groupIssue('SOLVER_GROUP_TAIL_INVALID', { group: g, value: t, max: MAX_ABS_GROUP_VALUE }));
    else if (t > previous) issues.push(groupIssue('SOLVER_GROUP_TAIL_ABOVE_MARGINAL', { group: g, value: t, previous }));
  }
}

/**
 * Builds validated column groups: every column in a group or -1, marginals integers and
 * non-increasing within each group, each tail at most its group's last listed marginal.
 *
 * @example
 * // Columns 0 and 1 form group 0: the first row adds 10, the second 4, any further row 0.
 * const built = buildColumnGroups({ cols: 3, colGroup: [0, 0, -1], marginals: [[10, 4]], tail: [0] });
 */
export function buildColumnGroups(input: ColumnGroupsInput): Result<ColumnGroups> {
  const issues: Issue[] = [];
  checkShape(input, issues);
  if (issues.length === 0) checkValues(input, issues);
  if (issues.length > 0) return { ok: false, issues };
  const count = input.marginals.length;
  const groupStart = new Int32Array(count + 1);
  for (let g = 0; g < count; g++) groupStart[g + 1] = (groupStart[g] as number) + (input.marginals[g] as ArrayLike<number>).length;
  const marginal = new Float64Array(groupStart[count] as number);
  for (let g = 0; g < count; g++) marginal.set(Array.from(input.marginals[g] as ArrayLike<number>), groupStart[g] as number);
  return {
    ok: true,
    value: { count, colGroup: Int32Array.from(input.colGroup), groupStart, marginal, tail: Float64Array.from(input.tail) },
  };
}

/** No groups at all: every column adds nothing beyond its edge weights. */
export function noColumnGroups(cols: number): ColumnGroups {
  return {
    count: 0,
    colGroup: new Int32Array(cols).fill(-1),
    groupStart: new Int32Array(1),
    marginal: new Float64Array(0),
    tail: new Float64Array(0),
  };
}

/** The value the (load + 1)-th row adds to group g. */
export function nextMarginal(groups: ColumnGroups, g: number, load: number): number {
  const at = (groups.groupStart[g] as number) + load;
  return at < (groups.groupStart[g + 1] as number) ? (groups.marginal[at] as number) : (groups.tail[g] as number);
}

/** The value the load-th row added to group g (load ≥ 1). */
export function lastMarginal(groups: ColumnGroups, g: number, load: number): number {
  return nextMarginal(groups, g, load - 1);
}

/**
 * The value of group g holding `load` rows: the sum of its first `load` marginals, the
 * tail standing in for each row beyond the listed ones.
 *
 * @example
 * groupValue(groups, 0, 3) // 10 + 4 + 0 for the groups of the builder's example
 */
export function groupValue(groups: ColumnGroups, g: number, load: number): number {
  const start = groups.groupStart[g] as number;
  const listed = (groups.groupStart[g + 1] as number) - start;
  let value = 0;
  for (let k = 0; k < Math.min(load, listed); k++) value += groups.marginal[start + k] as number;
  if (load > listed) value += (load - listed) * (groups.tail[g] as number);
  return value;
}

/** Largest |value| among the marginals and tails (0 when there are none). */
export function maxAbsGroupValue(groups: ColumnGroups): number {
  let max = 0;
  for (const m of groups.marginal) max = Math.max(max, Math.abs(m));
  for (const t of groups.tail) max = Math.max(max, Math.abs(t));
  return max;
}

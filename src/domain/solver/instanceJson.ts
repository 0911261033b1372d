/**
 * The `mutasi solve FILE.json` command as a pure function of the file's text: parse,
 * validate, solve exactly (or under side constraints), and say so in a few lines. The last
 * line is always one JSON object for machines:
 * `{"feasible", "status", "objective", "bound", "gap", "exact", "assignment"}`
 * (`assignment` = column of each row; nulls when there is none).
 *
 * Exit codes follow the CLI: 0 solved, 1 no feasible assignment, 2 malformed input.
 */

import type { Issue } from '../model/issue';
import { buildAssignmentProblem } from './assignmentProblem';
import { solveAssignment } from './solveAssignment';
import { parseInstanceText, type RawConstraint } from './parseInstanceText';
import type { SideConstraint } from './sideConstraint';
import { solveWithSideConstraints } from './solveWithSideConstraints';

export interface SolveTextResult {
  readonly exitCode: 0 | 1 | 2;
  readonly lines: string[];
}

const ISSUE_TEXT: Record<string, (p: Readonly<Record<string, string | number>>) => string> = {
  SOLVER_ROWS_INVALID: (p) => `"rows" must be a non-negative integer (got ${p['rows']})`,
  SOLVER_COLS_INVALID: (p) => `"cols" must be a non-negative integer (got ${p['cols']})`,
  SOLVER_CAPACITY_LENGTH: (p) => `"capacity" has ${p['actual']} entries, expected ${p['expected']} (one per column)`,
  SOLVER_CAPACITY_INVALID: (p) => `capacity of column ${p['col']} must be a non-negative integer (got ${p['capacity']})`,
  SOLVER_EDGE_ROW_RANGE: (p) => `edge ${p['edge']}: row ${p['row']} is outside 0..${Number(p['rows']) - 1}`,
  SOLVER_EDGE_COL_RANGE: (p) => `edge ${p['edge']}: column ${p['col']} is outside 0..${Number(p['cols']) - 1}`,
  SOLVER_EDGE_WEIGHT_INVALID: (p) => `edge ${p['edge']}: weight ${p['weight']} must be an integer with |w| ≤ ${p['max']}`,
  SOLVER_EDGE_DUPLICATE: (p) => `edge ${p['edge']}: row ${p['row']} already has an edge to column ${p['col']}`,
  SOLVER_EDGE_ARRAYS_LENGTH: () => 'edge arrays differ in length',
  SOLVER_GROUP_COLUMNS_LENGTH: (p) => `the column group list has ${p['actual']} entries, expected ${p['expected']} (one per column)`,
  SOLVER_GROUP_TAIL_LENGTH: (p) => `the group tail values have ${p['actual']} entries, expected ${p['expected']} (one per group)`,
  SOLVER_GROUP_INDEX_RANGE: (p) => `column ${p['col']} is in group ${p['group']}, outside -1..${Number(p['groups']) - 1}`,
  SOLVER_GROUP_MARGINAL_INVALID: (p) =>
    `marginal ${p['position']} of group ${p['group']} must be an integer with |m| ≤ ${p['max']} (got ${p['value']})`,
  SOLVER_GROUP_NOT_CONCAVE: (p) =>
    `marginal ${p['position']} of group ${p['group']} (${p['value']}) is larger than the one before it (${p['previous']})`,
  SOLVER_GROUP_TAIL_INVALID: (p) => `the tail of group ${p['group']} must be an integer with |t| ≤ ${p['max']} (got ${p['value']})`,
  SOLVER_GROUP_TAIL_ABOVE_MARGINAL: (p) =>
    `the tail of group ${p['group']} (${p['value']}) is larger than its last marginal (${p['previous']})`,
};

const describe = (issue: Issue): string => `invalid instance: ${ISSUE_TEXT[issue.code]?.(issue.params) ?? issue.code}`;

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

function mapConstraints(raw: readonly RawConstraint[], edgeIndexOfInput: Int32Array): SideConstraint[] | string {
  const out: SideConstraint[] = [];
  for (let k = 0; k < raw.length; k++) {
    const c = raw[k] as RawConstraint;
    const edges = new Int32Array(c.edges.length);
    for (let t = 0; t < edges.length; t++) {
      const input = c.edges[t] as number;
      if (input < 0 || input >= edgeIndexOfInput.length)
        return `invalid instance: constraint ${k} names edge ${input}, but there are ${edgeIndexOfInput.length} edges`;
      edges[t] = edgeIndexOfInput[input] as number;
    }
    out.push({ edges, coef: c.coef, limit: c.limit });
  }
  return out;
}

/**
 * Solves an instance given as JSON text and renders the outcome as output lines.
 *
 * @example
 * solveInstanceText('{"rows":1,"cols":1,"capacity":[1],"edges":[[0,0,5]]}');
 * // { exitCode: 0, lines: [..., '{"feasible":true,"status":"optimal","objective":5,...}'] }
 */
export function solveInstanceText(text: string): SolveTextResult {
  const parsed = parseInstanceText(text);
  if (!parsed.ok) return { exitCode: 2, lines: [parsed.message] };
  const inst = parsed.value;
  const built = buildAssignmentProblem(inst);
  if (!built.ok) return { exitCode: 2, lines: built.issues.slice(0, 5).map(describe) };
  const { problem, edgeIndexOfInput } = built.value;
  const constraints = mapConstraints(inst.constraints, edgeIndexOfInput);
  if (typeof constraints === 'string') return { exitCode: 2, lines: [constraints] };
  if (inst.hint && inst.hint.length !== problem.rows)
    return { exitCode: 2, lines: [`invalid instance: "hint" must give one column per row (${problem.rows})`] };
  const header = `instance: ${problem.rows} rows, ${problem.cols} columns, ${problem.edgeCol.length} edges, ${constraints.length} side constraints`;
  let status: string;
  let feasible: boolean;
  let objective: number;
  let bound: number;
  let assignment: Int32Array;
  if (constraints.length === 0) {
    const s = solveAssignment(problem);
    ({ status, feasible, objective, assignment } = s);
    bound = feasible ? s.objective : -Infinity;
  } else {
    const hint = inst.hint ? Int32Array.from(inst.hint) : null;
    const s = solveWithSideConstraints(problem, constraints, hint ? { feasibleHint: hint } : {});
    ({ status, feasible, objective, assignment, bound } = s);
  }
  const gap = feasible ? bound - objective : Infinity;
  const exact = feasible && gap === 0;
  const summary = !feasible
    ? status === 'unknown'
      ? `no feasible assignment found (upper bound ${finite(bound) ?? 'none'})`
      : 'no feasible assignment exists'
    : exact
      ? `optimal: objective ${objective}`
      : `feasible: objective ${objective}, upper bound ${bound}, gap ${gap}`;
  const json = JSON.stringify({
    feasible,
    status,
    objective: feasible ? objective : null,
    bound: finite(bound),
    gap: feasible ? gap : null,
    exact,
    assignment: feasible ? Array.from(assignment) : null,
  });
  return { exitCode: feasible ? 0 : 1, lines: [header, summary, json] };
}

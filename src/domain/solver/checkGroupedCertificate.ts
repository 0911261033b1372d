/**
 * Independent verification of a grouped solver answer (nothing here trusts the solver).
 * Each row's edge is looked up again, loads and values recomputed, and all sums taken in
 * BigInt.
 *
 * Optimality: the duals (u, v, ρ) must be LP-dual feasible for the flow LP described in
 * `groupedSolution.ts`, u_i + v_j ≥ w_ij + ρ_g on every edge, v ≥ 0, ρ_g ≥ tail_g; then
 * Σ u + Σ capacity·v + Σ_g Σ_k max(0, marginal_gk − ρ_g) bounds every assignment's value
 * from above (weak duality), and equality with the recomputed objective proves optimality.
 * The complementary-slackness conditions are checked too, one by one, because they say which
 * residual arc would have a negative reduced cost: a used edge not tight (u + v = w + ρ), a
 * priced column with room (v > 0), or a group whose price lies outside
 * [next marginal, last marginal used]. Infeasibility (Hall) is checked by `checkCertificate`.
 */

import type { AssignmentProblem } from './assignmentProblem';
import { checkCertificate, type CertificateCheck, type CertificateViolation } from './checkCertificate';
import type { ColumnGroups } from './columnGroups';
import type { GroupedSolution } from './groupedSolution';

const MAX_REPORTED = 20;

/** The k-th (1-based) marginal of group g, the tail beyond the listed ones. */
function marginalAt(groups: ColumnGroups, g: number, k: number): bigint {
  const at = (groups.groupStart[g] as number) + k - 1;
  return BigInt(at < (groups.groupStart[g + 1] as number) ? (groups.marginal[at] as number) : (groups.tail[g] as number));
}

function safe(x: number | undefined): boolean {
  return Number.isSafeInteger(x);
}

/** Edges used by each row, per-column counts and per-group loads; null when the assignment does not fit. */
function usage(
  p: AssignmentProblem,
  groups: ColumnGroups,
  s: GroupedSolution,
  out: CertificateViolation[],
): { used: Int32Array; count: Int32Array; load: Int32Array } | null {
  if (s.assignment.length !== p.rows || groups.colGroup.length !== p.cols) {
    out.push({ code: 'ASSIGNMENT_LENGTH', params: { expected: p.rows, actual: s.assignment.length } });
    return null;
  }
  const used = new Int32Array(p.rows).fill(-1);
  const count = new Int32Array(p.cols);
  const load = new Int32Array(groups.count);
  for (let i = 0; i < p.rows; i++) {
    const j = s.assignment[i] as number;
    for (let e = p.rowStart[i] as number; e < (p.rowStart[i + 1] as number); e++) if (p.edgeCol[e] === j) used[i] = e;
    if (used[i] === -1) {
      if (out.length < MAX_REPORTED) out.push({ code: 'ROW_WITHOUT_EDGE', params: { row: i, col: j } });
      continue;
    }
    count[j] = (count[j] as number) + 1;
    const g = groups.colGroup[j] as number;
    if (g >= 0) load[g] = (load[g] as number) + 1;
  }
  for (let j = 0; j < p.cols; j++) {
    if ((count[j] as number) > (p.capacity[j] as number) && out.length < MAX_REPORTED) {
      out.push({ code: 'CAPACITY_EXCEEDED', params: { col: j, count: count[j] as number, capacity: p.capacity[j] as number } });
    }
  }
  return out.length > 0 ? null : { used, count, load };
}

function checkDuals(
  p: AssignmentProblem,
  groups: ColumnGroups,
  s: GroupedSolution,
  dualObjective: number,
  out: CertificateViolation[],
): void {
  const found = usage(p, groups, s, out);
  if (found === null) return;
  const { used, count, load } = found;
  const { rowDual: u, colDual: v, groupDual: rho } = s;
  if (u.length !== p.rows || v.length !== p.cols || rho.length !== groups.count)
    return void out.push({ code: 'ASSIGNMENT_LENGTH', params: { rows: u.length, cols: v.length } });
  for (let i = 0; i < p.rows; i++) if (!safe(u[i])) return void out.push({ code: 'DUAL_NOT_INTEGER', params: { row: i } });
  for (let j = 0; j < p.cols; j++) if (!safe(v[j])) return void out.push({ code: 'DUAL_NOT_INTEGER', params: { col: j } });
  for (let g = 0; g < groups.count; g++) if (!safe(rho[g])) return void out.push({ code: 'DUAL_NOT_INTEGER', params: { group: g } });
  const report = (violation: CertificateViolation) => void (out.length < MAX_REPORTED && out.push(violation));
  let primal = 0n;
  let dual = 0n;
  for (let j = 0; j < p.cols; j++) {
    const vj = v[j] as number;
    if (vj < 0) report({ code: 'COLUMN_DUAL_NEGATIVE', params: { col: j, dual: vj } });
    if (vj > 0 && (count[j] as number) < (p.capacity[j] as number)) report({ code: 'SPARE_COLUMN_PRICED', params: { col: j, dual: vj } });
    dual += BigInt(vj) * BigInt(p.capacity[j] as number);
  }
  for (let g = 0; g < groups.count; g++) {
    const r = BigInt(rho[g] as number);
    const n = load[g] as number;
    // Residual arcs group → sink (next marginal) and sink → group (last one used) price ρ_g.
    if (r < marginalAt(groups, g, n + 1) || r < BigInt(groups.tail[g] as number) || (n > 0 && r > marginalAt(groups, g, n)))
      report({ code: 'GROUP_DUAL_OUT_OF_RANGE', params: { group: g, dual: rho[g] as number, load: n } });
    for (let k = 1; k <= n; k++) primal += marginalAt(groups, g, k);
    for (let k = 1; k <= (groups.groupStart[g + 1] as number) - (groups.groupStart[g] as number); k++) {
      const m = marginalAt(groups, g, k);
      if (m > r) dual += m - r;
    }
  }
  for (let i = 0; i < p.rows; i++) {
    const ui = BigInt(u[i] as number);
    dual += ui;
    primal += BigInt(p.edgeWeight[used[i] as number] as number);
    for (let e = p.rowStart[i] as number, end = p.rowStart[i + 1] as number; e < end; e++) {
      const j = p.edgeCol[e] as number;
      const g = groups.colGroup[j] as number;
      const slack = ui + BigInt(v[j] as number) - BigInt(p.edgeWeight[e] as number) - (g < 0 ? 0n : BigInt(rho[g] as number));
      if (slack < 0n) report({ code: 'EDGE_DUAL_VIOLATED', params: { row: i, col: j } });
      if (e === used[i] && slack !== 0n) report({ code: 'USED_EDGE_NOT_TIGHT', params: { row: i, col: j } });
    }
  }
  if (primal !== BigInt(s.objective)) report({ code: 'OBJECTIVE_MISMATCH', params: { reported: s.objective, actual: primal.toString() } });
  for (let g = 0; g < groups.count; g++) {
    if (s.groupLoad[g] !== load[g])
      report({ code: 'GROUP_LOAD_MISMATCH', params: { group: g, reported: s.groupLoad[g] ?? -1, actual: load[g] as number } });
  }
  if (dual !== primal || BigInt(dualObjective) !== dual) {
    report({ code: 'DUAL_OBJECTIVE_MISMATCH', params: { primal: primal.toString(), dual: dual.toString(), reported: dualObjective } });
  }
}

/**
 * Verifies a grouped solution with exact integer arithmetic: a `duals` certificate must
 * prove the assignment feasible and optimal including the group values, a `hall` one that no
 * full assignment exists.
 */
export function checkGroupedCertificate(problem: AssignmentProblem, groups: ColumnGroups, solution: GroupedSolution): CertificateCheck {
  const c = solution.certificate;
  if (c.kind !== 'duals') return checkCertificate(problem, solution);
  const out: CertificateViolation[] = [];
  checkDuals(problem, groups, solution, c.dualObjective, out);
  return { ok: out.length === 0, violations: out };
}

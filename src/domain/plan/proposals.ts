/**
 * The moves and the stays of a solved plan, as a committee reads them: each move with its
 * fit before and after, its value, the chain it belongs to, its purposes (Dasar Usulan) and
 * the points a reviewer must weigh (Perlu Perhatian).
 */
import type { CompatibilityContext } from '../rules';
import { kelasChange } from '../rules';
import { aspirationChoice, fitPercent, stayValue, valueBreakdown, type ScoringContext, type ValueBreakdown } from '../scoring';
import type { CandidateGraph } from './candidateGraph';
import { proposalId } from './proposalId';
import { purposeBits, purposesOf, type PurposeContext } from './purpose';
import type { Attention, Proposal, StayRecord, ValuePart } from './types';

/** The terms of a pair's value as explanation parts, components first, then costs; `b` may pass its breakdown when already at hand. */
export function valueParts(scoring: ScoringContext, e: number, p: number, b: ValueBreakdown = valueBreakdown(scoring, e, p)): ValuePart[] {
  const parts: ValuePart[] = b.components.map((c) => ({ key: c.name, score: c.score, value: c.weighted, code: c.code, params: c.params }));
  const cost = (key: string, amount: number, sign: 1 | -1) => {
    if (amount !== 0) parts.push({ key, score: amount, value: sign * amount, code: `term.${key}`, params: { amount } });
  };
  cost('stabilityBonus', b.stabilityBonus, 1);
  cost('rotationStayPenalty', b.rotationStayPenalty, -1);
  cost('disruptionCost', b.disruptionCost, -1);
  cost('specialPenalty', b.specialPenalty, -1);
  return parts;
}

/**
 * What a reviewer must weigh about moving employee `e` from `from` into `to` (empty when nothing).
 * `fits` may pass the employee's fit in both posts when already at hand.
 */
export function attentionOf(
  scoring: ScoringContext,
  compat: CompatibilityContext,
  e: number,
  from: number,
  to: number,
  fits: { readonly from: number; readonly to: number } = { from: fitPercent(scoring, e, from), to: fitPercent(scoring, e, to) },
): Attention[] {
  const employee = scoring.tables.employees[e]!;
  const out: Attention[] = [];
  // The brief: hear employees' aspirations; an unwilling employee moves only when the policy allows it.
  if (!employee.bersedia) out.push({ code: 'AGAINST_WISH', params: {} });
  if (employee.pertimbanganKhusus.trim() !== '')
    out.push({ code: 'SPECIAL_CIRCUMSTANCES', params: { note: employee.pertimbanganKhusus.trim() } });
  const { from: fitFrom, to: fitTo } = fits;
  if (fitTo < fitFrom) out.push({ code: 'LOWER_FIT', params: { from: fitFrom, to: fitTo } });
  const kelas = kelasChange(compat, e, to);
  if (kelas !== 0) {
    const position = (p: number) => scoring.tables.positions[p]?.kelas ?? '-';
    out.push({ code: kelas > 0 ? 'KELAS_UP' : 'KELAS_DOWN', params: { from: position(from), to: position(to) } });
  }
  if ((scoring.employeePilihanCount[e] ?? 0) > 0 && aspirationChoice(scoring, e, to) < 0) {
    out.push({ code: 'NOT_OWN_CHOICE', params: { wishes: employee.pilihan.filter((w) => w.trim() !== '').join('; ') } });
  }
  return out;
}

/** The moves of a plan, in row (NIP) order, each with its chain, purposes and attention points. */
export function proposalsOf(
  scoring: ScoringContext,
  compat: CompatibilityContext,
  graph: CandidateGraph,
  finalIndex: Int32Array,
  purposes: PurposeContext,
): Proposal[] {
  const { tables, index } = scoring;
  // Who left each position: a move into a full post is made possible by someone leaving it.
  const leavers = new Map<number, number[]>();
  for (const e of graph.rowEmployee) {
    const from = index.currentPosition[e]!;
    if (finalIndex[e] === from) continue;
    const list = leavers.get(from);
    if (list) list.push(e);
    else leavers.set(from, [e]);
  }
  const used = new Map<number, number>();
  const proposals: Proposal[] = [];
  for (const e of graph.rowEmployee) {
    const from = index.currentPosition[e]!;
    const to = finalIndex[e]!;
    if (to === from) continue;
    const employee = tables.employees[e]!;
    const target = tables.positions[to]!;
    // Incoming movers take the vacancies first, then the posts of those who left, in row order.
    const arrival = used.get(to) ?? 0;
    used.set(to, arrival + 1);
    const vacancies = Math.max(0, target.formasi - (index.holders[to] ?? 0));
    const leaver = arrival >= vacancies ? leavers.get(to)?.[arrival - vacancies] : undefined;
    const move = valueBreakdown(scoring, e, to);
    const fits = { from: fitPercent(scoring, e, from), to: fitPercent(scoring, e, to) };
    proposals.push({
      id: proposalId(employee.nip, target.code),
      employee,
      from: tables.positions[from]!,
      to: target,
      fitFrom: fits.from,
      fitTo: fits.to,
      moveValue: move.total,
      // Equal to the breakdown's total in the current post, without its explanations.
      stayValue: from >= 0 ? stayValue(scoring, e) : valueBreakdown(scoring, e, from).total,
      parts: valueParts(scoring, e, to, move),
      fillsPostOf: leaver === undefined ? null : tables.employees[leaver]!,
      purposes: purposesOf(purposeBits(purposes, e, to, fits.to)),
      attention: attentionOf(scoring, compat, e, from, to, fits),
    });
  }
  return proposals;
}

/** Everyone who stays, with the rule reasons that keep them (none when staying was simply best). */
export function staysOf(scoring: ScoringContext, finalIndex: Int32Array): StayRecord[] {
  const { tables, index } = scoring;
  const stays: StayRecord[] = [];
  tables.employees.forEach((employee, e) => {
    const current = index.currentPosition[e]!;
    if (finalIndex[e] !== current) return;
    const readiness = scoring.readiness[e]!;
    stays.push({
      employee,
      position: tables.positions[current]!,
      canMove: readiness.canMove,
      rotationDue: readiness.rotationDue,
      reasons: readiness.reasons,
    });
  });
  return stays;
}

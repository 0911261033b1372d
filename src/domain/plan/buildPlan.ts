/**
 * From validated tables to a plan: needs, readiness, candidate graph, the exact optimiser,
 * then proposals with their chains, and an independent re-check of every hard rule.
 */
import { analyseNeeds, type NeedsAnalysis } from '../needs';
import {
  compatibilityContext,
  electionFreezeBlock,
  type CompatibilityContext,
  type Policy,
  type ReviewPair,
} from '../rules';
import { buildScoringContext, valueBreakdown, type ScoringContext } from '../scoring';
import { buildAssignmentProblem, type AssignmentProblem } from '../solver/assignmentProblem';
import { solveAssignment } from '../solver/solveAssignment';
import { solveWithSideConstraints } from '../solver/solveWithSideConstraints';
import type { DayNumber, InputTables, Nip, PositionCode } from '../model/types';
import { recheckPlan, type PlanCheck } from './recheckPlan';
import { candidateGraph, type CandidateGraph } from './candidateGraph';
import { proposalId } from './proposalId';
import { planSideConstraints } from './sideConstraints';
import type { Plan, Proposal, StayRecord, ValuePart } from './types';

export interface PlanRequest {
  readonly tables: InputTables;
  readonly policy: Policy;
  readonly effectiveDate: DayNumber;
  /** Reviewers' Setuju pairs: kept as they are (SPEC §10). */
  readonly locked?: readonly ReviewPair[];
  /** Reviewers' Tolak and Revisi pairs: never proposed again. */
  readonly forbidden?: readonly ReviewPair[];
  /** Move candidates kept per employee besides their own aspirations (default 40). */
  readonly maxCandidates?: number;
  readonly onProgress?: (fraction: number) => void;
  readonly isCancelled?: () => boolean;
}

/** A plan with everything the explanations and fairness checks need to look behind it. */
export interface PlanRun {
  readonly plan: Plan;
  readonly scoring: ScoringContext;
  readonly compat: CompatibilityContext;
  readonly graph: CandidateGraph;
  readonly problem: AssignmentProblem;
  /** Position index (into tables.positions) of each employee after the plan. */
  readonly finalIndex: Int32Array;
  readonly rowDual: Float64Array;
  readonly colDual: Float64Array;
  readonly needsBefore: NeedsAnalysis;
  readonly needsAfter: NeedsAnalysis;
  readonly check: PlanCheck;
}

/**
 * Plans the transfers. Returns null when cancelled.
 *
 * @example
 * const run = buildPlan({ tables, policy: DEFAULT_POLICY, effectiveDate: todayDay() });
 * run?.plan.proposals.length // the number of moves proposed
 */
export function buildPlan(request: PlanRequest): PlanRun | null {
  const { tables, policy, effectiveDate } = request;
  const needsBefore = analyseNeeds(tables, policy);
  const scoring = buildScoringContext(tables, policy, effectiveDate, { needs: needsBefore });
  const { index } = scoring;
  const compat = compatibilityContext(tables, policy, { index, forbidden: request.forbidden ?? [] });
  const blockedBy = electionFreezeBlock(policy, effectiveDate);

  const graph = candidateGraph(scoring, compat, {
    maxCandidates: request.maxCandidates ?? 40,
    freezeAll: blockedBy !== null,
    locked: lockedPairs(request.locked ?? [], index.employeeByNip, index.positionByCode),
  });
  const built = buildAssignmentProblem({
    rows: graph.rowEmployee.length,
    cols: graph.colPosition.length,
    capacity: graph.capacity,
    edgeRow: graph.edgeRow,
    edgeCol: graph.edgeCol,
    edgeWeight: graph.edgeWeight,
  });
  if (!built.ok) throw new Error(`candidate graph rejected by the solver: ${built.issues.map((i) => i.code).join(', ')}`);
  const problem = built.value.problem;

  const solveOptions = { ...(request.onProgress ? { onProgress: request.onProgress } : {}), ...(request.isCancelled ? { isCancelled: request.isCancelled } : {}) };
  const constraints = planSideConstraints(problem, graph, index, needsBefore, policy);
  const exact = solveAssignment(problem, solveOptions);
  if (exact.status === 'cancelled') return null;
  if (!exact.feasible) throw new Error('no feasible plan: the stay edges should always allow one');
  let assignment = exact.assignment;
  let objective = exact.objective;
  let bound = exact.objective;
  if (constraints.length > 0) {
    const constrained = solveWithSideConstraints(problem, constraints, { ...solveOptions, feasibleHint: stayAssignment(graph, index.currentPosition) });
    if (constrained.status === 'cancelled') return null;
    if (constrained.feasible) {
      assignment = constrained.assignment;
      objective = constrained.objective;
      bound = constrained.bound;
    }
  }

  const finalIndex = new Int32Array(tables.employees.length);
  for (let r = 0; r < graph.rowEmployee.length; r++) finalIndex[graph.rowEmployee[r]!] = graph.colPosition[assignment[r]!]!;

  const placement = new Map<Nip, PositionCode>();
  tables.employees.forEach((employee, e) => placement.set(employee.nip, tables.positions[finalIndex[e]!]!.code));
  const needsAfter = analyseNeeds(tables, policy, placement, index);
  const check = recheckPlan(tables, policy, effectiveDate, placement, { forbidden: request.forbidden ?? [], locked: request.locked ?? [] });

  const plan: Plan = {
    effectiveDate,
    proposals: proposalsOf(scoring, graph, finalIndex),
    stays: staysOf(scoring, finalIndex),
    finalPosition: Array.from(finalIndex, (p) => tables.positions[p]!),
    objective,
    bound,
    optimal: bound === objective,
    certificateOk: exact.certificate.kind === 'duals',
    candidateEdges: problem.edgeCol.length,
    blockedBy,
  };
  return { plan, scoring, compat, graph, problem, finalIndex, rowDual: exact.rowDual, colDual: exact.colDual, needsBefore, needsAfter, check };
}

function lockedPairs(pairs: readonly ReviewPair[], employees: ReadonlyMap<string, number>, positions: ReadonlyMap<string, number>): Map<number, number> {
  const locked = new Map<number, number>();
  for (const pair of pairs) {
    const e = employees.get(pair.nip);
    const p = positions.get(pair.positionCode);
    if (e !== undefined && p !== undefined) locked.set(e, p);
  }
  return locked;
}

function stayAssignment(graph: CandidateGraph, currentPosition: Int32Array): Int32Array {
  return Int32Array.from(graph.rowEmployee, (e) => graph.columnOfPosition[currentPosition[e]!]!);
}

/** Fit 0-100: the weighted component scores over the total weight. */
export function fitPercent(scoring: ScoringContext, e: number, p: number): number {
  const weights = Object.values(scoring.policy.scoring.weights).reduce((a, b) => a + b, 0);
  const breakdown = valueBreakdown(scoring, e, p);
  return weights > 0 ? Math.round(breakdown.fit / weights) : 0;
}

/** The terms of a pair's value as explanation parts, components first, then costs. */
export function valueParts(scoring: ScoringContext, e: number, p: number): ValuePart[] {
  const b = valueBreakdown(scoring, e, p);
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

function proposalsOf(scoring: ScoringContext, graph: CandidateGraph, finalIndex: Int32Array): Proposal[] {
  const { tables, index } = scoring;
  // Who left each position: a move into a full post is made possible by someone leaving it.
  const leavers = new Map<number, number[]>();
  for (const e of graph.rowEmployee) {
    const from = index.currentPosition[e]!;
    if (finalIndex[e] !== from) leavers.set(from, [...(leavers.get(from) ?? []), e]);
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
    const fillsPostOf = leaver === undefined ? null : tables.employees[leaver]!;
    proposals.push({
      id: proposalId(employee.nip, target.code),
      employee,
      from: tables.positions[from]!,
      to: target,
      fitFrom: fitPercent(scoring, e, from),
      fitTo: fitPercent(scoring, e, to),
      moveValue: valueBreakdown(scoring, e, to).total,
      stayValue: valueBreakdown(scoring, e, from).total,
      parts: valueParts(scoring, e, to),
      fillsPostOf,
    });
  }
  return proposals;
}

function staysOf(scoring: ScoringContext, finalIndex: Int32Array): StayRecord[] {
  const { tables, index } = scoring;
  const stays: StayRecord[] = [];
  tables.employees.forEach((employee, e) => {
    const current = index.currentPosition[e]!;
    if (finalIndex[e] !== current) return;
    const readiness = scoring.readiness[e]!;
    stays.push({ employee, position: tables.positions[current]!, canMove: readiness.canMove, rotationDue: readiness.rotationDue, reasons: readiness.reasons });
  });
  return stays;
}

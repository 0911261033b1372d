/**
 * From validated tables to a plan: needs, readiness, the candidate graph of purposeful
 * moves, the exact optimiser with staffing valued per unit, then proposals with their
 * chains, purposes and points to weigh, and an independent re-check of every hard rule.
 */
import { analyseNeeds, type NeedsAnalysis } from '../needs';
import { compatibilityContext, electionFreezeBlock, type CompatibilityContext, type Policy, type ReviewPair } from '../rules';
import { buildScoringContext, type ScoringContext } from '../scoring';
import type { AssignmentProblem } from '../solver/assignmentProblem';
import { groupValue, type ColumnGroups } from '../solver/columnGroups';
import { solveGroupedAssignment } from '../solver/solveGroupedAssignment';
import { solveWithSideConstraints } from '../solver/solveWithSideConstraints';
import { buildTableIndex } from '../model/tableIndex';
import type { DayNumber, InputTables, Nip, PositionCode } from '../model/types';
import { proposalsOf, staysOf } from './proposals';
import { purposeContext } from './purpose';
import { keptPlacesValue, unitStaffingGroups } from './unitStaffing';
import { recheckPlan, type PlanCheck } from './recheckPlan';
import { candidateGraph, problemOf, type CandidateGraph } from './candidateGraph';
import { planSideConstraints, unitFloorConstraints } from './sideConstraints';
import type { Plan } from './types';

export interface PlanRequest {
  readonly tables: InputTables;
  readonly policy: Policy;
  readonly effectiveDate: DayNumber;
  /** Reviewers' Setuju pairs: kept as they are (docs/sheets.md#review-loop). */
  readonly locked?: readonly ReviewPair[];
  /** Reviewers' Tolak and Revisi pairs: never proposed again. */
  readonly forbidden?: readonly ReviewPair[];
  /** NIPs whose placement a follow-up evaluation found wanting: staying costs them as much as a move (docs/sheets.md#tindak-lanjut). */
  readonly replacing?: ReadonlySet<string>;
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
  /** The units as the solver's column groups (staffing valued per unit). */
  readonly groups: ColumnGroups;
  /** Each unit's value at the margin (the solver's group duals), for margins and explanations. */
  readonly groupDual: Float64Array;
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
  // One index of the tables serves the needs, the scoring and the rules.
  const index = buildTableIndex(tables);
  const needsBefore = analyseNeeds(tables, policy, undefined, index);
  const scoring = buildScoringContext(tables, policy, effectiveDate, { index, needs: needsBefore });
  const compat = compatibilityContext(tables, policy, { index, forbidden: request.forbidden ?? [] });
  const blockedBy = electionFreezeBlock(policy, effectiveDate);

  const purposes = purposeContext(scoring, request.replacing);
  const graph = candidateGraph(scoring, compat, purposes, {
    maxCandidates: request.maxCandidates ?? 40,
    freezeAll: blockedBy !== null,
    locked: lockedPairs(request.locked ?? [], index.employeeByNip, index.positionByCode),
  });
  const problem = problemOf(graph);

  const solveOptions = {
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    ...(request.isCancelled ? { isCancelled: request.isCancelled } : {}),
  };
  const constraints = planSideConstraints(problem, graph, index, needsBefore, policy);
  const groups = unitStaffingGroups(policy, index, needsBefore, graph.colPosition);
  // Most employees stay: starting from where everyone is now spares the solver most searches.
  const stays = stayAssignment(graph, index.currentPosition);
  const exact = solveGroupedAssignment(problem, groups, { ...solveOptions, start: stays });
  if (exact.status === 'cancelled') return null;
  if (!exact.feasible) throw new Error('no feasible plan: the stay edges should always allow one');
  let assignment = exact.assignment;
  // The places every unit keeps are worth a constant; the plan's value is what lies above it.
  const keptValue = keptPlacesValue(policy, needsBefore);
  let objective = exact.objective - keptValue;
  const bound = objective;
  if (constraints.length > 0) {
    // Side constraints (a cap on moves, Batas Keluar) are priced by Lagrangian relaxation
    // over the plain assignment; the units' floors travel with them as constraints, so no
    // unit falls below what it must keep. The unconstrained optimum bounds the plan's value.
    const floors = unitFloorConstraints(problem, graph, index, needsBefore, policy);
    const constrained = solveWithSideConstraints(problem, [...constraints, ...floors], {
      ...solveOptions,
      feasibleHint: stays,
    });
    if (constrained.status === 'cancelled') return null;
    if (constrained.feasible) {
      assignment = constrained.assignment;
      objective = groupedObjective(problem, groups, constrained.assignedEdge) - keptValue;
    }
  }

  const finalIndex = new Int32Array(tables.employees.length);
  for (let r = 0; r < graph.rowEmployee.length; r++) finalIndex[graph.rowEmployee[r]!] = graph.colPosition[assignment[r]!]!;

  const placement = new Map<Nip, PositionCode>();
  tables.employees.forEach((employee, e) => placement.set(employee.nip, tables.positions[finalIndex[e]!]!.code));
  const needsAfter = analyseNeeds(tables, policy, placement, index);
  const review = { forbidden: request.forbidden ?? [], locked: request.locked ?? [] };
  const check = recheckPlan(tables, policy, effectiveDate, placement, review, index);

  const plan: Plan = {
    effectiveDate,
    proposals: proposalsOf(scoring, compat, graph, finalIndex, purposes),
    stays: staysOf(scoring, finalIndex),
    finalPosition: Array.from(finalIndex, (p) => tables.positions[p]!),
    objective,
    bound,
    optimal: bound === objective,
    certificateOk: exact.certificate.kind === 'duals',
    candidateEdges: problem.edgeCol.length,
    blockedBy,
  };
  return {
    plan,
    scoring,
    compat,
    graph,
    problem,
    groups,
    groupDual: exact.groupDual,
    finalIndex,
    rowDual: exact.rowDual,
    colDual: exact.colDual,
    needsBefore,
    needsAfter,
    check,
  };
}

function lockedPairs(
  pairs: readonly ReviewPair[],
  employees: ReadonlyMap<string, number>,
  positions: ReadonlyMap<string, number>,
): Map<number, number> {
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

/** Σ edge weights + Σ group values of an assignment (the grouped solver's objective). */
function groupedObjective(problem: AssignmentProblem, groups: ColumnGroups, assignedEdge: Int32Array): number {
  const load = new Int32Array(groups.count);
  let total = 0;
  for (let r = 0; r < problem.rows; r++) {
    const k = assignedEdge[r]!;
    total += problem.edgeWeight[k]!;
    const g = groups.colGroup[problem.edgeCol[k]!]!;
    if (g >= 0) load[g]!++;
  }
  for (let g = 0; g < groups.count; g++) total += groupValue(groups, g, load[g]!);
  return total;
}

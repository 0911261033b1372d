/**
 * The policy's optional side constraints (docs/rules.md) as generic solver constraints over the
 * candidate graph's edges: a cap on the number of moves, a cap on each unit's outflow
 * (Batas Keluar), no net loss for units in shortage, and each unit's floor.
 */
import type { AssignmentProblem } from '../solver/assignmentProblem';
import type { SideConstraint } from '../solver/sideConstraint';
import type { NeedsAnalysis } from '../needs';
import type { TableIndex } from '../model/tableIndex';
import type { Policy } from '../rules';
import type { CandidateGraph } from './candidateGraph';
import { keptPlaces } from './unitStaffing';

/** The move edges of the graph, and per unit the edges that leave it and that enter it. */
interface UnitFlows {
  readonly moves: readonly number[];
  readonly outOf: readonly (readonly number[])[];
  readonly into: readonly (readonly number[])[];
}

function unitFlows(problem: AssignmentProblem, graph: CandidateGraph, index: TableIndex): UnitFlows {
  const unitCount = index.unitNames.length;
  const moves: number[] = [];
  const outOf: number[][] = Array.from({ length: unitCount }, () => []);
  const into: number[][] = Array.from({ length: unitCount }, () => []);
  for (let r = 0; r < problem.rows; r++) {
    const e = graph.rowEmployee[r]!;
    const current = index.currentPosition[e]!;
    const fromUnit = index.employeeUnit[e]!;
    for (let k = problem.rowStart[r]!; k < problem.rowStart[r + 1]!; k++) {
      const p = graph.colPosition[problem.edgeCol[k]!]!;
      if (p === current) continue;
      moves.push(k);
      const toUnit = index.positionUnit[p]!;
      if (toUnit === fromUnit) continue;
      if (fromUnit >= 0) outOf[fromUnit]!.push(k);
      if (toUnit >= 0) into[toUnit]!.push(k);
    }
  }
  return { moves, outOf, into };
}

/** The policy's side constraints: a cap on moves, Batas Keluar, no net loss in shortage. */
export function planSideConstraints(
  problem: AssignmentProblem,
  graph: CandidateGraph,
  index: TableIndex,
  needs: NeedsAnalysis,
  policy: Policy,
): SideConstraint[] {
  const { maxMoves, maxOutflowPerUnit, noNetLossInShortage } = policy.constraints;
  const { moves, outOf, into } = unitFlows(problem, graph, index);
  const constraints: SideConstraint[] = [];
  if (maxMoves !== null) constraints.push(sumAtMost(moves, [], maxMoves));
  outOf.forEach((out, u) => {
    const limit = index.unitRecords[u]?.batasKeluar ?? null;
    if (maxOutflowPerUnit && limit !== null && out.length > limit) constraints.push(sumAtMost(out, [], limit));
    if (noNetLossInShortage && (needs.units[u]?.gap ?? 0) > 0 && out.length > 0) constraints.push(sumAtMost(out, into[u]!, 0));
  });
  return constraints;
}

/**
 * Each unit's floor as a side constraint: outflow − inflow ≤ staff now − places kept, so a
 * plan under side constraints keeps every unit at or above min(need, staff now) too.
 */
export function unitFloorConstraints(
  problem: AssignmentProblem,
  graph: CandidateGraph,
  index: TableIndex,
  needs: NeedsAnalysis,
  policy: Policy,
): SideConstraint[] {
  const keep = keptPlaces(policy, needs);
  const { outOf, into } = unitFlows(problem, graph, index);
  const constraints: SideConstraint[] = [];
  keep.forEach((kept, u) => {
    const slack = (needs.units[u]?.staff ?? 0) - kept;
    if (kept > 0 && outOf[u]!.length > slack) constraints.push(sumAtMost(outOf[u]!, into[u]!, slack));
  });
  return constraints;
}

/** Σ plus − Σ minus ≤ limit. */
function sumAtMost(plus: readonly number[], minus: readonly number[], limit: number): SideConstraint {
  const edges = Int32Array.from([...plus, ...minus]);
  const coef = new Int8Array(edges.length).fill(1);
  coef.fill(-1, plus.length);
  return { edges, coef, limit };
}

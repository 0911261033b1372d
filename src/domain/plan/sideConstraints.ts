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

/**
 * The move edges of the graph (in edge order), and per unit the edges that leave it and
 * that enter it (CSR: unit u's are `outEdges[outStart[u] .. outStart[u + 1])`, likewise in).
 */
export interface UnitFlows {
  readonly moves: Int32Array;
  readonly outStart: Int32Array;
  readonly outEdges: Int32Array;
  readonly inStart: Int32Array;
  readonly inEdges: Int32Array;
}

/** Flows already worked out per problem: a plan under side constraints asks twice. */
const flowsOfProblem = new WeakMap<AssignmentProblem, UnitFlows>();

/** The {@link UnitFlows} of a candidate graph's problem (remembered per problem). */
export function unitFlows(problem: AssignmentProblem, graph: CandidateGraph, index: TableIndex): UnitFlows {
  let flows = flowsOfProblem.get(problem);
  if (flows === undefined) {
    flows = countFlows(problem, graph, index);
    flowsOfProblem.set(problem, flows);
  }
  return flows;
}

/** Two passes over the edges: count per unit, then place each edge, in edge order. */
function countFlows(problem: AssignmentProblem, graph: CandidateGraph, index: TableIndex): UnitFlows {
  const unitCount = index.unitNames.length;
  const m = problem.edgeCol.length;
  // Per edge: its origin unit when it leaves one, its target unit when it enters one (-1 otherwise); -2 for a stay.
  const edgeFrom = new Int32Array(m);
  const edgeTo = new Int32Array(m);
  const outStart = new Int32Array(unitCount + 1);
  const inStart = new Int32Array(unitCount + 1);
  let moveCount = 0;
  for (let r = 0; r < problem.rows; r++) {
    const e = graph.rowEmployee[r]!;
    const current = index.currentPosition[e]!;
    const fromUnit = index.employeeUnit[e]!;
    for (let k = problem.rowStart[r]!; k < problem.rowStart[r + 1]!; k++) {
      const p = graph.colPosition[problem.edgeCol[k]!]!;
      edgeFrom[k] = -1;
      edgeTo[k] = -1;
      if (p === current) {
        edgeFrom[k] = -2;
        continue;
      }
      moveCount++;
      const toUnit = index.positionUnit[p]!;
      if (toUnit === fromUnit) continue;
      if (fromUnit >= 0) {
        edgeFrom[k] = fromUnit;
        outStart[fromUnit + 1]!++;
      }
      if (toUnit >= 0) {
        edgeTo[k] = toUnit;
        inStart[toUnit + 1]!++;
      }
    }
  }
  for (let u = 0; u < unitCount; u++) {
    outStart[u + 1]! += outStart[u]!;
    inStart[u + 1]! += inStart[u]!;
  }
  const moves = new Int32Array(moveCount);
  const outEdges = new Int32Array(outStart[unitCount]!);
  const inEdges = new Int32Array(inStart[unitCount]!);
  const outNext = outStart.slice(0, unitCount);
  const inNext = inStart.slice(0, unitCount);
  let t = 0;
  for (let k = 0; k < m; k++) {
    const from = edgeFrom[k]!;
    if (from === -2) continue;
    moves[t++] = k;
    if (from >= 0) outEdges[outNext[from]!++] = k;
    const to = edgeTo[k]!;
    if (to >= 0) inEdges[inNext[to]!++] = k;
  }
  return { moves, outStart, outEdges, inStart, inEdges };
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
  const constraints: SideConstraint[] = [];
  if (maxMoves === null && !maxOutflowPerUnit && !noNetLossInShortage) return constraints;
  const flows = unitFlows(problem, graph, index);
  if (maxMoves !== null) constraints.push(sumAtMost(flows.moves, EMPTY, maxMoves));
  for (let u = 0; u < index.unitNames.length; u++) {
    const out = outOf(flows, u);
    const limit = index.unitRecords[u]?.batasKeluar ?? null;
    if (maxOutflowPerUnit && limit !== null && out.length > limit) constraints.push(sumAtMost(out, EMPTY, limit));
    if (noNetLossInShortage && (needs.units[u]?.gap ?? 0) > 0 && out.length > 0) constraints.push(sumAtMost(out, into(flows, u), 0));
  }
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
  const constraints: SideConstraint[] = [];
  if (keep.every((kept) => kept <= 0)) return constraints;
  const flows = unitFlows(problem, graph, index);
  keep.forEach((kept, u) => {
    const slack = (needs.units[u]?.staff ?? 0) - kept;
    const out = outOf(flows, u);
    if (kept > 0 && out.length > slack) constraints.push(sumAtMost(out, into(flows, u), slack));
  });
  return constraints;
}

const EMPTY = new Int32Array(0);
const outOf = (flows: UnitFlows, u: number): Int32Array => flows.outEdges.subarray(flows.outStart[u]!, flows.outStart[u + 1]!);
const into = (flows: UnitFlows, u: number): Int32Array => flows.inEdges.subarray(flows.inStart[u]!, flows.inStart[u + 1]!);

/** Σ plus − Σ minus ≤ limit. */
function sumAtMost(plus: Int32Array, minus: Int32Array, limit: number): SideConstraint {
  const edges = new Int32Array(plus.length + minus.length);
  edges.set(plus);
  edges.set(minus, plus.length);
  const coef = new Int8Array(edges.length).fill(1);
  coef.fill(-1, plus.length);
  return { edges, coef, limit };
}

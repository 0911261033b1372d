/**
 * Sensitivity of an optimal assignment: how much the optimum drops when a row may not use
 * its edge, must use one given edge, or may only use its "stay" edge. Exact, and without
 * re-solving: the solution's LP duals give every residual arc a reduced cost ≥ 0 (see
 * `marginResidual.ts`), and the best solution without used edge (r, c) differs from the
 * current one by the cheapest residual cycle through the reversed edge c → r. Its cost is
 * the reduced-cost shortest path from row r to column c (one Dijkstra per question). With
 * column groups the residual graph holds the group nodes and the sink too, so a cycle may
 * pass a group's value at the margin; concave values make a single cycle enough.
 * Forcing an unused edge (i, c) costs its reduced cost plus the shortest path from column c
 * back to row i.
 *
 * Each search explores the part of the graph closer than its answer, so the work grows with
 * the instance times the number of questions. A work budget (arc relaxations, counted, so
 * the cut is deterministic) bounds all searches together.
 */

import type { AssignmentProblem } from './assignmentProblem';
import { ColumnHeap } from './columnHeap';
import { lastMarginal, nextMarginal, type ColumnGroups } from './columnGroups';
import { dualsCertify, marginResidual, type MarginResidual, type MarginSolution } from './marginResidual';

export type { MarginSolution } from './marginResidual';

/** What the margins are computed over. */
export interface MarginInput {
  readonly problem: AssignmentProblem;
  /** Column groups with concave values, or null for the plain assignment. */
  readonly groups: ColumnGroups | null;
  /** An optimal solution with its duals (`solveAssignment` or `solveGroupedAssignment`). */
  readonly solution: MarginSolution;
  /** CSR edge index of each row's "stay" edge, or -1 (questions `ifStays`). */
  readonly stayEdgeOfRow?: Int32Array;
}

/**
 * An exact answer: the drop of the optimum (≥ 0); null when no solution exists under the
 * question's condition; undefined when the work budget ran out before the answer.
 */
export type MarginAnswer = number | null | undefined;

/** Exact value questions about one certified optimum. */
export interface MarginSearch {
  /** The best solution in which row `r` does not use its current edge. */
  withoutPair(r: number): MarginAnswer;
  /** The best solution in which row `r` uses its stay edge (0 when it already does). */
  ifStays(r: number): MarginAnswer;
  /** The best solution that uses edge `k` (CSR edge index) of row `r`. */
  forcedEdge(r: number, k: number): MarginAnswer;
}

/**
 * The exact margin search over an optimal solution, or null when the solution's duals do
 * not certify it. `workBudget` bounds the arc relaxations of all its searches together
 * (default: no bound).
 *
 * @example
 * const search = marginSearch({ problem, groups: null, solution: solveAssignment(problem) });
 * search?.withoutPair(0) // 0: an equally good solution exists without row 0's edge
 */
export function marginSearch(input: MarginInput, workBudget = Infinity): MarginSearch | null {
  const { problem, groups, solution } = input;
  const residual = marginResidual(problem, groups, solution);
  if (residual === null || !dualsCertify(problem, groups, solution, residual)) return null;
  const search = createSearch(input, residual, workBudget);
  const R = problem.rows;
  const colNode = (r: number) => R + (residual.assignedCol[r] ?? 0);
  return {
    withoutPair: (r) => search(r, colNode(r), -1),
    ifStays: (r) => {
      const stay = input.stayEdgeOfRow?.[r] ?? -1;
      if (stay < 0) return null;
      if (stay === solution.assignedEdge[r]) return 0;
      return search(r, colNode(r), problem.edgeCol[stay] ?? -1);
    },
    forcedEdge: (r, k) => {
      if (k === solution.assignedEdge[r]) return 0;
      const c = problem.edgeCol[k] ?? 0;
      const g = groups?.colGroup[c] ?? -1;
      const reduced =
        (solution.rowDual[r] ?? 0) + (solution.colDual[c] ?? 0) - (problem.edgeWeight[k] ?? 0) - (g >= 0 ? (residual.rho[g] ?? 0) : 0);
      const back = search(R + c, r, -1);
      return back === null || back === undefined ? back : reduced + back;
    },
  };
}

/** The sink's arcs back into the graph, cheapest first: groups holding rows, and ungrouped columns holding rows. */
function sinkArcs(input: MarginInput, residual: MarginResidual): { node: Int32Array; cost: Float64Array } {
  const { problem, groups, solution } = input;
  const R = problem.rows;
  const C = problem.cols;
  const arcs: { node: number; cost: number }[] = [];
  for (let j = 0; j < C; j++) {
    if ((groups?.colGroup[j] ?? -1) < 0 && (residual.load[j] ?? 0) > 0) arcs.push({ node: R + j, cost: solution.colDual[j] ?? 0 });
  }
  if (groups !== null) {
    for (let g = 0; g < groups.count; g++) {
      const n = residual.groupLoad[g] ?? 0;
      if (n > 0) arcs.push({ node: R + C + g, cost: lastMarginal(groups, g, n) - (residual.rho[g] ?? 0) });
    }
  }
  arcs.sort((a, b) => a.cost - b.cost || a.node - b.node);
  return { node: Int32Array.from(arcs, (a) => a.node), cost: Float64Array.from(arcs, (a) => a.cost) };
}

/**
 * A reusable Dijkstra over the residual graph with reduced costs: nodes are rows, columns,
 * groups, the sink, and a cursor that walks the sink's arcs lazily. With `onlyCol` ≥ 0 a
 * start row may leave only through its edge to that column. Returns the distance from
 * `start` to `target`, null when unreachable, undefined once the shared budget is spent.
 */
function createSearch(
  input: MarginInput,
  residual: MarginResidual,
  workBudget: number,
): (start: number, target: number, onlyCol: number) => MarginAnswer {
  const { problem, groups, solution } = input;
  const { rowDual: u, colDual: v } = solution;
  const { rho } = residual;
  const R = problem.rows;
  const C = problem.cols;
  const G = groups?.count ?? 0;
  const colGroup = groups?.colGroup ?? new Int32Array(C).fill(-1);
  const { rowStart, edgeCol, edgeWeight } = problem;
  const assignedEdge = solution.assignedEdge;
  // Each edge's reduced cost u_i + v_j − w_ij − ρ_g(j), once for all searches. Weights, values
  // and the duals are integers well inside 2^53, so the sums are exact in any order.
  const reduced = new Float64Array(edgeCol.length);
  for (let i = 0; i < R; i++) {
    const ui = u[i] ?? 0;
    for (let k = rowStart[i] ?? 0; k < (rowStart[i + 1] ?? 0); k++) {
      const j = edgeCol[k] ?? 0;
      const g = colGroup[j] ?? -1;
      reduced[k] = ui + (v[j] ?? 0) - (edgeWeight[k] ?? 0) - (g >= 0 ? (rho[g] ?? 0) : 0);
    }
  }
  let left = workBudget;
  const sink = R + C + G;
  const cursor = sink + 1;
  const back = sinkArcs(input, residual);
  let next = 0;
  let sinkDistance = 0;
  const dist = new Float64Array(cursor + 1).fill(Infinity);
  const done = new Uint8Array(cursor + 1);
  const heap = new ColumnHeap(cursor + 1, dist);
  const touched: number[] = [];
  let goal = 0;
  const relax = (node: number, d: number) => {
    left--;
    // Nothing at or beyond the target's tentative distance can shorten the path to it.
    if (done[node] === 1 || d >= (dist[node] ?? Infinity) || (node !== goal && d >= (dist[goal] ?? Infinity))) return;
    if (dist[node] === Infinity) touched.push(node);
    dist[node] = d;
    if (heap.contains(node)) heap.decrease(node);
    else heap.push(node);
  };
  const advanceCursor = () => {
    while (next < back.node.length && done[back.node[next] ?? 0] === 1) next++;
    if (next < back.node.length) {
      // The cursor comes back with a larger key: it re-enters the heap as a new node would.
      done[cursor] = 0;
      dist[cursor] = Infinity;
      relax(cursor, sinkDistance + (back.cost[next] ?? 0));
    }
  };
  const expandColumn = (j: number, d: number) => {
    for (let t = residual.colStart[j] ?? 0; t < (residual.colStart[j + 1] ?? 0); t++) relax(residual.colRows[t] ?? 0, d);
    if ((residual.load[j] ?? 0) < (problem.capacity[j] ?? 0)) {
      const g = colGroup[j] ?? -1;
      relax(g < 0 ? sink : R + C + g, d);
    }
  };
  const expandGroup = (g: number, d: number) => {
    if (groups === null) return;
    relax(sink, d + (rho[g] ?? 0) - nextMarginal(groups, g, residual.groupLoad[g] ?? 0));
    for (let t = residual.groupColStart[g] ?? 0; t < (residual.groupColStart[g + 1] ?? 0); t++) {
      const j = residual.groupCols[t] ?? 0;
      if ((residual.load[j] ?? 0) > 0) relax(R + j, d + (v[j] ?? 0));
    }
  };
  /** A target column is priced at once from the sink: the bound it gives prunes the rest of the search. */
  const priceTarget = (target: number, d: number) => {
    const j = target - R;
    if ((residual.load[j] ?? 0) === 0) return;
    const g = colGroup[j] ?? -1;
    if (g < 0) relax(target, d + (v[j] ?? 0));
    else if (groups !== null && (residual.groupLoad[g] ?? 0) > 0)
      relax(target, d + lastMarginal(groups, g, residual.groupLoad[g] ?? 0) - (rho[g] ?? 0) + (v[j] ?? 0));
  };
  return (start: number, target: number, onlyCol: number) => {
    let result: MarginAnswer = null;
    goal = target;
    next = 0;
    relax(start, 0);
    while (heap.length > 0) {
      if (left < 0) {
        result = undefined;
        break;
      }
      const node = heap.pop();
      done[node] = 1;
      const d = dist[node] ?? 0;
      // Every node left is at least d away: a target already reached at d is final.
      if (node === target || (dist[target] ?? Infinity) <= d) {
        result = dist[target] ?? d;
        break;
      }
      if (node < R) {
        const used = assignedEdge[node] ?? -1;
        const only = node === start ? onlyCol : -1;
        const end = rowStart[node + 1] ?? 0;
        for (let k = rowStart[node] ?? 0; k < end; k++) {
          if (k === used) continue;
          const j = edgeCol[k] ?? 0;
          if (only >= 0 && j !== only) continue;
          relax(R + j, d + (reduced[k] ?? 0));
        }
      } else if (node < R + C) expandColumn(node - R, d);
      else if (node < sink) expandGroup(node - R - C, d);
      else if (node === sink) {
        sinkDistance = d;
        if (target >= R && target < R + C) priceTarget(target, d);
        advanceCursor();
      } else {
        // The cursor: the cheapest node not yet settled through the sink.
        const to = back.node[next] ?? 0;
        next++;
        relax(to, d);
        advanceCursor();
      }
    }
    heap.clear();
    for (const node of touched) {
      dist[node] = Infinity;
      done[node] = 0;
    }
    touched.length = 0;
    return result;
  };
}

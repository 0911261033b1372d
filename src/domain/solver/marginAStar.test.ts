import type { AssignmentProblem } from './assignmentProblem';
import { lastMarginal, nextMarginal, type ColumnGroups } from './columnGroups';
import { distanceSearch } from './marginAStar';
import { marginGraph, type MarginGraph } from './marginGraph';
import { marginLandmarks } from './marginLandmarks';
import { marginResidual } from './marginResidual';
import { marginSearch } from './sensitivity';
import { solveGroupedAssignment } from './solveGroupedAssignment';
import { randomMarginInstance } from '../../../test/support/solver/groupedInstances';
import { seededRandom } from '../../../test/support/solver/randomInstance';
import type { GroupedSolution } from './groupedSolution';

/**
 * The residual graph written from its definition (marginResidual.ts) and searched by a plain
 * Dijkstra that explores everything: the reference the landmark search must equal exactly.
 */
function referenceDistances(p: AssignmentProblem, groups: ColumnGroups, s: GroupedSolution) {
  const R = p.rows;
  const C = p.cols;
  const G = groups.count;
  const sink = R + C + G;
  const rho = s.groupDual;
  const load = new Array<number>(C).fill(0);
  const groupLoad = new Array<number>(G).fill(0);
  const col = (r: number) => p.edgeCol[s.assignedEdge[r]!]!;
  for (let r = 0; r < R; r++) {
    load[col(r)]!++;
    const g = groups.colGroup[col(r)]!;
    if (g >= 0) groupLoad[g]!++;
  }
  const arcs: [number, number, number][] = [];
  const reduced: number[] = [];
  for (let i = 0; i < R; i++) {
    for (let k = p.rowStart[i]!; k < p.rowStart[i + 1]!; k++) {
      const j = p.edgeCol[k]!;
      const g = groups.colGroup[j]!;
      reduced[k] = s.rowDual[i]! + s.colDual[j]! - p.edgeWeight[k]! - (g >= 0 ? rho[g]! : 0);
      arcs.push(k === s.assignedEdge[i] ? [R + j, i, 0] : [i, R + j, reduced[k]!]);
    }
  }
  for (let j = 0; j < C; j++) {
    const g = groups.colGroup[j]!;
    const over = g >= 0 ? R + C + g : sink;
    if (load[j]! < p.capacity[j]!) arcs.push([R + j, over, 0]);
    if (load[j]! > 0) arcs.push([over, R + j, s.colDual[j]!]);
  }
  for (let g = 0; g < G; g++) {
    arcs.push([R + C + g, sink, rho[g]! - nextMarginal(groups, g, groupLoad[g]!)]);
    if (groupLoad[g]! > 0) arcs.push([sink, R + C + g, lastMarginal(groups, g, groupLoad[g]!) - rho[g]!]);
  }
  const out: [number, number][][] = Array.from({ length: sink + 1 }, () => []);
  for (const [a, b, c] of arcs) out[a]!.push([b, c]);
  const distance = (from: number, to: number): number | null => {
    const dist = new Array<number>(sink + 1).fill(Infinity);
    const done = new Array<boolean>(sink + 1).fill(false);
    dist[from] = 0;
    for (;;) {
      let x = -1;
      for (let y = 0; y <= sink; y++) if (!done[y] && dist[y]! < Infinity && (x < 0 || dist[y]! < dist[x]!)) x = y;
      if (x < 0) break;
      done[x] = true;
      for (const [b, c] of out[x]!) if (dist[x]! + c < dist[b]!) dist[b] = dist[x]! + c;
    }
    return dist[to] === Infinity ? null : dist[to]!;
  };
  const plus = (c: number, d: number | null) => (d === null ? null : c + d);
  return {
    withoutPair: (r: number) => distance(r, R + col(r)),
    ifStays: (r: number, stay: number) =>
      stay === s.assignedEdge[r] ? 0 : plus(reduced[stay]!, distance(R + p.edgeCol[stay]!, R + col(r))),
    forcedEdge: (r: number, k: number) => (k === s.assignedEdge[r] ? 0 : plus(reduced[k]!, distance(R + p.edgeCol[k]!, r))),
  };
}

describe('the landmark search of the margins', () => {
  it('equals a plain Dijkstra over the residual graph on random instances with groups, capacities and stay edges', () => {
    const rand = seededRandom(77);
    let asked = 0;
    let positive = 0;
    let impossible = 0;
    for (let t = 0; t < 12; t++) {
      const { rows, cols, problem: p, groups } = randomMarginInstance(rand, { density: t % 3 === 0 ? 0.08 : 0.2, negative: t % 4 === 1 });
      const s = solveGroupedAssignment(p, groups);
      if (!s.feasible) continue;
      const stayEdgeOfRow = Int32Array.from({ length: rows }, (_, r) => {
        for (let k = p.rowStart[r]!; k < p.rowStart[r + 1]!; k++) if (p.edgeCol[k] === (r * 7) % cols) return k;
        return p.rowStart[r]!;
      });
      const search = marginSearch({ problem: p, groups, solution: s, stayEdgeOfRow });
      if (search === null) throw new Error(`instance ${t}: duals do not certify the solution`);
      const reference = referenceDistances(p, groups, s);
      for (let r = 0; r < rows; r++) {
        const without = reference.withoutPair(r);
        expect({ t, r, without: search.withoutPair(r), stays: search.ifStays(r) }).toEqual({
          t,
          r,
          without,
          stays: reference.ifStays(r, stayEdgeOfRow[r]!),
        });
        for (let k = p.rowStart[r]!; k < p.rowStart[r + 1]!; k += 2) {
          expect({ t, r, k, forced: search.forcedEdge(r, k) }).toEqual({ t, r, k, forced: reference.forcedEdge(r, k) });
          asked++;
        }
        if (without === null) impossible++;
        else if (without > 0) positive++;
      }
    }
    expect(asked).toBeGreaterThan(1000);
    expect(positive).toBeGreaterThan(100);
    expect(impossible).toBeGreaterThan(0);
  });
});

/** Plain Dijkstra over the graph's forward lists: every distance from `from`. */
function plainDistances(graph: MarginGraph, from: number): number[] {
  const { start, head, cost } = graph.forward;
  const dist = new Array<number>(graph.nodes).fill(Infinity);
  const done = new Array<boolean>(graph.nodes).fill(false);
  dist[from] = 0;
  for (;;) {
    let x = -1;
    for (let y = 0; y < graph.nodes; y++) if (!done[y] && dist[y]! < Infinity && (x < 0 || dist[y]! < dist[x]!)) x = y;
    if (x < 0) return dist;
    done[x] = true;
    for (let t = start[x]!; t < start[x + 1]!; t++) dist[head[t]!] = Math.min(dist[head[t]!]!, dist[x]! + cost[t]!);
  }
}

describe('the bidirectional distance search', () => {
  it('finds every distance a plain Dijkstra finds, with one to six landmarks, and names the first arc of a shortest path', () => {
    const rand = seededRandom(5);
    let asked = 0;
    let joined = 0;
    for (let t = 0; t < 30; t++) {
      const { problem: p, groups } = randomMarginInstance(rand, { density: t % 2 === 0 ? 0.1 : 0.25, negative: t % 3 === 1 });
      const s = solveGroupedAssignment(p, groups);
      if (!s.feasible) continue;
      const residual = marginResidual(p, groups, s)!;
      const graph = marginGraph(p, groups, s, residual);
      const search = distanceSearch(graph, marginLandmarks(graph, residual.groupLoad, 1 + (t % 6)), Infinity);
      const { start, head, cost } = graph.forward;
      for (let q = 0; q < 40; q++) {
        const from = Math.floor(rand() * graph.nodes);
        const to = graph.rows + Math.floor(rand() * (graph.nodes - graph.rows));
        const dist = plainDistances(graph, from);
        const expected = dist[to] === Infinity ? null : dist[to]!;
        const toTarget = (x: number) => plainDistances(graph, x)[to]!;
        expect({ t, from, to, d: search.distance(from, to) }).toEqual({ t, from, to, d: from === to ? 0 : expected });
        asked++;
        if (expected === null || from === to || search.firstHead() < 0) continue;
        // The named first arc is an arc of the source, and a shortest path goes on from its head.
        const arcs = Array.from({ length: start[from + 1]! - start[from]! }, (_, a) => start[from]! + a);
        expect(arcs.some((a) => head[a] === search.firstHead() && cost[a] === search.firstCost())).toBe(true);
        expect(search.firstCost() + toTarget(search.firstHead())).toBe(expected);
        joined++;
      }
    }
    expect(asked).toBeGreaterThan(200);
    expect(joined).toBeGreaterThan(50);
  });
});

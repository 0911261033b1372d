import { marginGraph, type MarginGraph } from './marginGraph';
import { marginLandmarks } from './marginLandmarks';
import { marginResidual } from './marginResidual';
import { solveGroupedAssignment } from './solveGroupedAssignment';
import { randomMarginInstance } from '../../../test/support/solver/groupedInstances';
import { seededRandom } from '../../../test/support/solver/randomInstance';

/** Every arc of the graph as "tail head cost", from the forward lists or (reversed) the backward ones, sorted. */
function arcSet(graph: MarginGraph, direction: 'forward' | 'backward'): string[] {
  const { start, head, cost } = graph[direction];
  const arcs: string[] = [];
  for (let x = 0; x < graph.nodes; x++) {
    for (let t = start[x]!; t < start[x + 1]!; t++) {
      arcs.push(direction === 'forward' ? `${x} ${head[t]} ${cost[t]}` : `${head[t]} ${x} ${cost[t]}`);
    }
  }
  return arcs.sort();
}

function randomGraph(seed: number) {
  const rand = seededRandom(seed);
  const { rows, problem, groups } = randomMarginInstance(rand, { density: 0.15, negative: seed % 2 === 1 });
  const solution = solveGroupedAssignment(problem, groups);
  if (!solution.feasible) return null;
  const residual = marginResidual(problem, groups, solution)!;
  return { graph: marginGraph(problem, groups, solution, residual), residual, edges: problem.edgeCol.length, rows };
}

describe('the margin graph and its landmarks', () => {
  it('hold the same arcs forward and backward, both ways cheapest first, one arc per unused edge', () => {
    let checked = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const built = randomGraph(seed);
      if (built === null) continue;
      const { graph, edges, rows } = built;
      expect(arcSet(graph, 'backward')).toEqual(arcSet(graph, 'forward'));
      for (const { start, head, cost } of [graph.forward, graph.backward]) {
        for (let x = 0; x < graph.nodes; x++) {
          for (let t = start[x]! + 1; t < start[x + 1]!; t++) {
            expect(cost[t - 1]! < cost[t]! || (cost[t - 1] === cost[t] && head[t - 1]! <= head[t]!)).toBe(true);
          }
        }
      }
      expect(graph.forward.start[rows]).toBe(edges - rows);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('give exact distances from and to each landmark: no arc shortens them and each one is reached over a tight arc', () => {
    let checked = 0;
    for (let seed = 41; seed <= 80 && checked < 8; seed++) {
      const built = randomGraph(seed);
      if (built === null) continue;
      checked++;
      const { graph, residual } = built;
      const { count: K, dist } = marginLandmarks(graph, residual.groupLoad, 6);
      const { start, head, cost } = graph.forward;
      for (let l = 0; l < K; l++) {
        const from = (x: number) => dist[x * 2 * K + 2 * l]!;
        const to = (x: number) => dist[x * 2 * K + 2 * l + 1]!;
        const tightIn = new Array<boolean>(graph.nodes).fill(false);
        const tightOut = new Array<boolean>(graph.nodes).fill(false);
        for (let x = 0; x < graph.nodes; x++) {
          for (let t = start[x]!; t < start[x + 1]!; t++) {
            const y = head[t]!;
            expect(from(y)).toBeLessThanOrEqual(from(x) + cost[t]!);
            expect(to(x)).toBeLessThanOrEqual(to(y) + cost[t]!);
            if (from(x) !== Infinity && from(y) === from(x) + cost[t]!) tightIn[y] = true;
            if (to(y) !== Infinity && to(x) === to(y) + cost[t]!) tightOut[x] = true;
          }
        }
        const landmark = Array.from({ length: graph.nodes }, (_, x) => x).filter((x) => from(x) === 0 && to(x) === 0);
        expect(landmark.length).toBeGreaterThan(0);
        for (let x = 0; x < graph.nodes; x++) {
          if (from(x) > 0 && from(x) !== Infinity) expect(tightIn[x]).toBe(true);
          if (to(x) > 0 && to(x) !== Infinity) expect(tightOut[x]).toBe(true);
        }
      }
    }
    expect(checked).toBe(8);
  });
});

import { buildAssignmentProblem } from '../solver/assignmentProblem';
import { problemOf } from './graphProblem';

/** A seeded generator of small integers (a linear congruential generator). */
function draws(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

/** A random graph: per row a stay edge, then moves in column order (or, when `shuffled`, in any order). */
function randomGraph(seed: number, shuffled: boolean) {
  const pick = draws(seed);
  const rows = 1 + pick(40);
  const cols = 1 + pick(30);
  const edgeRow: number[] = [];
  const edgeCol: number[] = [];
  const edgeWeight: number[] = [];
  for (let r = 0; r < rows; r++) {
    if (pick(10) === 0) continue;
    const stay = pick(cols);
    const moves = Array.from({ length: cols }, (_, c) => c).filter((c) => c !== stay && pick(3) === 0);
    if (shuffled) moves.sort(() => pick(3) - 1);
    for (const c of [stay, ...moves]) {
      edgeRow.push(r);
      edgeCol.push(c);
      edgeWeight.push(pick(2001) - 1000);
    }
  }
  return {
    rowEmployee: new Int32Array(rows),
    colPosition: new Int32Array(cols),
    capacity: Int32Array.from({ length: cols }, () => pick(3)),
    edgeRow: Int32Array.from(edgeRow),
    edgeCol: Int32Array.from(edgeCol),
    edgeWeight: Float64Array.from(edgeWeight),
  };
}

function builderProblem(graph: ReturnType<typeof randomGraph>) {
  const built = buildAssignmentProblem({ ...graph, rows: graph.rowEmployee.length, cols: graph.colPosition.length });
  if (!built.ok) throw new Error('rejected');
  return built.value.problem;
}

describe('problemOf', () => {
  it("equals the solver's builder on random graphs, rows in the graph's shape or in any order", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const graph = randomGraph(seed, seed % 2 === 0);
      expect(problemOf(graph)).toEqual(builderProblem(graph));
    }
  });

  it('equals the builder when the rows are not listed in order', () => {
    const graph = randomGraph(7, false);
    const reversed = {
      ...graph,
      edgeRow: graph.edgeRow.slice().reverse(),
      edgeCol: graph.edgeCol.slice().reverse(),
      edgeWeight: graph.edgeWeight.slice().reverse(),
    };
    expect(problemOf(reversed)).toEqual(builderProblem(reversed));
  });

  it('rejects a graph with a pair twice or a weight that is not an integer', () => {
    const graph = randomGraph(3, false);
    const twice = { ...graph, edgeRow: Int32Array.of(0, 0), edgeCol: Int32Array.of(0, 0), edgeWeight: Float64Array.of(1, 2) };
    expect(() => problemOf(twice)).toThrow('SOLVER_EDGE_DUPLICATE');
    const fraction = { ...graph, edgeRow: Int32Array.of(0), edgeCol: Int32Array.of(0), edgeWeight: Float64Array.of(0.5) };
    expect(() => problemOf(fraction)).toThrow('SOLVER_EDGE_WEIGHT_INVALID');
  });
});

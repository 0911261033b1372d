/**
 * Seeded random instances for tests and benchmarks (no HR meaning): a small, fast PRNG and
 * generators for sparse capacitated and dense square problems.
 */

import { buildAssignmentProblem, type AssignmentProblem } from '../../../src/domain/solver/assignmentProblem';

/** mulberry32: a tiny deterministic PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [lo, hi] inclusive. */
export const randomInt = (rand: () => number, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

export interface RandomSparseSpec {
  readonly rows: number;
  readonly cols: number;
  /** Probability of each (row, column) edge. */
  readonly density: number;
  readonly maxCapacity: number;
  readonly minWeight: number;
  readonly maxWeight: number;
  /** Give each row an edge to column (row mod cols), like a "stay" edge. */
  readonly homeEdge?: boolean;
}

/** Random sparse instance; edges listed in random order to exercise the builder. */
export function randomSparseProblem(rand: () => number, spec: RandomSparseSpec): AssignmentProblem {
  const edgeRow: number[] = [];
  const edgeCol: number[] = [];
  const edgeWeight: number[] = [];
  for (let i = 0; i < spec.rows; i++) {
    for (let j = 0; j < spec.cols; j++) {
      const home = spec.homeEdge === true && spec.cols > 0 && j === i % spec.cols;
      if (!home && rand() >= spec.density) continue;
      edgeRow.push(i);
      edgeCol.push(j);
      edgeWeight.push(randomInt(rand, spec.minWeight, spec.maxWeight));
    }
  }
  for (let k = edgeRow.length - 1; k > 0; k--) {
    const t = Math.floor(rand() * (k + 1));
    for (const a of [edgeRow, edgeCol, edgeWeight]) {
      const tmp = a[k] as number;
      a[k] = a[t] as number;
      a[t] = tmp;
    }
  }
  const capacity = Array.from({ length: spec.cols }, () => randomInt(rand, 0, spec.maxCapacity));
  const built = buildAssignmentProblem({ rows: spec.rows, cols: spec.cols, capacity, edgeRow, edgeCol, edgeWeight });
  if (!built.ok) throw new Error(`generator produced an invalid instance: ${built.issues[0]?.code ?? ''}`);
  return built.value.problem;
}

/** Row-major n×m matrix of integer weights in [lo, hi]. */
export function randomDenseWeights(rand: () => number, n: number, m: number, lo: number, hi: number): Float64Array {
  const w = new Float64Array(n * m);
  for (let k = 0; k < w.length; k++) w[k] = randomInt(rand, lo, hi);
  return w;
}

/** A problem from a list of `[row, column, weight]` edges; throws on an invalid one (test input is meant to be valid). */
export function problemFromEdges(rows: number, cols: number, capacity: number[], edges: [number, number, number][]): AssignmentProblem {
  const built = buildAssignmentProblem({
    rows,
    cols,
    capacity,
    edgeRow: edges.map((e) => e[0]),
    edgeCol: edges.map((e) => e[1]),
    edgeWeight: edges.map((e) => e[2]),
  });
  if (!built.ok) throw new Error(built.issues[0]?.code);
  return built.value.problem;
}

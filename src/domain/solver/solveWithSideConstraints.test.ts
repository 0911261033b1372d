import type { AssignmentProblem } from './assignmentProblem';
import { constraintLhs, edgesOfAssignment, satisfiesAll, type SideConstraint } from './sideConstraint';
import { solveAssignment } from './solveAssignment';
import { solveWithSideConstraints } from './solveWithSideConstraints';
import { bruteForceAssignment } from '../../../test/support/solver/bruteForce';
import { randomInt, randomSparseProblem, seededRandom } from '../../../test/support/solver/randomInstance';

/** Each row's "home" column is row mod cols (the generator's home edge). */
const homeOf = (p: AssignmentProblem, i: number): number => i % p.cols;

function edgesWhere(p: AssignmentProblem, pick: (i: number, j: number) => -1 | 0 | 1): { edges: Int32Array; coef: Int8Array } {
  const edges: number[] = [];
  const coef: number[] = [];
  for (let i = 0; i < p.rows; i++) {
    for (let e = p.rowStart[i] as number; e < (p.rowStart[i + 1] as number); e++) {
      const a = pick(i, p.edgeCol[e] as number);
      if (a === 0) continue;
      edges.push(e);
      coef.push(a);
    }
  }
  return { edges: Int32Array.from(edges), coef: Int8Array.from(coef) };
}

function randomConstraints(rand: () => number, p: AssignmentProblem): SideConstraint[] {
  const out: SideConstraint[] = [];
  if (rand() < 0.7) out.push({ ...edgesWhere(p, (i, j) => (j === homeOf(p, i) ? 0 : 1)), limit: randomInt(rand, 0, 2) });
  const group = new Set<number>();
  for (let j = 0; j < p.cols; j++) if (rand() < 0.4) group.add(j);
  if (rand() < 0.6) {
    out.push({ ...edgesWhere(p, (i, j) => (group.has(homeOf(p, i)) && !group.has(j) ? 1 : 0)), limit: randomInt(rand, 0, 1) });
  }
  if (rand() < 0.6) {
    const loss = (i: number, j: number): -1 | 0 | 1 => {
      const from = group.has(homeOf(p, i));
      const to = group.has(j);
      return from && !to ? 1 : !from && to ? -1 : 0;
    };
    out.push({ ...edgesWhere(p, loss), limit: 0 });
  }
  return out;
}

describe('solveWithSideConstraints', () => {
  it('returns the unconstrained optimum, exact, when it already satisfies the constraints', () => {
    const rand = seededRandom(5);
    const p = randomSparseProblem(rand, { rows: 6, cols: 4, density: 0.5, maxCapacity: 3, minWeight: 0, maxWeight: 9, homeEdge: true });
    const free = solveAssignment(p);
    const loose: SideConstraint = { edges: Int32Array.of(0), coef: Int8Array.of(1), limit: 5 };
    const s = solveWithSideConstraints(p, [loose]);
    expect(s.status).toBe(free.feasible ? 'optimal' : 'infeasible');
    if (free.feasible) {
      expect(s.objective).toBe(free.objective);
      expect(s.bound).toBe(free.objective);
      expect(s.exact).toBe(true);
    }
  });

  it('rejects malformed constraints', () => {
    const rand = seededRandom(6);
    const p = randomSparseProblem(rand, { rows: 3, cols: 3, density: 0.5, maxCapacity: 2, minWeight: 0, maxWeight: 9, homeEdge: true });
    expect(() => solveWithSideConstraints(p, [{ edges: Int32Array.of(999), coef: Int8Array.of(1), limit: 0 }])).toThrow(RangeError);
    expect(() => solveWithSideConstraints(p, [{ edges: Int32Array.of(0), coef: Int8Array.of(2), limit: 0 }])).toThrow(RangeError);
  });

  it('brackets the true constrained optimum between objective and bound (300 tiny instances)', () => {
    const rand = seededRandom(1234);
    let exact = 0;
    let withFeasible = 0;
    let found = 0;
    for (let n = 0; n < 300; n++) {
      const rows = randomInt(rand, 2, 7);
      const cols = randomInt(rand, 2, 5);
      const p = randomSparseProblem(rand, { rows, cols, density: 0.5, maxCapacity: 3, minWeight: -10, maxWeight: 30, homeEdge: true });
      const constraints = randomConstraints(rand, p);
      const home = Int32Array.from({ length: rows }, (_, i) => homeOf(p, i));
      const useHint = rand() < 0.5;
      const s = solveWithSideConstraints(p, constraints, useHint ? { feasibleHint: home } : {});
      const truth = bruteForceAssignment(p, (edges) => satisfiesAll(constraints, constraintLhs(constraints, edges, p.edgeCol.length)));
      if (truth.best === null) {
        expect(s.feasible).toBe(false);
        continue;
      }
      withFeasible++;
      expect(s.bound).toBeGreaterThanOrEqual(truth.best);
      if (!s.feasible) {
        expect(s.status).toBe('unknown');
        continue;
      }
      found++;
      const edges = edgesOfAssignment(p, s.assignment);
      expect(edges).not.toBeNull();
      if (!edges) continue;
      expect(satisfiesAll(constraints, constraintLhs(constraints, edges, p.edgeCol.length))).toBe(true);
      let value = 0;
      for (const e of edges) value += p.edgeWeight[e] as number;
      expect(value).toBe(s.objective);
      expect(s.objective).toBeLessThanOrEqual(truth.best);
      expect(s.gap).toBe(s.bound - s.objective);
      if (s.exact) {
        exact++;
        expect(s.objective).toBe(truth.best);
      }
    }
    // The heuristic side must mostly work: feasible points found, many proven optimal.
    expect(found / withFeasible).toBeGreaterThan(0.95);
    expect(exact / withFeasible).toBeGreaterThan(0.5);
  });

  it('proves infeasibility when the bound falls below every assignment', () => {
    const rand = seededRandom(8);
    const p = randomSparseProblem(rand, { rows: 8, cols: 4, density: 0.6, maxCapacity: 4, minWeight: 0, maxWeight: 50, homeEdge: true });
    const row0 = Int32Array.from({ length: (p.rowStart[1] as number) - (p.rowStart[0] as number) }, (_, k) => k);
    // Row 0 must use one of its edges, so "no edge of row 0" can never hold.
    const s = solveWithSideConstraints(p, [{ edges: row0, coef: new Int8Array(row0.length).fill(1), limit: 0 }]);
    expect(s.feasible).toBe(false);
    expect(s.status).toBe('infeasible');
  });

  it('keeps a small gap on a mid-size instance with group limits', () => {
    const rand = seededRandom(21);
    const raw = randomSparseProblem(rand, {
      rows: 1500,
      cols: 300,
      density: 0.03,
      maxCapacity: 1,
      minWeight: 0,
      maxWeight: 1000,
      homeEdge: true,
    });
    // Capacity = home occupants + 0..2, so staying put is feasible.
    const capacity = Int32Array.from({ length: raw.cols }, () => randomInt(rand, 0, 2));
    for (let i = 0; i < raw.rows; i++) capacity[homeOf(raw, i)] = (capacity[homeOf(raw, i)] as number) + 1;
    const p = { ...raw, capacity };
    const groups = 10;
    const moves = edgesWhere(p, (i, j) => (j === homeOf(p, i) ? 0 : 1));
    const constraints: SideConstraint[] = [{ ...moves, limit: 100 }];
    for (let g = 0; g < groups; g++) {
      constraints.push({ ...edgesWhere(p, (i, j) => (homeOf(p, i) % groups === g && j % groups !== g ? 1 : 0)), limit: 5 });
    }
    const home = Int32Array.from({ length: p.rows }, (_, i) => homeOf(p, i));
    for (const options of [{ feasibleHint: home, maxIterations: 60 }, { maxIterations: 60 }]) {
      const s = solveWithSideConstraints(p, constraints, options);
      expect(s.feasible).toBe(true);
      const edges = edgesOfAssignment(p, s.assignment);
      expect(edges && satisfiesAll(constraints, constraintLhs(constraints, edges, p.edgeCol.length))).toBe(true);
      expect(s.bound).toBeGreaterThanOrEqual(s.objective);
      expect(s.gap / s.bound).toBeLessThan(0.001);
    }
  });

  it('is deterministic', () => {
    const rand = seededRandom(99);
    const p = randomSparseProblem(rand, { rows: 60, cols: 20, density: 0.2, maxCapacity: 4, minWeight: 0, maxWeight: 100, homeEdge: true });
    const constraints = randomConstraints(rand, p);
    const a = solveWithSideConstraints(p, constraints);
    const b = solveWithSideConstraints(p, constraints);
    expect(Array.from(a.assignment)).toEqual(Array.from(b.assignment));
    expect(a.bound).toBe(b.bound);
  });
});

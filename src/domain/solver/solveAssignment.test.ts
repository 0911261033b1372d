import { denseAssignmentProblem, type AssignmentProblem } from './assignmentProblem';
import { checkCertificate } from './checkCertificate';
import { isCompleteGraph, solveAssignment } from './solveAssignment';
import { bruteForceAssignment } from '../../../test/support/solver/bruteForce';
import {
  randomDenseWeights,
  randomInt,
  randomSparseProblem,
  seededRandom,
  problemFromEdges,
} from '../../../test/support/solver/randomInstance';

function expectCertified(p: AssignmentProblem, s: ReturnType<typeof solveAssignment>): void {
  const check = checkCertificate(p, s);
  if (!check.ok) throw new Error(`certificate rejected: ${JSON.stringify(check.violations.slice(0, 3))}`);
}

const build = problemFromEdges;

describe('solveAssignment on small hand-made instances', () => {
  it('moves a row off its own column when that frees a better chain', () => {
    // Row 0 stays (5) or moves to column 1 (6); row 1 must go to column 0 or stay (1) on 1.
    const p = build(
      2,
      2,
      [1, 1],
      [
        [0, 0, 5],
        [0, 1, 6],
        [1, 1, 1],
        [1, 0, 9],
      ],
    );
    const s = solveAssignment(p);
    expect(s.status).toBe('optimal');
    expect(Array.from(s.assignment)).toEqual([1, 0]);
    expect(s.objective).toBe(15);
    expectCertified(p, s);
  });

  it('uses column capacities above one', () => {
    const p = build(
      3,
      2,
      [2, 1],
      [
        [0, 0, 4],
        [1, 0, 4],
        [2, 0, 4],
        [2, 1, 1],
      ],
    );
    const s = solveAssignment(p);
    expect(Array.from(s.assignment)).toEqual([0, 0, 1]);
    expect(s.objective).toBe(9);
    expectCertified(p, s);
  });

  it('reports infeasibility with a Hall witness', () => {
    const p = build(
      3,
      2,
      [1, 5],
      [
        [0, 0, 1],
        [1, 0, 2],
        [2, 1, 3],
      ],
    );
    const s = solveAssignment(p);
    expect(s.status).toBe('infeasible');
    expect(s.feasible).toBe(false);
    expect(Array.from(s.assignment)).toEqual([-1, -1, -1]);
    expect(s.certificate.kind).toBe('hall');
    if (s.certificate.kind === 'hall') {
      expect(Array.from(s.certificate.rows)).toEqual([0, 1]);
      expect(Array.from(s.certificate.cols)).toEqual([0]);
    }
    expectCertified(p, s);
  });

  it('reports a row without edges as infeasible', () => {
    const p = build(2, 1, [2], [[0, 0, 1]]);
    const s = solveAssignment(p);
    expect(s.status).toBe('infeasible');
    expectCertified(p, s);
  });

  it('solves the empty instance', () => {
    const p = build(0, 3, [1, 1, 1], []);
    const s = solveAssignment(p);
    expect(s.status).toBe('optimal');
    expect(s.objective).toBe(0);
    expectCertified(p, s);
  });

  it('handles negative weights and zero-capacity columns', () => {
    const p = build(
      2,
      3,
      [0, 1, 1],
      [
        [0, 0, 100],
        [0, 1, -5],
        [1, 1, -1],
        [1, 2, -7],
      ],
    );
    const s = solveAssignment(p);
    expect(Array.from(s.assignment)).toEqual([1, 2]);
    expect(s.objective).toBe(-12);
    expectCertified(p, s);
  });

  it('recognises complete graphs and solves them with the dense search', () => {
    const p = denseAssignmentProblem(3, 3, Float64Array.of(1, 2, 3, 2, 4, 6, 3, 6, 9));
    expect(isCompleteGraph(p)).toBe(true);
    const s = solveAssignment(p);
    expect(s.stats.method).toBe('dense');
    expect(s.objective).toBe(14);
    expectCertified(p, s);
  });

  it('rejects weights too large for exact potentials', () => {
    const p = denseAssignmentProblem(1, 1, Float64Array.of(2 ** 52));
    expect(() => solveAssignment(p)).toThrow(RangeError);
  });
});

describe('solveAssignment against brute force', () => {
  const cases: { name: string; count: number; make: (rand: () => number) => AssignmentProblem }[] = [
    {
      name: 'sparse with capacities 0-3 and negative weights',
      count: 300,
      make: (rand) =>
        randomSparseProblem(rand, {
          rows: randomInt(rand, 1, 6),
          cols: randomInt(rand, 1, 5),
          density: 0.3 + 0.6 * rand(),
          maxCapacity: 3,
          minWeight: -20,
          maxWeight: 20,
        }),
    },
    {
      name: 'sparse with a home edge per row and many ties',
      count: 200,
      make: (rand) =>
        randomSparseProblem(rand, {
          rows: randomInt(rand, 1, 7),
          cols: randomInt(rand, 1, 5),
          density: 0.4,
          maxCapacity: 2,
          minWeight: 0,
          maxWeight: 3,
          homeEdge: true,
        }),
    },
    {
      name: 'dense square unit capacity',
      count: 150,
      make: (rand) => {
        const n = randomInt(rand, 1, 6);
        return denseAssignmentProblem(n, n, randomDenseWeights(rand, n, n, -50, 50));
      },
    },
    {
      name: 'dense rectangular with capacities',
      count: 150,
      make: (rand) => {
        const n = randomInt(rand, 1, 6);
        const m = randomInt(rand, 1, 5);
        const capacity = Int32Array.from({ length: m }, () => randomInt(rand, 0, 3));
        return denseAssignmentProblem(n, m, randomDenseWeights(rand, n, m, -5, 5), capacity);
      },
    },
    {
      name: 'sparse square unit capacity (JV reductions on CSR)',
      count: 200,
      make: (rand) => {
        const n = randomInt(rand, 1, 7);
        const p = randomSparseProblem(rand, {
          rows: n,
          cols: n,
          density: 0.5,
          maxCapacity: 1,
          minWeight: -9,
          maxWeight: 9,
          homeEdge: true,
        });
        return { ...p, capacity: new Int32Array(n).fill(1) };
      },
    },
  ];

  for (const c of cases) {
    it(`matches the exhaustive optimum: ${c.name} (${c.count} instances)`, () => {
      const rand = seededRandom(c.name.length * 7919);
      let infeasible = 0;
      for (let k = 0; k < c.count; k++) {
        const p = c.make(rand);
        const s = solveAssignment(p);
        expectCertified(p, s);
        const truth = bruteForceAssignment(p);
        if (truth.best === null) {
          infeasible++;
          expect(s.status).toBe('infeasible');
        } else {
          expect(s.status).toBe('optimal');
          expect(s.objective).toBe(truth.best);
        }
        const again = solveAssignment(p);
        expect(Array.from(again.assignment)).toEqual(Array.from(s.assignment));
      }
      if (c.name.startsWith('sparse with capacities')) expect(infeasible).toBeGreaterThan(10);
    });
  }
});

describe('solveAssignment on larger random instances', () => {
  it('certifies sparse instances with a few thousand rows', () => {
    const rand = seededRandom(42);
    for (let k = 0; k < 5; k++) {
      const p = randomSparseProblem(rand, {
        rows: 400,
        cols: 150,
        density: 0.05,
        maxCapacity: 5,
        minWeight: -1000,
        maxWeight: 1000,
        homeEdge: true,
      });
      const s = solveAssignment(p);
      expectCertified(p, s);
    }
  });

  it('certifies dense square and rectangular instances', () => {
    const rand = seededRandom(7);
    for (const [n, m] of [
      [200, 200],
      [150, 300],
      [300, 120],
    ] as const) {
      const capacity = n > m ? new Int32Array(m).fill(3) : undefined;
      const p = denseAssignmentProblem(n, m, randomDenseWeights(rand, n, m, 0, 1000), capacity);
      const s = solveAssignment(p);
      expect(s.status).toBe('optimal');
      expectCertified(p, s);
    }
  });

  it('reports progress and stops when cancelled', () => {
    const rand = seededRandom(3);
    const p = denseAssignmentProblem(300, 300, randomDenseWeights(rand, 300, 300, 0, 1000));
    const fractions: number[] = [];
    const s = solveAssignment(p, { onProgress: (f) => fractions.push(f) });
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((f, k) => f >= 0 && f <= 1 && (k === 0 || f >= (fractions[k - 1] as number)))).toBe(true);
    const cancelled = solveAssignment(p, { isCancelled: () => true });
    expect(cancelled.status).toBe('cancelled');
    expect(checkCertificate(p, cancelled).ok).toBe(false);
    expect(s.status).toBe('optimal');
  });
});

import type { AssignmentProblem } from './assignmentProblem';
import { checkGroupedCertificate } from './checkGroupedCertificate';
import { buildColumnGroups, groupValue, noColumnGroups, type ColumnGroups } from './columnGroups';
import type { GroupedSolution } from './groupedSolution';
import { solveAssignment } from './solveAssignment';
import { solveGroupedAssignment } from './solveGroupedAssignment';
import { bruteForceGrouped, randomColumnGroups } from '../../../test/support/solver/groupedInstances';
import { randomInt, randomSparseProblem, seededRandom, problemFromEdges } from '../../../test/support/solver/randomInstance';

const build = problemFromEdges;

function groupsOf(colGroup: number[], marginals: number[][], tail: number[]): ColumnGroups {
  const built = buildColumnGroups({ cols: colGroup.length, colGroup, marginals, tail });
  if (!built.ok) throw new Error(built.issues[0]?.code);
  return built.value;
}

function solveCertified(p: AssignmentProblem, groups: ColumnGroups): GroupedSolution {
  const s = solveGroupedAssignment(p, groups);
  const check = checkGroupedCertificate(p, groups, s);
  if (!check.ok) throw new Error(`certificate rejected: ${JSON.stringify(check.violations.slice(0, 3))}`);
  return s;
}

describe('buildColumnGroups', () => {
  it('builds CSR marginals and values loads with the tail beyond the listed rows', () => {
    const groups = groupsOf([0, 0, -1, 1], [[10, 4], []], [1, 3]);
    expect(Array.from(groups.groupStart)).toEqual([0, 2, 2]);
    expect([0, 1, 2, 3, 4].map((n) => groupValue(groups, 0, n))).toEqual([0, 10, 14, 15, 16]);
    expect(groupValue(groups, 1, 2)).toBe(6);
  });

  it('rejects increasing marginals, a tail above the last marginal, bad group indices and lengths', () => {
    const codes = (input: Parameters<typeof buildColumnGroups>[0]) => {
      const built = buildColumnGroups(input);
      return built.ok ? [] : built.issues.map((i) => i.code);
    };
    expect(codes({ cols: 1, colGroup: [0], marginals: [[1, 2]], tail: [0] })).toEqual(['SOLVER_GROUP_NOT_CONCAVE']);
    expect(codes({ cols: 1, colGroup: [0], marginals: [[5]], tail: [6] })).toEqual(['SOLVER_GROUP_TAIL_ABOVE_MARGINAL']);
    expect(codes({ cols: 1, colGroup: [0], marginals: [[1.5]], tail: [0] })).toEqual(['SOLVER_GROUP_MARGINAL_INVALID']);
    expect(codes({ cols: 1, colGroup: [0], marginals: [[]], tail: [Infinity] })).toEqual(['SOLVER_GROUP_TAIL_INVALID']);
    expect(codes({ cols: 2, colGroup: [1, -2], marginals: [[]], tail: [0] })).toEqual([
      'SOLVER_GROUP_INDEX_RANGE',
      'SOLVER_GROUP_INDEX_RANGE',
    ]);
    expect(codes({ cols: 2, colGroup: [0], marginals: [[]], tail: [] })).toEqual([
      'SOLVER_GROUP_COLUMNS_LENGTH',
      'SOLVER_GROUP_TAIL_LENGTH',
    ]);
  });
});

describe('solveGroupedAssignment on small hand-made instances', () => {
  it('spreads rows across groups when the second row in a group is worth less', () => {
    // Both rows prefer column 0 (group 0) slightly; group values 100 then 0 make them split.
    const p = build(
      2,
      2,
      [2, 2],
      [
        [0, 0, 5],
        [0, 1, 4],
        [1, 0, 5],
        [1, 1, 4],
      ],
    );
    const s = solveCertified(
      p,
      groupsOf(
        [0, 1],
        [
          [100, 0],
          [100, 0],
        ],
        [0, 0],
      ),
    );
    expect(Array.from(s.assignment)).toEqual([0, 1]);
    expect(Array.from(s.groupLoad)).toEqual([1, 1]);
    expect(s.objective).toBe(209);
    expect(s.groupObjective).toBe(200);
  });

  it('keeps rows together when the group values are flat', () => {
    const p = build(
      2,
      2,
      [2, 2],
      [
        [0, 0, 5],
        [0, 1, 4],
        [1, 0, 5],
        [1, 1, 4],
      ],
    );
    const s = solveCertified(
      p,
      groupsOf(
        [0, 1],
        [
          [100, 100],
          [100, 100],
        ],
        [0, 0],
      ),
    );
    expect(Array.from(s.assignment)).toEqual([0, 0]);
    expect(s.objective).toBe(210);
  });

  it('fills the group with a big first marginal first, moving a row out of its best column', () => {
    // Row 0 is best in column 0 (ungrouped), row 1 only fits column 0; group 0's first row is worth 1,000,000.
    const p = build(
      3,
      3,
      [1, 1, 1],
      [
        [0, 0, 50],
        [0, 1, 0],
        [1, 0, 10],
        [1, 2, 0],
        [2, 2, 7],
        [2, 1, 0],
      ],
    );
    const s = solveCertified(p, groupsOf([-1, 0, 1], [[1_000_000, 0], [3]], [0, 0]));
    expect(Array.from(s.assignment)).toEqual([0, 2, 1]);
    expect(s.objective).toBe(50 + 0 + 0 + 1_000_000 + 3);
    expect(Array.from(s.groupDual)).toHaveLength(2);
  });

  it('counts a group over several columns and uses the tail beyond the listed marginals', () => {
    const p = build(
      4,
      3,
      [2, 2, 4],
      [
        [0, 0, 0],
        [1, 0, 0],
        [2, 1, 0],
        [3, 1, 0],
        [0, 2, 1],
        [1, 2, 1],
        [2, 2, 1],
        [3, 2, 1],
      ],
    );
    const s = solveCertified(p, groupsOf([0, 0, -1], [[10, 5]], [-3]));
    // Rows in group 0 add 10, 5, then −3 each; column 2 pays 1 per row.
    expect(Array.from(s.groupLoad)).toEqual([2]);
    expect(s.objective).toBe(15 + 2);
  });

  it('reports a row without edges and too little capacity as infeasible', () => {
    const groups = groupsOf([0], [[5]], [0]);
    const noEdge = solveGroupedAssignment(build(2, 1, [2], [[0, 0, 1]]), groups);
    expect(noEdge.status).toBe('infeasible');
    expect(noEdge.feasible).toBe(false);
    expect(checkGroupedCertificate(build(2, 1, [2], [[0, 0, 1]]), groups, noEdge).ok).toBe(true);
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
    const s = solveGroupedAssignment(p, groupsOf([0, -1], [[9]], [0]));
    expect(s.status).toBe('infeasible');
    expect(s.certificate.kind).toBe('hall');
    if (s.certificate.kind === 'hall') expect(Array.from(s.certificate.rows)).toEqual([0, 1]);
    expect(checkGroupedCertificate(p, groupsOf([0, -1], [[9]], [0]), s).ok).toBe(true);
  });

  it('solves the empty instance', () => {
    const s = solveCertified(build(0, 2, [1, 1], []), groupsOf([0, 0], [[7]], [0]));
    expect(s.status).toBe('optimal');
    expect(s.objective).toBe(0);
  });

  it('rejects groups that describe another number of columns', () => {
    expect(() => solveGroupedAssignment(build(1, 2, [1, 1], [[0, 0, 1]]), noColumnGroups(3))).toThrow(RangeError);
  });

  it('the certificate check catches a wrong objective, a worse assignment and a wrong group dual', () => {
    const p = build(
      2,
      2,
      [2, 2],
      [
        [0, 0, 5],
        [0, 1, 4],
        [1, 0, 5],
        [1, 1, 4],
      ],
    );
    const groups = groupsOf(
      [0, 1],
      [
        [100, 0],
        [100, 0],
      ],
      [0, 0],
    );
    const s = solveCertified(p, groups);
    const codes = (t: GroupedSolution) => checkGroupedCertificate(p, groups, t).violations.map((v) => v.code);
    expect(codes({ ...s, objective: s.objective + 1 })).toContain('OBJECTIVE_MISMATCH');
    expect(codes({ ...s, assignment: Int32Array.of(0, 0), objective: 110 })).not.toHaveLength(0);
    expect(codes({ ...s, groupDual: s.groupDual.map((x) => x + 1000) })).toContain('GROUP_DUAL_OUT_OF_RANGE');
  });
});

describe('solveGroupedAssignment against references', () => {
  it('without groups reaches the optimum of solveAssignment on random instances', () => {
    const rand = seededRandom(31);
    let compared = 0;
    for (let t = 0; t < 60; t++) {
      const rows = randomInt(rand, 1, 120);
      const cols = randomInt(rand, 1, 60);
      const p = randomSparseProblem(rand, {
        rows,
        cols,
        density: Math.min(1, randomInt(rand, 1, 8) / cols),
        maxCapacity: Math.ceil((4 * rows) / cols),
        minWeight: -50,
        maxWeight: 1000,
        homeEdge: t % 2 === 0,
      });
      const plain = solveAssignment(p);
      const grouped = solveGroupedAssignment(
        p,
        t % 3 === 0
          ? noColumnGroups(cols)
          : groupsOf(
              Array.from({ length: cols }, () => -1),
              [[5, 1]],
              [0],
            ),
      );
      expect({ t, status: grouped.status, objective: grouped.objective }).toEqual({ t, status: plain.status, objective: plain.objective });
      if (grouped.feasible) {
        expect(
          checkGroupedCertificate(
            p,
            t % 3 === 0
              ? noColumnGroups(cols)
              : groupsOf(
                  Array.from({ length: cols }, () => -1),
                  [[5, 1]],
                  [0],
                ),
            grouped,
          ).ok,
        ).toBe(true);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('matches brute force on random small grouped instances', () => {
    const rand = seededRandom(32);
    let feasible = 0;
    let infeasible = 0;
    for (let t = 0; t < 400; t++) {
      const rows = randomInt(rand, 1, 6);
      const cols = randomInt(rand, 1, 5);
      const p = randomSparseProblem(rand, {
        rows,
        cols,
        density: 0.6,
        maxCapacity: 3,
        minWeight: -20,
        maxWeight: 20,
        homeEdge: t % 2 === 0,
      });
      const groups = randomColumnGroups(rand, cols, {
        groups: randomInt(rand, 0, 3),
        ungrouped: 0.2,
        maxListed: 4,
        maxMarginal: 30,
        negative: t % 3 === 0,
      });
      const s = solveGroupedAssignment(p, groups);
      const check = checkGroupedCertificate(p, groups, s);
      expect({ t, ok: check.ok, violations: check.violations.slice(0, 2) }).toEqual({ t, ok: true, violations: [] });
      const best = bruteForceGrouped(p, groups);
      expect({ t, objective: s.feasible ? s.objective : null }).toEqual({ t, objective: best });
      if (s.feasible) feasible++;
      else infeasible++;
    }
    expect(feasible).toBeGreaterThan(150);
    expect(infeasible).toBeGreaterThan(10);
  });

  it('is certified on larger random instances with big lower-bound marginals', () => {
    const rand = seededRandom(33);
    for (let t = 0; t < 12; t++) {
      const rows = randomInt(rand, 200, 900);
      const cols = randomInt(rand, 50, 300);
      const p = randomSparseProblem(rand, {
        rows,
        cols,
        density: Math.min(1, 12 / cols),
        maxCapacity: Math.ceil((3 * rows) / cols),
        minWeight: -1000,
        maxWeight: 100000,
        homeEdge: true,
      });
      const groups = randomColumnGroups(rand, cols, {
        groups: randomInt(rand, 1, 40),
        ungrouped: 0.1,
        maxListed: 12,
        maxMarginal: 1_000_000,
        negative: t % 2 === 0,
      });
      const s = solveGroupedAssignment(p, groups);
      const check = checkGroupedCertificate(p, groups, s);
      expect({ t, status: s.status, ok: check.ok, violations: check.violations.slice(0, 2) }).toEqual({
        t,
        status: s.status,
        ok: true,
        violations: [],
      });
    }
  });

  it('reaches the same optimum, certified, from a start column per row (some without an edge)', () => {
    const rand = seededRandom(35);
    let placedFromStart = 0;
    for (let t = 0; t < 10; t++) {
      const rows = randomInt(rand, 300, 900);
      const cols = randomInt(rand, 60, 250);
      const p = randomSparseProblem(rand, {
        rows,
        cols,
        density: Math.min(1, 10 / cols),
        maxCapacity: Math.ceil((3 * rows) / cols),
        minWeight: -1000,
        maxWeight: 20000,
        homeEdge: true,
      });
      const groups = randomColumnGroups(rand, cols, {
        groups: randomInt(rand, 5, 40),
        ungrouped: 0.1,
        maxListed: 30,
        maxMarginal: 1_000_000,
      });
      const start = Int32Array.from({ length: rows }, (_, i) => (i % 7 === 3 ? -1 : i % 11 === 5 ? (i + 1) % cols : i % cols));
      const plain = solveGroupedAssignment(p, groups);
      const warm = solveGroupedAssignment(p, groups, { start });
      expect({ t, status: warm.status, objective: warm.objective }).toEqual({ t, status: plain.status, objective: plain.objective });
      const check = checkGroupedCertificate(p, groups, warm);
      expect({ t, ok: check.ok, violations: check.violations.slice(0, 2) }).toEqual({ t, ok: true, violations: [] });
      if (warm.feasible) placedFromStart += warm.stats.initiallyAssigned;
    }
    expect(placedFromStart).toBeGreaterThan(0);
  });
});

describe('solveGroupedAssignment behaviour', () => {
  const rand = seededRandom(34);
  const p = randomSparseProblem(rand, {
    rows: 600,
    cols: 120,
    density: 0.08,
    maxCapacity: 12,
    minWeight: 0,
    maxWeight: 5000,
    homeEdge: true,
  });
  const groups = randomColumnGroups(rand, 120, { groups: 25, ungrouped: 0.1, maxListed: 20, maxMarginal: 4000 });

  it('is deterministic', () => {
    const a = solveCertified(p, groups);
    const b = solveGroupedAssignment(p, groups);
    expect(a.status).toBe('optimal');
    expect(Array.from(b.assignment)).toEqual(Array.from(a.assignment));
    expect(Array.from(b.groupDual)).toEqual(Array.from(a.groupDual));
    expect(b.stats).toEqual(a.stats);
  });

  it('reports progress up to 1 and stops with status cancelled when asked', () => {
    const seen: number[] = [];
    solveGroupedAssignment(p, groups, { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, k) => f >= 0 && f <= 1 && (k === 0 || f >= (seen[k - 1] as number)))).toBe(true);
    const cancelled = solveGroupedAssignment(p, groups, { isCancelled: () => true });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.certificate.kind).toBe('none');
    expect(checkGroupedCertificate(p, groups, cancelled).ok).toBe(false);
  });

  it('refuses values too large for exact potentials', () => {
    const huge = { ...p, edgeWeight: p.edgeWeight.map((w, e) => (e === 0 ? 2 ** 50 : w)) };
    expect(() => solveGroupedAssignment(huge, groups)).toThrow(RangeError);
  });
});

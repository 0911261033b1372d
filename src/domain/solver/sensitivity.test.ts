import { buildAssignmentProblem, type AssignmentProblem } from './assignmentProblem';
import { noColumnGroups, type ColumnGroups } from './columnGroups';
import { marginSearch } from './sensitivity';
import { solveAssignment } from './solveAssignment';
import { solveGroupedAssignment } from './solveGroupedAssignment';
import { bruteForceGrouped, randomColumnGroups } from '../../../test/support/solver/groupedInstances';
import { randomInt, randomSparseProblem, seededRandom } from '../../../test/support/solver/randomInstance';

/** The optimum keeping only the edges `keep` accepts, by re-solving (null when none fits). */
function optimumWith(p: AssignmentProblem, groups: ColumnGroups, keep: (row: number, k: number) => boolean): number | null {
  const edgeRow: number[] = [];
  const edgeCol: number[] = [];
  const edgeWeight: number[] = [];
  for (let r = 0; r < p.rows; r++) {
    for (let k = p.rowStart[r] as number; k < (p.rowStart[r + 1] as number); k++) {
      if (!keep(r, k)) continue;
      edgeRow.push(r);
      edgeCol.push(p.edgeCol[k] as number);
      edgeWeight.push(p.edgeWeight[k] as number);
    }
  }
  const built = buildAssignmentProblem({ rows: p.rows, cols: p.cols, capacity: p.capacity, edgeRow, edgeCol, edgeWeight });
  if (!built.ok) throw new Error('rebuilt problem rejected');
  const s = solveGroupedAssignment(built.value.problem, groups);
  return s.feasible ? s.objective : null;
}

describe('marginSearch', () => {
  it('equals the drop found by re-solving, on random grouped instances (every question, every row)', () => {
    const rand = seededRandom(41);
    let asked = 0;
    let positive = 0;
    let impossible = 0;
    for (let t = 0; t < 60; t++) {
      const rows = randomInt(rand, 2, 30);
      const cols = randomInt(rand, 2, 12);
      const p = randomSparseProblem(rand, {
        rows,
        cols,
        density: 0.35,
        maxCapacity: Math.ceil((3 * rows) / cols),
        minWeight: -30,
        maxWeight: 60,
        homeEdge: true,
      });
      const groups = randomColumnGroups(rand, cols, {
        groups: randomInt(rand, 1, 4),
        ungrouped: 0.25,
        maxListed: 6,
        maxMarginal: 80,
        negative: t % 4 === 0,
      });
      const s = solveGroupedAssignment(p, groups);
      if (!s.feasible) continue;
      const stayEdgeOfRow = Int32Array.from({ length: rows }, (_, r) => {
        for (let k = p.rowStart[r] as number; k < (p.rowStart[r + 1] as number); k++) if (p.edgeCol[k] === r % cols) return k;
        return -1;
      });
      const search = marginSearch({ problem: p, groups, solution: s, stayEdgeOfRow });
      if (search === null) throw new Error(`instance ${t}: duals do not certify the solution`);
      for (let r = 0; r < rows; r++) {
        const used = s.assignedEdge[r] as number;
        const without = optimumWith(p, groups, (row, k) => row !== r || k !== used);
        const stay = stayEdgeOfRow[r] as number;
        const staying = optimumWith(p, groups, (row, k) => row !== r || k === stay);
        expect({ t, r, without: search.withoutPair(r), stays: search.ifStays(r) }).toEqual({
          t,
          r,
          without: without === null ? null : s.objective - without,
          stays: staying === null ? null : s.objective - staying,
        });
        for (let k = p.rowStart[r] as number; k < (p.rowStart[r + 1] as number); k++) {
          const forced = optimumWith(p, groups, (row, e) => row !== r || e === k);
          expect({ t, r, k, forced: search.forcedEdge(r, k) }).toEqual({ t, r, k, forced: forced === null ? null : s.objective - forced });
          asked++;
        }
        if (without === null) impossible++;
        else if (without < s.objective) positive++;
      }
    }
    expect(asked).toBeGreaterThan(500);
    expect(positive).toBeGreaterThan(50);
    expect(impossible).toBeGreaterThan(0);
  });

  it('re-solving agrees with brute force on the small instances it checks against', () => {
    const rand = seededRandom(42);
    for (let t = 0; t < 30; t++) {
      const p = randomSparseProblem(rand, { rows: 5, cols: 4, density: 0.5, maxCapacity: 2, minWeight: -9, maxWeight: 9, homeEdge: true });
      const groups = randomColumnGroups(rand, 4, { groups: 2, ungrouped: 0.2, maxListed: 3, maxMarginal: 20 });
      expect({ t, best: optimumWith(p, groups, () => true) }).toEqual({ t, best: bruteForceGrouped(p, groups) });
    }
  });

  it('keeps the plain behaviour without groups, and refuses duals that do not certify the solution', () => {
    const rand = seededRandom(43);
    const p = randomSparseProblem(rand, { rows: 40, cols: 12, density: 0.3, maxCapacity: 8, minWeight: 0, maxWeight: 100, homeEdge: true });
    const s = solveAssignment(p);
    const search = marginSearch({ problem: p, groups: null, solution: s });
    if (search === null) throw new Error('duals should certify');
    const grouped = marginSearch({ problem: p, groups: noColumnGroups(12), solution: { ...s, groupDual: new Float64Array(0) } });
    for (let r = 0; r < 40; r++) {
      const used = s.assignedEdge[r] as number;
      const without = optimumWith(p, noColumnGroups(12), (row, k) => row !== r || k !== used);
      expect({ r, margin: search.withoutPair(r) }).toEqual({ r, margin: without === null ? null : s.objective - without });
      expect(grouped?.withoutPair(r)).toBe(search.withoutPair(r));
      expect(search.ifStays(r)).toBeNull();
    }
    const wrong = { ...s, rowDual: s.rowDual.map((u, i) => (i === 0 ? u - 1 : u)) };
    expect(marginSearch({ problem: p, groups: null, solution: wrong })).toBeNull();
    expect(marginSearch({ problem: p, groups: noColumnGroups(12), solution: s })).toBeNull();
  });

  it('stops at the work budget and leaves later answers undefined', () => {
    const rand = seededRandom(44);
    const p = randomSparseProblem(rand, {
      rows: 300,
      cols: 60,
      density: 0.1,
      maxCapacity: 16,
      minWeight: 0,
      maxWeight: 1000,
      homeEdge: true,
    });
    const groups = randomColumnGroups(rand, 60, { groups: 8, ungrouped: 0.1, maxListed: 30, maxMarginal: 900 });
    const s = solveGroupedAssignment(p, groups);
    expect(s.status).toBe('optimal');
    const full = marginSearch({ problem: p, groups, solution: s });
    const cut = marginSearch({ problem: p, groups, solution: s }, 300);
    const answers = Array.from({ length: 300 }, (_, r) => cut?.withoutPair(r));
    const known = answers.filter((a) => a !== undefined).length;
    expect(known).toBeGreaterThan(0);
    expect(known).toBeLessThan(300);
    answers.forEach((a, r) => expect(a === undefined || a === full?.withoutPair(r)).toBe(true));
  });

  it('answers ifStays the same whether or not withoutPair asked first (its path may be reused)', () => {
    const rand = seededRandom(45);
    for (let t = 0; t < 40; t++) {
      const rows = randomInt(rand, 20, 120);
      const cols = randomInt(rand, 4, 20);
      const p = randomSparseProblem(rand, { rows, cols, density: 0.3, maxCapacity: 8, minWeight: -20, maxWeight: 100, homeEdge: true });
      const groups = randomColumnGroups(rand, cols, { groups: 3, ungrouped: 0.2, maxListed: 10, maxMarginal: 90 });
      const s = solveGroupedAssignment(p, groups);
      if (!s.feasible) continue;
      const stayEdgeOfRow = Int32Array.from({ length: rows }, (_, r) => {
        for (let k = p.rowStart[r] as number; k < (p.rowStart[r + 1] as number); k++) if (p.edgeCol[k] === r % cols) return k;
        return -1;
      });
      const input = { problem: p, groups, solution: s, stayEdgeOfRow };
      const fresh = marginSearch(input);
      const reusing = marginSearch(input);
      const stays = Array.from({ length: rows }, (_, r) => fresh?.ifStays(r));
      for (let r = 0; r < rows; r++) reusing?.withoutPair(r);
      expect({ t, stays: Array.from({ length: rows }, (_, r) => reusing?.ifStays(r)) }).toEqual({ t, stays });
    }
  });
});

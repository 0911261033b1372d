/**
 * The exact margins against the plain definition: solve the problem again without the pair
 * (or with the employee kept in place, or with the runner-up forced in) and subtract.
 */
import { exactMargins, justifyPlan, marginSearch, movingRows } from '../../src/domain/explain';
import type { PlanRun } from '../../src/domain/plan/buildPlan';
import { DEFAULT_POLICY } from '../../src/domain/rules';
import { buildAssignmentProblem, type AssignmentProblem } from '../../src/domain/solver/assignmentProblem';
import { solveGroupedAssignment } from '../../src/domain/solver/solveGroupedAssignment';
import { justificationsSheet } from '../../src/domain/output/justificationsSheet';
import { planOf } from '../fairness/smallCity';
import { sampleRun } from '../fairness/sampleRun';
import { runnerUpCity } from './explainCity';

/** The run's problem keeping only the edges `keep` accepts, with its unit values; the optimum, or null when no full assignment exists. */
function optimumWith(run: PlanRun, keep: (row: number, k: number) => boolean): number | null {
  const problem: AssignmentProblem = run.problem;
  const edgeRow: number[] = [];
  const edgeCol: number[] = [];
  const edgeWeight: number[] = [];
  for (let r = 0; r < problem.rows; r++) {
    for (let k = problem.rowStart[r]!; k < problem.rowStart[r + 1]!; k++) {
      if (!keep(r, k)) continue;
      edgeRow.push(r);
      edgeCol.push(problem.edgeCol[k]!);
      edgeWeight.push(problem.edgeWeight[k]!);
    }
  }
  const built = buildAssignmentProblem({
    rows: problem.rows,
    cols: problem.cols,
    capacity: problem.capacity,
    edgeRow,
    edgeCol,
    edgeWeight,
  });
  if (!built.ok) throw new Error('rebuilt problem rejected');
  const solution = solveGroupedAssignment(built.value.problem, run.groups);
  return solution.feasible ? solution.objective : null;
}

function columnOf(run: PlanRun, r: number): number {
  return run.graph.columnOfPosition[run.finalIndex[run.graph.rowEmployee[r]!]!]!;
}
function stayColumnOf(run: PlanRun, r: number): number {
  return run.graph.columnOfPosition[run.scoring.index.currentPosition[run.graph.rowEmployee[r]!]!]!;
}

function checkAgainstResolve(run: PlanRun): number {
  const { byRow, stayByRow, unavailable } = exactMargins(run);
  expect(unavailable).toBeNull();
  const rows = movingRows(run);
  expect([...byRow.keys()]).toEqual(rows);
  const best = optimumWith(run, () => true)!;
  for (const r of rows) {
    const without = optimumWith(run, (row, k) => row !== r || run.problem.edgeCol[k] !== columnOf(run, r));
    const staying = optimumWith(run, (row, k) => row !== r || run.problem.edgeCol[k] === stayColumnOf(run, r));
    expect({ r, margin: byRow.get(r), stay: stayByRow.get(r) }).toEqual({
      r,
      margin: without === null ? null : best - without,
      stay: staying === null ? null : best - staying,
    });
  }
  return rows.length;
}

describe('exact margins', () => {
  it('equal the drop found by solving again without the pair, and with the employee kept in place (small city)', () => {
    expect(checkAgainstResolve(planOf(runnerUpCity()))).toBe(2);
  });

  it('equal the drop found by solving again, for every move of a 300-employee sample', () => {
    expect(checkAgainstResolve(sampleRun(300, 7).run)).toBeGreaterThan(30);
  });

  it('price a runner-up forced into the post exactly', () => {
    const { run } = sampleRun(300, 7);
    const found = marginSearch(run);
    if (!('search' in found)) throw new Error('margins should be available');
    const best = optimumWith(run, () => true)!;
    const rowOf = new Map<number, number>();
    run.graph.rowEmployee.forEach((e, r) => rowOf.set(e, r));
    let checked = 0;
    for (const j of justifyPlan(run).items) {
      if (j.runnerUp === null) continue;
      const i = rowOf.get(run.scoring.index.employeeByNip.get(j.runnerUp.employee.nip)!)!;
      const c = run.graph.columnOfPosition[run.scoring.index.positionByCode.get(j.proposal.to.code)!]!;
      const forced = optimumWith(run, (row, k) => row !== i || run.problem.edgeCol[k] === c);
      expect({ nip: j.runnerUp.employee.nip, cost: j.runnerUp.placementCost }).toEqual({
        nip: j.runnerUp.employee.nip,
        cost: forced === null ? null : best - forced,
      });
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('stop at a work budget: the first moves keep their exact margins, the rest are blank, and the sheet says so', () => {
    const { run } = sampleRun(300, 7);
    const full = justifyPlan(run);
    const cut = justifyPlan(run, { marginWork: 1_000 });
    const total = full.items.length;
    expect(full.computed.margin).toBe(total);
    expect(cut.computed.margin).toBeGreaterThan(0);
    expect(cut.computed.margin).toBeLessThan(total);
    expect(cut.computed.runnerUpCost).toBe(0);
    cut.items.forEach((j, i) => expect(j.margin).toBe(i < cut.computed.margin ? full.items[i]!.margin : null));
    expect(justifyPlan(run, { marginWork: 1_000 }).computed).toEqual(cut.computed);
    const sheet = justificationsSheet(cut, 'en', 'Kota Uji', 'Effective date: 1 December 2026');
    expect(sheet.titleLines?.at(-1)).toBe(
      `The work limit was reached on a plan this large: Margin computed exactly for ${cut.computed.margin} of ${total} proposals (in NIP order), Margin if Staying for ${cut.computed.stayMargin}, the runner-up's placement cost for 0; the other cells are blank.`,
    );
    expect(justificationsSheet(full, 'en', 'Kota Uji', '').titleLines).toHaveLength(4);
  });

  it('are not given for a plan under side constraints, and the sheet says why', () => {
    // Units are not held at their staff here, so the one move the cap allows can be made.
    const policy = {
      ...DEFAULT_POLICY,
      constraints: { ...DEFAULT_POLICY.constraints, maxMoves: 1 },
      scoring: { ...DEFAULT_POLICY.scoring, staffing: { ...DEFAULT_POLICY.scoring.staffing, keepUnitsStaffed: false } },
    };
    const run = planOf(runnerUpCity(), { policy });
    expect(exactMargins(run).unavailable).toBe('sideConstraints');
    const justified = justifyPlan(run);
    expect(justified.marginsUnavailable).toBe('sideConstraints');
    expect(justificationsSheet(justified, 'id', 'Kota Uji', '').titleLines?.[3]).toMatch(
      /^Selisih nilai tidak dihitung: rencana memakai batasan tambahan/,
    );
    expect(justified.items.length).toBeGreaterThan(0);
    expect(
      justified.items.every(
        (j) => j.margin === null && j.stayMargin === null && (j.runnerUp === null || j.runnerUp.placementCost === null),
      ),
    ).toBe(true);
  });
});

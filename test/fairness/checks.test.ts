import {
  fairnessReport,
  fisherExactTwoSided,
  justifiedEnvy,
  parityStatus,
  rotationFairness,
  worsenedShortages,
  demotions,
  type CheckCode,
  type FairnessReport,
  type FairnessStatus,
} from '../../src/domain/fairness';
import { fairnessSheet } from '../../src/domain/output/fairnessSheet';
import { asNip, asPositionCode, asUnitName } from '../../src/domain/model/types';
import type { PlanRun } from '../../src/domain/plan/buildPlan';
import { day, makeEmployee, makeNip, makePosition, makeTables } from '../support/factories';
import type { InputTables } from '../../src/domain/model/types';
import {
  choiceCity,
  cpnsCity,
  demotionCity,
  demotionTolerance,
  envyCity,
  lockMoves,
  NIP,
  planOf,
  rotationCity,
  shortageCity,
} from './smallCity';

const statusOf = (run: PlanRun, code: CheckCode): FairnessStatus | undefined =>
  fairnessReport(run).checks.find((c) => c.code === code)?.status;
const moves = (run: PlanRun) => run.plan.proposals.map((p) => `${p.employee.nama}→${p.to.code}`);
/** The envy city with B placed in the Dinas Kesehatan post both asked for. */
const envyRun = (tables: InputTables) => planOf(tables, { locked: lockMoves(tables, { B: 'KES-1' }) });

describe('choices passed over (justified envy)', () => {
  it('lists an asker who is eligible and fits better than the mover the plan placed there', () => {
    const run = envyRun(envyCity(true));
    expect(moves(run)).toEqual(['B→KES-1']);
    const cases = justifiedEnvy(run);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({
      choice: 1,
      holderMoved: true,
      employee: { nip: NIP.asker },
      holder: { nip: NIP.holder },
      position: { code: 'KES-1' },
      placed: { code: 'SOS-1' },
    });
    expect(cases[0]!.fit).toBeGreaterThan(cases[0]!.holderFit);
    expect(statusOf(run, 'JUSTIFIED_ENVY')).toBe('attention');
  });

  it('finds none when the person placed there fits better', () => {
    const run = envyRun(envyCity(false));
    expect(moves(run)).toEqual(['B→KES-1']);
    expect(justifiedEnvy(run)).toEqual([]);
    expect(statusOf(run, 'JUSTIFIED_ENVY')).toBe('pass');
  });

  it('finds none when a hard rule keeps the asker out (conflict of interest)', () => {
    const tables = envyCity(true);
    const employees = tables.employees.map((e) => (e.nip === NIP.asker ? { ...e, unitDihindari: [asUnitName('Dinas Kesehatan')] } : e));
    const run = envyRun({ ...tables, employees });
    expect(moves(run)).toEqual(['B→KES-1']);
    expect(justifiedEnvy(run)).toEqual([]);
  });

  it('finds none when the asker may not move at all (minimum tenure)', () => {
    const tables = envyCity(true);
    const employees = tables.employees.map((e) => (e.nip === NIP.asker ? { ...e, tmtJabatan: e.tmtJabatan + 3 * 365 } : e));
    const run = envyRun({ ...tables, employees });
    expect(moves(run)).toEqual(['B→KES-1']);
    expect(justifiedEnvy(run)).toEqual([]);
  });
});

describe('rotation fairness', () => {
  it('lists a wajib rotasi employee left in place while a shorter-tenured peer of the unit moved', () => {
    const tables = rotationCity(false);
    const run = planOf(tables, { locked: lockMoves(tables, { Junior: 'KES-1' }) });
    expect(moves(run)).toEqual(['Junior→KES-1']);
    const cases = rotationFairness(run);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ employee: { nip: NIP.due }, shorterPeersMoved: 1, peer: { nip: NIP.junior }, candidates: 0 });
    expect(cases[0]!.monthsInPost).toBeGreaterThan(cases[0]!.peerMonthsInPost);
    expect(statusOf(run, 'ROTATION_FAIRNESS')).toBe('attention');
  });

  it('passes when the employee due for rotation moves too', () => {
    const tables = rotationCity(true);
    const run = planOf(tables, { locked: lockMoves(tables, { Junior: 'KES-1', Senior: 'DUK-1' }) });
    expect(moves(run)).toEqual(expect.arrayContaining(['Junior→KES-1', 'Senior→DUK-1']));
    expect(rotationFairness(run)).toEqual([]);
    expect(statusOf(run, 'ROTATION_FAIRNESS')).toBe('pass');
  });
});

describe('staffing checks', () => {
  const leaverGone = (tables: InputTables) => planOf(tables, { locked: lockMoves(tables, { Leaver: 'KES-1' }) });

  it('lists a unit in shortage that the plan leaves shorter', () => {
    const run = leaverGone(shortageCity(3));
    expect(worsenedShortages(run)).toEqual([{ unit: 'Dinas Sosial', need: 3, gapBefore: 1, gapAfter: 2 }]);
    expect(statusOf(run, 'SHORTAGE_WORSENED')).toBe('attention');
  });

  it('does not count a unit that was not short before', () => {
    const run = leaverGone(shortageCity(2));
    expect(moves(run)).toEqual(['Leaver→KES-1']);
    expect(worsenedShortages(run)).toEqual([]);
    expect(statusOf(run, 'SHORTAGE_WORSENED')).toBe('pass');
  });

  it('lists moves into a lower Kelas Jabatan that the policy tolerates', () => {
    const tables = demotionCity();
    const run = planOf(tables, { policy: demotionTolerance(1), locked: lockMoves(tables, { Due: 'KES-1' }) });
    expect(demotions(run).map((d) => [d.employee.nip, d.from.kelas, d.to.kelas, d.drop])).toEqual([[NIP.due, 8, 7, 1]]);
    const report = fairnessReport(run);
    expect(report.checks.find((c) => c.code === 'DEMOTIONS')).toMatchObject({
      status: 'attention',
      params: { count: 1, moves: 1, tolerance: 1 },
    });
    expect(report.demotions).toHaveLength(1);
  });

  it('passes when no move lowers the class (the default policy forbids it)', () => {
    const run = planOf(demotionCity());
    expect(moves(run)).toEqual([]);
    expect(statusOf(run, 'DEMOTIONS')).toBe('pass');
  });

  it('fails the rule re-check and lists the violation when a forced move breaks a rule', () => {
    const run = planOf(cpnsCity(), { locked: [{ nip: asNip(NIP.cpns), positionCode: asPositionCode('KES-1') }] });
    const report = fairnessReport(run);
    expect(report.checks.find((c) => c.code === 'RULE_RECHECK')).toMatchObject({ status: 'fail', params: { count: 1 } });
    expect(report.violations.map((v) => v.code)).toEqual(['STATUS_NOT_MOVABLE']);
    const sheet = fairnessSheet(report, 'id', 'Kota Uji', 'Tanggal efektif: 1 Desember 2026');
    const violations = sheet.sections.at(-1)!;
    expect(violations.rows).toEqual([
      [1, 'STATUS_NOT_MOVABLE', NIP.cpns, 'KES-1', 'Dinas Kesehatan', expect.stringContaining('Berstatus CPNS')],
    ]);
  });

  it('passes the rule re-check of a plan the optimiser made', () => {
    expect(statusOf(planOf(cpnsCity()), 'RULE_RECHECK')).toBe('pass');
  });
});

describe('group parity on a planned city', () => {
  const gender = (report: FairnessReport, measure: string) =>
    report.groups
      .filter((g) => g.measure === measure && g.attribute.id === 'gender')
      .map((g) => [g.stratum, g.group.key, g.hits, g.base, g.status]);
  const plannedReport = (city: ReturnType<typeof choiceCity>) => fairnessReport(planOf(city.tables, { locked: city.locked }));

  it('fails when the plan honours the choices of men and not of women of the same readiness', () => {
    const report = plannedReport(
      choiceCity([
        { gender: 'L', rotationDue: false, count: 12, honoured: 12 },
        { gender: 'P', rotationDue: false, count: 12, honoured: 0 },
      ]),
    );
    expect(gender(report, 'aspirationHonoured')).toEqual([
      ['notDue', 'L', 12, 12, 'pass'],
      ['notDue', 'P', 0, 12, 'fail'],
    ]);
    expect(report.checks.find((c) => c.code === 'PARITY_ASPIRATION')).toMatchObject({
      status: 'fail',
      judged: true,
      focus: { group: { key: 'P' }, stratum: 'notDue' },
    });
  });

  it('does not fail when both are honoured alike', () => {
    const report = plannedReport(
      choiceCity([
        { gender: 'L', rotationDue: false, count: 12, honoured: 6 },
        { gender: 'P', rotationDue: false, count: 12, honoured: 6 },
      ]),
    );
    expect(gender(report, 'aspirationHonoured')).toEqual([
      ['notDue', 'L', 6, 12, 'pass'],
      ['notDue', 'P', 6, 12, 'pass'],
    ]);
    const judged = report.checks.filter((c) => c.judged);
    expect(judged.length).toBeGreaterThanOrEqual(10);
    expect(judged.filter((c) => c.status === 'fail')).toEqual([]);
  });

  it('does not flag a group honoured more only because more of its members are due for rotation', () => {
    // Due for rotation: 12 men and 3 women, all moved where they asked; not yet due: 3 men and 12 women, none.
    const report = plannedReport(
      choiceCity([
        { gender: 'L', rotationDue: true, count: 12, honoured: 12 },
        { gender: 'P', rotationDue: true, count: 3, honoured: 3 },
        { gender: 'L', rotationDue: false, count: 3, honoured: 0 },
        { gender: 'P', rotationDue: false, count: 12, honoured: 0 },
      ]),
    );
    const rows = report.groups.filter((g) => g.measure === 'aspirationHonoured' && g.attribute.id === 'gender');
    expect(rows.map((g) => [g.stratum, g.group.key, g.hits, g.base, g.status])).toEqual([
      ['rotationDue', 'L', 12, 12, 'pass'],
      ['notDue', 'L', 0, 3, 'pass'],
      ['rotationDue', 'P', 3, 3, 'pass'],
      ['notDue', 'P', 0, 12, 'pass'],
    ]);
    expect(report.checks.find((c) => c.code === 'PARITY_ASPIRATION')?.status).toBe('pass');
    // Pooled across readiness the same plan would fail women: 3 of 15 against 12 of 15.
    const pooled = parityStatus({ ratio: 3 / 15 / (12 / 15), p: fisherExactTwoSided(3, 12, 12, 3), worseOff: true, enoughCases: true });
    expect(pooled).toBe('fail');
  });

  it('reports the move rate by group but never judges it, however unequal', () => {
    const report = plannedReport(
      choiceCity([
        { gender: 'L', rotationDue: true, count: 12, honoured: 12 },
        { gender: 'P', rotationDue: true, count: 12, honoured: 0 },
      ]),
    );
    const rows = report.groups.filter((g) => g.measure === 'moveRate' && g.attribute.id === 'gender');
    expect(rows.map((g) => [g.stratum, g.group.key, g.hits, g.base, g.judged, g.status])).toEqual([
      ['rotationDue', 'L', 12, 12, false, 'pass'],
      ['rotationDue', 'P', 0, 12, false, 'pass'],
    ]);
    // Judged, the women's row would fail.
    const women = rows[1]!;
    expect(parityStatus({ ratio: women.ratio, p: women.p, worseOff: women.worseOff, enoughCases: true })).toBe('fail');
    expect(report.checks[0]).toMatchObject({
      code: 'PARITY_MOVE_RATE',
      status: 'pass',
      judged: false,
      params: { rotationDueBase: 24, rotationDueHits: 12, notDueBase: 0 },
    });
  });

  it('counts only employees who could move: those the rules keep in place are in no population', () => {
    const city = choiceCity([
      { gender: 'L', rotationDue: false, count: 6, honoured: 3 },
      { gender: 'P', rotationDue: false, count: 6, honoured: 3 },
    ]);
    const employees = city.tables.employees.map((e, i) => (i < 4 ? { ...e, status: 'CPNS' as const } : e));
    const report = fairnessReport(
      planOf(
        { ...city.tables, employees },
        { locked: city.locked.filter((pair) => !employees.slice(0, 4).some((e) => e.nip === pair.nip)) },
      ),
    );
    const population = report.groups.filter((g) => g.measure === 'moveRate' && g.attribute.id === 'gender');
    expect(population.reduce((sum, g) => sum + g.base, 0)).toBe(8);
  });
});

describe('fairnessReport', () => {
  it('lists every check once, in the sheet order, with the worst group deciding a judged parity check', () => {
    const report = fairnessReport(
      planOf(
        choiceCity([
          { gender: 'L', rotationDue: false, count: 12, honoured: 12 },
          { gender: 'P', rotationDue: false, count: 12, honoured: 0 },
        ]).tables,
      ),
    );
    expect(report.checks.map((c) => c.code)).toEqual([
      'PARITY_MOVE_RATE',
      'PARITY_ASPIRATION',
      'PARITY_FIT_BETTER',
      'PARITY_MOVED_UNWILLING',
      'PARITY_FIT_LOWER',
      'PARITY_MOVED_AWAY',
      'JUSTIFIED_ENVY',
      'ROTATION_FAIRNESS',
      'SHORTAGE_WORSENED',
      'DEMOTIONS',
      'RULE_RECHECK',
    ]);
    expect(report.checks.filter((c) => !c.judged).map((c) => c.code)).toEqual(['PARITY_MOVE_RATE']);
  });

  it('takes the worst group row as the status of a parity check', () => {
    const city = choiceCity([
      { gender: 'L', rotationDue: false, count: 12, honoured: 12 },
      { gender: 'P', rotationDue: false, count: 12, honoured: 0 },
    ]);
    const report = fairnessReport(planOf(city.tables, { locked: city.locked }));
    const codeOf = {
      aspirationHonoured: 'PARITY_ASPIRATION',
      fitBetter: 'PARITY_FIT_BETTER',
      movedUnwilling: 'PARITY_MOVED_UNWILLING',
      fitLower: 'PARITY_FIT_LOWER',
      movedAwayFromChoices: 'PARITY_MOVED_AWAY',
    } as Record<string, string>;
    const judged = report.checks.filter((c) => c.judged && c.code.startsWith('PARITY_'));
    expect(judged).toHaveLength(5);
    for (const check of judged) {
      const rows = report.groups.filter((g) => codeOf[g.measure] === check.code);
      const worst = rows.some((r) => r.status === 'fail') ? 'fail' : rows.some((r) => r.status === 'attention') ? 'attention' : 'pass';
      expect({ code: check.code, status: check.status }).toEqual({ code: check.code, status: worst });
    }
    expect(report.checks.find((c) => c.code === 'PARITY_ASPIRATION')?.status).toBe('fail');
  });
});

describe('group parity with a planned gender split of readiness', () => {
  /** Twelve men due for rotation and twelve women three years in post; reviewers move the men. */
  function genderCity(): { tables: InputTables; run: PlanRun } {
    const employees = Array.from({ length: 24 }, (_, i) =>
      makeEmployee({
        nip: makeNip('1980-01-01', i < 12 ? 'L' : 'P'),
        nama: `E${i}`,
        gender: i < 12 ? 'L' : 'P',
        positionCode: `SOS-${i}`,
        tmtJabatan: i < 12 ? day('2019-01-01') : day('2023-06-01'),
      }),
    );
    const positions = [
      ...employees.map((_, i) => makePosition({ code: `SOS-${i}`, unit: 'Dinas Sosial' })),
      ...employees.map((_, i) => makePosition({ code: `KES-${i}`, unit: 'Dinas Kesehatan' })),
    ];
    const tables = makeTables({ employees, positions });
    return {
      tables,
      run: planOf(tables, { locked: lockMoves(tables, Object.fromEntries(employees.slice(0, 12).map((e, i) => [e.nama, `KES-${i}`]))) }),
    };
  }

  it('puts men and women in different readiness rows, so moving only those due is not a finding', () => {
    const report = fairnessReport(genderCity().run);
    const rows = report.groups.filter((g) => g.measure === 'moveRate' && g.attribute.id === 'gender');
    expect(rows.map((g) => [g.stratum, g.group.key, g.hits, g.base])).toEqual([
      ['rotationDue', 'L', 12, 12],
      ['notDue', 'P', 0, 12],
    ]);
    expect(report.checks.filter((c) => c.status === 'fail')).toEqual([]);
  });
});

import { fairnessReport, justifiedEnvy, rotationFairness, worsenedShortages, demotions, type CheckCode, type FairnessStatus } from '../../src/domain/fairness';
import { fairnessSheet } from '../../src/domain/output/fairnessSheet';
import { asNip, asPositionCode, asUnitName } from '../../src/domain/model/types';
import type { PlanRun } from '../../src/domain/plan/buildPlan';
import { day, makeEmployee, makeNip, makePosition, makeTables } from '../support/factories';
import type { InputTables } from '../../src/domain/model/types';
import { cpnsCity, demotionCity, demotionTolerance, envyCity, NIP, planOf, rotationCity, shortageCity } from './smallCity';

const statusOf = (run: PlanRun, code: CheckCode): FairnessStatus | undefined => fairnessReport(run).checks.find((c) => c.code === code)?.status;
const moves = (run: PlanRun) => run.plan.proposals.map((p) => `${p.employee.nama}→${p.to.code}`);

describe('justified envy', () => {
  it('lists an asker who is eligible and fits better than the mover the plan placed there', () => {
    const run = planOf(envyCity(true));
    expect(moves(run)).toEqual(['B→KES-1']);
    const cases = justifiedEnvy(run);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ choice: 1, holderMoved: true, employee: { nip: NIP.asker }, holder: { nip: NIP.holder }, position: { code: 'KES-1' }, placed: { code: 'SOS-1' } });
    expect(cases[0]!.fit).toBeGreaterThan(cases[0]!.holderFit);
    expect(statusOf(run, 'JUSTIFIED_ENVY')).toBe('attention');
  });

  it('finds none when the person placed there fits better', () => {
    const run = planOf(envyCity(false));
    expect(moves(run)).toEqual(['B→KES-1']);
    expect(justifiedEnvy(run)).toEqual([]);
    expect(statusOf(run, 'JUSTIFIED_ENVY')).toBe('pass');
  });

  it('finds none when a hard rule keeps the asker out (conflict of interest)', () => {
    const tables = envyCity(true);
    const employees = tables.employees.map((e) => (e.nip === NIP.asker ? { ...e, unitDihindari: [asUnitName('Dinas Kesehatan')] } : e));
    expect(justifiedEnvy(planOf({ ...tables, employees }))).toEqual([]);
  });

  it('finds none when the asker may not move at all (minimum tenure)', () => {
    const tables = envyCity(true);
    const employees = tables.employees.map((e) => (e.nip === NIP.asker ? { ...e, tmtJabatan: e.tmtJabatan + 3 * 365 } : e));
    expect(justifiedEnvy(planOf({ ...tables, employees }))).toEqual([]);
  });
});

describe('rotation fairness', () => {
  it('lists a wajib rotasi employee left in place while a shorter-tenured peer of the unit moved', () => {
    const run = planOf(rotationCity(false));
    expect(moves(run)).toEqual(['Junior→KES-1']);
    const cases = rotationFairness(run);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ employee: { nip: NIP.due }, shorterPeersMoved: 1, peer: { nip: NIP.junior }, candidates: 0 });
    expect(cases[0]!.monthsInPost).toBeGreaterThan(cases[0]!.peerMonthsInPost);
    expect(statusOf(run, 'ROTATION_FAIRNESS')).toBe('attention');
  });

  it('passes when the employee due for rotation moves too', () => {
    const run = planOf(rotationCity(true));
    expect(moves(run)).toContain('Senior→DUK-1');
    expect(rotationFairness(run)).toEqual([]);
    expect(statusOf(run, 'ROTATION_FAIRNESS')).toBe('pass');
  });
});

describe('staffing checks', () => {
  it('lists a unit in shortage that the plan leaves shorter', () => {
    const run = planOf(shortageCity(3));
    expect(worsenedShortages(run)).toEqual([{ unit: 'Dinas Sosial', need: 3, gapBefore: 1, gapAfter: 2 }]);
    expect(statusOf(run, 'SHORTAGE_WORSENED')).toBe('attention');
  });

  it('does not count a unit that was not short before', () => {
    const run = planOf(shortageCity(2));
    expect(moves(run)).toEqual(['Leaver→KES-1']);
    expect(worsenedShortages(run)).toEqual([]);
    expect(statusOf(run, 'SHORTAGE_WORSENED')).toBe('pass');
  });

  it('lists moves into a lower Kelas Jabatan that the policy tolerates', () => {
    const run = planOf(demotionCity(), { policy: demotionTolerance(1) });
    expect(demotions(run).map((d) => [d.employee.nip, d.from.kelas, d.to.kelas, d.drop])).toEqual([[NIP.due, 8, 7, 1]]);
    const report = fairnessReport(run);
    expect(report.checks.find((c) => c.code === 'DEMOTIONS')?.status).toBe('attention');
    expect(report.groups.filter((g) => g.measure === 'kelasDown').every((g) => g.hits === g.base)).toBe(true);
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
    expect(violations.rows).toEqual([[1, 'STATUS_NOT_MOVABLE', NIP.cpns, 'KES-1', 'Dinas Kesehatan', expect.stringContaining('Berstatus CPNS')]]);
  });

  it('passes the rule re-check of a plan the optimiser made', () => {
    expect(statusOf(planOf(cpnsCity()), 'RULE_RECHECK')).toBe('pass');
  });
});

describe('group parity on a planned city', () => {
  /** Twelve men due for rotation and twelve women three years in post, with room for everyone to move. */
  function genderCity(womenDue: boolean): InputTables {
    const employees = Array.from({ length: 24 }, (_, i) =>
      makeEmployee({
        nip: makeNip('1980-01-01', i < 12 ? 'L' : 'P'),
        gender: i < 12 ? 'L' : 'P',
        positionCode: `SOS-${i}`,
        tmtJabatan: i < 12 || womenDue ? day('2019-01-01') : day('2023-06-01'),
      }),
    );
    const positions = [
      ...employees.map((_, i) => makePosition({ code: `SOS-${i}`, unit: 'Dinas Sosial' })),
      ...employees.map((_, i) => makePosition({ code: `KES-${i}`, unit: 'Dinas Kesehatan' })),
    ];
    return makeTables({ employees, positions });
  }

  it('fails when the plan moves one gender and never the other', () => {
    const report = fairnessReport(planOf(genderCity(false)));
    const gender = report.groups.filter((g) => g.measure === 'moveRate' && g.attribute.id === 'gender');
    expect(gender.map((g) => [g.group.key, g.base, g.hits, g.status])).toEqual([
      ['L', 12, 12, 'pass'],
      ['P', 12, 0, 'fail'],
    ]);
    expect(report.checks[0]).toMatchObject({ code: 'PARITY_MOVE_RATE', status: 'fail', focus: { group: { key: 'P' } } });
  });

  it('passes when both are moved alike', () => {
    const report = fairnessReport(planOf(genderCity(true)));
    expect(report.groups.filter((g) => g.measure === 'moveRate').every((g) => g.status === 'pass')).toBe(true);
    expect(report.checks[0]).toMatchObject({ code: 'PARITY_MOVE_RATE', status: 'pass' });
  });
});

describe('fairnessReport', () => {
  it('lists every check once, in the sheet order, with the worst group deciding a parity check', () => {
    const report = fairnessReport(planOf(envyCity(true)));
    expect(report.checks.map((c) => c.code)).toEqual([
      'PARITY_MOVE_RATE', 'PARITY_ASPIRATION', 'PARITY_KELAS_UP', 'PARITY_FIT_BETTER', 'PARITY_MOVED_UNWILLING', 'PARITY_KELAS_DOWN',
      'JUSTIFIED_ENVY', 'ROTATION_FAIRNESS', 'SHORTAGE_WORSENED', 'DEMOTIONS', 'RULE_RECHECK',
    ]);
    for (const check of report.checks.filter((c) => c.code.startsWith('PARITY_'))) {
      const rows = report.groups.filter((g) => check.code === `PARITY_${{ moveRate: 'MOVE_RATE', aspirationHonoured: 'ASPIRATION', kelasUp: 'KELAS_UP', fitBetter: 'FIT_BETTER', movedUnwilling: 'MOVED_UNWILLING', kelasDown: 'KELAS_DOWN' }[g.measure]}`);
      const worst = rows.some((r) => r.status === 'fail') ? 'fail' : rows.some((r) => r.status === 'attention') ? 'attention' : 'pass';
      expect({ code: check.code, status: check.status }).toEqual({ code: check.code, status: worst });
    }
  });
});

import { day, makeEmployee, makePosition, makeTables, makeUnit } from '../../../test/support/factories';
import { renderBoth } from '../../../test/support/renderCheck';
import { asNip, asPositionCode, type InputTables, type Nip, type PositionCode } from '../model/types';
import { DEFAULT_POLICY, type Policy } from '../rules/policy';
import { recheckPlan } from './recheckPlan';

const DATE = day('2025-07-01');
const nip = (i: number): Nip => asNip(`19850510201001100${i}`);
const placement = (moves: Record<number, string>): Map<Nip, PositionCode> =>
  new Map(Object.entries(moves).map(([i, code]) => [nip(Number(i)), asPositionCode(code)]));

/** Three settled employees A0 in SOS1, A1 in KES1, A2 in KES2; one vacancy VAC in Dinas Kesehatan. */
function tables(
  overrides: { units?: Parameters<typeof makeUnit>[0][]; employee2?: Parameters<typeof makeEmployee>[0]; kes2Kelas?: number } = {},
): InputTables {
  return makeTables({
    employees: [
      makeEmployee({ nip: nip(0), positionCode: 'SOS1', unit: 'Dinas Sosial', tmtJabatan: day('2019-01-01') }),
      makeEmployee({ nip: nip(1), positionCode: 'KES1', unit: 'Dinas Kesehatan', tmtJabatan: day('2019-01-01') }),
      makeEmployee({ nip: nip(2), positionCode: 'KES2', unit: 'Dinas Kesehatan', tmtJabatan: day('2019-01-01'), ...overrides.employee2 }),
    ],
    positions: [
      makePosition({ code: 'SOS1', unit: 'Dinas Sosial' }),
      makePosition({ code: 'KES1', unit: 'Dinas Kesehatan' }),
      makePosition({ code: 'KES2', unit: 'Dinas Kesehatan', kelas: overrides.kes2Kelas ?? 7 }),
      makePosition({ code: 'VAC', unit: 'Dinas Kesehatan' }),
    ],
    units: (overrides.units ?? [{ name: 'Dinas Sosial' }, { name: 'Dinas Kesehatan' }]).map(makeUnit),
  });
}
const codes = (check: ReturnType<typeof recheckPlan>): string[] => check.violations.map((v) => v.code);

describe('recheckPlan', () => {
  it('finds nothing wrong with a sound chain of moves (A fills B’s post, B moves on)', () => {
    const check = recheckPlan(tables(), DEFAULT_POLICY, DATE, placement({ 0: 'KES1', 1: 'VAC', 2: 'SOS1' }));
    expect(check.violations).toEqual([]);
    expect(check.moves).toBe(3);
  });

  it('treats employees missing from the placement as staying', () => {
    expect(recheckPlan(tables(), DEFAULT_POLICY, DATE, new Map())).toEqual({ violations: [], flags: [], moves: 0 });
  });

  it('reports a move of an employee who may not move, with the readiness reason', () => {
    const check = recheckPlan(tables({ employee2: { status: 'CPNS' } }), DEFAULT_POLICY, DATE, placement({ 2: 'VAC' }));
    expect(check.violations).toEqual([
      {
        kind: 'readiness',
        code: 'STATUS_NOT_MOVABLE',
        params: { status: 'CPNS' },
        nip: nip(2),
        positionCode: 'VAC',
        unit: 'Dinas Kesehatan',
      },
    ]);
  });

  it('reports a blocked pair', () => {
    const check = recheckPlan(
      tables({ employee2: { unitDihindari: ['Dinas Sosial'] } }),
      DEFAULT_POLICY,
      DATE,
      placement({ 2: 'SOS1', 0: 'VAC' }),
    );
    expect(codes(check)).toEqual(['CONFLICT_OF_INTEREST']);
  });

  it('reports a position over its Formasi after moves in, but not a surplus nobody moved into', () => {
    const check = recheckPlan(tables(), DEFAULT_POLICY, DATE, placement({ 0: 'KES1' }));
    expect(check.violations).toEqual([
      {
        kind: 'capacity',
        code: 'OVER_FORMASI',
        params: { formasi: 1, holders: 2 },
        nip: null,
        positionCode: 'KES1',
        unit: 'Dinas Kesehatan',
      },
    ]);
    const crowded = makeTables({
      employees: [makeEmployee({ nip: nip(0), positionCode: 'X' }), makeEmployee({ nip: nip(1), positionCode: 'X' })],
      positions: [makePosition({ code: 'X' })],
    });
    expect(recheckPlan(crowded, DEFAULT_POLICY, DATE, new Map()).violations).toEqual([]);
  });

  it('reports unknown employees and position codes in the placement', () => {
    const check = recheckPlan(
      tables(),
      DEFAULT_POLICY,
      DATE,
      new Map([
        [asNip('199001012015011001'), asPositionCode('VAC')],
        [nip(0), asPositionCode('NOPE')],
      ]),
    );
    expect(codes(check).sort()).toEqual(['UNKNOWN_EMPLOYEE', 'UNKNOWN_POSITION']);
  });

  it('reports approved (Setuju) pairs the plan did not keep, and rejected pairs it used', () => {
    const locked = [{ nip: nip(1), positionCode: asPositionCode('VAC') }];
    expect(codes(recheckPlan(tables(), DEFAULT_POLICY, DATE, new Map(), { locked }))).toEqual(['LOCK_NOT_HONOURED']);
    expect(codes(recheckPlan(tables(), DEFAULT_POLICY, DATE, placement({ 1: 'VAC' }), { locked }))).toEqual([]);
    const forbidden = locked;
    expect(recheckPlan(tables(), DEFAULT_POLICY, DATE, placement({ 1: 'VAC' }), { forbidden }).violations[0]).toMatchObject({
      kind: 'review',
      code: 'REVIEW_FORBIDDEN',
    });
  });

  it('reports any move inside an election freeze', () => {
    const policy: Policy = {
      ...DEFAULT_POLICY,
      rules: {
        ...DEFAULT_POLICY.rules,
        electionFreeze: { enabled: true, start: '2025-01-01', end: '2025-12-31', inauguration: null, ministerApprovalRecorded: false },
      },
    };
    expect(codes(recheckPlan(tables(), policy, DATE, placement({ 1: 'VAC' })))).toEqual(['ELECTION_FREEZE']);
    expect(codes(recheckPlan(tables(), policy, DATE, new Map()))).toEqual([]);
  });

  it('reports side constraints: number of moves, unit outflow, net loss of a unit in shortage', () => {
    const limits = (c: Partial<Policy['constraints']>): Policy => ({
      ...DEFAULT_POLICY,
      constraints: { ...DEFAULT_POLICY.constraints, ...c },
    });
    const plan = placement({ 1: 'VAC', 2: 'SOS1', 0: 'KES1' });
    expect(codes(recheckPlan(tables(), limits({ maxMoves: 2 }), DATE, plan))).toEqual(['MAX_MOVES']);
    const outflow = tables({ units: [{ name: 'Dinas Sosial', batasKeluar: 0 }, { name: 'Dinas Kesehatan' }] });
    expect(codes(recheckPlan(outflow, limits({ maxOutflowPerUnit: true }), DATE, plan))).toEqual(['OUTFLOW_LIMIT']);
    expect(codes(recheckPlan(outflow, DEFAULT_POLICY, DATE, plan))).toEqual([]);
    const short = tables({ units: [{ name: 'Dinas Sosial', kebutuhanAbk: 3 }, { name: 'Dinas Kesehatan' }] });
    const loss = placement({ 0: 'VAC' });
    const check = recheckPlan(short, limits({ noNetLossInShortage: true }), DATE, loss);
    expect(check.violations).toEqual([
      {
        kind: 'plan',
        code: 'SHORTAGE_NET_LOSS',
        params: { unit: 'Dinas Sosial', before: 1, after: 0, gap: 2 },
        nip: null,
        positionCode: null,
        unit: 'Dinas Sosial',
      },
    ]);
  });

  it('flags kelas changes within the tolerance and moves of unwilling employees the policy allows', () => {
    const policy: Policy = {
      ...DEFAULT_POLICY,
      rules: { ...DEFAULT_POLICY.rules, kelas: { enabled: true, maxUp: 1, maxDown: 1 }, willingness: { enabled: true, allowMove: true } },
    };
    const t = tables({ kes2Kelas: 6 });
    const unwilling = makeTables({ ...t, employees: t.employees.map((e, i) => (i === 0 ? { ...e, bersedia: false } : e)) });
    const check = recheckPlan(unwilling, policy, DATE, placement({ 0: 'KES2' }));
    expect(check.violations.map((v) => v.code)).toEqual(['OVER_FORMASI']);
    expect(check.flags.map((f) => f.code)).toEqual(['UNWILLING_MOVE_ALLOWED', 'KELAS_DROP']);
    expect(check.flags[1]?.params).toEqual({ from: 7, to: 6, drop: 1 });
    const rise = recheckPlan(unwilling, policy, DATE, placement({ 2: 'VAC' }));
    expect(rise.violations).toEqual([]);
    expect(rise.flags.map((f) => [f.code, f.params])).toEqual([['KELAS_RISE', { from: 6, to: 7, rise: 1 }]]);
  });

  it('reports a kelas change as a violation by default, and an unwilling employee moved', () => {
    const t = tables({ employee2: { bersedia: false }, kes2Kelas: 6 });
    expect(codes(recheckPlan(t, DEFAULT_POLICY, DATE, placement({ 2: 'VAC' })))).toEqual(['UNWILLING', 'PROMOTION']);
    expect(codes(recheckPlan(tables({ kes2Kelas: 6 }), DEFAULT_POLICY, DATE, placement({ 0: 'KES2', 2: 'SOS1' })))).toEqual([
      'DEMOTION',
      'PROMOTION',
    ]);
  });

  it('words every finding in both languages', () => {
    const policy: Policy = { ...DEFAULT_POLICY, constraints: { maxMoves: 0, maxOutflowPerUnit: true, noNetLossInShortage: true } };
    const t = tables({
      units: [{ name: 'Dinas Sosial', kebutuhanAbk: 5, batasKeluar: 0 }, { name: 'Dinas Kesehatan' }],
      employee2: { status: 'PPPK' },
    });
    const check = recheckPlan(t, policy, DATE, placement({ 0: 'KES1', 2: 'NOPE' }), {
      locked: [{ nip: nip(1), positionCode: asPositionCode('VAC') }],
    });
    expect(codes(check).sort()).toEqual([
      'LOCK_NOT_HONOURED',
      'MAX_MOVES',
      'OUTFLOW_LIMIT',
      'OVER_FORMASI',
      'SHORTAGE_NET_LOSS',
      'UNKNOWN_POSITION',
    ]);
    for (const f of [...check.violations, ...check.flags]) expect(() => renderBoth('rules', f.code, f.params)).not.toThrow();
  });
});

/** A health office, a school and a secretariat with one vacancy per kind of violation. */
function natureTables(): InputTables {
  const at = (i: number, positionCode: string, extra: Parameters<typeof makeEmployee>[0] = {}) =>
    makeEmployee({ nip: nip(i), positionCode, tmtJabatan: day('2019-01-01'), birthDate: day('1980-01-01'), ...extra });
  const jf = (code: string, name: string, kelas: number, unit = 'Dinas Kesehatan') =>
    makePosition({ code, name, kelas, unit, jenis: 'Fungsional' });
  return makeTables({
    employees: [
      at(0, 'PRW-MADYA', { golongan: 'IV/a' }),
      at(1, 'GMT', { golongan: 'III/a' }),
      at(2, 'KADIS-SOS', { golongan: 'IV/b' }),
      at(3, 'STAF', {}),
      at(4, 'KASI', {}),
      at(5, 'PRW-MUDA', { golongan: 'III/b' }),
      at(6, 'BDN', { golongan: 'III/c' }),
    ],
    positions: [
      jf('PRW-MADYA', 'Perawat Ahli Madya', 11),
      jf('DOK-MADYA', 'Dokter Ahli Madya', 11),
      jf('PRW-MUDA', 'Perawat Ahli Muda', 9),
      jf('PRW-MUDA-2', 'Perawat Ahli Muda', 9, 'Dinas Sosial'),
      jf('BDN', 'Bidan Ahli Muda', 9),
      jf('DOK-MUDA', 'Dokter Ahli Muda', 9),
      jf('GMT', 'Guru Matematika Ahli Pertama', 8, 'Dinas Pendidikan'),
      jf('GKL', 'Guru Kelas Ahli Pertama', 8, 'Dinas Pendidikan'),
      makePosition({ code: 'KADIS-SOS', name: 'Kepala Dinas Sosial', jenis: 'JPT', kelas: 14, eselon: 'II.b', unit: 'Dinas Sosial' }),
      makePosition({ code: 'KADIS-KES', name: 'Kepala Dinas Kesehatan', jenis: 'JPT', kelas: 14, eselon: 'II.b' }),
      makePosition({ code: 'STAF', kelas: 7, unit: 'Dinas Sosial' }),
      makePosition({ code: 'ANALIS', name: 'Analis Kebijakan', kelas: 9 }),
      makePosition({ code: 'KASI', name: 'Kepala Seksi Pelayanan', jenis: 'Pengawas', kelas: 9, eselon: 'IV.a', unit: 'Dinas Sosial' }),
      makePosition({ code: 'KABID', name: 'Kepala Bidang Pelayanan', jenis: 'Pengawas', kelas: 9, eselon: 'III.b' }),
    ],
    units: [{ name: 'Dinas Sosial' }, { name: 'Dinas Kesehatan' }, { name: 'Dinas Pendidikan' }].map(makeUnit),
  });
}

describe('recheckPlan: the nature of the post', () => {
  const byNip = (check: ReturnType<typeof recheckPlan>, i: number): string[] =>
    check.violations.filter((v) => v.nip === nip(i)).map((v) => v.code);
  const plan = placement({ 0: 'DOK-MADYA', 1: 'GKL', 2: 'KADIS-KES', 3: 'ANALIS', 4: 'KABID', 5: 'PRW-MUDA-2', 6: 'DOK-MUDA' });
  const check = recheckPlan(natureTables(), DEFAULT_POLICY, DATE, plan);

  it('finds every kind of violation in a plan that contains them', () => {
    expect(byNip(check, 0)).toEqual(['FUNGSIONAL_FAMILY']);
    expect(byNip(check, 1)).toEqual(['GURU_SUBJECT']);
    expect(byNip(check, 2)).toEqual(['JPT_OPEN_SELECTION', 'JPT_POST']);
    expect(byNip(check, 3)).toEqual(['PROMOTION']);
    expect(byNip(check, 4)).toEqual(['ESELON_LEVEL']);
    expect(byNip(check, 5)).toEqual(['RANK_BELOW_JENJANG']);
    expect(byNip(check, 6)).toEqual(['FUNGSIONAL_FAMILY']);
    for (const f of check.violations) expect(() => renderBoth('rules', f.code, f.params)).not.toThrow();
  });

  it('finds a change of jenjang, with the demotion it brings', () => {
    const down = recheckPlan(natureTables(), DEFAULT_POLICY, DATE, placement({ 0: 'PRW-MUDA' }));
    // IV/a is also above the Ahli Muda range (III/c-III/d) the jenjang gives.
    expect(byNip(down, 0)).toEqual(['FUNGSIONAL_JENJANG', 'RANK_ABOVE_JENJANG', 'DEMOTION']);
  });

  it('finds nothing when the rules are switched off', () => {
    const rules = DEFAULT_POLICY.rules;
    const off: Policy = {
      ...DEFAULT_POLICY,
      rules: {
        ...rules,
        jpt: { enabled: false },
        fungsional: { enabled: false },
        kelas: { ...rules.kelas, enabled: false },
        eselon: { ...rules.eselon, enabled: false },
        rankFromJenjang: { enabled: false },
      },
    };
    expect(recheckPlan(natureTables(), off, DATE, plan).violations).toEqual([]);
  });
});

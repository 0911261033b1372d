import {
  ageBandOf,
  employeeOutcomes,
  fisherExactTwoSided,
  groupAttributes,
  groupParity,
  parityStatus,
  type EmployeeOutcome,
  type GroupAttribute,
  type GroupRow,
  type MeasureId,
} from '../../src/domain/fairness';
import { buildScoringContext } from '../../src/domain/scoring';
import { DEFAULT_POLICY } from '../../src/domain/rules';
import { day, makeEmployee, makePosition, makeTables } from '../support/factories';
import { DATE, lockMoves, planOf } from './smallCity';

/** An employee who could move, not yet due for rotation, who asked for a post open to them. */
const asker = (honoured: boolean, extra: Partial<EmployeeOutcome> = {}): EmployeeOutcome => ({
  ready: true,
  stratum: 'notDue',
  postType: 'Pelaksana',
  moved: honoured,
  asked: true,
  askedEligible: true,
  honoured,
  fitBetter: false,
  fitLower: false,
  unwilling: false,
  ...extra,
});
/** An attribute with the groups given per employee, listed in the order given. */
const attribute = (groups: readonly string[]): GroupAttribute => ({
  ref: { id: 'test', extra: true },
  groupOf: groups.map((key) => ({ key, translate: false })),
  order: (g) => g.key,
});
const repeat = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const rowsOf = (rows: readonly GroupRow[], measure: MeasureId) => rows.filter((r) => r.measure === measure);

describe('parityStatus', () => {
  const evidence = { ratio: 0.5, p: 0.01, worseOff: true, enoughCases: true };
  it('fails only when the ratio is below four fifths AND Fisher shows the group worse off, with enough cases', () => {
    expect(parityStatus(evidence)).toBe('fail');
    expect(parityStatus({ ...evidence, enoughCases: false })).toBe('attention');
  });
  it('gives Perhatian for one of the two', () => {
    expect(parityStatus({ ...evidence, p: 0.2 })).toBe('attention');
    expect(parityStatus({ ...evidence, ratio: 0.9 })).toBe('attention');
  });
  it('passes a ratio of exactly four fifths, and a significant difference in the group’s favour', () => {
    expect(parityStatus({ ...evidence, ratio: 0.8, p: 0.2 })).toBe('pass');
    expect(parityStatus({ ...evidence, ratio: 1, worseOff: false })).toBe('pass');
  });
  it('follows other thresholds when asked', () => {
    expect(parityStatus({ ...evidence, ratio: 0.85 }, { ratioThreshold: 0.9 })).toBe('fail');
    expect(parityStatus({ ...evidence, p: 0.04 }, { alpha: 0.01 })).toBe('attention');
  });
});

describe('groupParity', () => {
  it('fails a large group honoured far less often, with the ratio against the highest rate and Fisher against the rest', () => {
    // A: 15 of 20 honoured; B: 3 of 20.
    const outcomes = [...repeat(20, (i) => asker(i < 15)), ...repeat(20, (i) => asker(i < 3))];
    const rows = rowsOf(groupParity(outcomes, [attribute([...Array(20).fill('A'), ...Array(20).fill('B')])]), 'aspirationHonoured');
    expect(rows.map((r) => [r.stratum, r.group.key, r.base, r.hits])).toEqual([
      ['notDue', 'A', 20, 15],
      ['notDue', 'B', 20, 3],
    ]);
    const b = rows[1]!;
    expect(b).toMatchObject({
      reference: { key: 'A' },
      referenceRate: 0.75,
      restRate: 0.75,
      worseOff: true,
      small: false,
      onePerson: false,
      judged: true,
      status: 'fail',
    });
    expect(b.rate).toBeCloseTo(0.15, 12);
    expect(b.ratio).toBeCloseTo(0.15 / 0.75, 12);
    expect(b.p).toBeCloseTo(fisherExactTwoSided(3, 17, 15, 5), 14);
    expect(rows[0]!.status).toBe('pass');
  });

  it('compares groups only within the same readiness, so a group ahead only because its rotation is due passes', () => {
    // Due for rotation: everyone honoured; not yet due: nobody. Group A is mostly due, B mostly not.
    const outcomes = [
      ...repeat(12, () => asker(true, { stratum: 'rotationDue' })), // A due
      ...repeat(3, () => asker(false)), // A not due
      ...repeat(3, () => asker(true, { stratum: 'rotationDue' })), // B due
      ...repeat(12, () => asker(false)), // B not due
    ];
    const groups = [...Array(15).fill('A'), ...Array(15).fill('B')];
    const rows = rowsOf(groupParity(outcomes, [attribute(groups)]), 'aspirationHonoured');
    expect(rows.map((r) => [r.group.key, r.stratum, r.hits, r.base, r.status])).toEqual([
      ['A', 'rotationDue', 12, 12, 'pass'],
      ['A', 'notDue', 0, 3, 'pass'],
      ['B', 'rotationDue', 3, 3, 'pass'],
      ['B', 'notDue', 0, 12, 'pass'],
    ]);
    // The same outcomes in one readiness: B fails (3 of 15 against 12 of 15).
    const pooled = rowsOf(
      groupParity(
        outcomes.map((o) => ({ ...o, stratum: 'notDue' as const })),
        [attribute(groups)],
      ),
      'aspirationHonoured',
    );
    expect(pooled.map((r) => [r.group.key, r.hits, r.base, r.status])).toEqual([
      ['A', 12, 15, 'pass'],
      ['B', 3, 15, 'fail'],
    ]);
  });

  it('compares only within the same kind of post, so a group ahead only because most of it is Fungsional passes', () => {
    // Fungsional: everyone honoured; Pelaksana: a quarter. Women are mostly Fungsional, men mostly Pelaksana.
    const post = (postType: string, n: number, honoured: number) => repeat(n, (i) => asker(i < honoured, { postType }));
    const outcomes = [...post('Fungsional', 16, 16), ...post('Pelaksana', 4, 1), ...post('Fungsional', 4, 4), ...post('Pelaksana', 16, 4)];
    const groups = [...Array(20).fill('P'), ...Array(20).fill('L')];
    const rows = rowsOf(groupParity(outcomes, [attribute(groups)]), 'aspirationHonoured');
    expect(rows.map((r) => [r.group.key, r.postType, r.hits, r.base, r.status])).toEqual([
      ['L', 'Pelaksana', 4, 16, 'pass'],
      ['L', 'Fungsional', 4, 4, 'pass'],
      ['P', 'Pelaksana', 1, 4, 'pass'],
      ['P', 'Fungsional', 16, 16, 'pass'],
    ]);
    // Across kinds of post the men would fail: 8 of 20 against 17 of 20.
    const across = rowsOf(groupParity(outcomes, [attribute(groups)], { samePostType: false }), 'aspirationHonoured');
    expect(across.map((r) => [r.group.key, r.postType, r.hits, r.base, r.status])).toEqual([
      ['L', null, 8, 20, 'fail'],
      ['P', null, 17, 20, 'pass'],
    ]);
    // Grouped by jenis jabatan itself, the kinds of post are what is compared.
    const byJenis: GroupAttribute = {
      ref: { id: 'jenisJabatan', extra: false },
      groupOf: outcomes.map((o) => ({ key: o.postType ?? '', translate: false })),
      order: (g) => g.key,
    };
    expect(rowsOf(groupParity(outcomes, [byJenis]), 'aspirationHonoured').map((r) => [r.group.key, r.postType, r.hits, r.base])).toEqual([
      ['Fungsional', null, 20, 20],
      ['Pelaksana', null, 5, 20],
    ]);
  });

  it('reports the move rate per group and readiness but never judges it', () => {
    const outcomes = [...repeat(20, () => asker(true)), ...repeat(20, () => asker(false))];
    const rows = rowsOf(groupParity(outcomes, [attribute([...Array(20).fill('A'), ...Array(20).fill('B')])]), 'moveRate');
    expect(rows.map((r) => [r.group.key, r.hits, r.base, r.judged, r.status])).toEqual([
      ['A', 20, 20, false, 'pass'],
      ['B', 0, 20, false, 'pass'],
    ]);
    expect(rows[1]!.p).toBeLessThan(1e-6);
  });

  it('never fails a small group and does not take it as the reference', () => {
    // C has 2 members, both honoured: not the reference. D (3 members) none: too small, so Perhatian.
    const outcomes = [...repeat(30, (i) => asker(i < 15)), asker(true), asker(true), asker(false), asker(false), asker(false)];
    const rows = rowsOf(groupParity(outcomes, [attribute([...Array(30).fill('A'), 'C', 'C', 'D', 'D', 'D'])]), 'aspirationHonoured');
    expect(rows.map((r) => [r.group.key, r.ratio, r.small, r.status])).toEqual([
      ['A', 1, false, 'pass'],
      ['C', 2, true, 'pass'],
      ['D', 0, true, 'attention'],
    ]);
  });

  it('does not fail a group that one more person would lift to the line (the one-person rule)', () => {
    // A: 100 of 100 honoured. B: 79 of 100 (0.79, one short of 0.80); in another city C: 78 of 100 (two short).
    const city = (hits: number) =>
      rowsOf(
        groupParity(
          [...repeat(100, () => asker(true)), ...repeat(100, (i) => asker(i < hits))],
          [attribute([...Array(100).fill('A'), ...Array(100).fill('B')])],
        ),
        'aspirationHonoured',
      )[1]!;
    const b = city(79);
    const c = city(78);
    expect([b.ratio, b.p < 0.05, b.onePerson, b.status]).toEqual([0.79, true, true, 'attention']);
    expect([c.ratio, c.p < 0.05, c.onePerson, c.status]).toEqual([0.78, true, false, 'fail']);
  });

  it('compares adverse outcomes with the least affected group (lowest rate ÷ group rate)', () => {
    const unwilling = (moved: boolean) => asker(false, { moved, honoured: false, unwilling: true, stratum: 'rotationDue' });
    const outcomes = [...repeat(10, (i) => unwilling(i < 1)), ...repeat(10, (i) => unwilling(i < 4))];
    const rows = rowsOf(groupParity(outcomes, [attribute([...Array(10).fill('A'), ...Array(10).fill('B')])]), 'movedUnwilling');
    expect(rows.map((r) => [r.group.key, r.ratio, r.reference?.key, r.worseOff])).toEqual([
      ['A', 1, 'A', false],
      ['B', 0.1 / 0.4, 'A', true],
    ]);
    expect(rows[1]!.p).toBeCloseTo(fisherExactTwoSided(4, 6, 1, 9), 14);
    expect(rows[1]!.status).toBe('attention'); // p ≈ 0.30: below the line but possibly chance
  });

  it('counts moved-away-from-choices among those who asked, and better or lower fit among those moved', () => {
    const outcomes = [
      asker(true), // honoured
      asker(false, { moved: true, fitLower: true }), // moved elsewhere, lower fit
      asker(false, { moved: true, fitBetter: true }), // moved elsewhere, better fit
      asker(false), // stayed
      { ...asker(false), asked: false, askedEligible: false }, // never asked, stayed
    ];
    const rows = groupParity(outcomes, [attribute(Array(5).fill('A'))]);
    const figures = (measure: MeasureId) => rowsOf(rows, measure).map((r) => [r.hits, r.base]);
    expect(figures('movedAwayFromChoices')).toEqual([[2, 4]]);
    expect(figures('aspirationHonoured')).toEqual([[1, 4]]);
    expect(figures('fitBetter')).toEqual([[1, 3]]);
    expect(figures('fitLower')).toEqual([[1, 3]]);
    expect(figures('moveRate')).toEqual([[3, 5]]);
  });

  it('leaves out employees who could not move and groups with nobody in a population', () => {
    const outcomes = [asker(true), asker(false), { ...asker(true), ready: false }];
    const rows = rowsOf(groupParity(outcomes, [attribute(['A', 'A', 'Z'])]), 'moveRate');
    expect(rows.map((r) => [r.group.key, r.base])).toEqual([['A', 2]]);
  });
});

describe('groupAttributes', () => {
  const tables = {
    ...makeTables({
      employees: [
        makeEmployee({ gender: 'P', birthDate: day('1997-12-02'), golongan: 'II/c', extra: { Suku: 'Batak' } }),
        makeEmployee({ gender: 'L', birthDate: day('1976-12-01'), golongan: null, status: 'PPPK', extra: { Suku: '' } }),
      ],
      positions: [makePosition({ code: 'P1' })],
    }),
    extraEmployeeColumns: ['Suku'],
  };
  const scoring = buildScoringContext(tables, DEFAULT_POLICY, DATE);

  it('groups by gender, age band at the effective date, golongan group (PPPK apart), origin unit and jenis jabatan', () => {
    const { attributes } = groupAttributes(scoring);
    expect(attributes.map((a) => a.ref.id)).toEqual(['gender', 'ageBand', 'golonganGroup', 'originUnit', 'jenisJabatan']);
    expect(attributes.map((a) => a.groupOf.map((g) => g.key))).toEqual([
      ['P', 'L'],
      ['ageUnder30', 'age50plus'], // 28 the day before the 29th birthday; 50 on the 50th birthday
      ['II', 'noGolongan'],
      ['Dinas Sosial', 'Dinas Sosial'],
      ['Pelaksana', 'Pelaksana'],
    ]);
    expect(attributes[0]!.groupOf.every((g) => g.translate)).toBe(true);
  });

  it('adds the extra columns the user picks, matched loosely, and names the ones not found', () => {
    const { attributes, unknown } = groupAttributes(scoring, [' suku ', 'Agama', 'SUKU']);
    expect(attributes).toHaveLength(6);
    const suku = attributes[5]!;
    expect(suku.ref).toEqual({ id: 'Suku', extra: true });
    expect(suku.groupOf).toEqual([
      { key: 'Batak', translate: false },
      { key: 'empty', translate: true },
    ]);
    expect(unknown).toEqual(['Agama']);
  });

  it('bands ages at 30, 40 and 50', () => {
    expect([29, 30, 39, 40, 49, 50].map(ageBandOf)).toEqual([
      'ageUnder30',
      'age30to39',
      'age30to39',
      'age40to49',
      'age40to49',
      'age50plus',
    ]);
  });
});

describe('employeeOutcomes', () => {
  const tables = makeTables({
    employees: [
      makeEmployee({
        nip: '197501012000011001',
        nama: 'Due',
        positionCode: 'A',
        tmtJabatan: day('2018-01-01'),
        pilihan: ['Dinas Kesehatan'],
        bersedia: false,
      }),
      makeEmployee({
        nip: '198501012010011001',
        nama: 'Cpns',
        positionCode: 'C',
        status: 'CPNS',
        tmtJabatan: day('2024-01-01'),
        pilihan: ['Dinas Kesehatan'],
      }),
      makeEmployee({
        nip: '198601012011011001',
        nama: 'New',
        positionCode: 'D',
        tmtJabatan: day('2023-01-01'),
        pilihan: ['Dinas Pariwisata'],
      }),
    ],
    positions: [
      makePosition({ code: 'A', kelas: 7 }),
      makePosition({ code: 'B', unit: 'Dinas Kesehatan', kelas: 7 }),
      makePosition({ code: 'C', kelas: 7 }),
      makePosition({ code: 'D', kelas: 7 }),
    ],
  });

  it('reads readiness, moves, honoured choices and unwillingness from the tables and the proposals', () => {
    // The switch that lets an unwilling employee move (then flagged), so Due may be moved against the wish.
    const policy = {
      ...DEFAULT_POLICY,
      rules: { ...DEFAULT_POLICY.rules, willingness: { ...DEFAULT_POLICY.rules.willingness, allowMove: true } },
    };
    const outcomes = employeeOutcomes(planOf(tables, { policy, locked: lockMoves(tables, { Due: 'B' }) }));
    expect(outcomes[0]).toMatchObject({
      ready: true,
      stratum: 'rotationDue',
      moved: true,
      asked: true,
      askedEligible: true,
      honoured: true,
      unwilling: true,
    });
    // A CPNS may not move: not ready, and a choice it cannot take is not eligible.
    expect(outcomes[1]).toMatchObject({ ready: false, moved: false, asked: true, askedEligible: false, honoured: false });
    // A choice naming no known unit or post cannot be honoured: asked, but not eligible.
    expect(outcomes[2]).toMatchObject({ ready: true, stratum: 'notDue', moved: false, asked: true, askedEligible: false });
  });

  it('keeps an unwilling employee out of every population under the default policy (they stay and are heard)', () => {
    const outcomes = employeeOutcomes(planOf(tables));
    expect(outcomes[0]).toMatchObject({ ready: false, unwilling: true, moved: false });
  });
});

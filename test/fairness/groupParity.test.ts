import {
  ageBandOf,
  employeeOutcomes,
  fisherExactTwoSided,
  groupAttributes,
  groupParity,
  parityStatus,
  type EmployeeOutcome,
  type GroupAttribute,
} from '../../src/domain/fairness';
import { buildScoringContext } from '../../src/domain/scoring';
import { DEFAULT_POLICY } from '../../src/domain/rules';
import { day, makeEmployee, makePosition, makeTables } from '../support/factories';
import { DATE, planOf } from './smallCity';

const ready = (moved: boolean, extra: Partial<EmployeeOutcome> = {}): EmployeeOutcome => ({
  ready: true, moved, asked: false, honoured: false, kelasKnown: moved, kelasUp: false, kelasDown: false, fitBetter: false, unwilling: false, ...extra,
});
/** An attribute with the groups given per employee, listed in the order given. */
const attribute = (groups: readonly string[]): GroupAttribute => ({
  ref: { id: 'test', extra: true },
  groupOf: groups.map((key) => ({ key, translate: false })),
  order: (g) => g.key,
});

describe('parityStatus', () => {
  it('passes a ratio of exactly four fifths and above', () => {
    expect(parityStatus(0.8, 0.0001, false)).toBe('pass');
    expect(parityStatus(1.3, 1, true)).toBe('pass');
  });
  it('fails a low ratio only when Fisher is significant and the group large enough', () => {
    expect(parityStatus(0.5, 0.01, false)).toBe('fail');
    expect(parityStatus(0.5, 0.2, false)).toBe('attention');
    expect(parityStatus(0.5, 0.01, true)).toBe('attention');
  });
  it('follows other thresholds when asked', () => {
    expect(parityStatus(0.85, 0.01, false, { ratioThreshold: 0.9 })).toBe('fail');
    expect(parityStatus(0.5, 0.04, false, { alpha: 0.01 })).toBe('attention');
  });
});

describe('groupParity', () => {
  it('fails a large group moved far less often, with the ratio against the highest rate and Fisher against the rest', () => {
    // A: 15 of 20 moved; B: 3 of 20 moved.
    const outcomes = [...Array.from({ length: 20 }, (_, i) => ready(i < 15)), ...Array.from({ length: 20 }, (_, i) => ready(i < 3))];
    const rows = groupParity(outcomes, [attribute([...Array(20).fill('A'), ...Array(20).fill('B')])]).filter((r) => r.measure === 'moveRate');
    expect(rows.map((r) => [r.group.key, r.base, r.hits])).toEqual([['A', 20, 15], ['B', 20, 3]]);
    const b = rows[1]!;
    expect(b.rate).toBeCloseTo(0.15, 12);
    expect(b.ratio).toBeCloseTo(0.15 / 0.75, 12);
    expect(b.p).toBeCloseTo(fisherExactTwoSided(3, 17, 15, 5), 14);
    expect(b.status).toBe('fail');
    expect(rows[0]!.status).toBe('pass');
  });

  it('never fails a small group and does not take it as the reference', () => {
    // C has 2 members, both moved: not the reference. D (3 members) moved none: small, so Perhatian.
    const outcomes = [...Array.from({ length: 30 }, (_, i) => ready(i < 15)), ready(true), ready(true), ready(false), ready(false), ready(false)];
    const rows = groupParity(outcomes, [attribute([...Array(30).fill('A'), 'C', 'C', 'D', 'D', 'D'])]).filter((r) => r.measure === 'moveRate');
    expect(rows.map((r) => [r.group.key, r.ratio, r.small, r.status])).toEqual([
      ['A', 1, false, 'pass'],
      ['C', 2, true, 'pass'],
      ['D', 0, true, 'attention'],
    ]);
  });

  it('compares adverse outcomes with the least affected group (lowest rate ÷ group rate)', () => {
    const moved = (down: boolean) => ready(true, { kelasKnown: true, kelasDown: down });
    const outcomes = [...Array.from({ length: 10 }, (_, i) => moved(i < 1)), ...Array.from({ length: 10 }, (_, i) => moved(i < 4))];
    const rows = groupParity(outcomes, [attribute([...Array(10).fill('A'), ...Array(10).fill('B')])]).filter((r) => r.measure === 'kelasDown');
    expect(rows.map((r) => r.ratio)).toEqual([1, 0.1 / 0.4]);
    expect(rows[1]!.status).toBe(rows[1]!.p < 0.05 ? 'fail' : 'attention');
  });

  it('leaves out groups with nobody in the population of a measure', () => {
    const outcomes = [ready(true), ready(false), { ...ready(false), ready: false }];
    const rows = groupParity(outcomes, [attribute(['A', 'A', 'Z'])]).filter((r) => r.measure === 'moveRate');
    expect(rows.map((r) => r.group.key)).toEqual(['A']);
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
  });

  it('adds the extra columns the user picks, matched loosely, and names the ones not found', () => {
    const { attributes, unknown } = groupAttributes(scoring, [' suku ', 'Agama', 'SUKU']);
    const suku = attributes[5]!;
    expect(suku.ref).toEqual({ id: 'Suku', extra: true });
    expect(suku.groupOf).toEqual([{ key: 'Batak', translate: false }, { key: 'empty', translate: true }]);
    expect(unknown).toEqual(['Agama']);
  });

  it('bands ages at 30, 40 and 50', () => {
    expect([29, 30, 39, 40, 49, 50].map(ageBandOf)).toEqual(['ageUnder30', 'age30to39', 'age30to39', 'age40to49', 'age40to49', 'age50plus']);
  });
});

describe('employeeOutcomes', () => {
  it('reads moves, honoured wishes, class and fit changes and unwillingness from the proposals', () => {
    const tables = makeTables({
      employees: [
        makeEmployee({ nip: '197501012000011001', positionCode: 'A', tmtJabatan: day('2018-01-01'), pilihan: ['Dinas Kesehatan'], bersedia: false }),
        makeEmployee({ nip: '198501012010011001', positionCode: 'C', status: 'CPNS', tmtJabatan: day('2024-01-01') }),
      ],
      positions: [makePosition({ code: 'A', kelas: 7 }), makePosition({ code: 'B', unit: 'Dinas Kesehatan', kelas: 8 }), makePosition({ code: 'C', kelas: 7 })],
    });
    const outcomes = employeeOutcomes(planOf(tables));
    expect(outcomes[0]).toMatchObject({ ready: true, moved: true, asked: true, honoured: true, kelasKnown: true, kelasUp: true, kelasDown: false, unwilling: true });
    expect(outcomes[1]).toMatchObject({ ready: false, moved: false, asked: false, honoured: false, kelasKnown: false });
  });
});

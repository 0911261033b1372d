import { DEFAULT_POLICY } from '../rules/policy';
import { day, makeEmployee, makePosition, makeTables, makeUnit } from '../../../test/support/factories';
import { asNip, asPositionCode, type Employee, type InputTables } from '../model/types';
import { analyseNeeds, type UnitNeed } from './analyseNeeds';

const staffIn = (code: string, n: number, from = 0): Employee[] =>
  Array.from({ length: n }, (_, i) =>
    makeEmployee({ nip: `1985051020100110${String(from + i).padStart(2, '0')}`, positionCode: code, tmtJabatan: day('2019-01-01') }),
  );

/** Disdukcapil (ABK 10, growth as given), Dinas Sosial (workload hours), Inspektorat (formasi only, no unit row). */
function tables(growth: number | null): InputTables {
  return makeTables({
    units: [
      makeUnit({ name: 'Dinas Kependudukan dan Pencatatan Sipil', kebutuhanAbk: 10, pertumbuhanPersen: growth, layananPublik: true }),
      makeUnit({ name: 'Dinas Sosial', bebanKerjaJam: 7_600, batasKeluar: 2 }),
    ],
    positions: [
      makePosition({
        code: 'DUK1',
        unit: 'Dinas Kependudukan dan Pencatatan Sipil',
        formasi: 6,
        prioritas: 'Segera',
        name: 'Pengadministrasi Kependudukan',
      }),
      makePosition({ code: 'DUK2', unit: 'dinas kependudukan dan pencatatan sipil', formasi: 4 }),
      makePosition({ code: 'SOS1', unit: 'Dinas Sosial', formasi: 8 }),
      makePosition({ code: 'INS1', unit: 'Inspektorat', formasi: 3, prioritas: 'Segera' }),
    ],
    employees: [...staffIn('DUK1', 5, 0), ...staffIn('DUK2', 4, 10), ...staffIn('SOS1', 8, 20), ...staffIn('INS1', 3, 40)],
  });
}
const unit = (units: readonly UnitNeed[], name: string): UnitNeed => {
  const found = units.find((u) => u.unit === name);
  if (!found) throw new Error(`no unit ${name}`);
  return found;
};

describe('analyseNeeds', () => {
  it('takes units from the unit sheet and from positions, matching names loosely', () => {
    expect(analyseNeeds(tables(null), DEFAULT_POLICY).units.map((u) => u.unit)).toEqual([
      'Dinas Kependudukan dan Pencatatan Sipil',
      'Dinas Sosial',
      'Inspektorat',
    ]);
  });

  it('computes need from ABK, workload hours or formasi, with staff, gap and fill ratio', () => {
    const { units, totals } = analyseNeeds(tables(null), DEFAULT_POLICY);
    expect(unit(units, 'Dinas Kependudukan dan Pencatatan Sipil')).toMatchObject({
      source: 'abk',
      need: 10,
      formasi: 10,
      positionCount: 2,
      staff: 9,
      gap: 1,
      fillRatio: 0.9,
      layananPublik: true,
      row: 2,
    });
    // ⌈7,600 / 1,250⌉ = 7 against 8 staff: a surplus of 1.
    expect(unit(units, 'Dinas Sosial')).toMatchObject({ source: 'workload', baseNeed: 7, need: 7, staff: 8, gap: -1, batasKeluar: 2 });
    expect(unit(units, 'Inspektorat')).toMatchObject({ source: 'formasi', need: 3, staff: 3, gap: 0, fillRatio: 1, row: null });
    expect(totals).toEqual({ need: 20, staff: 20, shortageUnits: 1, shortage: 1, staffAfter: null, shortageUnitsAfter: null });
  });

  it('shows growth visibly raising Disdukcapil’s need (the brief’s example)', () => {
    const before = unit(analyseNeeds(tables(null), DEFAULT_POLICY).units, 'Dinas Kependudukan dan Pencatatan Sipil');
    const after = unit(analyseNeeds(tables(15), DEFAULT_POLICY).units, 'Dinas Kependudukan dan Pencatatan Sipil');
    expect(before).toMatchObject({ baseNeed: 10, growthPercent: 0, need: 10, gap: 1 });
    expect(after).toMatchObject({ baseNeed: 10, growthPercent: 15, need: 12, gap: 3 });
  });

  it('uses the policy’s effective hours', () => {
    const policy = { ...DEFAULT_POLICY, effectiveHoursPerYear: 1000 };
    expect(unit(analyseNeeds(tables(null), policy).units, 'Dinas Sosial').need).toBe(8);
  });

  it('lists urgent vacancies: Prioritas Segera posts with fewer holders than Formasi', () => {
    const units = analyseNeeds(tables(null), DEFAULT_POLICY).units;
    expect(unit(units, 'Dinas Kependudukan dan Pencatatan Sipil').urgentVacancies).toEqual([
      { code: 'DUK1', name: 'Pengadministrasi Kependudukan', formasi: 6, holders: 5, vacant: 1 },
    ]);
    expect(unit(units, 'Inspektorat').urgentVacancies).toEqual([]);
  });

  it('gives staff, incoming, outgoing and gap after a placement, ignoring moves within a unit', () => {
    const t = tables(15);
    const placement = new Map([
      [asNip('198505102010011020'), asPositionCode('DUK1')], // Sosial → Disdukcapil
      [asNip('198505102010011021'), asPositionCode('DUK1')],
      [asNip('198505102010011040'), asPositionCode('SOS1')], // Inspektorat → Sosial
      [asNip('198505102010011010'), asPositionCode('DUK1')], // within Disdukcapil
    ]);
    const { units, totals } = analyseNeeds(t, DEFAULT_POLICY, placement);
    const duk = unit(units, 'Dinas Kependudukan dan Pencatatan Sipil');
    expect(duk.staff).toBe(9);
    expect(duk.after).toEqual({ staff: 11, incoming: 2, outgoing: 0, gap: 1, fillRatio: 11 / 12, urgentVacancies: [] });
    expect(unit(units, 'Dinas Sosial').after).toMatchObject({ staff: 7, incoming: 1, outgoing: 2, gap: 0 });
    expect(unit(units, 'Inspektorat').after).toMatchObject({ staff: 2, incoming: 0, outgoing: 1, gap: 1 });
    expect(totals).toMatchObject({ staffAfter: 20, shortageUnitsAfter: 2 });
  });

  it('has a null fill ratio for a unit that needs nobody', () => {
    const t = makeTables({ units: [makeUnit({ name: 'Badan X', kebutuhanAbk: 0 })] });
    expect(analyseNeeds(t, DEFAULT_POLICY).units[0]).toMatchObject({ need: 0, staff: 0, gap: 0, fillRatio: null });
  });
});

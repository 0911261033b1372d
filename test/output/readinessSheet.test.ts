import { buildPlan } from '../../src/domain/plan/buildPlan';
import { readinessSheet } from '../../src/domain/output/readinessSheet';
import { DEFAULT_POLICY } from '../../src/domain/rules';
import { day, makeEmployee, makePosition, makeTables } from '../support/factories';

describe('readinessSheet', () => {
  const tables = makeTables({
    positions: [
      makePosition({ code: 'A', formasi: 2 }),
      makePosition({ code: 'B', name: 'Analis', formasi: 1, bidangPendidikan: ['Administrasi Negara'] }),
    ],
    employees: [
      makeEmployee({ nama: 'Calon', status: 'CPNS', positionCode: 'A' }),
      makeEmployee({ nama: 'Lama', positionCode: 'A', tmtJabatan: day('2018-01-01'), pilihan: ['B'] }),
    ],
  });
  const run = buildPlan({ tables, policy: DEFAULT_POLICY, effectiveDate: day('2026-12-01') })!;

  it('lists every employee with the rule that keeps them in place, citing the regulation', () => {
    const sheet = readinessSheet(run, 'id');
    expect(sheet.rows).toHaveLength(2);
    const calon = sheet.rows.find((r) => r[2] === 'Calon')!;
    expect(calon[6]).toBe('Tidak');
    expect(String(calon[8])).toMatch(/PP 11\/2017 Pasal 34/);
    expect(calon[10]).toBe('Tetap di jabatan');
  });

  it('shows a move as the plan made it, in the chosen language', () => {
    const lama = readinessSheet(run, 'en').rows.find((r) => r[2] === 'Lama')!;
    expect(lama[6]).toBe('Yes');
    expect(lama[7]).toBe('Yes');
    expect(lama[5]).toBe('8 years 11 months'); // in post since 1 January 2018
    expect(lama[10]).toBe('Moves to Analis at Dinas Sosial');
  });
});

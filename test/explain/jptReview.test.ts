import { buildPlan } from '../../src/domain/plan/buildPlan';
import { justifyPlan } from '../../src/domain/explain/justifyPlan';
import { DEFAULT_POLICY } from '../../src/domain/rules';
import { day, makeEmployee, makePosition, makeTables } from '../support/factories';

it('flags a move into a JPT post for selection review, and no other move', () => {
  const tables = makeTables({
    positions: [
      makePosition({ code: 'KADIS-A', name: 'Kepala Dinas A', unit: 'Dinas A', jenis: 'JPT', kelas: 14, formasi: 1 }),
      makePosition({ code: 'INSP', name: 'Inspektur', unit: 'Inspektorat', jenis: 'JPT', kelas: 14, formasi: 1 }),
      makePosition({ code: 'ADM-1', name: 'Analis', unit: 'Dinas A', formasi: 1 }),
      makePosition({ code: 'ADM-2', name: 'Analis', unit: 'Inspektorat', formasi: 1 }),
    ],
    employees: [
      makeEmployee({ nama: 'Kadis', golongan: 'IV/c', positionCode: 'KADIS-A', unit: 'Dinas A', tmtJabatan: day('2018-01-01'), pilihan: ['INSP'] }),
      makeEmployee({ nama: 'Staf', positionCode: 'ADM-1', unit: 'Dinas A', tmtJabatan: day('2018-01-01'), pilihan: ['ADM-2'] }),
    ],
  });
  const run = buildPlan({ tables, policy: DEFAULT_POLICY, effectiveDate: day('2026-12-01') })!;
  const justified = justifyPlan(run).items;
  const kadis = justified.find((j) => j.proposal.employee.nama === 'Kadis');
  const staf = justified.find((j) => j.proposal.employee.nama === 'Staf');
  expect(kadis?.proposal.to.code).toBe('INSP');
  expect(kadis?.flags.map((f) => f.code)).toContain('JPT_MOVE_REVIEW');
  expect(staf?.flags.map((f) => f.code) ?? []).not.toContain('JPT_MOVE_REVIEW');
});

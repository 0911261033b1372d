import { buildPlan } from '../plan/buildPlan';
import { justifyPlan } from './justifyPlan';
import { DEFAULT_POLICY } from '../rules';
import { day, makeEmployee, makePosition, makeTables } from '../../../test/support/factories';

it('when the policy plans JPT posts, flags a move into one for selection review, and no other move', () => {
  const tables = makeTables({
    positions: [
      makePosition({ code: 'KADIS-A', name: 'Kepala Dinas A', unit: 'Dinas A', jenis: 'JPT', kelas: 14, formasi: 1 }),
      makePosition({ code: 'INSP', name: 'Inspektur', unit: 'Inspektorat', jenis: 'JPT', kelas: 14, formasi: 1 }),
      makePosition({ code: 'ADM-1', name: 'Analis', unit: 'Dinas A', formasi: 1 }),
      makePosition({ code: 'ADM-2', name: 'Analis', unit: 'Inspektorat', formasi: 1 }),
    ],
    employees: [
      makeEmployee({
        nama: 'Kadis',
        golongan: 'IV/c',
        positionCode: 'KADIS-A',
        unit: 'Dinas A',
        tmtJabatan: day('2018-01-01'),
        pilihan: ['INSP'],
      }),
      makeEmployee({ nama: 'Staf', positionCode: 'ADM-1', unit: 'Dinas A', tmtJabatan: day('2018-01-01'), pilihan: ['ADM-2'] }),
    ],
  });
  // JPT posts are filled by open selection by default; an office may switch the rule off.
  // Units are not held at their staff here, so both may leave Dinas A.
  const policy = {
    ...DEFAULT_POLICY,
    rules: { ...DEFAULT_POLICY.rules, jpt: { ...DEFAULT_POLICY.rules.jpt, enabled: false } },
    scoring: { ...DEFAULT_POLICY.scoring, staffing: { ...DEFAULT_POLICY.scoring.staffing, keepUnitsStaffed: false } },
  };
  const run = buildPlan({ tables, policy, effectiveDate: day('2026-12-01') })!;
  const justified = justifyPlan(run).items;
  const kadis = justified.find((j) => j.proposal.employee.nama === 'Kadis');
  const staf = justified.find((j) => j.proposal.employee.nama === 'Staf');
  expect(kadis?.proposal.to.code).toBe('INSP');
  expect(kadis?.flags.map((f) => f.code)).toContain('JPT_MOVE_REVIEW');
  expect(staf?.flags.map((f) => f.code) ?? []).not.toContain('JPT_MOVE_REVIEW');
});

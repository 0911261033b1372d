import { day, makeEmployee, makePosition, makeTables } from '../../../test/support/factories';
import { asNip, asPositionCode } from '../model/types';
import { DEFAULT_POLICY, type Policy } from '../rules/policy';
import { natureOfPostNotes } from './natureOfPostCheck';
import { recheckPlan } from './recheckPlan';

// The fast pair check of candidate generation, made blind: the re-check must still see every
// nature-of-the-post violation through its own reading of the rows.
jest.mock('../rules/compatibility', () => {
  const actual: Record<string, unknown> = jest.requireActual('../rules/compatibility');
  return { ...actual, pairBlockNotes: () => [] };
});

const employee = makeEmployee({ golongan: 'III/c' });
const jf = (name: string, kelas = 9, code = 'T') => makePosition({ code, name, kelas, jenis: 'Fungsional' });
const codes = (policy: Policy, from: ReturnType<typeof makePosition> | null, to: ReturnType<typeof makePosition>, e = employee): string[] =>
  natureOfPostNotes(policy, e, from, to).map((n) => n.code);

describe('natureOfPostNotes', () => {
  it('reads profession, subject and jenjang from the names', () => {
    expect(
      codes(DEFAULT_POLICY, jf('Perawat Ahli Madya', 11, 'H'), jf('Dokter Ahli Madya', 11), makeEmployee({ golongan: 'IV/a' })),
    ).toEqual(['FUNGSIONAL_FAMILY']);
    expect(codes(DEFAULT_POLICY, jf('Guru Matematika Ahli Muda', 9, 'H'), jf('Guru Kelas Ahli Muda'))).toEqual(['GURU_SUBJECT']);
    expect(codes(DEFAULT_POLICY, jf('Perawat Ahli Madya', 9, 'H'), jf('Perawat Ahli Muda'))).toEqual(['FUNGSIONAL_JENJANG']);
    expect(codes(DEFAULT_POLICY, jf('Perawat Ahli Muda', 9, 'H'), jf('Perawat Ahli Muda'))).toEqual([]);
  });
  it('checks JPT, eselon, kelas and golongan from the jenjang', () => {
    expect(codes(DEFAULT_POLICY, makePosition({ code: 'H', jenis: 'JPT' }), makePosition({ jenis: 'JPT' }))).toEqual([
      'JPT_OPEN_SELECTION',
      'JPT_POST',
    ]);
    expect(
      codes(
        DEFAULT_POLICY,
        makePosition({ code: 'H', jenis: 'Pengawas', eselon: 'IV.b' }),
        makePosition({ jenis: 'Pengawas', eselon: 'IV.a' }),
      ),
    ).toEqual([]);
    expect(
      codes(
        DEFAULT_POLICY,
        makePosition({ code: 'H', jenis: 'Administrator', eselon: 'III.a' }),
        makePosition({ jenis: 'Administrator', eselon: 'II.b' }),
      ),
    ).toEqual(['ESELON_LEVEL']);
    expect(codes(DEFAULT_POLICY, makePosition({ code: 'H', kelas: 7 }), makePosition({ kelas: 8 }))).toEqual(['PROMOTION']);
    expect(codes(DEFAULT_POLICY, jf('Perawat Ahli Muda', 9, 'H'), jf('Perawat Ahli Muda'), makeEmployee({ golongan: 'IV/a' }))).toEqual([
      'RANK_ABOVE_JENJANG',
    ]);
    expect(codes(DEFAULT_POLICY, makePosition({ code: 'T' }), makePosition({ code: 'T' }))).toEqual([]);
  });
});

describe('recheckPlan without the fast pair check', () => {
  it('still finds the nature-of-the-post violations (an independent re-check)', () => {
    const nip = asNip('198505102010011001');
    const tables = makeTables({
      employees: [makeEmployee({ nip, positionCode: 'PRW', golongan: 'IV/a', tmtJabatan: day('2019-01-01') })],
      positions: [jf('Perawat Ahli Madya', 11, 'PRW'), jf('Dokter Ahli Madya', 11, 'DOK')],
    });
    const check = recheckPlan(tables, DEFAULT_POLICY, day('2025-07-01'), new Map([[nip, asPositionCode('DOK')]]));
    expect(check.violations.map((v) => [v.kind, v.code, v.params])).toEqual([
      ['pair', 'FUNGSIONAL_FAMILY', { from: 'Perawat', to: 'Dokter' }],
    ]);
  });
});

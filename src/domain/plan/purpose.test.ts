import { DEFAULT_POLICY } from '../rules';
import { buildScoringContext, fitPercent } from '../scoring';
import { day, makeEmployee, makePosition, makeTables, makeUnit } from '../../../test/support/factories';
import { purposeBits, purposeContext, purposeScan, purposesOf } from './purpose';

const DATE = day('2026-12-01');

/** Dinas Sosial is short (two posts, one holder); Dinas Kesehatan has an urgent vacancy. */
function city(employee: Parameters<typeof makeEmployee>[0]) {
  const tables = makeTables({
    units: [makeUnit({ name: 'Dinas PUPR', kebutuhanAbk: 0 })],
    positions: [
      makePosition({ code: 'PU-1', unit: 'Dinas PUPR', bidangPendidikan: ['Administrasi Negara'] }),
      makePosition({ code: 'PU-2', unit: 'Dinas PUPR', bidangPendidikan: ['Administrasi Negara'] }),
      makePosition({ code: 'SOS-1', unit: 'Dinas Sosial', formasi: 2 }),
      makePosition({ code: 'KES-1', unit: 'Dinas Kesehatan', prioritas: 'Segera', bidangPendidikan: ['Keperawatan'] }),
    ],
    employees: [
      makeEmployee({ positionCode: 'PU-1', unit: 'Dinas PUPR', ...employee }),
      makeEmployee({ nip: '198001012005011001', positionCode: 'SOS-1' }),
    ],
  });
  const scoring = buildScoringContext(tables, DEFAULT_POLICY, DATE);
  const index = (code: string) => tables.positions.findIndex((p) => p.code === code);
  const scan = purposeScan(purposeContext(scoring));
  return {
    bits: (code: string) => purposesOf(purposeBits(purposeContext(scoring), 0, index(code))),
    /** The same through the scan the candidate graph uses, given the fit. */
    scanBits: (code: string) => {
      scan.setEmployee(0);
      return purposesOf(scan.bits(index(code), fitPercent(scoring, 0, index(code))));
    },
  };
}

describe('purposeBits', () => {
  it('names a short target unit and an urgent vacancy', () => {
    const { bits } = city({ tmtJabatan: day('2024-01-01') });
    expect(bits('SOS-1')).toEqual(['UNIT_NEED']);
    expect(bits('KES-1')).toEqual(expect.arrayContaining(['UNIT_NEED', 'URGENT_VACANCY']));
  });

  it('finds no purpose in a move within the same unit to an equal post, before rotation is due', () => {
    const { bits } = city({ tmtJabatan: day('2024-01-01') });
    expect(bits('PU-2')).toEqual([]);
  });

  it('counts rotation due only into an equally or better fitting post', () => {
    const { bits } = city({ tmtJabatan: day('2018-01-01'), jurusan: 'Administrasi Negara' });
    expect(bits('PU-2')).toEqual(['ROTATION']);
    // The nursing post fits an administration graduate worse: rotation is no purpose there.
    expect(bits('KES-1')).not.toContain('ROTATION');
  });

  it("names a clearly better fit and the employee's own choice", () => {
    const { bits } = city({ tmtJabatan: day('2024-01-01'), jurusan: 'Keperawatan', pilihan: ['PU-2'] });
    expect(bits('KES-1')).toContain('COMPETENCE');
    expect(bits('PU-2')).toEqual(['ASPIRATION']);
  });

  it('gives the same purposes through purposeScan', () => {
    let compared = 0;
    for (const employee of [
      { tmtJabatan: day('2024-01-01') },
      { tmtJabatan: day('2018-01-01'), jurusan: 'Administrasi Negara' },
      { tmtJabatan: day('2024-01-01'), jurusan: 'Keperawatan', pilihan: ['PU-2'] },
    ]) {
      const { bits, scanBits } = city(employee);
      for (const code of ['PU-2', 'SOS-1', 'KES-1']) {
        expect({ code, purposes: scanBits(code) }).toEqual({ code, purposes: bits(code) });
        compared++;
      }
    }
    expect(compared).toBe(9);
  });
});

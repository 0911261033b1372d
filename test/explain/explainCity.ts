/**
 * Test support: tiny cities for justifications. Effective date 1 December 2026 (see
 * test/fairness/smallCity.ts for `planOf`).
 */
import { day, makeEmployee, makePosition, makeTables, makeUnit } from '../support/factories';
import type { InputTables } from '../../src/domain/model/types';

export const NIP = {
  nurse: '198801012012012001',
  clerk: '198001012005011001',
  filler: '198601012011011001',
  loyal: '197701012002011001',
} as const;

/**
 * One vacant nursing post in Dinas Kesehatan, two candidates in Dinas Sosial: the nurse
 * (rotation due, nursing degree, asked for Dinas Kesehatan) and a clerk (three years in
 * post, administration degree). A third employee in Dinas Kependudukan asked for the
 * nurse's post by its code.
 */
export function runnerUpCity(): InputTables {
  return makeTables({
    // Dinas Kependudukan's workload needs nobody more (ABK 0), so Sari may leave it.
    units: [makeUnit({ name: 'Dinas Kependudukan dan Pencatatan Sipil', kebutuhanAbk: 0 })],
    positions: [
      makePosition({ code: 'SOS-1', unit: 'Dinas Sosial' }),
      makePosition({ code: 'SOS-2', unit: 'Dinas Sosial' }),
      makePosition({
        code: 'KES-1',
        name: 'Pengelola Layanan Kesehatan',
        unit: 'Dinas Kesehatan',
        bidangPendidikan: ['Keperawatan'],
        kompetensi: ['Asuhan Keperawatan'],
      }),
      makePosition({ code: 'DUK-1', unit: 'Dinas Kependudukan dan Pencatatan Sipil' }),
    ],
    employees: [
      makeEmployee({
        nip: NIP.nurse,
        nama: 'Rina',
        jurusan: 'Keperawatan',
        kompetensi: ['Asuhan Keperawatan'],
        positionCode: 'SOS-1',
        tmtJabatan: day('2019-06-01'),
        pilihan: ['Dinas Kesehatan'],
      }),
      makeEmployee({ nip: NIP.clerk, nama: 'Budi', jurusan: 'Administrasi Negara', positionCode: 'SOS-2', tmtJabatan: day('2023-06-01') }),
      makeEmployee({
        nip: NIP.filler,
        nama: 'Sari',
        positionCode: 'DUK-1',
        tmtJabatan: day('2019-01-01'),
        unit: 'Dinas Kependudukan dan Pencatatan Sipil',
        pilihan: ['SOS-1'],
      }),
    ],
  });
}

/** An employee due for rotation who asked for her own unit and moves within it. */
export function loyalCity(): InputTables {
  return makeTables({
    positions: [
      makePosition({ code: 'SOS-1', unit: 'Dinas Sosial' }),
      makePosition({ code: 'SOS-2', name: 'Penyuluh Sosial', unit: 'Dinas Sosial', bidangPendidikan: ['Kesejahteraan Sosial'] }),
    ],
    employees: [
      makeEmployee({
        nip: NIP.loyal,
        nama: 'Tetap',
        jurusan: 'Kesejahteraan Sosial',
        positionCode: 'SOS-1',
        tmtJabatan: day('2018-01-01'),
        pilihan: ['Dinas Sosial'],
      }),
    ],
  });
}

/**
 * A small city for scoring tests: the brief's nursing graduate placed in Dinas Sosial,
 * a short-staffed Dinas Kesehatan, an over-staffed Dinas Sosial and a few other posts.
 * Test-only.
 */
import { DEFAULT_POLICY, type Policy } from '../../src/domain/rules/policy';
import { buildScoringContext, type ScoringContext } from '../../src/domain/scoring/scoringContext';
import type { Employee, InputTables, Position } from '../../src/domain/model/types';
import { day, makeEmployee, makePosition, makeTables, makeUnit } from './factories';

export const FIXTURE_DATE = day('2025-07-01');

/** Position indexes of the fixture. */
export const P = { sosAdm: 0, sosPeksos: 1, kesPerawat: 2, kesAdm: 3, bpkad: 4, kelurahan: 5, kabid: 6 } as const;

export const FIXTURE_POSITIONS: readonly Position[] = [
  makePosition({ code: 'SOS-ADM', name: 'Pengadministrasi Umum', unit: 'Dinas Sosial', formasi: 3 }),
  makePosition({ code: 'SOS-PS', name: 'Penyuluh Sosial', unit: 'Dinas Sosial', bidangPendidikan: ['S1 Kesejahteraan Sosial'] }),
  makePosition({
    code: 'KES-PRW',
    name: 'Pengelola Layanan Kesehatan',
    unit: 'Dinas Kesehatan',
    formasi: 2,
    bidangPendidikan: ['S1 Keperawatan', 'D3 Kebidanan'],
    kompetensi: ['Asuhan Keperawatan', 'Komunikasi Efektif', 'Pelayanan Prima'],
    golonganMin: 'III/a',
    golonganMax: 'III/d',
  }),
  makePosition({ code: 'KES-ADM', name: 'Pengadministrasi Umum', unit: 'Dinas Kesehatan' }),
  makePosition({ code: 'BPKAD-AK', name: 'Analis Keuangan', unit: 'Badan Pengelolaan Keuangan dan Aset Daerah', golonganMin: 'III/a' }),
  makePosition({ code: 'KEL-ADM', name: 'Pengadministrasi Umum', unit: 'Kelurahan Bandar Utama' }),
  makePosition({
    code: 'KES-KABID',
    name: 'Kepala Bidang Pelayanan Kesehatan',
    unit: 'Dinas Kesehatan',
    jenis: 'Administrator',
    kelas: 11,
  }),
];

/** Employee 0: the nurse in Dinas Sosial (6 years in post, wishes Dinas Kesehatan first). */
export function fixtureEmployees(nurse: Partial<Parameters<typeof makeEmployee>[0]> = {}): Employee[] {
  return [
    makeEmployee({
      nip: '198801012012012001',
      nama: 'Rina',
      gender: 'P',
      jurusan: 'S1 Keperawatan',
      positionCode: 'SOS-ADM',
      unit: 'Dinas Sosial',
      tmtJabatan: day('2019-03-01'),
      kompetensi: ['asuhan keperawatan', 'Komunikasi efektif'],
      pilihan: ['Dinas Kesehatan', 'RSUD', 'KEL-ADM'],
      predikat: 'Sangat Baik',
      potensi: 'Tinggi',
      ...nurse,
    }),
    makeEmployee({
      nip: '198001012005011001',
      jurusan: 'Akuntansi',
      positionCode: 'SOS-ADM',
      unit: 'Dinas Sosial',
      tmtJabatan: day('2022-07-01'),
    }),
    makeEmployee({
      nip: '198101012006011001',
      jurusan: 'Ilmu Administrasi Negara',
      positionCode: 'SOS-ADM',
      unit: 'Dinas Sosial',
      tmtJabatan: day('2022-07-01'),
    }),
    makeEmployee({
      nip: '198201012007011001',
      jurusan: 'Kesejahteraan Sosial',
      positionCode: 'KES-ADM',
      unit: 'Dinas Kesehatan',
      predikat: null,
    }),
    makeEmployee({
      nip: '198301012008011001',
      jurusan: 'IPA',
      pendidikan: 'SMA',
      golongan: 'II/c',
      positionCode: 'KEL-ADM',
      unit: 'Kelurahan Bandar Utama',
    }),
  ];
}

/** Tables of the fixture: Dinas Kesehatan needs 6 (ABK) and has 1; Dinas Sosial needs 2 and has 3. */
export function fixtureTables(employees: readonly Employee[] = fixtureEmployees()): InputTables {
  return makeTables({
    employees,
    positions: FIXTURE_POSITIONS,
    units: [
      makeUnit({ name: 'Dinas Sosial', kebutuhanAbk: 2 }),
      makeUnit({ name: 'Dinas Kesehatan', kebutuhanAbk: 6 }),
      makeUnit({ name: 'Badan Pengelolaan Keuangan dan Aset Daerah', kebutuhanAbk: 1 }),
    ],
  });
}

/** The scoring context of the fixture. */
export function fixtureContext(options: { employees?: readonly Employee[]; policy?: Policy } = {}): ScoringContext {
  return buildScoringContext(fixtureTables(options.employees), options.policy ?? DEFAULT_POLICY, FIXTURE_DATE);
}

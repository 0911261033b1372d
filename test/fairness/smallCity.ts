/**
 * Test support: tiny planned cities built from the factories, each made to show (or not
 * show) one fairness finding. Effective date 1 December 2026.
 */
import { buildPlan, type PlanRun } from '../../src/domain/plan/buildPlan';
import { DEFAULT_POLICY, type Policy, type ReviewPair } from '../../src/domain/rules';
import { day, makeEmployee, makePosition, makeTables, makeUnit } from '../support/factories';
import type { Employee, InputTables, Position, Unit } from '../../src/domain/model/types';

export const DATE = day('2026-12-01');

/** Plans `tables` (optionally with another policy or reviewers' locks). */
export function planOf(tables: InputTables, options: { policy?: Policy; locked?: readonly ReviewPair[] } = {}): PlanRun {
  const run = buildPlan({ tables, policy: options.policy ?? DEFAULT_POLICY, effectiveDate: DATE, ...(options.locked ? { locked: options.locked } : {}) });
  if (run === null) throw new Error('not cancelled');
  return run;
}

export const NIP = {
  asker: '198801012012012001',
  holder: '198001012005011001',
  due: '197501012000011001',
  junior: '198501012010011001',
  other: '198601012011011001',
  cpns: '199801012024011001',
} as const;

/**
 * The nurse-like asker A (3 years in a Dinas Sosial post, asks for Dinas Kesehatan) and B,
 * whose rotation is due and whose only way out (A's post takes no III/d) is the one vacant
 * Dinas Kesehatan post, which B asked for too. `askerFitsBetter` decides whose study field matches it.
 */
export function envyCity(askerFitsBetter: boolean): InputTables {
  const nursing = 'Keperawatan';
  const admin = 'Administrasi Negara';
  const positions: Position[] = [
    makePosition({ code: 'SOS-1', unit: 'Dinas Sosial', golonganMax: 'III/c' }),
    makePosition({ code: 'SOS-2', unit: 'Dinas Sosial' }),
    makePosition({ code: 'KES-1', name: 'Pengelola Layanan Kesehatan', unit: 'Dinas Kesehatan', bidangPendidikan: [nursing] }),
  ];
  const employees: Employee[] = [
    makeEmployee({ nip: NIP.asker, nama: 'A', positionCode: 'SOS-1', jurusan: askerFitsBetter ? nursing : admin, tmtJabatan: day('2023-06-01'), pilihan: ['Dinas Kesehatan'] }),
    makeEmployee({ nip: NIP.holder, nama: 'B', golongan: 'III/d', positionCode: 'SOS-2', jurusan: askerFitsBetter ? admin : nursing, tmtJabatan: day('2019-01-01'), pilihan: ['KES-1'] }),
  ];
  return makeTables({ employees, positions });
}

/**
 * A unit with two Pelaksana: one due for rotation whose rank no other post takes (`dueCanMove`
 * false) or who may go anywhere (true), and a junior who asked for a vacant post elsewhere.
 */
export function rotationCity(dueCanMove: boolean): InputTables {
  const positions: Position[] = [
    makePosition({ code: 'SOS-1', unit: 'Dinas Sosial', formasi: 2 }),
    makePosition({ code: 'KES-1', unit: 'Dinas Kesehatan', golonganMax: dueCanMove ? null : 'III/d' }),
    makePosition({ code: 'DUK-1', unit: 'Dinas Kependudukan dan Pencatatan Sipil', golonganMax: dueCanMove ? null : 'III/d' }),
  ];
  const employees: Employee[] = [
    makeEmployee({ nip: NIP.due, nama: 'Senior', golongan: 'IV/a', positionCode: 'SOS-1', tmtJabatan: day('2018-01-01') }),
    makeEmployee({ nip: NIP.junior, nama: 'Junior', positionCode: 'SOS-1', tmtJabatan: day('2023-01-01'), pilihan: ['Dinas Kesehatan'] }),
  ];
  return makeTables({ employees, positions });
}

/** Dinas Sosial needs `need` staff and has two; one of them is due for rotation and wants Dinas Kesehatan. */
export function shortageCity(need: number): InputTables {
  const positions: Position[] = [
    makePosition({ code: 'SOS-1', unit: 'Dinas Sosial', formasi: 2 }),
    makePosition({ code: 'KES-1', unit: 'Dinas Kesehatan' }),
  ];
  const employees: Employee[] = [
    makeEmployee({ nip: NIP.due, nama: 'Leaver', positionCode: 'SOS-1', tmtJabatan: day('2018-01-01'), pilihan: ['Dinas Kesehatan'] }),
    makeEmployee({ nip: NIP.other, nama: 'Stayer', positionCode: 'SOS-1', tmtJabatan: day('2024-01-01') }),
  ];
  const units: Unit[] = [makeUnit({ name: 'Dinas Sosial', kebutuhanAbk: need }), makeUnit({ name: 'Dinas Kesehatan', kebutuhanAbk: 1 })];
  return makeTables({ employees, positions, units });
}

/** An employee due for rotation whose only way out is a post one Kelas Jabatan lower. */
export function demotionCity(): InputTables {
  const positions: Position[] = [makePosition({ code: 'SOS-1', unit: 'Dinas Sosial', kelas: 8 }), makePosition({ code: 'KES-1', unit: 'Dinas Kesehatan', kelas: 7 })];
  const employees: Employee[] = [makeEmployee({ nip: NIP.due, nama: 'Due', positionCode: 'SOS-1', tmtJabatan: day('2018-01-01'), pilihan: ['Dinas Kesehatan'] })];
  return makeTables({ employees, positions });
}

/** A CPNS (may not move) and a vacant post: reviewers' lock forces an illegal move. */
export function cpnsCity(): InputTables {
  const positions: Position[] = [makePosition({ code: 'SOS-1', unit: 'Dinas Sosial' }), makePosition({ code: 'KES-1', unit: 'Dinas Kesehatan' })];
  const employees: Employee[] = [makeEmployee({ nip: NIP.cpns, nama: 'Cpns', status: 'CPNS', positionCode: 'SOS-1', tmtJabatan: day('2024-03-01') })];
  return makeTables({ employees, positions });
}

/** The policy with a Kelas Jabatan drop tolerance of `tolerance`. */
export function demotionTolerance(tolerance: number): Policy {
  return { ...DEFAULT_POLICY, rules: { ...DEFAULT_POLICY.rules, noDemotion: { enabled: true, kelasTolerance: tolerance } } };
}

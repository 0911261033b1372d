/**
 * Test support: tiny planned cities built from the factories, each made to show (or not
 * show) one fairness finding. Effective date 1 December 2026.
 */
import { buildPlan, type PlanRun } from '../../src/domain/plan/buildPlan';
import { DEFAULT_POLICY, type Policy, type ReviewPair } from '../../src/domain/rules';
import { day, makeEmployee, makeNip, makePosition, makeTables, makeUnit } from '../support/factories';
import { asNip, asPositionCode, type Employee, type InputTables, type Position, type Unit } from '../../src/domain/model/types';

export const DATE = day('2026-12-01');

/**
 * Reviewers' Setuju locks that force the moves `moves` (employee name → position code), so a
 * test fixes the plan it checks instead of depending on what the optimiser prefers.
 */
export function lockMoves(tables: InputTables, moves: Readonly<Record<string, string>>): ReviewPair[] {
  return Object.entries(moves).map(([nama, code]) => {
    const employee = tables.employees.find((e) => e.nama === nama);
    if (employee === undefined) throw new Error(`no employee named ${nama}`);
    return { nip: asNip(employee.nip), positionCode: asPositionCode(code) };
  });
}

/** Plans `tables` (optionally with another policy or reviewers' locks). */
export function planOf(tables: InputTables, options: { policy?: Policy; locked?: readonly ReviewPair[] } = {}): PlanRun {
  const run = buildPlan({
    tables,
    policy: options.policy ?? DEFAULT_POLICY,
    effectiveDate: DATE,
    ...(options.locked ? { locked: options.locked } : {}),
  });
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
    makeEmployee({
      nip: NIP.asker,
      nama: 'A',
      positionCode: 'SOS-1',
      jurusan: askerFitsBetter ? nursing : admin,
      tmtJabatan: day('2023-06-01'),
      pilihan: ['Dinas Kesehatan'],
    }),
    makeEmployee({
      nip: NIP.holder,
      nama: 'B',
      golongan: 'III/d',
      positionCode: 'SOS-2',
      jurusan: askerFitsBetter ? admin : nursing,
      tmtJabatan: day('2019-01-01'),
      pilihan: ['KES-1'],
    }),
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
  const positions: Position[] = [
    makePosition({ code: 'SOS-1', unit: 'Dinas Sosial', kelas: 8 }),
    makePosition({ code: 'KES-1', unit: 'Dinas Kesehatan', kelas: 7 }),
  ];
  const employees: Employee[] = [
    makeEmployee({ nip: NIP.due, nama: 'Due', positionCode: 'SOS-1', tmtJabatan: day('2018-01-01'), pilihan: ['Dinas Kesehatan'] }),
  ];
  return makeTables({ employees, positions });
}

/** A CPNS (may not move) and a vacant post: reviewers' lock forces an illegal move. */
export function cpnsCity(): InputTables {
  const positions: Position[] = [
    makePosition({ code: 'SOS-1', unit: 'Dinas Sosial' }),
    makePosition({ code: 'KES-1', unit: 'Dinas Kesehatan' }),
  ];
  const employees: Employee[] = [
    makeEmployee({ nip: NIP.cpns, nama: 'Cpns', status: 'CPNS', positionCode: 'SOS-1', tmtJabatan: day('2024-03-01') }),
  ];
  return makeTables({ employees, positions });
}

/** The policy with a Kelas Jabatan drop tolerance of `tolerance`. */
export function demotionTolerance(tolerance: number): Policy {
  return {
    ...DEFAULT_POLICY,
    rules: { ...DEFAULT_POLICY.rules, kelas: { ...DEFAULT_POLICY.rules.kelas, enabled: true, maxDown: tolerance } },
  };
}

/** One kind of member of a {@link choiceCity}. */
export interface ChoiceGroup {
  readonly gender: 'L' | 'P';
  readonly rotationDue: boolean;
  readonly count: number;
  /** How many of them the plan moves into the Dinas Kesehatan posts they all chose. */
  readonly honoured: number;
}

/**
 * A city where everyone sits in a Dinas Sosial post and chose Dinas Kesehatan, which has
 * exactly as many posts as the plan fills: reviewers' locks move `honoured` members of each
 * group there, so no one else can get a choice and the plan is fixed by the test. Names are
 * `<gender><due|new><n>`; NIPs alternate between the groups, so no tie favours one of them.
 */
export function choiceCity(groups: readonly ChoiceGroup[]): { tables: InputTables; locked: ReviewPair[] } {
  const members: { employee: Employee; honoured: boolean }[] = [];
  const longest = Math.max(...groups.map((g) => g.count));
  for (let k = 0; k < longest; k++) {
    groups.forEach((g, gi) => {
      if (k >= g.count) return;
      const i = members.length;
      const employee = makeEmployee({
        nip: makeNip('1980-01-01', g.gender),
        nama: `${g.gender}${g.rotationDue ? 'due' : 'new'}${gi}-${k}`,
        gender: g.gender,
        positionCode: `SOS-${i}`,
        tmtJabatan: g.rotationDue ? day('2019-01-01') : day('2023-06-01'),
        pilihan: ['Dinas Kesehatan'],
      });
      members.push({ employee, honoured: k < g.honoured });
    });
  }
  const employees = members.map((m) => m.employee);
  const honoured = members.filter((m) => m.honoured);
  const positions: Position[] = [
    ...employees.map((_, i) => makePosition({ code: `SOS-${i}`, unit: 'Dinas Sosial' })),
    ...honoured.map((_, i) => makePosition({ code: `KES-${i}`, unit: 'Dinas Kesehatan' })),
  ];
  const tables = makeTables({ employees, positions });
  return { tables, locked: lockMoves(tables, Object.fromEntries(honoured.map((m, i) => [m.employee.nama, `KES-${i}`]))) };
}

/**
 * Tiny fixtures for domain tests: an employee, position or unit with sensible defaults and
 * only the fields a test cares about overridden. Test-only; production code never imports it.
 */
import { dayOfIso } from '../../src/domain/model/dates';
import { DEFAULT_POLICY, type Policy, type PolicyRules } from '../../src/domain/rules/policy';
import {
  asNip,
  asPositionCode,
  asUnitName,
  type DayNumber,
  type Employee,
  type InputTables,
  type Position,
  type Unit,
} from '../../src/domain/model/types';

/** The day number of a `yyyy-mm-dd` date; throws on a typo (a test bug). */
export function day(iso: string): DayNumber {
  const d = dayOfIso(iso);
  if (d === null) throw new Error(`not a date: ${iso}`);
  return d;
}

let serial = 0;

/** A valid-looking 18-digit NIP: birth date, CPNS month, gender digit, serial. */
export function makeNip(birthIso = '1985-05-10', gender: 'L' | 'P' = 'L', cpns = '201001'): string {
  serial = (serial + 1) % 1000;
  return `${birthIso.replace(/-/g, '')}${cpns}${gender === 'L' ? 1 : 2}${String(serial).padStart(3, '0')}`;
}

type Overrides<T> = { -readonly [K in keyof T]?: T[K] };

/** An employee (PNS, III/b, S1 Administrasi Negara, 5 years in post P1 at Dinas Sosial) with overrides. */
export function makeEmployee(
  overrides: Overrides<Omit<Employee, 'nip' | 'unit' | 'positionCode' | 'unitDihindari'>> & {
    nip?: string;
    unit?: string;
    positionCode?: string;
    unitDihindari?: readonly string[];
  } = {},
): Employee {
  const { nip, unit, positionCode, unitDihindari, ...rest } = overrides;
  return {
    row: 2,
    nip: asNip(nip ?? makeNip()),
    nama: 'Pegawai Contoh',
    gender: 'L',
    birthDate: day('1985-05-10'),
    status: 'PNS',
    golongan: 'III/b',
    pendidikan: 'S1',
    jurusan: 'Administrasi Negara',
    unit: asUnitName(unit ?? 'Dinas Sosial'),
    positionCode: asPositionCode(positionCode ?? 'P1'),
    tmtJabatan: day('2020-01-01'),
    tmtMutasiTerakhir: null,
    predikat: 'Baik',
    potensi: null,
    kompetensi: [],
    hukdis: null,
    hukdisEnd: null,
    pilihan: [],
    bersedia: true,
    pertimbanganKhusus: '',
    unitDihindari: (unitDihindari ?? []).map(asUnitName),
    extra: {},
    ...rest,
  };
}

/** A position (Pelaksana, kelas 7, formasi 1, no requirements) with overrides. */
export function makePosition(overrides: Overrides<Omit<Position, 'code' | 'unit'>> & { code?: string; unit?: string } = {}): Position {
  const { code, unit, ...rest } = overrides;
  return {
    row: 2,
    code: asPositionCode(code ?? 'P1'),
    name: 'Pengadministrasi Umum',
    unit: asUnitName(unit ?? 'Dinas Sosial'),
    jenis: 'Pelaksana',
    kelas: 7,
    eselon: null,
    formasi: 1,
    golonganMin: null,
    golonganMax: null,
    pendidikanMin: null,
    bidangPendidikan: [],
    kompetensi: [],
    prioritas: 'Normal',
    uraianTugas: '',
    extra: {},
    ...rest,
  };
}

/** A unit-sheet row with overrides (no ABK, workload or growth figures by default). */
export function makeUnit(overrides: Overrides<Omit<Unit, 'name'>> & { name?: string } = {}): Unit {
  const { name, ...rest } = overrides;
  return {
    row: 2,
    name: asUnitName(name ?? 'Dinas Sosial'),
    kebutuhanAbk: null,
    bebanKerjaJam: null,
    pertumbuhanPersen: null,
    layananPublik: false,
    batasKeluar: null,
    ...rest,
  };
}

/** Input tables from fixture rows. */
export function makeTables(parts: {
  employees?: readonly Employee[];
  positions?: readonly Position[];
  units?: readonly Unit[];
}): InputTables {
  return {
    employees: parts.employees ?? [],
    positions: parts.positions ?? [],
    units: parts.units ?? [],
    sheets: { pegawai: 'Pegawai', jabatan: 'Jabatan', unit: parts.units ? 'Unit' : null },
    extraEmployeeColumns: [],
  };
}

/** A policy with each rule on or off at random, and random tolerances (for tests against a direct computation). */
export function randomPolicy(pick: (n: number) => number): Policy {
  const rules = { ...DEFAULT_POLICY.rules } as Record<keyof PolicyRules, { enabled: boolean }>;
  for (const name of Object.keys(rules) as (keyof PolicyRules)[]) rules[name] = { ...rules[name], enabled: pick(4) !== 0 };
  const all = rules as unknown as PolicyRules;
  return {
    ...DEFAULT_POLICY,
    rules: {
      ...all,
      kelas: { ...all.kelas, maxUp: pick(3), maxDown: pick(3) },
      eselon: { ...all.eselon, sameSubLevel: pick(2) === 0 },
      positionType: {
        ...all.positionType,
        allowed: pick(2) === 0 ? all.positionType.allowed : { ...all.positionType.allowed, Pelaksana: ['Pelaksana', 'Fungsional'] },
      },
    },
  };
}

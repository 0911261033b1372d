/**
 * Tiny fixtures for domain tests: an employee, position or unit with sensible defaults and
 * only the fields a test cares about overridden. Test-only; production code never imports it.
 */
import { dayOfIso } from '../../src/domain/model/dates';
import { DEFAULT_POLICY, type Policy, type PolicyRules } from '../../src/domain/rules/policy';
import {
  GOLONGAN,
  JENJANG,
  asNip,
  asPositionCode,
  asUnitName,
  type DayNumber,
  type JenisJabatan,
  type Jenjang,
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

/** A small linear congruential generator: `pick(n)` is an integer in [0, n), the same sequence for the same seed. */
export function seededPick(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * n);
  };
}

const RANDOM_JENIS: readonly JenisJabatan[] = ['JPT', 'Administrator', 'Pengawas', 'Pelaksana', 'Fungsional'];
const RANDOM_UNITS = ['Dinas Sosial', 'Dinas Kesehatan', 'Dinas Pendidikan'];

/** How {@link randomRuleTables} draws its tables. */
export interface RuleTableShape {
  readonly positions: number;
  readonly employees: number;
  /** Pairs a review has forbidden. */
  readonly forbidden: number;
  /** The names a jabatan fungsional is drawn from. */
  readonly jfNames: readonly string[];
  /** One employee in this many avoids a unit. */
  readonly avoidOneIn: number;
  /** A position's kelas, eselon, golongan range and minimum education, drawn in this order. */
  readonly attributes: (
    pick: (n: number) => number,
    maybe: <T>(values: readonly T[]) => T | null,
  ) => Pick<Position, 'kelas' | 'eselon' | 'golonganMin' | 'golonganMax' | 'pendidikanMin'>;
}

/**
 * Random tables for testing a rule shortcut against the rules pair by pair: positions of every kind
 * in three units, employees in them (one in ten in a position that does not exist), some
 * avoiding a unit, and review-forbidden pairs. The same seed and shape give the same tables;
 * `pick` goes on drawing from where the tables left off.
 */
export function randomRuleTables(seed: number, shape: RuleTableShape) {
  const pick = seededPick(seed);
  const maybe = <T>(values: readonly T[]): T | null => (pick(3) === 0 ? null : (values[pick(values.length)] as T));
  const positions = Array.from({ length: shape.positions }, (_, p) => {
    const jenis = RANDOM_JENIS[pick(5)] as JenisJabatan;
    return makePosition({
      code: `P${p}`,
      unit: RANDOM_UNITS[pick(RANDOM_UNITS.length)] as string,
      jenis,
      name: jenis === 'Fungsional' ? (shape.jfNames[pick(shape.jfNames.length)] as string) : 'Analis',
      ...shape.attributes(pick, maybe),
    });
  });
  const employees = Array.from({ length: shape.employees }, (_, e) =>
    makeEmployee({
      nip: asNip(String(100000000000000000 + e)),
      positionCode: pick(10) === 0 ? 'NONE' : `P${pick(positions.length)}`,
      golongan: maybe(GOLONGAN),
      pendidikan: JENJANG[pick(JENJANG.length)] as Jenjang,
      unitDihindari: pick(shape.avoidOneIn) === 0 ? [RANDOM_UNITS[pick(RANDOM_UNITS.length)] as string] : [],
    }),
  );
  const forbidden = Array.from({ length: shape.forbidden }, () => ({
    nip: (employees[pick(employees.length)] as Employee).nip,
    positionCode: asPositionCode(`P${pick(shape.positions)}`),
  }));
  return { tables: makeTables({ employees, positions, units: RANDOM_UNITS.map((name) => makeUnit({ name })) }), forbidden, pick };
}

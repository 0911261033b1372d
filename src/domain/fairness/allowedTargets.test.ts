import { makeEmployee, makePosition, makeTables, makeUnit, randomPolicy } from '../../../test/support/factories';
import { GOLONGAN, JENJANG, asNip, asPositionCode, type JenisJabatan } from '../model/types';
import { DEFAULT_POLICY, compatibilityContext, isPairAllowed, type CompatibilityContext } from '../rules';
import { allowedTargetCounter } from './allowedTargets';

/** A small linear congruential generator, so every run tests the same instances. */
function randomSource(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * n);
  };
}

const JENIS: readonly JenisJabatan[] = ['JPT', 'Administrator', 'Pengawas', 'Pelaksana', 'Fungsional'];
const JF_NAMES = ['Perawat Ahli Muda', 'Perawat Terampil', 'Guru Matematika Ahli Pertama', 'Guru Fisika Ahli Pertama', 'Arsiparis'];
const ESELON = [null, 'III.a', 'IV.a', 'IV.b'];
const UNITS = ['Dinas Sosial', 'Dinas Kesehatan', 'Dinas Pendidikan'];

/** Many positions over few attribute values, so most share their rule attributes with others. */
function randomInstance(seed: number) {
  const pick = randomSource(seed);
  const maybe = <T>(values: readonly T[]): T | null => (pick(3) === 0 ? null : values[pick(values.length)]!);
  const positions = Array.from({ length: 80 }, (_, p) => {
    const jenis = JENIS[pick(5)]!;
    return makePosition({
      code: `P${p}`,
      unit: UNITS[pick(UNITS.length)]!,
      jenis,
      name: jenis === 'Fungsional' ? JF_NAMES[pick(JF_NAMES.length)]! : 'Analis',
      kelas: pick(4) === 0 ? null : 6 + pick(3),
      eselon: pick(3) === 0 ? ESELON[pick(ESELON.length)]! : null,
      golonganMin: pick(3) === 0 ? GOLONGAN[8]! : null,
      golonganMax: pick(3) === 0 ? GOLONGAN[12]! : null,
      pendidikanMin: pick(3) === 0 ? JENJANG[3]! : null,
    });
  });
  const employees = Array.from({ length: 40 }, (_, e) =>
    makeEmployee({
      nip: asNip(String(100000000000000000 + e)),
      positionCode: pick(10) === 0 ? 'NONE' : `P${pick(positions.length)}`,
      golongan: maybe(GOLONGAN),
      pendidikan: JENJANG[pick(JENJANG.length)]!,
      unitDihindari: pick(5) === 0 ? [UNITS[pick(UNITS.length)]!] : [],
    }),
  );
  const forbidden = Array.from({ length: 10 }, () => ({
    nip: employees[pick(employees.length)]!.nip,
    positionCode: asPositionCode(`P${pick(80)}`),
  }));
  return { tables: makeTables({ employees, positions, units: UNITS.map((name) => makeUnit({ name })) }), forbidden, pick };
}

/** The count the counter must equal: every position tested. */
function directCount(ctx: CompatibilityContext, e: number): number {
  const current = ctx.index.currentPosition[e] ?? -1;
  let count = 0;
  for (let p = 0; p < ctx.tables.positions.length; p++) if (p !== current && isPairAllowed(ctx, e, p)) count++;
  return count;
}

describe('allowedTargetCounter', () => {
  it('counts exactly the positions isPairAllowed allows, on random tables, policies and review decisions', () => {
    const mismatches: string[] = [];
    let positive = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { tables, forbidden, pick } = randomInstance(seed);
      const policy = seed % 5 === 0 ? DEFAULT_POLICY : randomPolicy(pick);
      const ctx = compatibilityContext(tables, policy, seed % 2 === 0 ? { forbidden } : {});
      const count = allowedTargetCounter(ctx);
      for (let e = 0; e < tables.employees.length; e++) {
        const expected = directCount(ctx, e);
        if (count(e) !== expected) mismatches.push(`seed ${seed}: employee ${e}: ${count(e)} ≠ ${expected}`);
        if (expected > 0) positive++;
      }
    }
    expect(mismatches).toEqual([]);
    expect(positive).toBeGreaterThan(500);
  });
});

import { makeEmployee, makePosition, makeTables, makeUnit, randomPolicy } from '../../../test/support/factories';
import { GOLONGAN, JENJANG, asNip, asPositionCode, type JenisJabatan } from '../model/types';
import { compatibilityContext, isPairAllowed } from './compatibility';
import { pairScan } from './pairScan';
import { DEFAULT_POLICY } from './policy';

/** A small linear congruential generator, so every run tests the same instances. */
function randomSource(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * n);
  };
}

const JENIS: readonly JenisJabatan[] = ['JPT', 'Administrator', 'Pengawas', 'Pelaksana', 'Fungsional'];
const JF_NAMES = [
  'Perawat Ahli Muda',
  'Perawat Terampil',
  'Guru Matematika Ahli Pertama',
  'Guru Fisika Ahli Pertama',
  'Arsiparis',
  'Dokter Ahli Madya',
];
const ESELON = [null, 'III.a', 'III.b', 'IV.a', 'IV.b'];
const UNITS = ['Dinas Sosial', 'Dinas Kesehatan', 'Dinas Pendidikan'];

function randomInstance(seed: number) {
  const pick = randomSource(seed);
  const maybe = <T>(values: readonly T[]): T | null => (pick(3) === 0 ? null : values[pick(values.length)]!);
  const positions = Array.from({ length: 30 }, (_, p) => {
    const jenis = JENIS[pick(5)]!;
    return makePosition({
      code: `P${p}`,
      unit: UNITS[pick(UNITS.length)]!,
      jenis,
      name: jenis === 'Fungsional' ? JF_NAMES[pick(JF_NAMES.length)]! : 'Analis',
      kelas: pick(4) === 0 ? null : 5 + pick(5),
      eselon: ESELON[pick(ESELON.length)]!,
      golonganMin: maybe(GOLONGAN.slice(4, 12)),
      golonganMax: maybe(GOLONGAN.slice(10, 17)),
      pendidikanMin: maybe(JENJANG),
    });
  });
  const employees = Array.from({ length: 25 }, (_, e) =>
    makeEmployee({
      nip: asNip(String(100000000000000000 + e)),
      positionCode: pick(10) === 0 ? 'NONE' : `P${pick(positions.length)}`,
      golongan: maybe(GOLONGAN),
      pendidikan: JENJANG[pick(JENJANG.length)]!,
      unitDihindari: pick(4) === 0 ? [UNITS[pick(UNITS.length)]!] : [],
    }),
  );
  const forbidden = Array.from({ length: 15 }, () => ({
    nip: employees[pick(employees.length)]!.nip,
    positionCode: asPositionCode(`P${pick(30)}`),
  }));
  return { tables: makeTables({ employees, positions, units: UNITS.map((name) => makeUnit({ name })) }), forbidden, pick };
}

describe('pairScan', () => {
  it('allows exactly the pairs isPairAllowed allows, on random tables and policies, employees in any order', () => {
    let allowed = 0;
    let blocked = 0;
    const mismatches: string[] = [];
    for (let seed = 1; seed <= 40; seed++) {
      const { tables, forbidden, pick } = randomInstance(seed);
      const ctx = compatibilityContext(tables, seed % 5 === 0 ? DEFAULT_POLICY : randomPolicy(pick), { forbidden });
      const scan = pairScan(ctx);
      for (let e = tables.employees.length - 1; e >= 0; e--) {
        scan.setEmployee(e);
        for (let p = 0; p < tables.positions.length; p++) {
          const expected = isPairAllowed(ctx, e, p);
          if (scan.allows(p) !== expected) mismatches.push(`seed ${seed}: employee ${e}, position ${p}`);
          if (expected) allowed++;
          else blocked++;
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(allowed).toBeGreaterThan(1000);
    expect(blocked).toBeGreaterThan(1000);
  });
});

import { randomPolicy, randomRuleTables } from '../../../test/support/factories';
import { GOLONGAN, JENJANG } from '../model/types';
import { compatibilityContext, isPairAllowed } from './compatibility';
import { pairScan } from './pairScan';
import { DEFAULT_POLICY } from './policy';

const JF_NAMES = [
  'Perawat Ahli Muda',
  'Perawat Terampil',
  'Guru Matematika Ahli Pertama',
  'Guru Fisika Ahli Pertama',
  'Arsiparis',
  'Dokter Ahli Madya',
];
const ESELON = [null, 'III.a', 'III.b', 'IV.a', 'IV.b'];

/** Few positions with widely spread attributes. */
const randomInstance = (seed: number) =>
  randomRuleTables(seed, {
    positions: 30,
    employees: 25,
    forbidden: 15,
    jfNames: JF_NAMES,
    avoidOneIn: 4,
    attributes: (pick, maybe) => ({
      kelas: pick(4) === 0 ? null : 5 + pick(5),
      eselon: ESELON[pick(ESELON.length)]!,
      golonganMin: maybe(GOLONGAN.slice(4, 12)),
      golonganMax: maybe(GOLONGAN.slice(10, 17)),
      pendidikanMin: maybe(JENJANG),
    }),
  });

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

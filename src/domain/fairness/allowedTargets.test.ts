import { randomPolicy, randomRuleTables } from '../../../test/support/factories';
import { GOLONGAN, JENJANG } from '../model/types';
import { DEFAULT_POLICY, compatibilityContext, isPairAllowed, type CompatibilityContext } from '../rules';
import { allowedTargetCounter } from './allowedTargets';

const JF_NAMES = ['Perawat Ahli Muda', 'Perawat Terampil', 'Guru Matematika Ahli Pertama', 'Guru Fisika Ahli Pertama', 'Arsiparis'];
const ESELON = [null, 'III.a', 'IV.a', 'IV.b'];

/** Many positions over few attribute values, so most share their rule attributes with others. */
const randomInstance = (seed: number) =>
  randomRuleTables(seed, {
    positions: 80,
    employees: 40,
    forbidden: 10,
    jfNames: JF_NAMES,
    avoidOneIn: 5,
    attributes: (pick) => ({
      kelas: pick(4) === 0 ? null : 6 + pick(3),
      eselon: pick(3) === 0 ? ESELON[pick(ESELON.length)]! : null,
      golonganMin: pick(3) === 0 ? GOLONGAN[8]! : null,
      golonganMax: pick(3) === 0 ? GOLONGAN[12]! : null,
      pendidikanMin: pick(3) === 0 ? JENJANG[3]! : null,
    }),
  });

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

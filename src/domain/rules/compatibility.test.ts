import { makeEmployee, makePosition, makeTables, makeUnit } from '../../../test/support/factories';
import { renderBoth } from '../../../test/support/renderCheck';
import { asNip, asPositionCode, type Employee, type Position } from '../model/types';
import { compatibilityContext, isPairAllowed, kelasDrop, pairBlockNotes, pairBlocks, type CompatibilityContext } from './compatibility';
import { DEFAULT_POLICY, type Policy, type PolicyRules } from './policy';

const off = (rule: keyof PolicyRules): Policy => ({
  ...DEFAULT_POLICY,
  rules: { ...DEFAULT_POLICY.rules, [rule]: { ...DEFAULT_POLICY.rules[rule], enabled: false } },
});

const HOME = makePosition({ code: 'HOME', jenis: 'Pelaksana', kelas: 7, unit: 'Dinas Sosial' });

/** Employee 0 holds HOME; position 1 is the target under test. */
function ctxFor(employee: Partial<Parameters<typeof makeEmployee>[0]>, target: Position, policy: Policy = DEFAULT_POLICY): CompatibilityContext {
  const tables = makeTables({
    employees: [makeEmployee({ positionCode: 'HOME', ...employee })],
    positions: [HOME, target],
    units: [makeUnit({ name: 'Dinas Sosial' }), makeUnit({ name: 'Dinas Kesehatan' })],
  });
  return compatibilityContext(tables, policy);
}
const target = (overrides: Parameters<typeof makePosition>[0]): Position => makePosition({ code: 'T', unit: 'Dinas Kesehatan', ...overrides });

describe('pairBlocks', () => {
  it('allows a compatible pair with one shared empty array (no allocation)', () => {
    const ctx = ctxFor({}, target({}));
    const a = pairBlocks(ctx, 0, 1);
    expect(a).toEqual([]);
    expect(pairBlocks(ctx, 0, 1)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(isPairAllowed(ctx, 0, 1)).toBe(true);
  });

  it('never blocks staying in the current position', () => {
    const ctx = ctxFor({ golongan: 'I/a', pendidikan: 'SD', unitDihindari: ['Dinas Sosial'] }, target({}));
    expect(pairBlocks(ctx, 0, 0)).toEqual([]);
  });

  describe('position type (PP 11/2017)', () => {
    const fungsional = target({ jenis: 'Fungsional' });
    it('keeps Jenis Jabatan by default', () => {
      expect(pairBlocks(ctxFor({}, fungsional), 0, 1)).toEqual(['POSITION_TYPE']);
      expect(isPairAllowed(ctxFor({}, fungsional), 0, 1)).toBe(false);
    });
    it('follows an edited matrix, and is switched off', () => {
      const matrix: Policy = {
        ...DEFAULT_POLICY,
        rules: { ...DEFAULT_POLICY.rules, positionType: { enabled: true, allowed: { ...DEFAULT_POLICY.rules.positionType.allowed, Pelaksana: ['Pelaksana', 'Fungsional'] } } },
      };
      expect(pairBlocks(ctxFor({}, fungsional, matrix), 0, 1)).toEqual([]);
      expect(pairBlocks(ctxFor({}, fungsional, off('positionType')), 0, 1)).toEqual([]);
    });
  });

  describe('rank', () => {
    const range = target({ golonganMin: 'III/a', golonganMax: 'III/d' });
    it('blocks a golongan below the minimum or above the maximum', () => {
      expect(pairBlocks(ctxFor({ golongan: 'II/d' }, range), 0, 1)).toEqual(['RANK_BELOW_MIN']);
      expect(pairBlocks(ctxFor({ golongan: 'IV/a' }, range), 0, 1)).toEqual(['RANK_ABOVE_MAX']);
      expect(pairBlocks(ctxFor({ golongan: 'III/a' }, range), 0, 1)).toEqual([]);
      expect(pairBlocks(ctxFor({ golongan: 'III/d' }, range), 0, 1)).toEqual([]);
    });
    it('does not compare an employee without golongan ruang, and is switched off', () => {
      expect(pairBlocks(ctxFor({ golongan: null }, range), 0, 1)).toEqual([]);
      expect(pairBlocks(ctxFor({ golongan: 'II/a' }, range, off('rank')), 0, 1)).toEqual([]);
    });
  });

  describe('education', () => {
    const s1 = target({ pendidikanMin: 'S1' });
    it('blocks a jenjang below the minimum, counting D4 as S1', () => {
      expect(pairBlocks(ctxFor({ pendidikan: 'D3' }, s1), 0, 1)).toEqual(['EDUCATION_BELOW_MIN']);
      expect(pairBlocks(ctxFor({ pendidikan: 'D4' }, s1), 0, 1)).toEqual([]);
      expect(pairBlocks(ctxFor({ pendidikan: 'S2' }, s1), 0, 1)).toEqual([]);
    });
    it('is switched off', () => {
      expect(pairBlocks(ctxFor({ pendidikan: 'SMA' }, s1, off('education')), 0, 1)).toEqual([]);
    });
  });

  describe('no demotion', () => {
    const lower = target({ kelas: 6 });
    it('blocks a lower Kelas Jabatan', () => {
      expect(pairBlocks(ctxFor({}, lower), 0, 1)).toEqual(['DEMOTION']);
      expect(kelasDrop(ctxFor({}, lower), 0, 1)).toBe(1);
    });
    it('allows drops within the tolerance, equal or higher classes, and unknown classes', () => {
      const tolerant: Policy = { ...DEFAULT_POLICY, rules: { ...DEFAULT_POLICY.rules, noDemotion: { enabled: true, kelasTolerance: 1 } } };
      expect(pairBlocks(ctxFor({}, lower, tolerant), 0, 1)).toEqual([]);
      expect(pairBlocks(ctxFor({}, target({ kelas: 9 })), 0, 1)).toEqual([]);
      expect(pairBlocks(ctxFor({}, target({ kelas: null })), 0, 1)).toEqual([]);
      expect(kelasDrop(ctxFor({}, target({ kelas: 9 })), 0, 1)).toBe(0);
    });
    it('is switched off', () => {
      expect(pairBlocks(ctxFor({}, lower, off('noDemotion')), 0, 1)).toEqual([]);
    });
  });

  describe('conflict of interest (PP 11/2017 Pasal 190 ayat 5)', () => {
    it('blocks a unit in Unit Dihindari, however it is written', () => {
      expect(pairBlocks(ctxFor({ unitDihindari: ['DINAS  kesehatan.'] }, target({})), 0, 1)).toEqual(['CONFLICT_OF_INTEREST']);
      expect(pairBlocks(ctxFor({ unitDihindari: ['Inspektorat'] }, target({})), 0, 1)).toEqual([]);
    });
    it('is switched off', () => {
      expect(pairBlocks(ctxFor({ unitDihindari: ['Dinas Kesehatan'] }, target({}), off('conflictOfInterest')), 0, 1)).toEqual([]);
    });
  });

  it('blocks pairs a reviewer rejected (Tolak / Revisi)', () => {
    const employee: Employee = makeEmployee({ nip: '198505102010011001', positionCode: 'HOME' });
    const tables = makeTables({ employees: [employee], positions: [HOME, target({}), target({ code: 'U' })] });
    const ctx = compatibilityContext(tables, DEFAULT_POLICY, { forbidden: [{ nip: asNip('198505102010011001'), positionCode: asPositionCode('T') }] });
    expect(pairBlocks(ctx, 0, 1)).toEqual(['REVIEW_FORBIDDEN']);
    expect(pairBlocks(ctx, 0, 2)).toEqual([]);
  });

  it('lists every violated rule of a pair, with the figures for its message', () => {
    const bad = target({ jenis: 'Pengawas', kelas: 5, golonganMin: 'IV/a', pendidikanMin: 'S2' });
    const ctx = ctxFor({ golongan: 'III/b', pendidikan: 'S1', unitDihindari: ['Dinas Kesehatan'] }, bad);
    expect(pairBlocks(ctx, 0, 1)).toEqual(['POSITION_TYPE', 'RANK_BELOW_MIN', 'EDUCATION_BELOW_MIN', 'DEMOTION', 'CONFLICT_OF_INTEREST']);
    const notes = pairBlockNotes(ctx, 0, 1);
    expect(notes[0]).toEqual({ code: 'POSITION_TYPE', params: { from: 'Pelaksana', to: 'Pengawas' } });
    expect(notes[3]).toEqual({ code: 'DEMOTION', params: { from: 7, to: 5, tolerance: 0 } });
    for (const n of notes) expect(() => renderBoth('rules', n.code, n.params)).not.toThrow();
    expect(renderBoth('rules', 'RANK_BELOW_MIN', notes[1]?.params)).toBe('Golongan III/b di bawah golongan minimal jabatan IV/a');
  });

  it('checks a million pairs quickly without allocating per pair', () => {
    const positions = Array.from({ length: 1000 }, (_, i) => makePosition({ code: `P${i}`, unit: `Unit ${i % 20}`, kelas: 7 + (i % 3) }));
    const employees = Array.from({ length: 1000 }, (_, i) => makeEmployee({ positionCode: `P${i}`, unitDihindari: i % 10 === 0 ? ['Unit 3'] : [] }));
    const ctx = compatibilityContext(makeTables({ employees, positions }), DEFAULT_POLICY);
    const start = Date.now();
    let allowed = 0;
    for (let e = 0; e < 1000; e++) for (let p = 0; p < 1000; p++) if (pairBlocks(ctx, e, p).length === 0) allowed++;
    expect(allowed).toBeGreaterThan(300_000);
    expect(Date.now() - start).toBeLessThan(3000);
  });
});

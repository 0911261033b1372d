import { makeEmployee, makePosition, makeTables, makeUnit } from '../../../test/support/factories';
import { renderBoth } from '../../../test/support/renderCheck';
import { asNip, asPositionCode, type Employee, type Position } from '../model/types';
import {
  compatibilityContext,
  eselonCode,
  isPairAllowed,
  kelasChange,
  kelasDrop,
  pairBlockNotes,
  pairBlocks,
  type CompatibilityContext,
} from './compatibility';
import { DEFAULT_POLICY, type Policy, type PolicyRules } from './policy';

const off = (rule: keyof PolicyRules): Policy => ({
  ...DEFAULT_POLICY,
  rules: { ...DEFAULT_POLICY.rules, [rule]: { ...DEFAULT_POLICY.rules[rule], enabled: false } },
});

const HOME = makePosition({ code: 'HOME', jenis: 'Pelaksana', kelas: 7, unit: 'Dinas Sosial' });

/** Employee 0 holds HOME; position 1 is the target under test. */
function ctxFor(
  employee: Partial<Parameters<typeof makeEmployee>[0]>,
  target: Position,
  policy: Policy = DEFAULT_POLICY,
): CompatibilityContext {
  const tables = makeTables({
    employees: [makeEmployee({ positionCode: 'HOME', ...employee })],
    positions: [HOME, target],
    units: [makeUnit({ name: 'Dinas Sosial' }), makeUnit({ name: 'Dinas Kesehatan' })],
  });
  return compatibilityContext(tables, policy);
}
const target = (overrides: Parameters<typeof makePosition>[0]): Position =>
  makePosition({ code: 'T', unit: 'Dinas Kesehatan', ...overrides });
const withRule = <K extends keyof PolicyRules>(rule: K, change: Partial<PolicyRules[K]>): Policy => ({
  ...DEFAULT_POLICY,
  rules: { ...DEFAULT_POLICY.rules, [rule]: { ...DEFAULT_POLICY.rules[rule], ...change } },
});

/** Employee 0 holds `home` (in Dinas Sosial); position 1 is `into` (in Dinas Kesehatan). */
function pairCtx(
  home: Parameters<typeof makePosition>[0],
  into: Parameters<typeof makePosition>[0],
  policy: Policy = DEFAULT_POLICY,
  employee: Parameters<typeof makeEmployee>[0] = {},
): CompatibilityContext {
  const tables = makeTables({
    employees: [makeEmployee({ positionCode: 'HOME', ...employee })],
    positions: [makePosition({ code: 'HOME', unit: 'Dinas Sosial', ...home }), target(into)],
    units: [makeUnit({ name: 'Dinas Sosial' }), makeUnit({ name: 'Dinas Kesehatan' })],
  });
  return compatibilityContext(tables, policy);
}
/** A fungsional post; its sheet limits span every golongan, so only the tests of jenjang-derived limits meet them. */
const jf = (name: string, kelas = 9): Parameters<typeof makePosition>[0] => ({
  jenis: 'Fungsional',
  name,
  kelas,
  golonganMin: 'I/a',
  golonganMax: 'IV/e',
});
const jfNoLimits = (name: string, kelas = 9): Parameters<typeof makePosition>[0] => ({
  ...jf(name, kelas),
  golonganMin: null,
  golonganMax: null,
});

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
        rules: {
          ...DEFAULT_POLICY.rules,
          positionType: {
            enabled: true,
            allowed: { ...DEFAULT_POLICY.rules.positionType.allowed, Pelaksana: ['Pelaksana', 'Fungsional'] },
          },
        },
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

  describe('the same Kelas Jabatan', () => {
    const lower = target({ kelas: 6 });
    const higher = target({ kelas: 9 });
    it('blocks a lower class (demotion) and a higher one (promotion) by default', () => {
      expect(pairBlocks(ctxFor({}, lower), 0, 1)).toEqual(['DEMOTION']);
      expect(pairBlocks(ctxFor({}, higher), 0, 1)).toEqual(['PROMOTION']);
      expect(pairBlockNotes(ctxFor({}, higher), 0, 1)).toEqual([{ code: 'PROMOTION', params: { from: 7, to: 9, tolerance: 0 } }]);
      expect(pairBlocks(ctxFor({}, target({ kelas: 7 })), 0, 1)).toEqual([]);
    });
    it('reports the signed change, so an allowed change can be flagged', () => {
      expect(kelasChange(ctxFor({}, higher), 0, 1)).toBe(2);
      expect(kelasChange(ctxFor({}, lower), 0, 1)).toBe(-1);
      expect(kelasChange(ctxFor({}, higher), 0, 0)).toBe(0);
      expect(kelasChange(ctxFor({}, target({ kelas: null })), 0, 1)).toBe(0);
      expect(kelasDrop(ctxFor({}, lower), 0, 1)).toBe(1);
      expect(kelasDrop(ctxFor({}, higher), 0, 1)).toBe(0);
    });
    it('allows changes within the tolerance up and down, each on its own', () => {
      const up2 = withRule('kelas', { maxUp: 2 });
      expect(pairBlocks(ctxFor({}, higher, up2), 0, 1)).toEqual([]);
      expect(kelasChange(ctxFor({}, higher, up2), 0, 1)).toBe(2);
      expect(pairBlocks(ctxFor({}, lower, up2), 0, 1)).toEqual(['DEMOTION']);
      expect(pairBlocks(ctxFor({}, target({ kelas: 10 }), up2), 0, 1)).toEqual(['PROMOTION']);
      expect(pairBlocks(ctxFor({}, lower, withRule('kelas', { maxDown: 1 })), 0, 1)).toEqual([]);
    });
    it('passes unknown classes, and is switched off', () => {
      expect(pairBlocks(ctxFor({}, target({ kelas: null })), 0, 1)).toEqual([]);
      expect(pairBlocks(ctxFor({}, lower, off('kelas')), 0, 1)).toEqual([]);
      expect(pairBlocks(ctxFor({}, higher, off('kelas')), 0, 1)).toEqual([]);
    });
  });

  describe('JPT posts', () => {
    it('never plans anyone into a JPT post, and is switched off', () => {
      const kadis = { jenis: 'JPT', name: 'Kepala Dinas Kesehatan', kelas: 14, eselon: 'II.b' } as const;
      const ctx = pairCtx({ jenis: 'JPT', name: 'Kepala Dinas Sosial', kelas: 14, eselon: 'II.b' }, kadis);
      expect(pairBlocks(ctx, 0, 1)).toEqual(['JPT_POST']);
      expect(pairBlockNotes(ctx, 0, 1)).toEqual([{ code: 'JPT_POST', params: { position: 'Kepala Dinas Kesehatan' } }]);
      expect(pairBlocks(pairCtx({ jenis: 'JPT', kelas: 14 }, kadis, off('jpt')), 0, 1)).toEqual([]);
    });
  });

  describe('jabatan fungsional: the same JF and jenjang', () => {
    it('blocks another profession at the same jenjang (Perawat to Dokter, Bidan to Dokter, Arsiparis to Guru Kelas)', () => {
      expect(pairBlocks(pairCtx(jf('Perawat Ahli Madya', 11), jf('Dokter Ahli Madya', 11)), 0, 1)).toEqual(['FUNGSIONAL_FAMILY']);
      expect(pairBlocks(pairCtx(jf('Bidan Ahli Muda'), jf('Dokter Ahli Muda')), 0, 1)).toEqual(['FUNGSIONAL_FAMILY']);
      expect(pairBlocks(pairCtx(jf('Arsiparis Ahli Pertama', 8), jf('Guru Kelas Ahli Pertama', 8)), 0, 1)).toEqual(['FUNGSIONAL_FAMILY']);
      expect(pairBlocks(pairCtx(jf('Dokter Ahli Muda'), jf('Dokter Gigi Ahli Muda')), 0, 1)).toEqual(['FUNGSIONAL_FAMILY']);
      const notes = pairBlockNotes(pairCtx(jf('Perawat Ahli Madya', 11), jf('Dokter Ahli Madya', 11)), 0, 1);
      expect(notes).toEqual([{ code: 'FUNGSIONAL_FAMILY', params: { from: 'Perawat', to: 'Dokter' } }]);
      expect(renderBoth('rules', 'FUNGSIONAL_FAMILY', notes[0]?.params)).toContain('uji kompetensi');
    });
    it('blocks another jenjang of the same JF', () => {
      const ctx = pairCtx(jf('Perawat Ahli Madya', 11), jf('Perawat Ahli Muda', 11));
      expect(pairBlocks(ctx, 0, 1)).toEqual(['FUNGSIONAL_JENJANG']);
      expect(pairBlockNotes(ctx, 0, 1)).toEqual([{ code: 'FUNGSIONAL_JENJANG', params: { from: 'Ahli Madya', to: 'Ahli Muda' } }]);
      expect(pairBlocks(pairCtx(jf('Pranata Komputer Terampil', 6), jf('Pranata Komputer Mahir', 6)), 0, 1)).toEqual([
        'FUNGSIONAL_JENJANG',
      ]);
    });
    it('allows the same JF and jenjang in another unit, however the name is written', () => {
      expect(pairBlocks(pairCtx(jf('Perawat Ahli Muda'), jf('Perawat Ahli Muda')), 0, 1)).toEqual([]);
      expect(pairBlocks(pairCtx(jf('PERAWAT AHLI MUDA'), jf('Perawat Ahli Muda pada Puskesmas Rambutan')), 0, 1)).toEqual([]);
    });
    it('keeps a teacher on the subject', () => {
      const ctx = pairCtx(jf('Guru Matematika Ahli Pertama', 8), jf('Guru Kelas Ahli Pertama', 8));
      expect(pairBlocks(ctx, 0, 1)).toEqual(['GURU_SUBJECT']);
      expect(pairBlockNotes(ctx, 0, 1)).toEqual([{ code: 'GURU_SUBJECT', params: { from: 'Matematika', to: 'Kelas' } }]);
      expect(pairBlocks(pairCtx(jf('Guru Bahasa Inggris Ahli Muda'), jf('Guru Matematika Ahli Muda')), 0, 1)).toEqual(['GURU_SUBJECT']);
      expect(
        pairBlocks(pairCtx(jf('Guru Matematika Ahli Pertama', 8), jf('Guru Mata Pelajaran Matematika Ahli Pertama', 8)), 0, 1),
      ).toEqual([]);
    });
    it('compares the family alone when a name shows no jenjang, and is switched off', () => {
      expect(pairBlocks(pairCtx(jf('Dokter'), jf('Dokter Ahli Muda')), 0, 1)).toEqual([]);
      expect(pairBlocks(pairCtx(jf('Perawat Ahli Madya', 11), jf('Dokter Ahli Muda', 11)), 0, 1)).toEqual([
        'FUNGSIONAL_FAMILY',
        'FUNGSIONAL_JENJANG',
      ]);
      expect(pairBlocks(pairCtx(jf('Perawat Ahli Madya', 11), jf('Dokter Ahli Muda', 11), off('fungsional')), 0, 1)).toEqual([]);
    });
  });

  describe('golongan from the JF jenjang', () => {
    it('applies the jenjang range where the position gives no golongan limits', () => {
      const ctx = (golongan: 'III/b' | 'III/c' | 'III/d' | 'IV/a', policy: Policy = DEFAULT_POLICY) =>
        pairCtx(jf('Perawat Ahli Muda'), jfNoLimits('Perawat Ahli Muda'), policy, { golongan });
      expect(pairBlocks(ctx('III/b'), 0, 1)).toEqual(['RANK_BELOW_JENJANG']);
      expect(pairBlockNotes(ctx('III/b'), 0, 1)).toEqual([
        { code: 'RANK_BELOW_JENJANG', params: { golongan: 'III/b', min: 'III/c', jenjang: 'Ahli Muda' } },
      ]);
      expect(pairBlocks(ctx('IV/a'), 0, 1)).toEqual(['RANK_ABOVE_JENJANG']);
      expect(pairBlocks(ctx('III/c'), 0, 1)).toEqual([]);
      expect(pairBlocks(ctx('III/d'), 0, 1)).toEqual([]);
      expect(pairBlocks(ctx('IV/a', off('rankFromJenjang')), 0, 1)).toEqual([]);
    });
    it('leaves limits the position sheet gives to the rank rule', () => {
      const ctx = pairCtx(jf('Perawat Ahli Muda'), { ...jfNoLimits('Perawat Ahli Muda'), golonganMin: 'III/b' }, DEFAULT_POLICY, {
        golongan: 'IV/a',
      });
      expect(pairBlocks(ctx, 0, 1)).toEqual(['RANK_ABOVE_JENJANG']);
      const given = pairCtx(
        jf('Perawat Ahli Muda'),
        { ...jfNoLimits('Perawat Ahli Muda'), golonganMin: 'III/b', golonganMax: 'IV/a' },
        DEFAULT_POLICY,
        { golongan: 'III/b' },
      );
      expect(pairBlocks(given, 0, 1)).toEqual([]);
    });
    it('reads keterampilan ranges too (Terampil II/b to II/d)', () => {
      expect(
        pairBlocks(pairCtx(jf('Arsiparis Terampil', 6), jfNoLimits('Arsiparis Terampil', 6), DEFAULT_POLICY, { golongan: 'III/a' }), 0, 1),
      ).toEqual(['RANK_ABOVE_JENJANG']);
      expect(
        pairBlocks(pairCtx(jf('Arsiparis Terampil', 6), jfNoLimits('Arsiparis Terampil', 6), DEFAULT_POLICY, { golongan: 'II/c' }), 0, 1),
      ).toEqual([]);
    });
  });

  describe('eselon level', () => {
    const kasi = (eselon: string | null) => ({ jenis: 'Pengawas', name: 'Kepala Seksi', kelas: 9, eselon }) as const;
    const kabid = (eselon: string) => ({ jenis: 'Administrator', name: 'Kepala Bidang', kelas: 9, eselon }) as const;
    it('keeps the roman level: IV.a with IV.b, III.a with III.b, never IV with III', () => {
      expect(pairBlocks(pairCtx(kasi('IV.a'), kasi('IV.b')), 0, 1)).toEqual([]);
      expect(pairBlocks(pairCtx(kabid('III.b'), kabid('III.a')), 0, 1)).toEqual([]);
      const across = withRule('positionType', {
        allowed: { ...DEFAULT_POLICY.rules.positionType.allowed, Pengawas: ['Pengawas', 'Administrator'] },
      });
      expect(pairBlocks(pairCtx(kasi('IV.a'), kabid('III.b'), across), 0, 1)).toEqual(['ESELON_LEVEL']);
      expect(pairBlockNotes(pairCtx(kasi('IV.a'), kabid('III.b'), across), 0, 1)).toEqual([
        { code: 'ESELON_LEVEL', params: { from: 'IV.a', to: 'III.b' } },
      ]);
    });
    it('compares the sub-level when so set, passes posts without eselon, and is switched off', () => {
      expect(pairBlocks(pairCtx(kasi('IV.a'), kasi('IV.b'), withRule('eselon', { sameSubLevel: true })), 0, 1)).toEqual(['ESELON_LEVEL']);
      expect(pairBlocks(pairCtx(kasi('IV.a'), kasi('IV.a'), withRule('eselon', { sameSubLevel: true })), 0, 1)).toEqual([]);
      expect(pairBlocks(pairCtx(kasi('IV.a'), kasi(null)), 0, 1)).toEqual([]);
      const across = withRule('positionType', { enabled: false });
      expect(
        pairBlocks(
          pairCtx(kasi('IV.a'), kabid('III.b'), { ...across, rules: { ...across.rules, eselon: { enabled: false, sameSubLevel: false } } }),
          0,
          1,
        ),
      ).toEqual([]);
    });
    it('codes eselon as level and sub-level', () => {
      expect([eselonCode('II.a'), eselonCode('III.b'), eselonCode('IV.a'), eselonCode(null), eselonCode('X')]).toEqual([4, 7, 8, -1, -1]);
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
    const ctx = compatibilityContext(tables, DEFAULT_POLICY, {
      forbidden: [{ nip: asNip('198505102010011001'), positionCode: asPositionCode('T') }],
    });
    expect(pairBlocks(ctx, 0, 1)).toEqual(['REVIEW_FORBIDDEN']);
    expect(pairBlocks(ctx, 0, 2)).toEqual([]);
  });

  it('lists every violated rule of a pair, with the figures for its message', () => {
    const bad = target({ jenis: 'Pengawas', kelas: 5, golonganMin: 'IV/a', pendidikanMin: 'S2' });
    const ctx = ctxFor({ golongan: 'III/b', pendidikan: 'S1', unitDihindari: ['Dinas Kesehatan'] }, bad);
    expect(pairBlocks(ctx, 0, 1)).toEqual(['POSITION_TYPE', 'RANK_BELOW_MIN', 'EDUCATION_BELOW_MIN', 'DEMOTION', 'CONFLICT_OF_INTEREST']);
    expect(isPairAllowed(ctx, 0, 1)).toBe(false);
    const notes = pairBlockNotes(ctx, 0, 1);
    expect(notes[0]).toEqual({ code: 'POSITION_TYPE', params: { from: 'Pelaksana', to: 'Pengawas' } });
    expect(notes[3]).toEqual({ code: 'DEMOTION', params: { from: 7, to: 5, tolerance: 0 } });
    for (const n of notes) expect(() => renderBoth('rules', n.code, n.params)).not.toThrow();
    expect(renderBoth('rules', 'RANK_BELOW_MIN', notes[1]?.params)).toBe('Golongan III/b di bawah golongan minimal jabatan IV/a');
  });

  it('checks a million pairs quickly without allocating per pair', () => {
    const positions = Array.from({ length: 1000 }, (_, i) => makePosition({ code: `P${i}`, unit: `Unit ${i % 20}`, kelas: 7 + (i % 3) }));
    const employees = Array.from({ length: 1000 }, (_, i) =>
      makeEmployee({ positionCode: `P${i}`, unitDihindari: i % 10 === 0 ? ['Unit 3'] : [] }),
    );
    const ctx = compatibilityContext(makeTables({ employees, positions }), DEFAULT_POLICY);
    const start = Date.now();
    let allowed = 0;
    for (let e = 0; e < 1000; e++) for (let p = 0; p < 1000; p++) if (pairBlocks(ctx, e, p).length === 0) allowed++;
    expect(allowed).toBeGreaterThan(300_000);
    expect(Date.now() - start).toBeLessThan(3000);
  });
});

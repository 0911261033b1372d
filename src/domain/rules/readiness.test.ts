import { day, makeEmployee, makePosition } from '../../../test/support/factories';
import { renderBoth } from '../../../test/support/renderCheck';
import { DEFAULT_POLICY, type Policy, type PolicyRules } from './policy';
import { readinessOf } from './readiness';

const DATE = day('2025-07-01');
const POST = makePosition();

/** The default policy with one rule's settings changed. */
function withRule<K extends keyof PolicyRules>(rule: K, change: Partial<PolicyRules[K]>): Policy {
  return { ...DEFAULT_POLICY, rules: { ...DEFAULT_POLICY.rules, [rule]: { ...DEFAULT_POLICY.rules[rule], ...change } } };
}
const off = (rule: keyof PolicyRules): Policy => withRule(rule, { enabled: false });
const reasonCodes = (r: ReturnType<typeof readinessOf>): string[] => r.reasons.map((n) => n.code);
const flagCodes = (r: ReturnType<typeof readinessOf>): string[] => r.flags.map((n) => n.code);
// Three years in post: past the minimum, before rotation is due.
const settled = { tmtJabatan: day('2022-07-01') };

describe('readinessOf', () => {
  it('lets a settled PNS move, with tenure in whole years and months', () => {
    const r = readinessOf(makeEmployee({ tmtJabatan: day('2022-01-01') }), POST, DEFAULT_POLICY, DATE);
    expect(r).toMatchObject({ canMove: true, reasons: [], flags: [], rotationDue: false, yearsInPost: 3, monthsInPost: 42 });
  });

  describe('status (PP 11/2017 Pasal 34)', () => {
    it('keeps CPNS and PPPK in place', () => {
      for (const status of ['CPNS', 'PPPK'] as const) {
        const r = readinessOf(makeEmployee({ ...settled, status }), POST, DEFAULT_POLICY, DATE);
        expect(r.canMove).toBe(false);
        expect(r.reasons).toEqual([{ code: 'STATUS_NOT_MOVABLE', params: { status } }]);
      }
    });
    it('lets them move when the rule is off or the status is listed', () => {
      expect(readinessOf(makeEmployee({ ...settled, status: 'PPPK' }), POST, off('status'), DATE).canMove).toBe(true);
      expect(
        readinessOf(makeEmployee({ ...settled, status: 'PPPK' }), POST, withRule('status', { movable: ['PNS', 'PPPK'] }), DATE).canMove,
      ).toBe(true);
    });
  });

  describe('minimum tenure (PP 11/2017 Pasal 190 ayat 3)', () => {
    const fresh = makeEmployee({ tmtJabatan: day('2024-01-01') });
    it('keeps an employee under 2 years in post, saying how long they have served', () => {
      const r = readinessOf(fresh, POST, DEFAULT_POLICY, DATE);
      expect(r.reasons).toEqual([{ code: 'MIN_TENURE', params: { years: 1, months: 6, min: 2 } }]);
      expect(renderBoth('rules', 'MIN_TENURE', r.reasons[0]?.params)).toBe(
        'Masa jabatan 1 tahun 6 bulan, kurang dari minimal 2 tahun (PP 11/2017 Pasal 190 ayat 3)',
      );
    });
    it('counts the anniversary itself as complete', () => {
      expect(readinessOf(makeEmployee({ tmtJabatan: day('2023-07-01') }), POST, DEFAULT_POLICY, DATE).canMove).toBe(true);
      expect(readinessOf(makeEmployee({ tmtJabatan: day('2023-07-02') }), POST, DEFAULT_POLICY, DATE).canMove).toBe(false);
    });
    it('is switched off', () => {
      expect(readinessOf(fresh, POST, off('minTenure'), DATE).canMove).toBe(true);
    });
  });

  describe('rotation due (PP 11/2017 Pasal 190 ayat 3)', () => {
    it('marks 5 years in post as wajib rotasi', () => {
      expect(readinessOf(makeEmployee({ tmtJabatan: day('2020-07-01') }), POST, DEFAULT_POLICY, DATE).rotationDue).toBe(true);
      expect(readinessOf(makeEmployee({ tmtJabatan: day('2020-07-02') }), POST, DEFAULT_POLICY, DATE).rotationDue).toBe(false);
    });
    it('follows the configured period and switch', () => {
      const e = makeEmployee({ tmtJabatan: day('2021-07-01') });
      expect(readinessOf(e, POST, withRule('rotationDue', { years: 4 }), DATE).rotationDue).toBe(true);
      expect(readinessOf(makeEmployee({ tmtJabatan: day('2010-01-01') }), POST, off('rotationDue'), DATE).rotationDue).toBe(false);
    });
    it('is not due for someone who may not move, but is flagged', () => {
      const r = readinessOf(
        makeEmployee({ tmtJabatan: day('2018-01-01'), hukdis: 'Berat', hukdisEnd: day('2026-01-01') }),
        POST,
        DEFAULT_POLICY,
        DATE,
      );
      expect(r.rotationDue).toBe(false);
      expect(flagCodes(r)).toEqual(['ROTATION_DUE_BLOCKED']);
    });
  });

  describe('recent transfer', () => {
    const moved = makeEmployee({ ...settled, tmtMutasiTerakhir: day('2024-03-01') });
    it('keeps someone transferred less than 2 years ago', () => {
      const r = readinessOf(moved, POST, DEFAULT_POLICY, DATE);
      expect(r.reasons).toEqual([{ code: 'RECENT_TRANSFER', params: { date: '2024-03-01', years: 1, months: 4, min: 2 } }]);
    });
    it('lets them move once 2 years have passed, or when switched off', () => {
      expect(readinessOf(makeEmployee({ ...settled, tmtMutasiTerakhir: day('2023-07-01') }), POST, DEFAULT_POLICY, DATE).canMove).toBe(
        true,
      );
      expect(readinessOf(moved, POST, off('recentTransfer'), DATE).canMove).toBe(true);
    });
  });

  describe('retirement (UU 20/2023 Pasal 55; PP 11/2017 Pasal 239)', () => {
    // 58 on 1 December 2025, five months after the effective date.
    const older = { ...settled, birthDate: day('1967-12-01') };
    it('keeps a pejabat administrasi within a year of BUP 58', () => {
      const r = readinessOf(makeEmployee(older), POST, DEFAULT_POLICY, DATE);
      expect(r.reasons).toEqual([{ code: 'RETIREMENT_NEAR', params: { age: 57, bup: 58, retireDate: '2025-12-01', window: 1 } }]);
    });
    it('uses BUP 60 for JPT and fungsional ahli madya, 65 for ahli utama', () => {
      const jpt = makePosition({ jenis: 'JPT', name: 'Kepala Dinas Kesehatan' });
      const madya = makePosition({ jenis: 'Fungsional', name: 'Perawat Ahli Madya' });
      const utama = makePosition({ jenis: 'Fungsional', name: 'Widyaiswara Ahli Utama' });
      // A JPT holder stays anyway (open selection); with that rule off, BUP 60 applies.
      expect(readinessOf(makeEmployee(older), jpt, off('jpt'), DATE).canMove).toBe(true);
      expect(readinessOf(makeEmployee(older), madya, DEFAULT_POLICY, DATE).canMove).toBe(true);
      const at64 = makeEmployee({ ...settled, birthDate: day('1961-01-01') });
      expect(readinessOf(at64, utama, DEFAULT_POLICY, DATE).reasons[0]?.params).toMatchObject({ bup: 65, retireDate: '2026-01-01' });
    });
    it('uses BUP 58 for fungsional keterampilan and ahli muda', () => {
      const mahir = makePosition({ jenis: 'Fungsional', name: 'Pranata Komputer Mahir' });
      expect(readinessOf(makeEmployee(older), mahir, DEFAULT_POLICY, DATE).canMove).toBe(false);
    });
    it('also keeps someone already past BUP, and moves them when switched off', () => {
      const past = makeEmployee({ ...settled, birthDate: day('1960-01-01') });
      expect(reasonCodes(readinessOf(past, POST, DEFAULT_POLICY, DATE))).toEqual(['RETIREMENT_NEAR']);
      expect(readinessOf(makeEmployee(older), POST, off('retirement'), DATE).canMove).toBe(true);
    });
    it('gives a guru BUP 60 (UU 14/2005 Pasal 30 ayat 4), whatever the jenjang', () => {
      const guru = makePosition({ jenis: 'Fungsional', name: 'Guru Matematika Ahli Muda' });
      // 58 years and 6 months on the effective date: not within a year of 60.
      expect(readinessOf(makeEmployee({ ...settled, birthDate: day('1967-01-01') }), guru, DEFAULT_POLICY, DATE).canMove).toBe(true);
      // 59 years and 6 months: within the 1-year window.
      const r = readinessOf(makeEmployee({ ...settled, birthDate: day('1966-01-01') }), guru, DEFAULT_POLICY, DATE);
      expect(r.reasons).toEqual([{ code: 'RETIREMENT_NEAR', params: { age: 59, bup: 60, retireDate: '2026-01-01', window: 1 } }]);
      // A pejabat administrasi of 58 and a half is already past BUP 58.
      expect(reasonCodes(readinessOf(makeEmployee({ ...settled, birthDate: day('1967-01-01') }), POST, DEFAULT_POLICY, DATE))).toEqual([
        'RETIREMENT_NEAR',
      ]);
    });
    it('gives a dosen BUP 65 (UU 14/2005 Pasal 67 ayat 4)', () => {
      const dosen = makePosition({ jenis: 'Fungsional', name: 'Dosen Asisten Ahli' });
      expect(readinessOf(makeEmployee({ ...settled, birthDate: day('1962-01-01') }), dosen, DEFAULT_POLICY, DATE).canMove).toBe(true);
      expect(
        readinessOf(makeEmployee({ ...settled, birthDate: day('1961-01-01') }), dosen, DEFAULT_POLICY, DATE).reasons[0]?.params,
      ).toMatchObject({ bup: 65 });
    });
    it('follows the window setting', () => {
      expect(
        readinessOf(makeEmployee({ ...settled, birthDate: day('1968-12-01') }), POST, withRule('retirement', { windowYears: 2 }), DATE)
          .canMove,
      ).toBe(false);
    });
  });

  describe('discipline (PP 94/2021)', () => {
    it('keeps an employee serving a moderate or severe sanction', () => {
      const r = readinessOf(makeEmployee({ ...settled, hukdis: 'Sedang', hukdisEnd: day('2025-12-31') }), POST, DEFAULT_POLICY, DATE);
      expect(r.reasons).toEqual([{ code: 'DISCIPLINE_ACTIVE', params: { level: 'Sedang', end: '2025-12-31' } }]);
    });
    it('ignores sanctions that have ended and light ones', () => {
      expect(
        readinessOf(makeEmployee({ ...settled, hukdis: 'Berat', hukdisEnd: day('2025-06-30') }), POST, DEFAULT_POLICY, DATE).canMove,
      ).toBe(true);
      expect(readinessOf(makeEmployee({ ...settled, hukdis: 'Ringan', hukdisEnd: null }), POST, DEFAULT_POLICY, DATE).canMove).toBe(true);
    });
    it('treats a sanction without an end date as running, or only flags it when so configured', () => {
      const open = makeEmployee({ ...settled, hukdis: 'Berat', hukdisEnd: null });
      expect(reasonCodes(readinessOf(open, POST, DEFAULT_POLICY, DATE))).toEqual(['DISCIPLINE_ACTIVE_NO_END']);
      const lenient = readinessOf(open, POST, withRule('discipline', { unknownEndBlocks: false }), DATE);
      expect(lenient.canMove).toBe(true);
      expect(flagCodes(lenient)).toEqual(['DISCIPLINE_NO_END_NOTED']);
    });
    it('is switched off, or made stricter', () => {
      const light = makeEmployee({ ...settled, hukdis: 'Ringan', hukdisEnd: day('2026-01-01') });
      expect(readinessOf(light, POST, withRule('discipline', { blocking: ['Ringan', 'Sedang', 'Berat'] }), DATE).canMove).toBe(false);
      expect(readinessOf(makeEmployee({ ...settled, hukdis: 'Berat', hukdisEnd: null }), POST, off('discipline'), DATE).canMove).toBe(true);
    });
  });

  describe('willingness', () => {
    it('keeps an unwilling employee in place by default, listed for a conversation', () => {
      const r = readinessOf(makeEmployee({ ...settled, bersedia: false }), POST, DEFAULT_POLICY, DATE);
      expect(r.canMove).toBe(false);
      expect(r.reasons).toEqual([{ code: 'UNWILLING', params: {} }]);
      expect(renderBoth('rules', 'UNWILLING', r.reasons[0]?.params)).toBe(
        'Menyatakan tidak bersedia dimutasi; tetap di tempat dan perlu diajak bicara',
      );
    });
    it('keeps them even when rotation is due, noting the blocked rotation', () => {
      const r = readinessOf(makeEmployee({ tmtJabatan: day('2019-01-01'), bersedia: false }), POST, DEFAULT_POLICY, DATE);
      expect(r.canMove).toBe(false);
      expect(r.rotationDue).toBe(false);
      expect(reasonCodes(r)).toEqual(['UNWILLING']);
      expect(flagCodes(r)).toEqual(['ROTATION_DUE_BLOCKED']);
    });
    it('moves them with a flag when the policy allows it, or when the rule is off', () => {
      const allowed = readinessOf(makeEmployee({ ...settled, bersedia: false }), POST, withRule('willingness', { allowMove: true }), DATE);
      expect(allowed.canMove).toBe(true);
      expect(allowed.flags).toEqual([{ code: 'UNWILLING_MOVE_ALLOWED', params: {} }]);
      const r = readinessOf(makeEmployee({ ...settled, bersedia: false }), POST, off('willingness'), DATE);
      expect(r.canMove).toBe(true);
      expect(flagCodes(r)).toEqual(['UNWILLING_RULE_OFF']);
    });
  });

  describe('special circumstances', () => {
    const special = makeEmployee({ ...settled, pertimbanganKhusus: ' Suami sakit berat ' });
    it('keeps the employee in place by default, for human review', () => {
      const r = readinessOf(special, POST, DEFAULT_POLICY, DATE);
      expect(r.canMove).toBe(false);
      expect(r.reasons).toEqual([{ code: 'SPECIAL_CIRCUMSTANCES_STAY', params: { text: 'Suami sakit berat' } }]);
      expect(r.flags).toEqual([]);
    });
    it('moves them with a flag when the policy allows it', () => {
      const r = readinessOf(special, POST, withRule('specialCircumstances', { allowMove: true }), DATE);
      expect(r.canMove).toBe(true);
      expect(r.flags).toEqual([{ code: 'SPECIAL_CIRCUMSTANCES', params: { text: 'Suami sakit berat' } }]);
    });
    it('is switched off', () => {
      const r = readinessOf(special, POST, off('specialCircumstances'), DATE);
      expect(r.canMove).toBe(true);
      expect(r.flags).toEqual([]);
    });
  });

  describe('JPT posts (open selection)', () => {
    const jpt = makePosition({ jenis: 'JPT', name: 'Kepala Dinas Kesehatan', eselon: 'II.b' });
    it('keeps the holder of a JPT post in place, with a reason of its own', () => {
      const r = readinessOf(makeEmployee(settled), jpt, DEFAULT_POLICY, DATE);
      expect(r.canMove).toBe(false);
      expect(r.reasons).toEqual([{ code: 'JPT_OPEN_SELECTION', params: { position: 'Kepala Dinas Kesehatan' } }]);
      expect(renderBoth('rules', 'JPT_OPEN_SELECTION', r.reasons[0]?.params)).toContain('seleksi terbuka');
    });
    it('plans them when the rule is off', () => {
      expect(readinessOf(makeEmployee(settled), jpt, off('jpt'), DATE).canMove).toBe(true);
    });
  });

  it('lists every reason at once, each with a message in both languages', () => {
    const r = readinessOf(
      makeEmployee({
        status: 'CPNS',
        tmtJabatan: day('2024-06-01'),
        tmtMutasiTerakhir: day('2024-06-01'),
        bersedia: false,
        hukdis: 'Berat',
        hukdisEnd: day('2026-01-01'),
        birthDate: day('1967-09-01'),
      }),
      POST,
      DEFAULT_POLICY,
      DATE,
    );
    expect(reasonCodes(r)).toEqual([
      'STATUS_NOT_MOVABLE',
      'DISCIPLINE_ACTIVE',
      'RETIREMENT_NEAR',
      'MIN_TENURE',
      'RECENT_TRANSFER',
      'UNWILLING',
    ]);
    const all = readinessOf(
      makeEmployee({ ...settled, pertimbanganKhusus: 'Istri hamil' }),
      makePosition({ jenis: 'JPT' }),
      DEFAULT_POLICY,
      DATE,
    );
    expect(reasonCodes(all)).toEqual(['JPT_OPEN_SELECTION', 'SPECIAL_CIRCUMSTANCES_STAY']);
    for (const n of all.reasons) expect(() => renderBoth('rules', n.code, n.params)).not.toThrow();
    for (const n of [...r.reasons, ...r.flags]) expect(() => renderBoth('rules', n.code, n.params)).not.toThrow();
  });

  it('flags a TMT Jabatan after the effective date as a data problem', () => {
    const r = readinessOf(makeEmployee({ tmtJabatan: day('2025-08-01') }), POST, DEFAULT_POLICY, DATE);
    expect(r.monthsInPost).toBe(0);
    expect(flagCodes(r)).toEqual(['TMT_AFTER_EFFECTIVE_DATE']);
    expect(() => renderBoth('rules', 'TMT_AFTER_EFFECTIVE_DATE', r.flags[0]?.params)).not.toThrow();
  });
});

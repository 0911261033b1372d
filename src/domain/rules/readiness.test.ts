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
      expect(readinessOf(makeEmployee({ ...settled, status: 'PPPK' }), POST, withRule('status', { movable: ['PNS', 'PPPK'] }), DATE).canMove).toBe(true);
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
      const r = readinessOf(makeEmployee({ tmtJabatan: day('2018-01-01'), hukdis: 'Berat', hukdisEnd: day('2026-01-01') }), POST, DEFAULT_POLICY, DATE);
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
      expect(readinessOf(makeEmployee({ ...settled, tmtMutasiTerakhir: day('2023-07-01') }), POST, DEFAULT_POLICY, DATE).canMove).toBe(true);
      expect(readinessOf(moved, POST, off('recentTransfer'), DATE).canMove).toBe(true);
    });
  });

  describe('retirement (UU 5/2014 Pasal 90)', () => {
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
      expect(readinessOf(makeEmployee(older), jpt, DEFAULT_POLICY, DATE).canMove).toBe(true);
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
    it('follows the window setting', () => {
      expect(readinessOf(makeEmployee({ ...settled, birthDate: day('1968-12-01') }), POST, withRule('retirement', { windowYears: 2 }), DATE).canMove).toBe(false);
    });
  });

  describe('discipline (PP 94/2021)', () => {
    it('keeps an employee serving a moderate or severe sanction', () => {
      const r = readinessOf(makeEmployee({ ...settled, hukdis: 'Sedang', hukdisEnd: day('2025-12-31') }), POST, DEFAULT_POLICY, DATE);
      expect(r.reasons).toEqual([{ code: 'DISCIPLINE_ACTIVE', params: { level: 'Sedang', end: '2025-12-31' } }]);
    });
    it('ignores sanctions that have ended and light ones', () => {
      expect(readinessOf(makeEmployee({ ...settled, hukdis: 'Berat', hukdisEnd: day('2025-06-30') }), POST, DEFAULT_POLICY, DATE).canMove).toBe(true);
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
    it('keeps an unwilling employee whose rotation is not due', () => {
      expect(reasonCodes(readinessOf(makeEmployee({ ...settled, bersedia: false }), POST, DEFAULT_POLICY, DATE))).toEqual(['UNWILLING']);
    });
    it('moves an unwilling employee whose rotation is due, flagging it for a conversation', () => {
      const r = readinessOf(makeEmployee({ tmtJabatan: day('2019-01-01'), bersedia: false }), POST, DEFAULT_POLICY, DATE);
      expect(r.canMove).toBe(true);
      expect(r.rotationDue).toBe(true);
      expect(r.flags).toEqual([{ code: 'UNWILLING_ROTATION_DUE', params: { years: 6, limit: 5 } }]);
    });
    it('keeps them anyway without the override, and moves them with a flag when switched off', () => {
      const due = makeEmployee({ tmtJabatan: day('2019-01-01'), bersedia: false });
      expect(reasonCodes(readinessOf(due, POST, withRule('willingness', { overrideWhenRotationDue: false }), DATE))).toEqual(['UNWILLING']);
      const r = readinessOf(makeEmployee({ ...settled, bersedia: false }), POST, off('willingness'), DATE);
      expect(r.canMove).toBe(true);
      expect(flagCodes(r)).toEqual(['UNWILLING_RULE_OFF']);
    });
  });

  describe('special circumstances', () => {
    it('flags them for human review without keeping the employee', () => {
      const r = readinessOf(makeEmployee({ ...settled, pertimbanganKhusus: ' Suami sakit berat ' }), POST, DEFAULT_POLICY, DATE);
      expect(r.canMove).toBe(true);
      expect(r.flags).toEqual([{ code: 'SPECIAL_CIRCUMSTANCES', params: { text: 'Suami sakit berat' } }]);
    });
    it('is switched off', () => {
      expect(readinessOf(makeEmployee({ ...settled, pertimbanganKhusus: 'Suami sakit' }), POST, off('specialCircumstances'), DATE).flags).toEqual([]);
    });
  });

  it('lists every reason at once, each with a message in both languages', () => {
    const r = readinessOf(
      makeEmployee({ status: 'CPNS', tmtJabatan: day('2024-06-01'), tmtMutasiTerakhir: day('2024-06-01'), bersedia: false, hukdis: 'Berat', hukdisEnd: day('2026-01-01'), birthDate: day('1967-09-01') }),
      POST,
      DEFAULT_POLICY,
      DATE,
    );
    expect(reasonCodes(r)).toEqual(['STATUS_NOT_MOVABLE', 'DISCIPLINE_ACTIVE', 'RETIREMENT_NEAR', 'MIN_TENURE', 'RECENT_TRANSFER', 'UNWILLING']);
    for (const n of [...r.reasons, ...r.flags]) expect(() => renderBoth('rules', n.code, n.params)).not.toThrow();
  });

  it('flags a TMT Jabatan after the effective date as a data problem', () => {
    const r = readinessOf(makeEmployee({ tmtJabatan: day('2025-08-01') }), POST, DEFAULT_POLICY, DATE);
    expect(r.monthsInPost).toBe(0);
    expect(flagCodes(r)).toEqual(['TMT_AFTER_EFFECTIVE_DATE']);
    expect(() => renderBoth('rules', 'TMT_AFTER_EFFECTIVE_DATE', r.flags[0]?.params)).not.toThrow();
  });
});

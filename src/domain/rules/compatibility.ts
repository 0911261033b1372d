/**
 * Hard rules on an employee–position pair: may employee `e` be moved into position `p`?
 * Built for candidate generation over millions of pairs (typed arrays, no allocation when a
 * pair is allowed). A finished plan is re-checked independently by `plan/recheckPlan`.
 * Every rule, its default and its source: docs/rules.md.
 */
import { GOLONGAN, JENJANG } from '../model/types';
import { JF_JENJANG, JF_JENJANG_LABEL, jabatanFungsionalOf } from './jabatanFungsional';
import { note, type RuleNote } from './ruleNote';
import { JENIS_FUNGSIONAL, JENIS_JPT, NO_KELAS, type CompatibilityContext } from './compatibilityContext';

export { compatibilityContext, eselonCode } from './compatibilityContext';
export type { CompatibilityContext, ReviewPair } from './compatibilityContext';

export const PAIR_BLOCK_CODES = [
  'POSITION_TYPE',
  'JPT_POST',
  'FUNGSIONAL_FAMILY',
  'GURU_SUBJECT',
  'FUNGSIONAL_JENJANG',
  'ESELON_LEVEL',
  'RANK_BELOW_MIN',
  'RANK_ABOVE_MAX',
  'RANK_BELOW_JENJANG',
  'RANK_ABOVE_JENJANG',
  'EDUCATION_BELOW_MIN',
  'PROMOTION',
  'DEMOTION',
  'CONFLICT_OF_INTEREST',
  'REVIEW_FORBIDDEN',
] as const;
export type PairBlockCode = (typeof PAIR_BLOCK_CODES)[number];

const NO_BLOCKS: readonly PairBlockCode[] = Object.freeze([]);

/** Walks the pair rules; with `out` null it stops at the first violation. Returns true when allowed. */
function check(ctx: CompatibilityContext, e: number, p: number, out: PairBlockCode[] | null): boolean {
  const current = ctx.index.currentPosition[e] ?? -1;
  if (p === current) return true;
  const rules = ctx.policy.rules;
  const to = ctx.positionJenis[p] ?? 0;
  // A mutasi keeps the Jenis Jabatan (PP 11/2017 Pasal 190 ayat 4; matrix editable in the policy).
  if (rules.positionType.enabled && current >= 0 && ctx.allowedJenis[(ctx.positionJenis[current] ?? 0) * 5 + to] !== 1) {
    if (out === null) return false;
    out.push('POSITION_TYPE');
  }
  // JPT posts are filled through open selection (PermenPANRB 15/2019), never planned into.
  if (rules.jpt.enabled && to === JENIS_JPT) {
    if (out === null) return false;
    out.push('JPT_POST');
  }
  // A jabatan fungsional only into the same JF (a teacher: the same subject) and the same
  // jenjang; another JF needs uji kompetensi (PP 11/2017 Pasal 76).
  if (rules.fungsional.enabled && current >= 0 && to === JENIS_FUNGSIONAL && ctx.positionJenis[current] === JENIS_FUNGSIONAL) {
    if (ctx.positionFamily[current] !== ctx.positionFamily[p]) {
      if (out === null) return false;
      out.push(ctx.positionGuru[current] === 1 && ctx.positionGuru[p] === 1 ? 'GURU_SUBJECT' : 'FUNGSIONAL_FAMILY');
    }
    const fromJenjang = ctx.positionJfJenjang[current] ?? -1;
    const toJenjang = ctx.positionJfJenjang[p] ?? -1;
    if (fromJenjang >= 0 && toJenjang >= 0 && fromJenjang !== toJenjang) {
      if (out === null) return false;
      out.push('FUNGSIONAL_JENJANG');
    }
  }
  // Administrator and Pengawas keep their eselon level (III with III, IV with IV; or exactly, if so set).
  if (rules.eselon.enabled && current >= 0) {
    const from = ctx.positionEselon[current] ?? -1;
    const into = ctx.positionEselon[p] ?? -1;
    if (from >= 0 && into >= 0 && (rules.eselon.sameSubLevel ? from !== into : from >> 1 !== into >> 1)) {
      if (out === null) return false;
      out.push('ESELON_LEVEL');
    }
  }
  // Position data: Golongan Minimal / Maksimal; where absent, a JF's jenjang gives them.
  // An employee without golongan ruang (PPPK) is not compared.
  const rank = ctx.employeeRank[e] ?? -1;
  if (rank >= 0) {
    if (rules.rank.enabled) {
      const min = ctx.positionRankMin[p] ?? -1;
      const max = ctx.positionRankMax[p] ?? -1;
      if (min >= 0 && rank < min) {
        if (out === null) return false;
        out.push('RANK_BELOW_MIN');
      }
      if (max >= 0 && rank > max) {
        if (out === null) return false;
        out.push('RANK_ABOVE_MAX');
      }
    }
    if (rules.rankFromJenjang.enabled) {
      const min = ctx.positionJenjangRankMin[p] ?? -1;
      const max = ctx.positionJenjangRankMax[p] ?? -1;
      if (min >= 0 && rank < min) {
        if (out === null) return false;
        out.push('RANK_BELOW_JENJANG');
      }
      if (max >= 0 && rank > max) {
        if (out === null) return false;
        out.push('RANK_ABOVE_JENJANG');
      }
    }
  }
  // Position data: Pendidikan Minimal (D4 counts as S1).
  if (rules.education.enabled && (ctx.employeeEducation[e] ?? 0) < (ctx.positionEducationMin[p] ?? -1)) {
    if (out === null) return false;
    out.push('EDUCATION_BELOW_MIN');
  }
  // The same Kelas Jabatan: higher is a promotion, lower a demotion, beyond the tolerances.
  if (rules.kelas.enabled) {
    const change = kelasChange(ctx, e, p);
    if (change > rules.kelas.maxUp) {
      if (out === null) return false;
      out.push('PROMOTION');
    }
    if (-change > rules.kelas.maxDown) {
      if (out === null) return false;
      out.push('DEMOTION');
    }
  }
  // PP 11/2017 Pasal 190 ayat (5): no move into a unit the employee must avoid.
  const avoided = ctx.employeeAvoided[e];
  if (
    rules.conflictOfInterest.enabled &&
    avoided !== undefined &&
    avoided.length > 0 &&
    avoided.includes(ctx.index.positionUnit[p] ?? -2)
  ) {
    if (out === null) return false;
    out.push('CONFLICT_OF_INTEREST');
  }
  // Review loop: Tolak and Revisi forbid the pair.
  if (ctx.forbidden.size > 0 && ctx.forbidden.has(e * ctx.tables.positions.length + p)) {
    if (out === null) return false;
    out.push('REVIEW_FORBIDDEN');
  }
  return out === null || out.length === 0;
}

/**
 * Every hard rule that forbids moving employee `e` into position `p` (indexes into the
 * tables). An allowed pair returns one shared, frozen empty array, so the common path
 * allocates nothing. Staying in the current position is never blocked. Readiness (may the
 * employee move at all) is separate: see `readinessOf`.
 */
export function pairBlocks(ctx: CompatibilityContext, e: number, p: number): readonly PairBlockCode[] {
  if (check(ctx, e, p, null)) return NO_BLOCKS;
  const out: PairBlockCode[] = [];
  check(ctx, e, p, out);
  return out;
}

/** True when no hard rule forbids moving employee `e` into position `p`; stops at the first violation. */
export function isPairAllowed(ctx: CompatibilityContext, e: number, p: number): boolean {
  return check(ctx, e, p, null);
}

/**
 * The change of Kelas Jabatan from employee `e`'s current post to position `p`: positive
 * for a higher class (promotion), negative for a lower one (demotion), 0 when equal, when
 * `p` is the current post or when either class is unknown. A change the `kelas` rule's
 * tolerances allow is still to be flagged for review.
 *
 * @example kelasChange(ctx, e, p) // 2: position p is two classes above e's post
 */
export function kelasChange(ctx: CompatibilityContext, e: number, p: number): number {
  const current = ctx.index.currentPosition[e] ?? -1;
  if (current < 0 || current === p) return 0;
  const from = ctx.positionKelas[current] ?? NO_KELAS;
  const to = ctx.positionKelas[p] ?? NO_KELAS;
  if (from === NO_KELAS || to === NO_KELAS) return 0;
  return to - from;
}

/** How many Kelas Jabatan lower position `p` is than employee `e`'s current post (0 when not lower or unknown). */
export function kelasDrop(ctx: CompatibilityContext, e: number, p: number): number {
  return Math.max(0, -kelasChange(ctx, e, p));
}

const golonganAt = (rank: number): string => GOLONGAN[rank] ?? '-';
const jenjangAt = (index: number): string => {
  const jenjang = JF_JENJANG[index];
  return jenjang === undefined ? '-' : JF_JENJANG_LABEL[jenjang];
};

/** The blocks of a pair as rule notes with the figures their messages need (for re-checks and justifications). */
export function pairBlockNotes(ctx: CompatibilityContext, e: number, p: number): RuleNote[] {
  const employee = ctx.tables.employees[e];
  const target = ctx.tables.positions[p];
  const currentIndex = ctx.index.currentPosition[e] ?? -1;
  const current = currentIndex >= 0 ? ctx.tables.positions[currentIndex] : undefined;
  if (employee === undefined || target === undefined) return [];
  const rules = ctx.policy.rules;
  const jfFrom = () => jabatanFungsionalOf(current?.name ?? '');
  const jfTo = () => jabatanFungsionalOf(target.name);
  return pairBlocks(ctx, e, p).map((code) => {
    switch (code) {
      case 'POSITION_TYPE':
        return note(code, { from: current?.jenis ?? '-', to: target.jenis });
      case 'JPT_POST':
        return note(code, { position: target.name });
      case 'FUNGSIONAL_FAMILY':
        return note(code, { from: jfFrom().family || '-', to: jfTo().family || '-' });
      case 'GURU_SUBJECT':
        return note(code, { from: jfFrom().guruSubject ?? '-', to: jfTo().guruSubject ?? '-' });
      case 'FUNGSIONAL_JENJANG':
        return note(code, { from: jenjangAt(ctx.positionJfJenjang[currentIndex] ?? -1), to: jenjangAt(ctx.positionJfJenjang[p] ?? -1) });
      case 'ESELON_LEVEL':
        return note(code, { from: current?.eselon ?? '-', to: target.eselon ?? '-' });
      case 'RANK_BELOW_MIN':
        return note(code, { golongan: employee.golongan ?? '-', min: target.golonganMin ?? '-' });
      case 'RANK_ABOVE_MAX':
        return note(code, { golongan: employee.golongan ?? '-', max: target.golonganMax ?? '-' });
      case 'RANK_BELOW_JENJANG':
        return note(code, {
          golongan: employee.golongan ?? '-',
          min: golonganAt(ctx.positionJenjangRankMin[p] ?? -1),
          jenjang: jenjangAt(ctx.positionJfJenjang[p] ?? -1),
        });
      case 'RANK_ABOVE_JENJANG':
        return note(code, {
          golongan: employee.golongan ?? '-',
          max: golonganAt(ctx.positionJenjangRankMax[p] ?? -1),
          jenjang: jenjangAt(ctx.positionJfJenjang[p] ?? -1),
        });
      case 'EDUCATION_BELOW_MIN':
        return note(code, { pendidikan: employee.pendidikan, min: target.pendidikanMin ?? JENJANG[0] });
      case 'PROMOTION':
        return note(code, { from: current?.kelas ?? '-', to: target.kelas ?? '-', tolerance: rules.kelas.maxUp });
      case 'DEMOTION':
        return note(code, { from: current?.kelas ?? '-', to: target.kelas ?? '-', tolerance: rules.kelas.maxDown });
      case 'CONFLICT_OF_INTEREST':
        return note(code, { unit: target.unit });
      case 'REVIEW_FORBIDDEN':
        return note(code, { position: target.code });
    }
  });
}

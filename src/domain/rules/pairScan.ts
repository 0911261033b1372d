/**
 * The pair rules for one employee against many positions (the candidate scan tests tens of
 * millions of pairs): what depends on the employee's current post worked out once per
 * employee, what depends on the target post and the policy folded once per plan into one
 * typed array per figure (the rank limits of both rank rules into one range, switched-off
 * rules into limits that never bind). `allows(p)` equals `isPairAllowed(ctx, e, p)`.
 */
import { JENIS_FUNGSIONAL, JENIS_JPT, NO_KELAS, type CompatibilityContext } from './compatibilityContext';

export interface PairScan {
  /** Tests moves of employee `e` from now on. */
  setEmployee(e: number): void;
  /** True when no hard rule forbids moving the current employee into `p`; equals `isPairAllowed(ctx, e, p)`. */
  allows(p: number): boolean;
  /**
   * {@link allows} without the rules on this employee alone (conflict of interest, the
   * reviewers' Tolak and Revisi): a function of `p` and {@link classKey} only.
   */
  allowsForClass(p: number): boolean;
  /** What {@link allowsForClass} reads of the current employee: employees with one key are allowed the same posts. */
  classKey(): string;
  /** True when a rule on the current employee alone may forbid a post {@link allowsForClass} allows. */
  hasOwnRules(): boolean;
}

/** Rank limits that never bind (ranks are 0-16, -1 without golongan ruang). */
const NO_MIN = -1;
const NO_MAX = 127;
const NONE = new Int32Array(0);

/**
 * A pair tester over one compatibility context (see {@link PairScan}).
 *
 * @example
 * const scan = pairScan(ctx);
 * scan.setEmployee(e);
 * scan.allows(p); // === isPairAllowed(ctx, e, p)
 */
export function pairScan(ctx: CompatibilityContext): PairScan {
  const rules = ctx.policy.rules;
  const nP = ctx.positionJenis.length;
  const { positionJenis, positionKelas, positionFamily, positionJfJenjang, index } = ctx;
  // Per post: closed to every move (a JPT post under the jpt rule), its rank range, its least education.
  const closed = new Uint8Array(nP);
  const rankLo = new Int8Array(nP).fill(NO_MIN);
  const rankHi = new Int8Array(nP).fill(NO_MAX);
  const educationMin = new Int8Array(nP).fill(-128);
  // Eselon as the rule compares it: the sub-level, or the level alone; -1 without eselon.
  const eselonKey = new Int8Array(nP);
  for (let p = 0; p < nP; p++) {
    closed[p] = rules.jpt.enabled && positionJenis[p] === JENIS_JPT ? 1 : 0;
    if (rules.rank.enabled) narrowRank(rankLo, rankHi, p, ctx.positionRankMin[p]!, ctx.positionRankMax[p]!);
    if (rules.rankFromJenjang.enabled) narrowRank(rankLo, rankHi, p, ctx.positionJenjangRankMin[p]!, ctx.positionJenjangRankMax[p]!);
    if (rules.education.enabled) educationMin[p] = ctx.positionEducationMin[p]!;
    const eselon = ctx.positionEselon[p]!;
    eselonKey[p] = eselon < 0 ? -1 : rules.eselon.sameSubLevel ? eselon : eselon >> 1;
  }
  const withForbidden = new Uint8Array(ctx.tables.employees.length);
  for (const pair of ctx.forbidden) withForbidden[Math.floor(pair / nP)] = 1;
  const { maxUp, maxDown } = rules.kelas;
  const kelasRule = rules.kelas.enabled;
  const conflictRule = rules.conflictOfInterest.enabled;

  let e = -1;
  let current = -1;
  // Where the current post's row of the position-type matrix starts; -1 when the rule does not apply.
  let jenisRow = -1;
  // The fungsional rule applies to moves from the current post: its family and jenjang.
  let fungsional = false;
  let family = -1;
  let jfJenjang = -1;
  let eselon = -1;
  let kelas = NO_KELAS;
  let rank = -1;
  let education = 0;
  let avoided: Int32Array = NONE;
  let forbidden = false;

  const allowsForClass = (p: number): boolean => {
    const to = positionJenis[p]!;
    if ((jenisRow >= 0 && ctx.allowedJenis[jenisRow + to] !== 1) || closed[p] === 1) return false;
    if (fungsional && to === JENIS_FUNGSIONAL) {
      if (positionFamily[p] !== family) return false;
      const toJenjang = positionJfJenjang[p]!;
      if (jfJenjang >= 0 && toJenjang >= 0 && toJenjang !== jfJenjang) return false;
    }
    if (eselon >= 0) {
      const into = eselonKey[p]!;
      if (into >= 0 && into !== eselon) return false;
    }
    if (rank >= 0 && (rank < rankLo[p]! || rank > rankHi[p]!)) return false;
    if (education < educationMin[p]!) return false;
    if (kelasRule) {
      const toKelas = positionKelas[p]!;
      const change = kelas === NO_KELAS || toKelas === NO_KELAS ? 0 : toKelas - kelas;
      if (change > maxUp || -change > maxDown) return false;
    }
    return true;
  };

  return {
    setEmployee(next: number): void {
      e = next;
      current = index.currentPosition[e] ?? -1;
      const from = current >= 0 ? positionJenis[current]! : -1;
      jenisRow = rules.positionType.enabled && from >= 0 ? from * 5 : -1;
      fungsional = rules.fungsional.enabled && from === JENIS_FUNGSIONAL;
      family = fungsional ? positionFamily[current]! : -1;
      jfJenjang = fungsional ? positionJfJenjang[current]! : -1;
      eselon = rules.eselon.enabled && current >= 0 ? eselonKey[current]! : -1;
      kelas = current >= 0 ? positionKelas[current]! : NO_KELAS;
      rank = ctx.employeeRank[e]!;
      education = ctx.employeeEducation[e]!;
      avoided = conflictRule ? ctx.employeeAvoided[e]! : NONE;
      forbidden = withForbidden[e] === 1;
    },
    allows(p: number): boolean {
      if (p === current) return true;
      if (!allowsForClass(p)) return false;
      if (avoided.length > 0 && avoided.includes(index.positionUnit[p] ?? -2)) return false;
      return !forbidden || !ctx.forbidden.has(e * nP + p);
    },
    allowsForClass,
    classKey: () => `${jenisRow} ${fungsional ? 1 : 0} ${family} ${jfJenjang} ${eselon} ${kelas} ${rank} ${education}`,
    hasOwnRules: () => avoided.length > 0 || forbidden,
  };
}

/** Narrows post p's rank range to [min, max] (-1: no limit on that side). */
function narrowRank(lo: Int8Array, hi: Int8Array, p: number, min: number, max: number): void {
  if (min >= 0 && min > lo[p]!) lo[p] = min;
  if (max >= 0 && max < hi[p]!) hi[p] = max;
}

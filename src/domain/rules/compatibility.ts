/**
 * Hard rules on an employee–position pair: may employee `e` be moved into position `p`?
 * Built for candidate generation over millions of pairs (typed arrays, no allocation when a
 * pair is allowed) and reused by the independent re-check of a finished plan.
 */
import { JENJANG, type InputTables, type JenisJabatan, type Nip, type PositionCode } from '../model/types';
import type { Policy } from './policy';
import { note, type RuleNote } from './ruleNote';
import { buildTableIndex, type TableIndex } from '../model/tableIndex';
import { golonganIndex } from '../input/values/golongan';
import { normalizeKey } from '../model/normalize';
import { jenjangRank } from '../input/values/pendidikan';

export const PAIR_BLOCK_CODES = [
  'POSITION_TYPE',
  'RANK_BELOW_MIN',
  'RANK_ABOVE_MAX',
  'EDUCATION_BELOW_MIN',
  'DEMOTION',
  'CONFLICT_OF_INTEREST',
  'REVIEW_FORBIDDEN',
] as const;
export type PairBlockCode = (typeof PAIR_BLOCK_CODES)[number];

/** A reviewed proposal (employee into position) as the review loop passes it in. */
export interface ReviewPair {
  readonly nip: Nip;
  readonly positionCode: PositionCode;
}

const JENIS_ORDER: readonly JenisJabatan[] = ['JPT', 'Administrator', 'Pengawas', 'Pelaksana', 'Fungsional'];
const NO_KELAS = -1_000_000;
const EMPTY_UNITS = new Int32Array(0);
const NO_BLOCKS: readonly PairBlockCode[] = Object.freeze([]);

export interface CompatibilityContext {
  readonly tables: InputTables;
  readonly policy: Policy;
  readonly index: TableIndex;
  readonly employeeRank: Int8Array;
  readonly employeeEducation: Int8Array;
  readonly employeeAvoided: readonly Int32Array[];
  readonly positionJenis: Uint8Array;
  readonly positionKelas: Int32Array;
  readonly positionRankMin: Int8Array;
  readonly positionRankMax: Int8Array;
  readonly positionEducationMin: Int8Array;
  /** allowed[from * 5 + to] = 1 when the position-type matrix lets Jenis `from` move to `to`. */
  readonly allowedJenis: Uint8Array;
  /** Forbidden pairs (Tolak / Revisi) as `e * positionCount + p`. */
  readonly forbidden: ReadonlySet<number>;
}

/**
 * Precomputes everything {@link pairBlocks} needs. `forbidden` pairs come from the review
 * loop (Tolak and Revisi, SPEC §10); pairs naming unknown employees or positions are ignored.
 */
export function compatibilityContext(
  tables: InputTables,
  policy: Policy,
  options: { readonly index?: TableIndex; readonly forbidden?: readonly ReviewPair[] } = {},
): CompatibilityContext {
  const index = options.index ?? buildTableIndex(tables);
  const nE = tables.employees.length;
  const nP = tables.positions.length;
  const employeeRank = new Int8Array(nE);
  const employeeEducation = new Int8Array(nE);
  const employeeAvoided: Int32Array[] = [];
  tables.employees.forEach((employee, e) => {
    employeeRank[e] = employee.golongan === null ? -1 : golonganIndex(employee.golongan);
    employeeEducation[e] = jenjangRank(employee.pendidikan);
    const ids = employee.unitDihindari.map((u) => index.unitIdByKey.get(normalizeKey(u)) ?? -1).filter((u) => u >= 0);
    employeeAvoided.push(ids.length === 0 ? EMPTY_UNITS : Int32Array.from(ids));
  });
  const positionJenis = new Uint8Array(nP);
  const positionKelas = new Int32Array(nP);
  const positionRankMin = new Int8Array(nP);
  const positionRankMax = new Int8Array(nP);
  const positionEducationMin = new Int8Array(nP);
  tables.positions.forEach((position, p) => {
    positionJenis[p] = JENIS_ORDER.indexOf(position.jenis);
    positionKelas[p] = position.kelas ?? NO_KELAS;
    positionRankMin[p] = position.golonganMin === null ? -1 : golonganIndex(position.golonganMin);
    positionRankMax[p] = position.golonganMax === null ? -1 : golonganIndex(position.golonganMax);
    positionEducationMin[p] = position.pendidikanMin === null ? -1 : jenjangRank(position.pendidikanMin);
  });
  const allowedJenis = new Uint8Array(25);
  JENIS_ORDER.forEach((from, f) => {
    for (const to of policy.rules.positionType.allowed[from]) allowedJenis[f * 5 + JENIS_ORDER.indexOf(to)] = 1;
  });
  const forbidden = new Set<number>();
  for (const pair of options.forbidden ?? []) {
    const e = index.employeeByNip.get(pair.nip);
    const p = index.positionByCode.get(pair.positionCode);
    if (e !== undefined && p !== undefined) forbidden.add(e * nP + p);
  }
  return {
    tables, policy, index, employeeRank, employeeEducation, employeeAvoided,
    positionJenis, positionKelas, positionRankMin, positionRankMax, positionEducationMin, allowedJenis, forbidden,
  };
}

/** Walks the pair rules; with `out` null it stops at the first violation. Returns true when allowed. */
function check(ctx: CompatibilityContext, e: number, p: number, out: PairBlockCode[] | null): boolean {
  const current = ctx.index.currentPosition[e] ?? -1;
  if (p === current) return true;
  const rules = ctx.policy.rules;
  // PP 11/2017: a mutasi keeps the kind of position (matrix editable in the policy).
  if (rules.positionType.enabled && current >= 0) {
    const from = ctx.positionJenis[current] ?? 0;
    const to = ctx.positionJenis[p] ?? 0;
    if (ctx.allowedJenis[from * 5 + to] !== 1) {
      if (out === null) return false;
      out.push('POSITION_TYPE');
    }
  }
  // Position data: Golongan Minimal / Maksimal. An employee without golongan ruang (PPPK) is not compared.
  const rank = ctx.employeeRank[e] ?? -1;
  if (rules.rank.enabled && rank >= 0) {
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
  // Position data: Pendidikan Minimal (D4 counts as S1).
  if (rules.education.enabled && (ctx.employeeEducation[e] ?? 0) < (ctx.positionEducationMin[p] ?? -1)) {
    if (out === null) return false;
    out.push('EDUCATION_BELOW_MIN');
  }
  // Merit system (UU 5/2014 Pasal 51): never to a lower Kelas Jabatan beyond the tolerance.
  if (rules.noDemotion.enabled && kelasDrop(ctx, e, p) > rules.noDemotion.kelasTolerance) {
    if (out === null) return false;
    out.push('DEMOTION');
  }
  // PP 11/2017 Pasal 190 ayat (5): no move into a unit the employee must avoid.
  const avoided = ctx.employeeAvoided[e];
  if (rules.conflictOfInterest.enabled && avoided !== undefined && avoided.length > 0 && avoided.includes(ctx.index.positionUnit[p] ?? -2)) {
    if (out === null) return false;
    out.push('CONFLICT_OF_INTEREST');
  }
  // SPEC §10: Tolak and Revisi forbid the pair.
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
 * How many Kelas Jabatan lower position `p` is than employee `e`'s current post (0 when not
 * lower or when either class is unknown). A drop within the tolerance is allowed but flagged.
 */
export function kelasDrop(ctx: CompatibilityContext, e: number, p: number): number {
  const current = ctx.index.currentPosition[e] ?? -1;
  if (current < 0) return 0;
  const from = ctx.positionKelas[current] ?? NO_KELAS;
  const to = ctx.positionKelas[p] ?? NO_KELAS;
  if (from === NO_KELAS || to === NO_KELAS) return 0;
  return Math.max(0, from - to);
}

/** The blocks of a pair as rule notes with the figures their messages need (for re-checks and justifications). */
export function pairBlockNotes(ctx: CompatibilityContext, e: number, p: number): RuleNote[] {
  const employee = ctx.tables.employees[e];
  const target = ctx.tables.positions[p];
  const currentIndex = ctx.index.currentPosition[e] ?? -1;
  const current = currentIndex >= 0 ? ctx.tables.positions[currentIndex] : undefined;
  if (employee === undefined || target === undefined) return [];
  return pairBlocks(ctx, e, p).map((code) => {
    switch (code) {
      case 'POSITION_TYPE':
        return note(code, { from: current?.jenis ?? '-', to: target.jenis });
      case 'RANK_BELOW_MIN':
        return note(code, { golongan: employee.golongan ?? '-', min: target.golonganMin ?? '-' });
      case 'RANK_ABOVE_MAX':
        return note(code, { golongan: employee.golongan ?? '-', max: target.golonganMax ?? '-' });
      case 'EDUCATION_BELOW_MIN':
        return note(code, { pendidikan: employee.pendidikan, min: target.pendidikanMin ?? JENJANG[0] });
      case 'DEMOTION':
        return note(code, { from: current?.kelas ?? '-', to: target.kelas ?? '-', tolerance: ctx.policy.rules.noDemotion.kelasTolerance });
      case 'CONFLICT_OF_INTEREST':
        return note(code, { unit: target.unit });
      case 'REVIEW_FORBIDDEN':
        return note(code, { position: target.code });
    }
  });
}

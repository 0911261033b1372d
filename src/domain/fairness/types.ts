/**
 * The findings of the fairness checks (SPEC §7) as data: statuses, codes and figures.
 * Words live in `fairness.json`, so the same report reads in Indonesian or English.
 */
import type { Employee, Position, UnitName } from '../model/types';

/** Lulus / Perhatian / Gagal (Pass / Attention / Fail); words under `fairness.status.<id>`. */
export type FairnessStatus = 'pass' | 'attention' | 'fail';

export const STATUS_ORDER: readonly FairnessStatus[] = ['pass', 'attention', 'fail'];

/** The worse of two statuses. */
export function worseStatus(a: FairnessStatus, b: FairnessStatus): FairnessStatus {
  return STATUS_ORDER.indexOf(a) >= STATUS_ORDER.indexOf(b) ? a : b;
}

/** Outcomes compared between groups; each has its own population (the base) and event (the hit). */
export const MEASURES = ['moveRate', 'aspirationHonoured', 'kelasUp', 'fitBetter', 'movedUnwilling', 'kelasDown'] as const;
export type MeasureId = (typeof MEASURES)[number];

/** Favourable outcomes are compared to the best-off group, adverse ones to the least affected group. */
export const MEASURE_DIRECTION: Readonly<Record<MeasureId, 'favourable' | 'adverse'>> = {
  moveRate: 'favourable',
  aspirationHonoured: 'favourable',
  kelasUp: 'favourable',
  fitBetter: 'favourable',
  movedUnwilling: 'adverse',
  kelasDown: 'adverse',
};

/** A group attribute: built in (words under `fairness.attribute.<id>`) or an extra employee column. */
export interface AttributeRef {
  readonly id: string;
  /** True for an extra column of the employee sheet: `id` is then its header as written. */
  readonly extra: boolean;
}

/** A group's label: the value as written in the data, or a message key under `fairness.group.`. */
export interface GroupLabel {
  readonly key: string;
  readonly translate: boolean;
}

/** One group's figures for one measure. */
export interface GroupRow {
  readonly measure: MeasureId;
  readonly attribute: AttributeRef;
  readonly group: GroupLabel;
  /** Size of the population (e.g. ready employees) in the group. */
  readonly base: number;
  /** How many of them had the outcome (e.g. were moved). */
  readonly hits: number;
  readonly rate: number;
  /**
   * Four-fifths ratio. Favourable: rate / highest rate; adverse: lowest rate / rate (1 when
   * the group has no adverse outcome). Reference groups are those of at least the minimum size.
   */
  readonly ratio: number;
  /** Fisher's exact test, two-sided: this group against all others, outcome against none. */
  readonly p: number;
  /** Fewer members than the minimum group size: never judged Gagal. */
  readonly small: boolean;
  readonly status: FairnessStatus;
}

/** Justified envy: `employee` asked for `position`, may take it and fits it better than `holder`, yet did not get it. */
export interface EnvyCase {
  readonly employee: Employee;
  /** Which Pilihan (1-3) named the position or its unit. */
  readonly choice: number;
  readonly position: Position;
  /** Job fit (education field, competency, performance, golongan) 0-100 of the employee in the position. */
  readonly fit: number;
  readonly holder: Employee;
  readonly holderFit: number;
  /** True when the holder moved into the position in this plan; false when they stay in it. */
  readonly holderMoved: boolean;
  /** Where the employee ends up in the plan. */
  readonly placed: Position;
}

/** A *wajib rotasi* employee left in place while shorter-tenured peers (same unit and jenis jabatan) moved. */
export interface RotationCase {
  readonly employee: Employee;
  readonly position: Position;
  readonly monthsInPost: number;
  /** Peers who moved with a shorter tenure in post. */
  readonly shorterPeersMoved: number;
  /** The shortest-tenured of them. */
  readonly peer: Employee;
  readonly peerMonthsInPost: number;
  /** Positions no hard rule forbids the employee to move into (capacity aside). */
  readonly candidates: number;
}

/** A unit in shortage whose gap grows with the plan. */
export interface ShortageCase {
  readonly unit: UnitName;
  readonly need: number;
  readonly gapBefore: number;
  readonly gapAfter: number;
}

/** A move into a lower Kelas Jabatan (allowed only within the policy's tolerance). */
export interface DemotionCase {
  readonly employee: Employee;
  readonly from: Position;
  readonly to: Position;
  readonly drop: number;
}

/** Codes of the checks, in the order the sheet lists them (words under `fairness.check.<code>.*`). */
export const CHECK_CODES = [
  'PARITY_MOVE_RATE',
  'PARITY_ASPIRATION',
  'PARITY_KELAS_UP',
  'PARITY_FIT_BETTER',
  'PARITY_MOVED_UNWILLING',
  'PARITY_KELAS_DOWN',
  'JUSTIFIED_ENVY',
  'ROTATION_FAIRNESS',
  'SHORTAGE_WORSENED',
  'DEMOTIONS',
  'RULE_RECHECK',
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];

/** One line of the checks table: status plus the figures its words need. */
export interface FairnessCheck {
  readonly code: CheckCode;
  readonly status: FairnessStatus;
  readonly params: Readonly<Record<string, string | number>>;
  /** For a parity check: the group row the sentence names (lowest ratio among the worst status). */
  readonly focus?: GroupRow;
}

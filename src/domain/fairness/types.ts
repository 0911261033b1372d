/**
 * The findings of the fairness checks (docs/sheets.md#pemeriksaan-keadilan) as data: statuses, codes and figures.
 * Words live in `fairness.json`, so the same report reads in Indonesian or English.
 */
import type { Employee, Position, UnitName } from '../model/types';

/**
 * Lulus / Perhatian / Gagal (Pass / Attention / Fail); words under `fairness.status.<id>`.
 * A group comparison is Gagal when both the four-fifths ratio is below the threshold and
 * Fisher's test shows the group significantly worse off, with enough cases; Perhatian when
 * only one of the two holds (or the group is too small to judge); Lulus otherwise.
 */
export type FairnessStatus = 'pass' | 'attention' | 'fail';

export const STATUS_ORDER: readonly FairnessStatus[] = ['pass', 'attention', 'fail'];

/** The worse of two statuses. */
export function worseStatus(a: FairnessStatus, b: FairnessStatus): FairnessStatus {
  return STATUS_ORDER.indexOf(a) >= STATUS_ORDER.indexOf(b) ? a : b;
}

/**
 * Who could move, split by readiness: rotation due (*wajib rotasi*) or not yet. Groups are
 * compared only within one stratum, since rotation and unit need rightly drive who moves.
 */
export const STRATA = ['rotationDue', 'notDue'] as const;
export type Stratum = (typeof STRATA)[number];

/**
 * Outcomes compared between groups; each has its own population (the base, always among
 * employees who could move) and event (the hit).
 */
export const MEASURES = ['moveRate', 'aspirationHonoured', 'fitBetter', 'movedUnwilling', 'fitLower', 'movedAwayFromChoices'] as const;
export type MeasureId = (typeof MEASURES)[number];

/**
 * Favourable outcomes are compared to the best-off group (highest rate), adverse ones to the
 * least affected group (lowest rate). `reported` is the move rate: shown per group but never
 * judged, because who moves is rightly decided by rotation and unit need, not by parity.
 */
export const MEASURE_KIND: Readonly<Record<MeasureId, 'reported' | 'favourable' | 'adverse'>> = {
  moveRate: 'reported',
  aspirationHonoured: 'favourable',
  fitBetter: 'favourable',
  movedUnwilling: 'adverse',
  fitLower: 'adverse',
  movedAwayFromChoices: 'adverse',
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

/** One group's figures for one measure within one readiness stratum. */
export interface GroupRow {
  readonly measure: MeasureId;
  readonly stratum: Stratum;
  /** The Jenis Jabatan compared within (as written), or null when the comparison spans every kind of post. */
  readonly postType: string | null;
  readonly attribute: AttributeRef;
  readonly group: GroupLabel;
  /** Size of the population (e.g. employees who could move and asked) in the group and stratum. */
  readonly base: number;
  /** How many of them had the outcome (e.g. got their choice). */
  readonly hits: number;
  readonly rate: number;
  /** The group the ratio compares with (best off, of at least the minimum size when there is one); null when nobody in the stratum had the outcome. */
  readonly reference: GroupLabel | null;
  readonly referenceRate: number;
  /** Rate of everyone else in the stratum (what Fisher's test compares the group with). */
  readonly restRate: number;
  /**
   * Four-fifths ratio. Favourable: rate / highest rate; adverse: lowest rate / rate (1 when
   * the group has no adverse outcome, or nobody in the stratum had the outcome).
   */
  readonly ratio: number;
  /** Fisher's exact test, two-sided: this group against all others in the stratum, outcome against none. */
  readonly p: number;
  /** The group fares worse than everyone else in the stratum (lower favourable rate, higher adverse rate). */
  readonly worseOff: boolean;
  /** Fewer members than the minimum group size: too few to judge Gagal. */
  readonly small: boolean;
  /**
   * Below the four-fifths line by one person only: one more person with the good outcome (or
   * one fewer with the bad) would lift the group to the line. Too few cases to judge Gagal.
   */
  readonly onePerson: boolean;
  /** False for the move rate: reported, never judged (its status is always `pass`). */
  readonly judged: boolean;
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
  'PARITY_FIT_BETTER',
  'PARITY_MOVED_UNWILLING',
  'PARITY_FIT_LOWER',
  'PARITY_MOVED_AWAY',
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
  /**
   * Lulus / Perhatian / Gagal. A check that is reported but not judged (the move rate) is
   * always `pass`, with `judged: false` and a sentence that says it is not judged: the three
   * statuses stay the only ones (the pane, the figures and the sheet all read them).
   */
  readonly status: FairnessStatus;
  readonly judged: boolean;
  readonly params: Readonly<Record<string, string | number>>;
  /** For a parity check: the group row the sentence names (lowest ratio among the worst status). */
  readonly focus?: GroupRow;
}

/**
 * Readiness (kesiapan mutasi): may this employee be moved on the effective date, and if
 * not, why. Every reason and flag is a {@link RuleNote} whose words live in `rules.<code>`.
 */
import type { DayNumber, Employee, Position } from '../model/types';
import { addYears, isoFromDay } from '../model/dates';
import { monthsBetween } from '../model/dates';
import type { Policy } from './policy';
import { isJptPost } from './jpt';
import { retirementAgeOf } from './retirementAge';
import { note, type RuleNote } from './ruleNote';

export interface Readiness {
  /** False when any reason below keeps the employee in place. */
  readonly canMove: boolean;
  /** Why the employee must stay (empty when `canMove`). */
  readonly reasons: readonly RuleNote[];
  /** In post for the rotation period or longer and free to move: *wajib rotasi*. */
  readonly rotationDue: boolean;
  /** Whole years since TMT Jabatan. */
  readonly yearsInPost: number;
  /** Whole months since TMT Jabatan. */
  readonly monthsInPost: number;
  /** Findings for human review that do not by themselves keep the employee in place. */
  readonly flags: readonly RuleNote[];
}

/** Reason and flag codes of readiness (messages under `rules.<code>`). */
export const READINESS_CODES = [
  'STATUS_NOT_MOVABLE',
  'DISCIPLINE_ACTIVE',
  'DISCIPLINE_ACTIVE_NO_END',
  'RETIREMENT_NEAR',
  'MIN_TENURE',
  'RECENT_TRANSFER',
  'UNWILLING',
  'SPECIAL_CIRCUMSTANCES_STAY',
  'JPT_OPEN_SELECTION',
  // flags
  'DISCIPLINE_NO_END_NOTED',
  'UNWILLING_MOVE_ALLOWED',
  'UNWILLING_RULE_OFF',
  'SPECIAL_CIRCUMSTANCES',
  'ROTATION_DUE_BLOCKED',
  'TMT_AFTER_EFFECTIVE_DATE',
] as const;

/**
 * Flags that must travel with a move, for the reviewers to weigh: moved against a stated
 * wish, or despite special circumstances.
 */
export const MOVE_REVIEW_FLAGS: readonly string[] = ['UNWILLING_MOVE_ALLOWED', 'UNWILLING_RULE_OFF', 'SPECIAL_CIRCUMSTANCES'];

const yearsAndMonths = (months: number): { years: number; months: number } => ({ years: Math.floor(months / 12), months: months % 12 });

/**
 * Readiness of `employee`, who holds `current` (null when the position is unknown), for
 * transfers effective on `effectiveDate`.
 *
 * @example
 * readinessOf(cpns, post, DEFAULT_POLICY, day) // { canMove: false, reasons: [{ code: 'STATUS_NOT_MOVABLE', … }], … }
 */
export function readinessOf(employee: Employee, current: Position | null, policy: Policy, effectiveDate: DayNumber): Readiness {
  const rules = policy.rules;
  const reasons: RuleNote[] = [];
  const flags: RuleNote[] = [];
  const monthsInPost = monthsBetween(employee.tmtJabatan, effectiveDate);
  const tenure = yearsAndMonths(monthsInPost);
  if (employee.tmtJabatan > effectiveDate)
    flags.push(note('TMT_AFTER_EFFECTIVE_DATE', { tmt: isoFromDay(employee.tmtJabatan), date: isoFromDay(effectiveDate) }));

  // JPT posts are filled through open selection (PermenPANRB 15/2019), not planned as mutasi;
  // first, so the list of those who stay can show JPT holders apart.
  if (current !== null && rules.jpt.enabled && isJptPost(current)) reasons.push(note('JPT_OPEN_SELECTION', { position: current.name }));

  // PP 11/2017 Pasal 34 (CPNS on probation); PPPK hold a contracted post (PP 49/2018).
  if (rules.status.enabled && !rules.status.movable.includes(employee.status)) {
    reasons.push(note('STATUS_NOT_MOVABLE', { status: employee.status }));
  }

  // PP 94/2021 Pasal 8: moderate and severe sanctions run for 6-12 months.
  if (rules.discipline.enabled && employee.hukdis !== null && rules.discipline.blocking.includes(employee.hukdis)) {
    if (employee.hukdisEnd === null) {
      if (rules.discipline.unknownEndBlocks) reasons.push(note('DISCIPLINE_ACTIVE_NO_END', { level: employee.hukdis }));
      else flags.push(note('DISCIPLINE_NO_END_NOTED', { level: employee.hukdis }));
    } else if (employee.hukdisEnd > effectiveDate) {
      reasons.push(note('DISCIPLINE_ACTIVE', { level: employee.hukdis, end: isoFromDay(employee.hukdisEnd) }));
    }
  }

  // UU 20/2023 Pasal 55, PP 11/2017 Pasal 239 ayat (2) and Pasal 240: retirement age by kind of post.
  if (rules.retirement.enabled) {
    const bup = retirementAgeOf(current, rules.retirement.bup);
    const retireOn = addYears(employee.birthDate, bup);
    if (effectiveDate >= addYears(employee.birthDate, bup - rules.retirement.windowYears)) {
      reasons.push(
        note('RETIREMENT_NEAR', {
          age: Math.floor(monthsBetween(employee.birthDate, effectiveDate) / 12),
          bup,
          retireDate: isoFromDay(retireOn),
          window: rules.retirement.windowYears,
        }),
      );
    }
  }

  // PP 11/2017 Pasal 190 ayat (3): at least 2 years in the post.
  if (rules.minTenure.enabled && monthsInPost < rules.minTenure.years * 12) {
    reasons.push(note('MIN_TENURE', { years: tenure.years, months: tenure.months, min: rules.minTenure.years }));
  }

  // Office policy: no second transfer soon after the last one.
  if (rules.recentTransfer.enabled && employee.tmtMutasiTerakhir !== null) {
    const since = monthsBetween(employee.tmtMutasiTerakhir, effectiveDate);
    if (since < rules.recentTransfer.years * 12) {
      const s = yearsAndMonths(since);
      reasons.push(
        note('RECENT_TRANSFER', {
          date: isoFromDay(employee.tmtMutasiTerakhir),
          years: s.years,
          months: s.months,
          min: rules.recentTransfer.years,
        }),
      );
    }
  }

  // PP 11/2017 Pasal 190 ayat (3): at most 5 years in one post.
  const tenureDue = rules.rotationDue.enabled && monthsInPost >= rules.rotationDue.years * 12;

  // The brief: hear the employee. Unwilling employees stay and are listed for a conversation,
  // rotation due or not; when the policy lets them move, every such move is flagged.
  if (!employee.bersedia) {
    if (!rules.willingness.enabled) flags.push(note('UNWILLING_RULE_OFF'));
    else if (rules.willingness.allowMove) flags.push(note('UNWILLING_MOVE_ALLOWED'));
    else reasons.push(note('UNWILLING'));
  }

  // The brief: special circumstances (health, family, spouse) go to human review.
  const special = employee.pertimbanganKhusus.trim();
  if (rules.specialCircumstances.enabled && special !== '') {
    if (rules.specialCircumstances.allowMove) flags.push(note('SPECIAL_CIRCUMSTANCES', { text: special }));
    else reasons.push(note('SPECIAL_CIRCUMSTANCES_STAY', { text: special }));
  }

  const canMove = reasons.length === 0;
  if (tenureDue && !canMove) flags.push(note('ROTATION_DUE_BLOCKED', { years: tenure.years, limit: rules.rotationDue.years }));
  return { canMove, reasons, rotationDue: tenureDue && canMove, yearsInPost: tenure.years, monthsInPost, flags };
}

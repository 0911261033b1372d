/**
 * The election freeze, a plan-level rule. UU 10/2016 Pasal 71 ayat (2): a regional head may
 * not replace officials from 6 months before the determination of candidates until the end
 * of the term; Pasal 162 ayat (3): nor within 6 months of a newly elected head's
 * inauguration. Either is lifted by the written approval of the Minister of Home Affairs.
 */
import type { DayNumber } from '../model/types';
import { addMonths, dayOfIso, isoFromDay } from '../model/dates';
import type { Policy } from './policy';
import { note, type RuleNote } from './ruleNote';

import type { ElectionFreezeCode } from '../model/issueCodes';

export { ELECTION_FREEZE_CODES, type ElectionFreezeCode } from '../model/issueCodes';

/** Months after the inauguration in which officials are not replaced (UU 10/2016 Pasal 162 ayat 3). */
const AFTER_INAUGURATION_MONTHS = 6;

/**
 * Null when transfers effective on `effectiveDate` are allowed; otherwise the note
 * `ELECTION_FREEZE` (inside the pre-election window) or `INAUGURATION_FREEZE` (within 6
 * months from the inauguration day, the day itself included). A recorded written approval
 * of the Minister lifts both.
 */
export function electionFreezeBlock(policy: Policy, effectiveDate: DayNumber): RuleNote<ElectionFreezeCode> | null {
  const freeze = policy.rules.electionFreeze;
  if (!freeze.enabled || freeze.ministerApprovalRecorded) return null;
  const start = freeze.start === null ? null : dayOfIso(freeze.start);
  const end = freeze.end === null ? null : dayOfIso(freeze.end);
  if (freeze.start !== null && freeze.end !== null && start !== null && end !== null && effectiveDate >= start && effectiveDate <= end) {
    return note('ELECTION_FREEZE', { start: freeze.start, end: freeze.end, date: isoFromDay(effectiveDate) });
  }
  const inauguration = freeze.inauguration === null ? null : dayOfIso(freeze.inauguration);
  if (freeze.inauguration !== null && inauguration !== null) {
    const until = addMonths(inauguration, AFTER_INAUGURATION_MONTHS);
    if (effectiveDate >= inauguration && effectiveDate < until) {
      return note('INAUGURATION_FREEZE', {
        inauguration: freeze.inauguration,
        until: isoFromDay(until - 1),
        date: isoFromDay(effectiveDate),
      });
    }
  }
  return null;
}

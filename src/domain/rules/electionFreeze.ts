/**
 * The election freeze, a plan-level rule. UU 10/2016 Pasal 71 ayat (2): a regional head may
 * not replace officials from 6 months before the determination of candidates until the end
 * of the term, unless the Minister of Home Affairs approves in writing.
 */
import type { DayNumber } from '../model/types';
import { isoFromDay } from '../model/dates';
import { dayOfIso } from '../model/dates';
import type { Policy } from './policy';
import { note, type RuleNote } from './ruleNote';

/**
 * Null when transfers effective on `effectiveDate` are allowed; otherwise the note
 * `ELECTION_FREEZE` with the window. A recorded written approval of the Minister lifts it.
 */
export function electionFreezeBlock(policy: Policy, effectiveDate: DayNumber): RuleNote | null {
  const freeze = policy.rules.electionFreeze;
  if (!freeze.enabled || freeze.ministerApprovalRecorded || freeze.start === null || freeze.end === null) return null;
  const start = dayOfIso(freeze.start);
  const end = dayOfIso(freeze.end);
  if (start === null || end === null) return null;
  if (effectiveDate < start || effectiveDate > end) return null;
  return note('ELECTION_FREEZE', { start: freeze.start, end: freeze.end, date: isoFromDay(effectiveDate) });
}

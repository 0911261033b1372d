/**
 * The review loop (docs/sheets.md#review-loop): reviewers' decisions become locked and
 * forbidden pairs for the next plan, and after it every reviewed row gets an outcome —
 * kept, dropped, still proposed, changed — while decisions and notes of unchanged
 * proposals travel to the new version. Rows are matched by ID Usulan, else by NIP and
 * target position code, never by their place in the sheet.
 */
import type { ReviewDecision, ReviewedProposal, ReviewedSheet } from '../input/reviewedProposals';
import type { InputTables, Nip } from '../model/types';
import type { ReviewPair } from '../rules';
import type { Proposal } from './types';

/** Setuju pairs to keep and Tolak / Revisi pairs never to propose again. */
export function reviewPairs(sheet: ReviewedSheet): { readonly locked: ReviewPair[]; readonly forbidden: ReviewPair[] } {
  const locked: ReviewPair[] = [];
  const forbidden: ReviewPair[] = [];
  for (const row of sheet.rows) {
    if (row.nip === '' || row.targetCode === '') continue;
    const pair: ReviewPair = { nip: row.nip, positionCode: row.targetCode };
    if (row.decision === 'approved') locked.push(pair);
    else if (row.decision === 'rejected' || row.decision === 'revise') forbidden.push(pair);
  }
  return { locked, forbidden };
}

/** What happened to a reviewed row, or that a proposal is new in this version. */
export type ReviewOutcomeKind = 'kept' | 'dropped' | 'stillProposed' | 'changed' | 'notApplied' | 'new';

/** Why, as a message code under `sheets.review.reason.` in the summary sheet. */
export type ReviewReason =
  | 'LOCKED'
  | 'LOCK_NOT_APPLIED'
  | 'REJECTED'
  | 'REJECTED_ALTERNATIVE'
  | 'REVISE_ALTERNATIVE'
  | 'REVISE_STAYS'
  | 'UNCHANGED'
  | 'REPLACED'
  | 'NO_LONGER_PROPOSED'
  | 'UNMATCHED'
  | 'NEW';

export interface ReviewOutcome {
  readonly kind: ReviewOutcomeKind;
  readonly reason: ReviewReason;
  /** The reviewed row; null for a proposal new in this version. */
  readonly reviewed: ReviewedProposal | null;
  /** The proposal of the new version this row concerns: the same pair, or the employee's other proposal. */
  readonly proposal: Proposal | null;
  /** Nama of the employee, from the employee table ('' when the NIP is not found). */
  readonly name: string;
}

/** Reviewer columns of one proposal in the new version. */
export interface CarriedReview {
  readonly decision: ReviewDecision;
  readonly note: string;
  readonly reviewer: string;
  /** Notes of a Revisi of another pair of the same employee, shown next to this alternative. */
  readonly revisedNotes: readonly { readonly note: string; readonly reviewer: string }[];
}

export interface ReviewResult {
  /** One per reviewed row, in sheet order, then one per new proposal in plan order. */
  readonly outcomes: readonly ReviewOutcome[];
  /** Reviewer columns for proposals of the new version, by proposal ID. */
  readonly carried: ReadonlyMap<string, CarriedReview>;
}

const pairKey = (nip: string, code: string): string => `${nip}\u0000${code}`;

/** Which proposal of the new version a reviewed row is: by ID Usulan, else by NIP and target code. */
function matcher(proposals: readonly Proposal[]): (row: ReviewedProposal) => Proposal | null {
  const byId = new Map(proposals.map((p) => [p.id, p]));
  const byPair = new Map(proposals.map((p) => [pairKey(p.employee.nip, p.to.code), p]));
  return (row) => {
    const sameId = row.id === '' ? undefined : byId.get(row.id);
    // An ID whose NIP disagrees with the row's NIP was typed over: trust the NIP and code.
    if (sameId !== undefined && (row.nip === '' || sameId.employee.nip === row.nip)) return sameId;
    return byPair.get(pairKey(row.nip, row.targetCode)) ?? null;
  };
}

function outcomeOf(
  row: ReviewedProposal,
  same: Proposal | null,
  other: Proposal | null,
  known: boolean,
): Omit<ReviewOutcome, 'reviewed' | 'name'> {
  if (!known || row.targetCode === '') return { kind: 'notApplied', reason: 'UNMATCHED', proposal: same ?? other };
  switch (row.decision) {
    case 'approved':
      return same
        ? { kind: 'kept', reason: 'LOCKED', proposal: same }
        : { kind: 'notApplied', reason: 'LOCK_NOT_APPLIED', proposal: other };
    case 'rejected':
      return { kind: 'dropped', reason: other ? 'REJECTED_ALTERNATIVE' : 'REJECTED', proposal: other };
    case 'revise':
      return { kind: 'dropped', reason: other ? 'REVISE_ALTERNATIVE' : 'REVISE_STAYS', proposal: other };
    case 'proposed':
      if (same) return { kind: 'stillProposed', reason: 'UNCHANGED', proposal: same };
      return { kind: 'changed', reason: other ? 'REPLACED' : 'NO_LONGER_PROPOSED', proposal: other };
  }
}

/**
 * The outcome of every reviewed row against the new plan, and the reviewer columns each new
 * proposal carries: the decision, note and reviewer of the row it matches, and the notes of
 * a Revisi of the same employee (shown next to the alternative).
 *
 * @example reviewOutcome(sheet, run.plan.proposals, tables).outcomes.filter((o) => o.kind === 'kept')
 */
export function reviewOutcome(sheet: ReviewedSheet, proposals: readonly Proposal[], tables: InputTables): ReviewResult {
  const names = new Map<string, string>(tables.employees.map((e) => [e.nip, e.nama]));
  const byNip = new Map<Nip, Proposal>(proposals.map((p) => [p.employee.nip, p]));
  const match = matcher(proposals);
  const carried = new Map<
    string,
    { decision: ReviewDecision; note: string; reviewer: string; revisedNotes: { note: string; reviewer: string }[] }
  >();
  const entry = (id: string) => {
    let found = carried.get(id);
    if (!found) carried.set(id, (found = { decision: 'proposed', note: '', reviewer: '', revisedNotes: [] }));
    return found;
  };
  const matchedIds = new Set<string>();
  const outcomes: ReviewOutcome[] = [];

  for (const row of sheet.rows) {
    const same = match(row);
    const employeeProposal = byNip.get(row.nip) ?? null;
    const other = employeeProposal !== null && employeeProposal !== same ? employeeProposal : null;
    const outcome = outcomeOf(row, same, other, names.has(row.nip));
    outcomes.push({ ...outcome, reviewed: row, name: names.get(row.nip) ?? '' });

    if (same !== null && (outcome.kind === 'kept' || outcome.kind === 'stillProposed')) {
      const target = entry(same.id);
      // A pair reviewed twice (a row copied by a reviewer): the first row with a decision wins;
      // every row's words still appear in the summary.
      if (!matchedIds.has(same.id) || (target.decision === 'proposed' && row.decision !== 'proposed')) {
        target.decision = row.decision;
        target.note = row.note;
        target.reviewer = row.reviewer;
      }
      matchedIds.add(same.id);
    }
    if (row.decision === 'revise' && other !== null && (row.note !== '' || row.reviewer !== '')) {
      entry(other.id).revisedNotes.push({ note: row.note, reviewer: row.reviewer });
    }
  }
  for (const proposal of proposals) {
    if (matchedIds.has(proposal.id)) continue;
    outcomes.push({ kind: 'new', reason: 'NEW', reviewed: null, proposal, name: proposal.employee.nama });
  }
  return { outcomes, carried };
}

/**
 * The review loop's part of the pipeline (docs/sheets.md#review-loop): read the newest
 * proposals sheet, turn decisions into locked and forbidden pairs, and after re-planning
 * carry reviewers' words into the new version and summarise what changed.
 */
import type { Lang } from '../i18n';
import type { WorkbookValues } from './model/cell';
import type { CellComment } from './model/comment';
import { issue, type Issue } from './model/issue';
import type { InputTables } from './model/types';
import type { ReviewPair } from './rules';
import { readReviewedProposals, unreadRows, type ReviewedSheet, type UnreadRow } from './input/reviewedProposals';
import { reviewOutcome, reviewPairs, type CarriedReview } from './plan/reviewOutcome';
import type { Proposal } from './plan/types';
import { reviewSummarySheet } from './output/reviewSummarySheet';
import type { TableSheetModel } from './output/sheetModel';

/** What the reviewers left, ready for the planner. */
export interface ReviewInput {
  readonly sheet: ReviewedSheet;
  readonly unread: readonly UnreadRow[];
  readonly locked: readonly ReviewPair[];
  readonly forbidden: readonly ReviewPair[];
  readonly issues: readonly Issue[];
}

/**
 * Reads the reviewed proposals sheet. Fails (with an error issue) when the workbook has no
 * proposals sheet or its headers cannot be found.
 */
export function readReview(
  values: WorkbookValues,
): { readonly ok: true; readonly value: ReviewInput } | { readonly ok: false; readonly issues: readonly Issue[] } {
  const { sheet, issues } = readReviewedProposals(values);
  if (sheet === null) {
    return { ok: false, issues: issues.length > 0 ? issues : [issue('REVIEW_SHEET_NOT_FOUND', 'error')] };
  }
  const { locked, forbidden } = reviewPairs(sheet);
  return { ok: true, value: { sheet, unread: unreadRows(values, sheet), locked, forbidden, issues } };
}

/**
 * Whether the workbook's newest proposals sheet carries reviewers' work: a decision other
 * than Diusulkan, a note or a reviewer's name. A plain `plan` would leave it behind.
 */
export function hasReviewerInput(values: WorkbookValues): boolean {
  const { sheet, issues } = readReviewedProposals(values);
  if (issues.some((i) => i.code === 'REVIEW_DECISION_UNKNOWN')) return true;
  return sheet !== null && sheet.rows.some((r) => r.decision !== 'proposed' || r.note !== '' || r.reviewer !== '');
}

/**
 * The comments reviewers left on the proposal rows of the reviewed sheet, by Excel row, each
 * row's in column order. Comments elsewhere (the title, the header, another sheet) are not
 * about a proposal and are left out.
 *
 * @example commentsOnProposals(sheet, comments).get(4)?.[0]?.text // the comment on the first proposal
 */
export function commentsOnProposals(sheet: ReviewedSheet, comments: readonly CellComment[]): Map<number, CellComment[]> {
  const rows = new Set(sheet.rows.map((r) => r.row));
  // Excel treats sheet names without regard to case.
  const name = sheet.sheetName.toLowerCase();
  const byRow = new Map<number, CellComment[]>();
  for (const comment of comments) {
    if (comment.sheet.toLowerCase() !== name || !rows.has(comment.row)) continue;
    byRow.set(comment.row, [...(byRow.get(comment.row) ?? []), comment]);
  }
  for (const list of byRow.values()) list.sort((a, b) => a.column - b.column);
  return byRow;
}

/**
 * The reviewer columns for the new proposals sheet and the `Ringkasan Tinjauan` sheet, which
 * also repeats the comments left in Excel on the proposal rows (`comments`: any sheet's).
 */
export function reviewResultSheets(
  review: ReviewInput,
  proposals: readonly Proposal[],
  tables: InputTables,
  lang: Lang,
  city: string,
  comments: readonly CellComment[] = [],
): { readonly carried: ReadonlyMap<string, CarriedReview>; readonly summary: TableSheetModel } {
  const { outcomes, carried } = reviewOutcome(review.sheet, proposals, tables);
  const byRow = commentsOnProposals(review.sheet, comments);
  return { carried, summary: reviewSummarySheet(review.sheet.sheetName, outcomes, review.unread, lang, city, byRow) };
}

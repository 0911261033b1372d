import { t, type Lang } from '../../i18n';
import type { UnreadRow } from '../input/reviewedProposals';
import type { CellValue } from '../model/cell';
import type { CellComment, CommentReply } from '../model/comment';
import type { ReviewOutcome, ReviewOutcomeKind } from '../plan/reviewOutcome';
import type { Proposal } from '../plan/types';
import { nameColumn, nipColumn, noColumn, positionCodeColumn } from './sheetLayout';
import type { TableSheetModel } from './sheetModel';

const KINDS: readonly ReviewOutcomeKind[] = ['kept', 'dropped', 'stillProposed', 'changed', 'notApplied', 'new'];

function proposalText(proposal: Proposal, lang: Lang): string {
  return t(lang, 'sheets.review.proposal', {
    id: proposal.id,
    position: proposal.to.name,
    code: proposal.to.code,
    unit: proposal.to.unit,
  });
}

/**
 * A row's comments in one cell: each comment and its replies as "author: text", one per
 * line, a blank line between comments. The reviewers' words stay exactly as typed.
 */
export function commentsText(comments: readonly CellComment[], lang: Lang): string {
  // An author the host does not know (an .xlsx note) is left out, never guessed.
  const first = (c: CellComment) => (c.author === '' ? c.text : t(lang, 'sheets.review.comment', { author: c.author, text: c.text }));
  const reply = (r: CommentReply) =>
    r.author === ''
      ? t(lang, 'sheets.review.commentReplyAnonymous', { text: r.text })
      : t(lang, 'sheets.review.commentReply', { author: r.author, text: r.text });
  return comments.map((c) => [first(c), ...c.replies.map(reply)].join('\n')).join('\n\n');
}

/**
 * `Ringkasan Tinjauan` (docs/sheets.md#review-loop): every reviewed row of the proposals sheet
 * with what became of it — kept, dropped, still proposed, changed, not applied — and why, then
 * every proposal new in this version, then any other text reviewers wrote in the sheet.
 * Counts of decisions and outcomes stand on top. Every note and reviewer name is repeated,
 * so no reviewer's word is lost even when its proposal is gone; so are the comments reviewers
 * left in Excel on a proposal's row (`comments`, by Excel row of the reviewed sheet).
 */
export function reviewSummarySheet(
  reviewedSheet: string,
  outcomes: readonly ReviewOutcome[],
  unread: readonly UnreadRow[],
  lang: Lang,
  city: string,
  comments: ReadonlyMap<number, readonly CellComment[]> = new Map(),
): TableSheetModel {
  const decisionCount = (decision: string) => outcomes.filter((o) => o.reviewed?.decision === decision).length;
  const kindCount = Object.fromEntries(KINDS.map((kind) => [kind, outcomes.filter((o) => o.kind === kind).length]));
  const rows: CellValue[][] = outcomes.map((o, i) => {
    const r = o.reviewed;
    const proposal = o.proposal === null ? '' : proposalText(o.proposal, lang);
    return [
      i + 1,
      r?.row ?? null,
      r === null ? (o.proposal?.id ?? '') : r.id,
      r === null ? (o.proposal?.employee.nip ?? '') : r.nip,
      o.name,
      r === null ? (o.proposal?.to.code ?? '') : r.targetCode,
      r === null ? '' : t(lang, `sheets.decision.${r.decision}`),
      r?.note ?? '',
      r?.reviewer ?? '',
      t(lang, `sheets.review.outcome.${o.kind}`),
      t(lang, `sheets.review.reason.${o.reason}`, { proposal }),
      o.proposal?.id ?? '',
      r === null ? '' : commentsText(comments.get(r.row) ?? [], lang),
    ];
  });
  for (const extra of unread) {
    const otherText = t(lang, 'sheets.review.outcome.otherText');
    rows.push([
      rows.length + 1,
      extra.row,
      '',
      '',
      '',
      '',
      '',
      extra.text,
      '',
      otherText,
      t(lang, 'sheets.review.reason.OTHER_TEXT'),
      '',
      '',
    ]);
  }
  const col = (key: Parameters<typeof t>[1]) => t(lang, key);
  return {
    kind: 'table',
    name: col('sheets.name.reviewSummary'),
    tableName: 'RingkasanTinjauan',
    titleLines: [
      t(lang, 'sheets.title.reviewSummary', { sheet: reviewedSheet, city }),
      t(lang, 'sheets.review.decisionCounts', {
        approved: decisionCount('approved'),
        rejected: decisionCount('rejected'),
        revise: decisionCount('revise'),
        proposed: decisionCount('proposed'),
      }),
      t(lang, 'sheets.review.outcomeCounts', kindCount),
      t(lang, 'sheets.review.commentCount', { count: [...comments.values()].reduce((n, list) => n + list.length, 0) }),
    ],
    columns: [
      noColumn(lang),
      { header: col('sheets.col.reviewRow'), width: 10, format: 'integer' },
      { header: col('sheets.col.proposalId'), width: 13, format: 'text' },
      nipColumn(lang),
      nameColumn(lang),
      positionCodeColumn(col('sheets.col.toCode')),
      { header: col('sheets.col.decision'), width: 13, format: 'text' },
      { header: col('sheets.col.reviewerNote'), width: 36, format: 'text', wrap: true },
      { header: col('sheets.col.reviewer'), width: 20, format: 'text' },
      { header: col('sheets.col.reviewOutcome'), width: 18, format: 'text' },
      { header: col('sheets.col.reviewReason'), width: 60, format: 'text', wrap: true },
      { header: col('sheets.col.newProposalId'), width: 13, format: 'text' },
      { header: col('sheets.col.reviewComments'), width: 48, format: 'text', wrap: true },
    ],
    rows,
    print: { landscape: true, paper: 'F4' },
  };
}

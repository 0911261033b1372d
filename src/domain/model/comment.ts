/**
 * A reviewer's comment on a cell, as the hosts read it (Excel's threaded comments in the
 * task pane, legacy notes in an .xlsx): plain data, safe to structured-clone. The words are
 * the reviewer's own, kept exactly as typed; they are data, never logged.
 */

/** One reply in a comment's thread. */
export interface CommentReply {
  readonly author: string;
  readonly text: string;
}

export interface CellComment {
  readonly sheet: string;
  /** Excel row number (1-based). */
  readonly row: number;
  /** Excel column number (1-based: A is 1). */
  readonly column: number;
  /** '' when the host does not know the author (an .xlsx note read by ExcelJS may not say). */
  readonly author: string;
  readonly text: string;
  readonly replies: readonly CommentReply[];
}

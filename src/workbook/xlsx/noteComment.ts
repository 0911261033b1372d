/**
 * A cell's note as a comment. A classic note begins with its author in bold ("Nama:"). Excel
 * also saves every threaded comment as a note for older versions ("[Threaded comment]", the
 * comment and its replies under "Comment:" and "Reply:"); where the thread itself is missing,
 * that copy is read here, without authors (the note does not name them). Shared by the lean
 * reader (readXlsxComments.ts) and ExcelJS's notes (../exceljs/readNotes.ts). The words are the
 * reviewers' own: kept as typed, never logged.
 */
import type { CellComment, CommentReply } from '../../domain/model/comment';

const THREADED = /^\[Threaded comment\]/;
/** The heading line before each entry of a threaded comment's note. */
const SECTION = /^(Comment|Reply):\n/m;

/** A note's text, or its runs with their fonts (as ExcelJS gives it and readXlsxComments.ts builds it). */
export type Note = string | { readonly texts?: readonly { readonly text: string; readonly font?: { readonly bold?: boolean } }[] };

/** The note's text and, when it starts with a bold "Author:" run, the author. */
function plainNote(note: Note): { author: string; text: string } {
  if (typeof note === 'string') return { author: '', text: note };
  const texts = note.texts ?? [];
  const [first, ...rest] = texts;
  const whole = texts.map((run) => run.text).join('');
  if (first?.font?.bold === true && /:\s*$/.test(first.text) && rest.length > 0) {
    return {
      author: first.text.replace(/:\s*$/, '').trim(),
      text: rest
        .map((run) => run.text)
        .join('')
        .replace(/^\r?\n/, ''),
    };
  }
  return { author: '', text: whole };
}

/** The entries of a threaded comment's note: the comment, then each reply. */
function threadEntries(text: string): string[] {
  const normalised = text.replace(/\r\n/g, '\n');
  const start = normalised.search(SECTION);
  if (start < 0) return [normalised];
  return normalised
    .slice(start)
    .split(/^(?:Comment|Reply):\n/m)
    .slice(1)
    .map((entry) =>
      entry
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => line.replace(/^ {4}/, ''))
        .join('\n'),
    );
}

/** One cell's note as a comment with its replies. */
export function noteComment(note: Note, sheet: string, row: number, column: number): CellComment {
  const { author, text } = plainNote(note);
  if (!THREADED.test(text)) return { sheet, row, column, author, text, replies: [] };
  const [first = '', ...replies] = threadEntries(text);
  const asReply = (entry: string): CommentReply => ({ author: '', text: entry });
  return { sheet, row, column, author: '', text: first, replies: replies.map(asReply) };
}

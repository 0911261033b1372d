/**
 * The comments on one sheet of an .xlsx package, read from its parts without loading the
 * workbook: Excel's threaded comments (`threadedComments`, with their authors from the
 * workbook's `persons` part and their replies) and the classic notes (`comments`). Excel
 * saves every threaded comment a second time as a note for older versions; a cell with a
 * threaded comment is read from the thread, its note copy is left out. The words are the
 * reviewers' own: kept as typed, never logged.
 */
import JSZip from 'jszip';
import type { CellComment } from '../../domain/model/comment';
import { noteComment } from './noteComment';
import { jszipPackage, type PackageReader } from './packageReader';
import { attr, partText, relationships, relsOf, resolvePart, workbookPart, type Relationship } from './packageParts';
import { columnOf } from './sheetValues';
import { decodeEscapes, decodeXml } from './xmlText';

/** The text of the first element `name` inside `xml` (its `<t>` runs joined), decoded. */
function textOf(xml: string): string {
  return decodeEscapes(decodeXml([...xml.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((m) => m[1] ?? '').join('')));
}

/** Row and column of a cell reference such as `B4`. */
function cellOf(reference: string): { row: number; column: number } {
  return { row: Number(reference.replace(/^[A-Z]+/, '')), column: columnOf(reference) };
}

/** The display name of each person of the workbook's `persons` part, by id. */
async function persons(pkg: PackageReader, book: { path: string; rels: readonly Relationship[] }): Promise<Map<string, string>> {
  const byId = new Map<string, string>();
  for (const rel of book.rels.filter((r) => r.type.endsWith('/person'))) {
    const path = resolvePart(book.path, rel.target);
    if (!pkg.has(path)) continue;
    for (const [tag] of (await partText(pkg, path)).matchAll(/<(?:\w+:)?person\b[^>]*>/g)) {
      byId.set(attr(tag, 'id') ?? '', decodeXml(attr(tag, 'displayName') ?? ''));
    }
  }
  return byId;
}

/** The threaded comments of one part: each thread's first comment with its replies in order. */
function threads(xml: string, sheet: string, people: ReadonlyMap<string, string>): CellComment[] {
  const found: (CellComment & { id: string })[] = [];
  const replies = new Map<string, { author: string; text: string }[]>();
  for (const [, tag = '', body = ''] of xml.matchAll(/(<(?:\w+:)?threadedComment\b[^>]*>)([\s\S]*?)<\/(?:\w+:)?threadedComment>/g)) {
    const author = people.get(attr(tag, 'personId') ?? '') ?? '';
    // A thread's <text> holds the words themselves, not runs.
    const text = decodeXml(/<(?:\w+:)?text>([\s\S]*?)<\/(?:\w+:)?text>/.exec(body)?.[1] ?? '');
    const parent = attr(tag, 'parentId');
    if (parent !== null) replies.set(parent, [...(replies.get(parent) ?? []), { author, text }]);
    else found.push({ sheet, ...cellOf(attr(tag, 'ref') ?? ''), author, text, replies: [], id: attr(tag, 'id') ?? '' });
  }
  return found.map(({ id, ...comment }) => ({ ...comment, replies: replies.get(id) ?? [] }));
}

/** The notes of one legacy comments part, as runs (bold author first) for noteComment.ts. */
function notes(xml: string, sheet: string): CellComment[] {
  const found: CellComment[] = [];
  for (const [, tag = '', body = ''] of xml.matchAll(/(<(?:\w+:)?comment\b[^>]*>)([\s\S]*?)<\/(?:\w+:)?comment>/g)) {
    const pieces = [...body.matchAll(/<(?:\w+:)?r>([\s\S]*?)<\/(?:\w+:)?r>/g)];
    const texts =
      pieces.length === 0
        ? [{ text: textOf(body) }]
        : pieces.map(([, run = '']) => ({ text: textOf(run), font: { bold: /<(?:\w+:)?b(?:\s[^>]*)?\/?>/.test(run) } }));
    const { row, column } = cellOf(attr(tag, 'ref') ?? '');
    found.push(noteComment({ texts }, sheet, row, column));
  }
  return found;
}

/**
 * The comments on sheet `sheetName` (case-insensitive) of the package `source` (or one JSZip
 * holds), row by row and left to right; [] when the sheet is not there or has none.
 */
export async function readXlsxComments(source: PackageReader | JSZip, sheetName: string): Promise<CellComment[]> {
  const pkg = source instanceof JSZip ? jszipPackage(source) : source;
  const book = await workbookPart(pkg);
  const wanted = sheetName.toLowerCase();
  const tag = [...book.xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => decodeXml(attr(t, 'name') ?? '').toLowerCase() === wanted);
  if (tag === undefined) return [];
  const name = decodeXml(attr(tag, 'name') ?? '');
  const rel = book.rels.find((r) => r.id === /\s\w+:id="([^"]*)"/.exec(tag)?.[1]);
  if (rel === undefined) return [];
  const sheetPath = resolvePart(book.path, rel.target);
  const sheetRels = pkg.has(relsOf(sheetPath)) ? relationships(await partText(pkg, relsOf(sheetPath))) : [];
  const parts = async (type: string) =>
    Promise.all(
      sheetRels
        .filter((r) => r.type.endsWith(type))
        .map((r) => resolvePart(sheetPath, r.target))
        .filter((path) => pkg.has(path))
        .map((path) => partText(pkg, path)),
    );
  const threadParts = await parts('/threadedComment');
  const people = threadParts.length > 0 ? await persons(pkg, book) : new Map<string, string>();
  const threaded = threadParts.flatMap((xml) => threads(xml, name, people));
  const inThreads = new Set(threaded.map((c) => `${c.row}:${c.column}`));
  const legacy = (await parts('/comments')).flatMap((xml) => notes(xml, name)).filter((c) => !inThreads.has(`${c.row}:${c.column}`));
  return [...threaded, ...legacy].sort((a, b) => a.row - b.row || a.column - b.column);
}

/**
 * Finding one's way in an .xlsx package (ECMA-376 Part 2, Open Packaging Conventions): part
 * paths, relationships, and the text of a part, read whole or in chunks. Shared by the lean
 * value reader (readXlsxValues.ts) and the appending writer (write/appendSheets.ts).
 */
import type { PackageReader } from './packageReader';

/** The package lacks a part it must have, or holds one we cannot follow. */
export class PackageLayoutError extends Error {}

export const dirOf = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1);

/** The relationships part that belongs to `path`. */
export const relsOf = (path: string): string => `${dirOf(path)}_rels/${path.slice(path.lastIndexOf('/') + 1)}.rels`;

/** Resolves a relationship target against the part that owns it. */
export function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = dirOf(base).split('/').filter(Boolean);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

/** The whole text of a part. */
export async function partText(pkg: PackageReader, path: string): Promise<string> {
  // The platform's UTF-8 decoder: several times faster than one written in JavaScript.
  return new TextDecoder().decode(await pkg.bytes(path));
}

/**
 * Feeds the text of a part to `onChunk` piece by piece, so a sheet of 300,000 rows is never one
 * string in memory. Resolves when the part has been read; rejects with the first error,
 * `onChunk`'s own included.
 */
export async function streamPart(pkg: PackageReader, path: string, onChunk: (chunk: string) => void): Promise<void> {
  // Bytes decoded by the platform's UTF-8 decoder, a character cut between two chunks kept for the next.
  const decoder = new TextDecoder();
  const feed = (text: string) => {
    if (text !== '') onChunk(text);
  };
  await pkg.stream(path, (chunk) => feed(decoder.decode(chunk, { stream: true })));
  feed(decoder.decode());
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export function relationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => ({
    id: attr(tag, 'Id') ?? '',
    type: attr(tag, 'Type') ?? '',
    target: attr(tag, 'Target') ?? '',
  }));
}

/** The value of attribute `name` in one start tag, as written (entities not decoded). */
export function attr(tag: string, name: string): string | null {
  return new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

/** The workbook part of a package (found through the package relationships) and its relationships. */
export async function workbookPart(pkg: PackageReader) {
  const root = relationships(await partText(pkg, '_rels/.rels'));
  const main = root.find((r) => r.type.endsWith('/officeDocument'));
  if (main === undefined) throw new PackageLayoutError('no workbook part');
  const path = resolvePart('', main.target);
  const xml = await partText(pkg, path);
  const relsPath = relsOf(path);
  const relsXml = pkg.has(relsPath) ? await partText(pkg, relsPath) : '';
  return { path, xml, relsPath, relsXml, rels: relationships(relsXml) };
}

/** The path of the workbook's first part of relationship type `type` (`styles`, `sharedStrings`, …), or null. */
export function relatedPart(book: { readonly path: string; readonly rels: readonly Relationship[] }, type: string): string | null {
  const rel = book.rels.find((r) => r.type.endsWith(`/${type}`));
  return rel === undefined ? null : resolvePart(book.path, rel.target);
}

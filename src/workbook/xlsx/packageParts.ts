/**
 * Finding one's way in an .xlsx package (ECMA-376 Part 2, Open Packaging Conventions): part
 * paths, relationships, and the text of a part, read whole or in chunks. Shared by the lean
 * value reader (readXlsxValues.ts) and the appending writer (write/appendSheets.ts).
 */
import type JSZip from 'jszip';

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
export async function partText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new PackageLayoutError(`missing part ${path}`);
  // The platform's UTF-8 decoder: JSZip's own decodes in JavaScript, several times slower.
  return new TextDecoder().decode(await file.async('uint8array'));
}

/** JSZip's chunked reader (public at run time, absent from its typings). */
interface ChunkStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'end', listener: () => void): ChunkStream;
  on(event: 'error', listener: (error: unknown) => void): ChunkStream;
  resume(): ChunkStream;
}

/**
 * Feeds the text of a part to `onChunk` piece by piece, so a sheet of 300,000 rows is never one
 * string in memory. Resolves when the part has been read; rejects with the first error,
 * `onChunk`'s own included.
 */
export function streamPart(zip: JSZip, path: string, onChunk: (chunk: string) => void): Promise<void> {
  const file = zip.file(path);
  if (!file) return Promise.reject(new PackageLayoutError(`missing part ${path}`));
  // Bytes decoded by the platform's UTF-8 decoder, a character cut between two chunks kept for the next.
  const decoder = new TextDecoder();
  return new Promise((resolve, reject) => {
    let failed = false;
    const feed = (text: string) => {
      if (failed || text === '') return;
      try {
        onChunk(text);
      } catch (error) {
        failed = true;
        reject(error);
      }
    };
    (file as unknown as { internalStream(type: 'uint8array'): ChunkStream })
      .internalStream('uint8array')
      .on('data', (chunk) => feed(decoder.decode(chunk, { stream: true })))
      .on('error', (error) => {
        failed = true;
        reject(error);
      })
      .on('end', () => {
        feed(decoder.decode());
        if (!failed) resolve();
      })
      .resume();
  });
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
export async function workbookPart(zip: JSZip) {
  const root = relationships(await partText(zip, '_rels/.rels'));
  const main = root.find((r) => r.type.endsWith('/officeDocument'));
  if (main === undefined) throw new PackageLayoutError('no workbook part');
  const path = resolvePart('', main.target);
  const xml = await partText(zip, path);
  const relsPath = relsOf(path);
  const relsXml = zip.file(relsPath) ? await partText(zip, relsPath) : '';
  return { path, xml, relsPath, relsXml, rels: relationships(relsXml) };
}

/** The path of the workbook's first part of relationship type `type` (`styles`, `sharedStrings`, …), or null. */
export function relatedPart(book: { readonly path: string; readonly rels: readonly Relationship[] }, type: string): string | null {
  const rel = book.rels.find((r) => r.type.endsWith(`/${type}`));
  return rel === undefined ? null : resolvePart(book.path, rel.target);
}

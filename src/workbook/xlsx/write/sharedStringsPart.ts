/**
 * The user's shared strings part (ECMA-376 Part 1, 18.4) with the new sheets' strings appended,
 * worked on as bytes: the user's items are counted and copied as they are, never decoded into
 * one large string and encoded again, and the new items are written straight to UTF-8.
 */
import { PackageLayoutError } from '../packageParts';
import { ByteWriter } from './byteWriter';
import type { StringTable } from './stringTable';

const decoder = new TextDecoder();
const encoder = new TextEncoder();
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

/** An empty shared strings part, for a workbook that has none. */
export const EMPTY_SHARED_STRINGS = encoder.encode(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>',
);

/** Whether a byte continues a word (`[A-Za-z0-9_]`): what a `\b` after a tag name rules out. */
function isWordByte(byte: number | undefined): boolean {
  if (byte === undefined) return false;
  return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte === 0x5f;
}

/** Where `<name` (a whole tag name) next starts at or after `from`, before `to`; -1 when nowhere. */
function tagStart(bytes: Uint8Array, name: string, from: number, to: number): number {
  const first = name.charCodeAt(0);
  const n = name.length;
  outer: for (let at = bytes.indexOf(LT, from); at >= 0 && at + n < to; at = bytes.indexOf(LT, at + 1)) {
    if (bytes[at + 1] !== first) continue;
    for (let i = 1; i < n; i++) if (bytes[at + 1 + i] !== name.charCodeAt(i)) continue outer;
    if (!isWordByte(bytes[at + 1 + n])) return at;
  }
  return -1;
}

/** Where the ASCII text `text` next starts at or after `from`; -1 when nowhere. */
function find(bytes: Uint8Array, text: string, from: number): number {
  const first = text.charCodeAt(0);
  outer: for (let at = bytes.indexOf(first, from); at >= 0; at = bytes.indexOf(first, at + 1)) {
    for (let i = 1; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) continue outer;
    return at;
  }
  return -1;
}

/** The `<sst>` element of a shared strings part: where its start tag and its end tag are. */
export interface SharedStringsLayout {
  readonly bytes: Uint8Array;
  /** Where `<sst` starts, and just after its start tag's `>`. */
  readonly openStart: number;
  readonly openEnd: number;
  /** Where `</sst>` starts; -1 when the element is empty (`<sst …/>`). */
  readonly close: number;
  /** How many items (`<si>`) the part holds. */
  readonly count: number;
}

/** The layout of the shared strings part `bytes` (UTF-8). */
export function sharedStringsLayout(bytes: Uint8Array): SharedStringsLayout {
  const openStart = tagStart(bytes, 'sst', 0, bytes.length);
  const gt = openStart < 0 ? -1 : bytes.indexOf(GT, openStart);
  if (gt < 0) throw new PackageLayoutError('shared strings part without <sst>');
  const openEnd = gt + 1;
  if (bytes[gt - 1] === SLASH) return { bytes, openStart, openEnd, close: -1, count: 0 };
  const close = find(bytes, '</sst>', openEnd);
  if (close < 0) throw new PackageLayoutError('shared strings part without </sst>');
  let count = 0;
  for (let at = tagStart(bytes, 'si', openEnd, close); at >= 0; at = tagStart(bytes, 'si', at + 3, close)) count++;
  return { bytes, openStart, openEnd, close, count };
}

/**
 * The part `original` with `strings` appended after its own items: the `<sst>` start tag's
 * counts set to the new number of items, everything else of the user's copied byte for byte.
 */
export function appendSharedStrings(original: SharedStringsLayout, strings: StringTable): Uint8Array {
  const { bytes, openStart, openEnd, close } = original;
  const total = original.count + strings.size;
  const tag = decoder
    .decode(bytes.subarray(openStart, openEnd))
    .replace(/\suniqueCount="\d+"/, '')
    .replace(/\scount="\d+"/, '')
    .replace(/\/?>$/, '');
  const out = new ByteWriter(bytes.length + 64 + strings.itemsBound());
  out.bytes(bytes.subarray(0, openStart));
  out.text(`${tag} count="${total}" uniqueCount="${total}">`);
  if (close >= 0) out.bytes(bytes.subarray(openEnd, close));
  strings.writeItems(out);
  if (close >= 0) {
    out.bytes(bytes.subarray(close));
  } else {
    out.ascii('</sst>');
    out.bytes(bytes.subarray(openEnd));
  }
  return out.view();
}

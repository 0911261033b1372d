/**
 * The zip container of an .xlsx package (ECMA-376 Part 2 uses the ZIP format of PKWARE's
 * APPNOTE), at the level reading and appending sheets need: the entries of a file as they are
 * stored (compressed bytes, CRC-32 and sizes), unpacked with the host's own inflate
 * (packageReader.ts) or copied into a new file without being unpacked and packed again, and new
 * entries compressed with the host's own deflate. No ZIP64 and no encryption: a package that has
 * either is reported, and the caller reads it with JSZip or writes the workbook whole.
 */
import { PackageLayoutError } from './packageParts';

/**
 * Raw deflate (RFC 1951) of some bytes: the host's, e.g. Node's zlib or the browser's
 * CompressionStream. A host with a faster CRC-32 than {@link crc32} (Node's native one) gives it
 * as `crc32`.
 */
export type DeflateRaw = ((data: Uint8Array) => Promise<Uint8Array>) & { readonly crc32?: (data: Uint8Array) => number };

/**
 * Raw inflate (RFC 1951) of some bytes, the unpacked bytes handed to `onChunk` piece by piece as
 * they come: the host's, e.g. Node's zlib or the browser's DecompressionStream. Rejects when
 * the data is not valid deflate. `onChunk` never throws (packageReader.ts holds its readers'
 * errors until inflating has ended).
 */
export type InflateRaw = (data: Uint8Array, onChunk: (chunk: Uint8Array) => void) => Promise<void>;

/** One entry as stored: `data` holds its bytes compressed by `method` (0 stored, 8 deflate). */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
  /** MS-DOS time and date of the entry. */
  readonly time: number;
  readonly date: number;
  /** General purpose flags kept from the original entry (bit 11: the name is UTF-8). */
  readonly utf8: boolean;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** The entries of a zip file in the order of its central directory. */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new PackageLayoutError('no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new PackageLayoutError('ZIP64 archive');
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new PackageLayoutError('damaged central directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (flags & 1) throw new PackageLayoutError('encrypted entry');
    if (compressed === 0xffffffff || size === 0xffffffff) throw new PackageLayoutError('ZIP64 entry');
    if (view.getUint32(local, true) !== LOCAL) throw new PackageLayoutError('damaged local header');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method,
      crc: view.getUint32(at + 16, true),
      size,
      data: bytes.subarray(start, start + compressed),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      utf8: (flags & 0x800) !== 0,
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** Eight CRC tables of 256 entries, one after the other, for eight bytes a step ("slicing by 8"). */
let tables: Uint32Array | null = null;

function crcTables(): Uint32Array {
  const t = new Uint32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 8; k++) {
      const previous = t[(k - 1) * 256 + n] ?? 0;
      t[k * 256 + n] = (previous >>> 8) ^ (t[previous & 0xff] ?? 0);
    }
  }
  return t;
}

/** CRC-32 (ISO 3309, the polynomial zip uses). */
export function crc32(data: Uint8Array): number {
  const t = (tables ??= crcTables());
  let crc = 0xffffffff;
  let i = 0;
  const n = data.length;
  for (; i + 8 <= n; i += 8) {
    const a = (crc ^ (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24))) >>> 0;
    const b = data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24);
    crc =
      t[1792 + (a & 0xff)]! ^
      t[1536 + ((a >>> 8) & 0xff)]! ^
      t[1280 + ((a >>> 16) & 0xff)]! ^
      t[1024 + (a >>> 24)]! ^
      t[768 + (b & 0xff)]! ^
      t[512 + ((b >>> 8) & 0xff)]! ^
      t[256 + ((b >>> 16) & 0xff)]! ^
      t[(b >>> 24) & 0xff]!;
  }
  for (; i < n; i++) crc = t[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The current time as MS-DOS time and date (local time, two-second steps). */
function dosNow(): { time: number; date: number } {
  const now = new Date();
  return {
    time: (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1),
    date: ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
  };
}

/** A new entry holding `text` (UTF-8), compressed with `deflate`. */
export function textEntry(name: string, text: string, deflate: DeflateRaw): Promise<ZipEntry> {
  return bytesEntry(name, new TextEncoder().encode(text), deflate);
}

/**
 * A new entry holding `bytes`, compressed with `deflate`; the checksum is taken while the host
 * compresses. `bytes` must not change until the entry is made.
 */
export async function bytesEntry(name: string, bytes: Uint8Array, deflate: DeflateRaw): Promise<ZipEntry> {
  const data = deflate(bytes);
  const crc = (deflate.crc32 ?? crc32)(bytes);
  return { name, method: 8, crc, size: bytes.length, data: await data, ...dosNow(), utf8: true };
}

/** A zip file of `entries`, in order. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const local = entries.reduce((sum, e, i) => sum + 30 + (names[i]?.length ?? 0) + e.data.length, 0);
  const central = entries.reduce((sum, _, i) => sum + 46 + (names[i]?.length ?? 0), 0);
  if (local + central > 0xffffffff || entries.length >= 0xffff) throw new PackageLayoutError('package too large for a plain zip');
  const out = new Uint8Array(local + central + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  const header = (e: ZipEntry, name: Uint8Array, signature: number) => {
    view.setUint32(at, signature, true);
    const c = signature === CENTRAL ? 2 : 0;
    if (c) view.setUint16(at + 4, 20, true);
    view.setUint16(at + 4 + c, 20, true);
    view.setUint16(at + 6 + c, e.utf8 ? 0x800 : 0, true);
    view.setUint16(at + 8 + c, e.method, true);
    view.setUint16(at + 10 + c, e.time, true);
    view.setUint16(at + 12 + c, e.date, true);
    view.setUint32(at + 14 + c, e.crc, true);
    view.setUint32(at + 18 + c, e.data.length, true);
    view.setUint32(at + 22 + c, e.size, true);
    view.setUint16(at + 26 + c, name.length, true);
  };
  entries.forEach((e, i) => {
    const name = names[i] ?? new Uint8Array();
    offsets.push(at);
    header(e, name, LOCAL);
    out.set(name, at + 30);
    out.set(e.data, at + 30 + name.length);
    at += 30 + name.length + e.data.length;
  });
  const centralStart = at;
  entries.forEach((e, i) => {
    const name = names[i] ?? new Uint8Array();
    header(e, name, CENTRAL);
    view.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, END, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}

/** Raw deflate with the web platform's CompressionStream (browsers, and Node 20 too). */
export const deflateWithStreams: DeflateRaw = async (data) => {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
};

/** Raw inflate with the web platform's DecompressionStream (browsers, and Node 20 too), chunk by chunk. */
export const inflateWithStreams: InflateRaw = async (data, onChunk) => {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) onChunk(read.value);
};

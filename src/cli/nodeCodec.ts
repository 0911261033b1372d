/**
 * The CLI's zip codec: Node's zlib, on its thread pool, so compressing and unpacking parts runs
 * beside the main thread's work and a large part is compressed in pieces side by side.
 */
import { promisify } from 'node:util';
import { constants, crc32 as zlibCrc32, createInflateRaw, deflateRaw, type ZlibOptions } from 'node:zlib';
import { crc32, type DeflateRaw } from '../workbook/xlsx/zipArchive';

const deflateAsync = promisify<Uint8Array, ZlibOptions, Buffer>(deflateRaw);

/** Bytes compressed by one deflate call at most: a larger part is cut into pieces of about this size. */
export const DEFLATE_PIECE = 4 << 20;
/** Deflate's window: each piece is compressed knowing the bytes before it, as one stream would be. */
const WINDOW = 32 * 1024;

/**
 * The pieces `data` is compressed in: `[start, end)` ranges of about `piece` bytes, as equal as
 * may be; one range for data no larger than a piece.
 */
export function deflatePieces(length: number, piece: number = DEFLATE_PIECE): [number, number][] {
  const count = Math.max(1, Math.ceil(length / piece));
  const size = Math.ceil(length / count);
  const ranges: [number, number][] = [];
  for (let start = 0; start < length || ranges.length === 0; start += size) ranges.push([start, Math.min(length, start + size)]);
  return ranges;
}

/**
 * Raw deflate of `data` as pieces compressed side by side on zlib's thread pool (as pigz does):
 * every piece but the last ends with a sync flush (byte-aligned, no final block), and each piece
 * after the first starts from the 32 KiB before it as its dictionary, so the pieces joined are
 * one valid deflate stream, about as small as one call's. A 27 MB worksheet is otherwise one
 * thread's work while the other cores wait.
 */
export async function deflateInPieces(data: Uint8Array, piece: number = DEFLATE_PIECE): Promise<Uint8Array> {
  const ranges = deflatePieces(data.length, piece);
  const compressed = await Promise.all(
    ranges.map(([start, end]) => {
      const last = end === data.length;
      const options: ZlibOptions = { finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH };
      if (start > 0) options.dictionary = data.subarray(Math.max(0, start - WINDOW), start);
      return deflateAsync(data.subarray(start, end), options);
    }),
  );
  if (compressed.length === 1 && compressed[0] !== undefined)
    return new Uint8Array(compressed[0].buffer, compressed[0].byteOffset, compressed[0].length);
  const out = new Uint8Array(compressed.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const c of compressed) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Node's zlib for new parts, with its native CRC-32 where this Node has one. */
export const nodeDeflate: DeflateRaw = Object.assign((data: Uint8Array) => deflateInPieces(data), {
  crc32: typeof zlibCrc32 === 'function' ? (data: Uint8Array) => zlibCrc32(data) : crc32,
});

/**
 * Node's zlib, streaming, on its thread pool: a part comes out in pieces of 64 KiB, never whole
 * unless its reader keeps it so. Larger pieces decode to strings V8 allocates one by one outside
 * its young generation, several times slower to make and collect.
 */
export const nodeInflate = (data: Uint8Array, onChunk: (chunk: Uint8Array) => void): Promise<void> =>
  new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
    inflater.on('data', onChunk).on('error', reject).on('end', resolve);
    inflater.end(data);
  });

/**
 * The parts of a zip package read one at a time, unpacked by the host's own inflate (Node's
 * zlib in the CLI, the browser's DecompressionStream in the task pane) rather than by a
 * JavaScript inflate: a 50,000-employee workbook unpacks several times faster. The zip's
 * central directory is read by zipArchive.ts; a package it cannot read (ZIP64, data before
 * the first entry, a damaged directory) is handed to JSZip instead, which reads what it can
 * and reports the rest with its own messages, as before.
 */
import JSZip from 'jszip';
import { PackageLayoutError } from './packageParts';
import { readZipEntries, type InflateRaw, type ZipEntry } from './zipArchive';

/** An unpacked view of a package's parts, by path. */
export interface PackageReader {
  /** Whether the package holds a part (not a folder) at `path`. */
  has(path: string): boolean;
  /** The path of every entry, in the order of the zip's directory. */
  paths(): string[];
  /** The unpacked bytes of the part at `path`. */
  bytes(path: string): Promise<Uint8Array>;
  /**
   * Feeds the unpacked bytes of the part at `path` to `onChunk` piece by piece, so a large
   * sheet is never whole in memory; rejects with the first error, `onChunk`'s own included.
   */
  stream(path: string, onChunk: (chunk: Uint8Array) => void): Promise<void>;
}

/** The package in `bytes`, its parts unpacked by `inflate`; JSZip reads the ones our zip reader does not handle. */
export async function openPackage(bytes: Uint8Array, inflate: InflateRaw): Promise<PackageReader> {
  let entries: ZipEntry[];
  try {
    entries = readZipEntries(bytes);
  } catch (error) {
    if (!(error instanceof PackageLayoutError)) throw error;
    return jszipPackage(await JSZip.loadAsync(bytes));
  }
  return new ZipPackage(entries, inflate);
}

/** The parts of a zip read with {@link readZipEntries}, deflated ones unpacked by `inflate`. */
class ZipPackage implements PackageReader {
  private readonly entries = new Map<string, ZipEntry>();

  constructor(
    entries: readonly ZipEntry[],
    private readonly inflate: InflateRaw,
  ) {
    // A name twice in the directory: the later entry is the part, as JSZip had it.
    for (const entry of entries) this.entries.set(entry.name, entry);
  }

  has(path: string): boolean {
    return !path.endsWith('/') && this.entries.has(path);
  }

  paths(): string[] {
    return [...this.entries.keys()];
  }

  async bytes(path: string): Promise<Uint8Array> {
    const entry = this.entry(path);
    if (entry.method === 0) return Uint8Array.from(this.stored(entry));
    const out = new Uint8Array(entry.size);
    let at = 0;
    await this.stream(path, (chunk) => {
      if (at + chunk.length > out.length) throw sizeMismatch(path);
      out.set(chunk, at);
      at += chunk.length;
    });
    return out;
  }

  async stream(path: string, onChunk: (chunk: Uint8Array) => void): Promise<void> {
    const entry = this.entry(path);
    if (entry.method === 0) {
      const stored = this.stored(entry);
      for (let at = 0; at < stored.length; at += STORED_PIECE) onChunk(stored.subarray(at, at + STORED_PIECE));
      return;
    }
    if (entry.method !== 8) throw new PackageLayoutError(`part ${path} compressed by unknown method ${entry.method}`);
    // The first error of `onChunk` stops the feeding; it is thrown once inflating has ended.
    const failures: unknown[] = [];
    let length = 0;
    await this.inflate(entry.data, (chunk) => {
      if (failures.length > 0) return;
      length += chunk.length;
      try {
        onChunk(chunk);
      } catch (error) {
        failures.push(error);
      }
    });
    if (failures.length > 0) throw failures[0];
    if (length !== entry.size) throw sizeMismatch(path);
  }

  private entry(path: string): ZipEntry {
    const entry = this.has(path) ? this.entries.get(path) : undefined;
    if (entry === undefined) throw new PackageLayoutError(`missing part ${path}`);
    return entry;
  }

  private stored(entry: ZipEntry): Uint8Array {
    if (entry.data.length !== entry.size) throw sizeMismatch(entry.name);
    return entry.data;
  }
}

/** The size of the pieces a stored (uncompressed) part is fed in: a large sheet is never one string. */
const STORED_PIECE = 64 * 1024;

const sizeMismatch = (path: string) => new PackageLayoutError(`damaged part ${path}: its unpacked size differs from the directory's`);

/** JSZip's chunked reader (public at run time, absent from its typings). */
interface ChunkStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'end', listener: () => void): ChunkStream;
  on(event: 'error', listener: (error: unknown) => void): ChunkStream;
  resume(): ChunkStream;
}

/** The parts of a package JSZip has loaded (or holds in memory, as the lean writer's own package). */
export function jszipPackage(zip: JSZip): PackageReader {
  const file = (path: string) => {
    const found = zip.file(path);
    if (found === null) throw new PackageLayoutError(`missing part ${path}`);
    return found;
  };
  return {
    has: (path) => zip.file(path) !== null,
    paths: () => Object.keys(zip.files),
    bytes: async (path) => file(path).async('uint8array'),
    stream: (path, onChunk) =>
      new Promise((resolve, reject) => {
        let failed = false;
        const fail = (error: unknown) => {
          failed = true;
          reject(error);
        };
        (file(path) as unknown as { internalStream(type: 'uint8array'): ChunkStream })
          .internalStream('uint8array')
          .on('data', (chunk) => {
            if (failed) return;
            try {
              onChunk(chunk);
            } catch (error) {
              fail(error);
            }
          })
          .on('error', fail)
          .on('end', () => {
            if (!failed) resolve();
          })
          .resume();
      }),
  };
}

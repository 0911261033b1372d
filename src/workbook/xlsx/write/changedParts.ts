/**
 * The parts of a package written anew, by path, each compressed as soon as it is given: the
 * host's deflate (a thread pool, a stream) works on one part while the next is being made.
 * They stay in the order their paths were first given.
 */
import { bytesEntry, textEntry, type DeflateRaw, type ZipEntry } from '../zipArchive';

export class ChangedParts {
  private readonly parts = new Map<string, Promise<ZipEntry> | null>();

  constructor(private readonly deflate: DeflateRaw) {}

  has(path: string): boolean {
    return this.parts.has(path);
  }

  /** Holds `path`'s place in the order for a part given later with {@link set}. */
  reserve(path: string): void {
    if (!this.parts.has(path)) this.parts.set(path, null);
  }

  /** Gives up the place {@link reserve} held for `path`, if no part was given for it. */
  release(path: string): void {
    if (this.parts.get(path) === null) this.parts.delete(path);
  }

  /** The part at `path` (text, or UTF-8 bytes), compressing from now on. */
  set(path: string, part: string | Uint8Array): void {
    const entry = typeof part === 'string' ? textEntry(path, part, this.deflate) : bytesEntry(path, part, this.deflate);
    // Awaited in `entries`; a failure before then must not count as unhandled.
    entry.catch(() => undefined);
    this.parts.set(path, entry);
  }

  /** The entries, compressed, in order. */
  async entries(): Promise<ZipEntry[]> {
    const pending = [...this.parts].map(([path, entry]) => {
      if (entry === null) throw new Error(`part ${path} reserved but never given`);
      return entry;
    });
    return Promise.all(pending);
  }
}

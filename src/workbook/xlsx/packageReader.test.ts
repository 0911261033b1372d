import JSZip from 'jszip';
import { inflateRawSync } from 'node:zlib';
import { nodeInflate } from '../../cli/io';
import { PackageLayoutError, partText, streamPart } from './packageParts';
import { jszipPackage, openPackage, type PackageReader } from './packageReader';
import { inflateWithStreams, type InflateRaw } from './zipArchive';

const PARTS = {
  'a.xml': `<a>${'héllo wörld ✓ '.repeat(2000)}</a>`,
  'dir/ü.txt': 'ünïcode',
  'empty.xml': '',
};

async function zipOf(options: JSZip.JSZipGeneratorOptions<'uint8array'>, files: Record<string, string> = PARTS): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', ...options });
}

/** Node's zlib inflate handing out pieces of 7 bytes: characters are cut between pieces. */
const tinyPieces: InflateRaw = async (data, onChunk) => {
  const whole = inflateRawSync(data);
  for (let at = 0; at < whole.length; at += 7) onChunk(whole.subarray(at, at + 7));
};

/** `inflate`, counting its calls. */
function counted(inflate: InflateRaw): { inflate: InflateRaw; calls: () => number } {
  let calls = 0;
  return {
    inflate: (data, onChunk) => {
      calls++;
      return inflate(data, onChunk);
    },
    calls: () => calls,
  };
}

async function streamedText(pkg: PackageReader, path: string): Promise<string> {
  const pieces: string[] = [];
  await streamPart(pkg, path, (chunk) => pieces.push(chunk));
  return pieces.join('');
}

describe('package reader over the zip directory', () => {
  it.each([
    ['streams', inflateWithStreams],
    ['node zlib', nodeInflate],
    ['tiny pieces', tinyPieces],
  ])('reads deflated, stored and data-descriptor entries as JSZip does (%s)', async (_, inflate) => {
    for (const options of [{ compression: 'DEFLATE' }, { compression: 'STORE' }, { compression: 'DEFLATE', streamFiles: true }] as const) {
      const bytes = await zipOf(options);
      const spy = counted(inflate);
      const pkg = await openPackage(bytes, spy.inflate);
      expect(pkg.paths()).toEqual(Object.keys((await JSZip.loadAsync(bytes)).files));
      for (const [path, text] of Object.entries(PARTS)) {
        expect(pkg.has(path)).toBe(true);
        expect(await partText(pkg, path)).toBe(text);
        expect(await streamedText(pkg, path)).toBe(text);
      }
      // Read by our reader, not handed to JSZip: deflated parts go through `inflate`.
      expect(spy.calls() > 0).toBe(options.compression === 'DEFLATE');
    }
  });

  it('feeds a large stored part in pieces', async () => {
    const text = `<a>${'ü'.repeat(100_000)}</a>`;
    const pkg = await openPackage(await zipOf({ compression: 'STORE' }, { 'big.xml': text }), nodeInflate);
    const pieces: Uint8Array[] = [];
    await pkg.stream('big.xml', (piece) => pieces.push(piece));
    expect(pieces.length).toBeGreaterThan(1);
    expect(await streamedText(pkg, 'big.xml')).toBe(text);
  });

  it('reads the same through the JSZip adapter', async () => {
    const pkg = jszipPackage(await JSZip.loadAsync(await zipOf({ compression: 'DEFLATE' })));
    for (const [path, text] of Object.entries(PARTS)) expect(await streamedText(pkg, path)).toBe(text);
  });

  it('reports a missing part, a folder, and an error of the reader of a part', async () => {
    const zip = new JSZip();
    zip.file('x/a.xml', '<a/>');
    const pkg = await openPackage(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), nodeInflate);
    expect(pkg.has('x/')).toBe(false);
    await expect(partText(pkg, 'x/')).rejects.toThrow(new PackageLayoutError('missing part x/'));
    await expect(partText(pkg, 'b.xml')).rejects.toThrow(new PackageLayoutError('missing part b.xml'));
    const failing = streamPart(pkg, 'x/a.xml', () => {
      throw new Error('reader failed');
    });
    await expect(failing).rejects.toThrow('reader failed');
  });

  it('rejects a damaged part: deflate data broken, or a size the directory does not say', async () => {
    const bytes = await zipOf({ compression: 'DEFLATE' }, { 'a.xml': '<a>some text to compress, some text</a>' });
    const broken = Uint8Array.from(bytes);
    broken[30 + 'a.xml'.length] = 0xff; // the first byte of the deflate data: a reserved block type
    for (const inflate of [nodeInflate, inflateWithStreams]) {
      await expect(partText(await openPackage(broken, inflate), 'a.xml')).rejects.toThrow();
    }
    const resized = Uint8Array.from(bytes);
    const view = new DataView(resized.buffer);
    const central = resized.length - 22 - (46 + 'a.xml'.length);
    view.setUint32(central + 24, view.getUint32(central + 24, true) + 1, true);
    await expect(partText(await openPackage(resized, nodeInflate), 'a.xml')).rejects.toThrow(PackageLayoutError);
  });

  it('hands a zip its directory reader cannot follow to JSZip, damaged ones with JSZip’s error as before', async () => {
    const bytes = await zipOf({ compression: 'DEFLATE' });
    // Bytes before the first entry shift every offset: JSZip finds its way, our reader does not.
    const shifted = new Uint8Array(bytes.length + 5);
    shifted.set(bytes, 5);
    const spy = counted(nodeInflate);
    const pkg = await openPackage(shifted, spy.inflate);
    expect(await partText(pkg, 'dir/ü.txt')).toBe('ünïcode');
    expect(spy.calls()).toBe(0);
    const notZip = new TextEncoder().encode('not a zip at all');
    const before = await JSZip.loadAsync(notZip).catch((error: Error) => error.message);
    await expect(openPackage(notZip, nodeInflate)).rejects.toThrow(before as string);
  });
});

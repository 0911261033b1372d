import JSZip from 'jszip';
import { crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { PackageLayoutError } from './packageParts';
import { crc32, deflateWithStreams, readZipEntries, textEntry, writeZip } from './zipArchive';

const nodeDeflate = (data: Uint8Array) => Promise.resolve(new Uint8Array(deflateRawSync(data)));

async function jszipFile(files: Record<string, string>, options: JSZip.JSZipGeneratorOptions<'uint8array'> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', ...options });
}

describe('zip entries as stored', () => {
  it('reads what JSZip wrote, each entry with its stored bytes, CRC and size', async () => {
    const bytes = await jszipFile({ 'a.xml': '<a/>'.repeat(100), 'dir/ü.txt': 'héllo' });
    const entries = readZipEntries(bytes);
    expect(entries.map((e) => e.name)).toEqual(['a.xml', 'dir/', 'dir/ü.txt']);
    const a = entries[0];
    expect(a?.method).toBe(8);
    expect(new TextDecoder().decode(inflateRawSync(a?.data ?? new Uint8Array()))).toBe('<a/>'.repeat(100));
    expect(a?.crc).toBe(crc32(new TextEncoder().encode('<a/>'.repeat(100))));
    expect(a?.size).toBe(400);
  });

  it('writes a zip JSZip reads back, copied entries untouched and new ones added', async () => {
    const original = readZipEntries(await jszipFile({ 'keep.xml': 'kept', 'change.xml': 'old' }));
    const changed = await textEntry('change.xml', 'new ✓', nodeDeflate);
    const added = await textEntry('added/part.xml', '<x>&amp;</x>', deflateWithStreams);
    const bytes = writeZip([...original.map((e) => (e.name === 'change.xml' ? changed : e)), added]);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(['keep.xml', 'change.xml', 'added/part.xml']);
    expect(await zip.file('keep.xml')?.async('string')).toBe('kept');
    expect(await zip.file('change.xml')?.async('string')).toBe('new ✓');
    expect(await zip.file('added/part.xml')?.async('string')).toBe('<x>&amp;</x>');
    // The kept entry's bytes are the original's, not packed again.
    expect(readZipEntries(bytes)[0]?.data).toEqual(original[0]?.data);
  });

  it("computes the CRC-32 of the standard check value, and zlib's on any length", () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    let seed = 7;
    const bytes = Uint8Array.from({ length: 10_007 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    for (const length of [0, 1, 7, 8, 9, 100, 10_007]) expect(crc32(bytes.subarray(0, length))).toBe(zlibCrc32(bytes.subarray(0, length)));
  });

  it('reports what it cannot copy: not a zip, an encrypted entry', async () => {
    expect(() => readZipEntries(new TextEncoder().encode('not a zip at all, just some text'))).toThrow(PackageLayoutError);
    const bytes = await jszipFile({ 'a.xml': 'x' });
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const central = bytes.length - 22 - (46 + 'a.xml'.length);
    view.setUint16(central + 8, 1, true); // the "encrypted" flag
    expect(() => readZipEntries(bytes)).toThrow(/encrypted/);
  });
});

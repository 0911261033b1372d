import { crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { crc32 } from '../workbook/xlsx/zipArchive';
import { deflateInPieces, deflatePieces, nodeDeflate } from './nodeCodec';

/** Text-like bytes: words from a small vocabulary, so deflate finds repeats across pieces. */
function sampleBytes(length: number): Uint8Array {
  let seed = 5;
  const words = ['<row r="', '<c r="A', '" t="s"><v>', '</v></c>', 'Pegawai ', 'jabatan ', '12', '987', 'é—'];
  let text = '';
  while (text.length < length) text += words[(seed = (seed * 1103515245 + 12345) % 2147483648) % words.length];
  return new TextEncoder().encode(text).subarray(0, length);
}

describe('deflate in pieces', () => {
  it('cuts data into about equal pieces that cover it, one piece for little data', () => {
    expect(deflatePieces(0, 10)).toEqual([[0, 0]]);
    expect(deflatePieces(10, 10)).toEqual([[0, 10]]);
    expect(deflatePieces(25, 10)).toEqual([
      [0, 9],
      [9, 18],
      [18, 25],
    ]);
  });

  it('gives one raw deflate stream that inflates to the data, each piece costing a few bytes more than one call', async () => {
    for (const length of [0, 1, 999, 1000, 1001, 54_321]) {
      const data = sampleBytes(length);
      const pieces = await deflateInPieces(data, 1000);
      expect(Buffer.from(inflateRawSync(pieces)).equals(Buffer.from(data))).toBe(true);
      expect(pieces.length).toBeLessThanOrEqual(deflateRawSync(data).length + 64 * Math.ceil(length / 1000));
    }
  });

  it("takes the checksum as zip's CRC-32", () => {
    const data = sampleBytes(10_000);
    expect(nodeDeflate.crc32?.(data)).toBe(crc32(data));
    expect(nodeDeflate.crc32?.(data)).toBe(zlibCrc32(data));
  });
});

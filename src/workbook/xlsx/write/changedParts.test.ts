import { inflateRawSync } from 'node:zlib';
import { deflateWithStreams } from '../zipArchive';
import { ChangedParts } from './changedParts';

describe('ChangedParts', () => {
  it('keeps the order paths were first given, a reserved place included, text and bytes alike', async () => {
    const parts = new ChangedParts(deflateWithStreams);
    parts.set('a.xml', '<a>ü</a>');
    parts.reserve('b.xml');
    parts.set('c.xml', new TextEncoder().encode('<c/>'));
    expect(parts.has('b.xml')).toBe(true);
    parts.set('b.xml', '<b/>');
    const entries = await parts.entries();
    expect(entries.map((e) => e.name)).toEqual(['a.xml', 'b.xml', 'c.xml']);
    expect(entries.map((e) => new TextDecoder().decode(inflateRawSync(e.data)))).toEqual(['<a>ü</a>', '<b/>', '<c/>']);
  });

  it('refuses to finish with a place reserved but never given', async () => {
    const parts = new ChangedParts(deflateWithStreams);
    parts.reserve('b.xml');
    await expect(parts.entries()).rejects.toThrow('b.xml');
  });
});

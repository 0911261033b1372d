import { Cyrb53, cyrb53 } from './hash';

describe('Cyrb53 (fed piece by piece)', () => {
  it('gives the hash of the joined text, whatever the pieces', () => {
    const pieces = ['\u0001Pegawai', '\u0002', '1980', '\u0003', '', 'Dinas Kesehatan', '\u0002', 'é ✓'];
    const hash = new Cyrb53();
    for (const piece of pieces) hash.update(piece);
    expect(hash.digest()).toBe(cyrb53(pieces.join('')));
    expect(hash.digest()).not.toBe(cyrb53(pieces.slice(1).join('')));
  });

  it('honours the seed and hashes nothing as the empty text', () => {
    const seeded = new Cyrb53(7);
    seeded.update('abc');
    expect(seeded.digest()).toBe(cyrb53('abc', 7));
    expect(new Cyrb53().digest()).toBe(cyrb53(''));
  });
});

import { editDistance, normalisedDistance, suggester } from './closestName';

describe('closestName', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kesehtan', 'kesehatan')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('sosial', 'sosial')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('compares names ignoring case, spaces and punctuation', () => {
    expect(normalisedDistance('DINAS  KESEHATAN', 'Dinas Kesehatan.')).toBe(0);
  });

  it('suggests the closest known name only when it is close', () => {
    const suggest = suggester(['Dinas Kesehatan', 'Dinas Sosial', 'Kecamatan Padang Hulu']);
    expect(suggest('Dinas Kesehtan')).toBe('Dinas Kesehatan');
    expect(suggest('Kec. Padang Hulu')).toBe('Kecamatan Padang Hulu');
    expect(suggest('Dinas Pariwisata')).toBeNull();
    expect(suggest('')).toBeNull();
    expect(suggester([])('Dinas Sosial')).toBeNull();
  });
});

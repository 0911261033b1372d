import { vocabularyParser } from './enumeration';

describe('vocabularyParser', () => {
  const parseSize = vocabularyParser<'S' | 'L'>({
    code: 'POTENSI_UNKNOWN',
    terms: [
      ['S', ['Kecil', 'Small']],
      ['L', ['Besar', 'Large Size']],
    ],
    none: ['Tidak Ada'],
  });

  it('matches spellings ignoring case, spaces and punctuation', () => {
    expect(parseSize('kecil')).toEqual({ ok: true, value: 'S' });
    expect(parseSize(' LARGE-size ')).toEqual({ ok: true, value: 'L' });
  });

  it('reads "none" spellings and blanks as null', () => {
    expect(parseSize('tidak ada')).toEqual({ ok: true, value: null });
    expect(parseSize(null)).toEqual({ ok: true, value: null });
    expect(parseSize('-')).toEqual({ ok: true, value: null });
  });

  it('fails with the vocabulary code and the text as written', () => {
    expect(parseSize('Sedang')).toEqual({ ok: false, code: 'POTENSI_UNKNOWN', params: { value: 'Sedang' } });
    expect(parseSize(3)).toEqual({ ok: false, code: 'POTENSI_UNKNOWN', params: { value: '3' } });
    expect(parseSize(false)).toMatchObject({ ok: false, code: 'POTENSI_UNKNOWN' });
  });

  it('throws when a spelling has two meanings (a programmer error)', () => {
    expect(() =>
      vocabularyParser({
        code: 'POTENSI_UNKNOWN',
        terms: [
          ['A', ['x']],
          ['B', ['X']],
        ],
      }),
    ).toThrow(/two meanings/);
  });
});

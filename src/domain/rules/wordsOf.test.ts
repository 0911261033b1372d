import { wordsOf } from './wordsOf';

/** The general path alone, to compare the plain-ASCII shortcut against. */
const slowWordsOf = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('wordsOf', () => {
  it('reads punctuation, accents and spacing as single spaces between lowercase words', () => {
    expect(wordsOf('Dinas Kesehatan (Dinkes)')).toBe('dinas kesehatan dinkes');
    expect(wordsOf('  Café   Ekonomi ')).toBe('cafe ekonomi');
    expect(wordsOf('S1 Teknik Sipil')).toBe('s1 teknik sipil');
    expect(wordsOf('')).toBe('');
  });

  it('gives what the general path gives on random texts, plain or not', () => {
    const alphabet = ['a', 'Z', 'q', '0', '7', ' ', ' ', '  ', '-', '/', 'é', 'Ö', '\t', ',', 'İ', 'ß'];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 3000; i++) {
      const plainOnly = i % 2 === 0;
      const pool = plainOnly ? alphabet.slice(0, 6) : alphabet;
      let text = '';
      const length = Math.floor(next() * 12);
      for (let k = 0; k < length; k++) text += pool[Math.floor(next() * pool.length)];
      expect(wordsOf(text)).toBe(slowWordsOf(text));
    }
  });
});

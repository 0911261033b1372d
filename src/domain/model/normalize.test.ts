import { collapseSpaces, normalizeKey } from './normalize';

describe('normalizeKey', () => {
  it('lower-cases and drops spaces and punctuation', () => {
    expect(normalizeKey('Tgl. Lahir')).toBe('tgllahir');
    expect(normalizeKey('  NIP Baru ')).toBe('nipbaru');
    expect(normalizeKey('Pangkat/Golongan')).toBe('pangkatgolongan');
    expect(normalizeKey('Pilihan_1')).toBe('pilihan1');
    expect(normalizeKey('Beban Kerja (jam/tahun)')).toBe('bebankerjajamtahun');
  });

  it('strips accents', () => {
    expect(normalizeKey('Café Crème')).toBe('cafecreme');
    expect(normalizeKey('Jum\u2019at')).toBe('jumat');
  });

  it('keeps letters of other scripts and digits', () => {
    expect(normalizeKey('Σ 12')).toBe('σ12');
  });

  it('gives an empty key for punctuation only', () => {
    expect(normalizeKey(' - / . ')).toBe('');
  });
});

describe('collapseSpaces', () => {
  it('trims and collapses every kind of whitespace into one space', () => {
    expect(collapseSpaces('  Dinas\u00A0 Kesehatan\n')).toBe('Dinas Kesehatan');
    expect(collapseSpaces('a\t\tb\r\nc\u200Bd')).toBe('a b c d');
    expect(collapseSpaces('   ')).toBe('');
  });
});

describe('the fast paths of normalizeKey and collapseSpaces', () => {
  it('give what the patterns give, for tidy, untidy and non-ASCII text, on every call', () => {
    const byPattern = (s: string) =>
      s
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '');
    const texts = ['Dinas Kesehatan', 'DINAS  KESEHATAN.', 'SETDA-ASS-01', 'Jum\u2019at', 'İstanbul', 'x\u200By', ' a ', ''];
    for (let pass = 0; pass < 2; pass += 1) {
      for (const s of texts) {
        expect(normalizeKey(s)).toBe(byPattern(s));
        expect(collapseSpaces(s)).toBe(s.replace(/[\s\u200B-\u200D\u2060]+/g, ' ').trim());
      }
    }
    expect(texts).toHaveLength(8);
  });
});

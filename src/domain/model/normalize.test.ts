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

import { GOLONGAN, PANGKAT } from '../../model/types';
import { golonganGroup, golonganIndex, parseGolongan } from './golongan';

const okValue = (value: string) => ({ ok: true, value });

describe('parseGolongan reads the documented examples (docs/sheets.md#pegawai)', () => {
  it('reads the code in every written form', () => {
    for (const text of ['III/a', 'III-a', 'III a', 'IIIa', '3a', '3/A', '3-a', 'Penata Muda (III/a)', 'Penata Muda, III/a']) {
      expect({ text, r: parseGolongan(text) }).toEqual({ text, r: okValue('III/a') });
    }
  });

  it('reads each of the 17 rank names alone', () => {
    for (const g of GOLONGAN) {
      expect({ name: PANGKAT[g], r: parseGolongan(PANGKAT[g]) }).toEqual({ name: PANGKAT[g], r: okValue(g) });
    }
  });
});

describe('parseGolongan reads other spellings', () => {
  it('matches the longest rank name first', () => {
    expect(parseGolongan('Penata Muda Tingkat I')).toEqual(okValue('III/b'));
    expect(parseGolongan('Penata Muda')).toEqual(okValue('III/a'));
    expect(parseGolongan('Penata')).toEqual(okValue('III/c'));
    expect(parseGolongan('Pembina Utama Muda')).toEqual(okValue('IV/c'));
    expect(parseGolongan('Pembina Utama Madya')).toEqual(okValue('IV/d'));
    expect(parseGolongan('Pembina Utama')).toEqual(okValue('IV/e'));
  });

  it('reads the abbreviations Tk. I, Tk.I, Tkt. I and Tingkat 1', () => {
    for (const text of [
      'Penata Muda Tk. I',
      'Penata Muda Tk.I',
      'PENATA MUDA TK I',
      'Penata Muda Tkt. I',
      'Penata Muda Tingkat 1',
      'penata muda tingkat i',
    ]) {
      expect({ text, r: parseGolongan(text) }).toEqual({ text, r: okValue('III/b') });
    }
  });

  it('reads a name and code that agree', () => {
    expect(parseGolongan('Penata Muda Tk. I (III/b)')).toEqual(okValue('III/b'));
    expect(parseGolongan('Pembina Tk. I/IV.b')).toEqual(okValue('IV/b'));
    expect(parseGolongan('IV/e - Pembina Utama')).toEqual(okValue('IV/e'));
    expect(parseGolongan('Gol. II/c')).toEqual(okValue('II/c'));
  });

  it('reads other separators and cases', () => {
    expect(parseGolongan('iv.b')).toEqual(okValue('IV/b'));
    expect(parseGolongan('II / D')).toEqual(okValue('II/d'));
    expect(parseGolongan('1a')).toEqual(okValue('I/a'));
    expect(parseGolongan('4E')).toEqual(okValue('IV/e'));
  });

  it('reads a blank cell as null', () => {
    expect(parseGolongan('')).toEqual({ ok: true, value: null });
    expect(parseGolongan('-')).toEqual({ ok: true, value: null });
  });
});

describe('parseGolongan refuses what is no golongan', () => {
  it('reports golongan that do not exist', () => {
    expect(parseGolongan('I/e')).toEqual({ ok: false, code: 'GOLONGAN_UNKNOWN', params: { value: 'I/e' } });
    for (const raw of ['III/f', 'V/a', '5a', 'III', 'IX', 'Kepala Seksi', 'abc', 3, true]) {
      expect({ raw, r: parseGolongan(raw) }).toMatchObject({ raw, r: { ok: false, code: 'GOLONGAN_UNKNOWN' } });
    }
  });

  it('reports a rank name that contradicts the code', () => {
    expect(parseGolongan('Penata Muda (III/b)')).toEqual({
      ok: false,
      code: 'GOLONGAN_MISMATCH',
      params: { first: 'III/b', second: 'III/a' },
    });
    expect(parseGolongan('III/a atau III/b')).toMatchObject({ ok: false, code: 'GOLONGAN_MISMATCH' });
  });

  it('does not read a rank name out of a longer title', () => {
    expect(parseGolongan('Penata Laksana Barang')).toMatchObject({ ok: false, code: 'GOLONGAN_UNKNOWN' });
    expect(parseGolongan('Pengatur Lalu Lintas')).toMatchObject({ ok: false, code: 'GOLONGAN_UNKNOWN' });
    expect(parseGolongan('Pangkat: Penata')).toEqual(okValue('III/c'));
    expect(parseGolongan('Gol. Pembina Tk. I')).toEqual(okValue('IV/b'));
  });

  it('does not read a code out of the middle of a word', () => {
    expect(parseGolongan('Kia')).toMatchObject({ ok: false, code: 'GOLONGAN_UNKNOWN' });
    expect(parseGolongan('III/ab')).toMatchObject({ ok: false, code: 'GOLONGAN_UNKNOWN' });
  });
});

describe('golonganIndex and golonganGroup', () => {
  it('orders the ranks from I/a = 0 to IV/e = 16', () => {
    expect(golonganIndex('I/a')).toBe(0);
    expect(golonganIndex('III/a')).toBe(8);
    expect(golonganIndex('IV/e')).toBe(16);
  });

  it('gives the group before the slash', () => {
    expect(golonganGroup('I/d')).toBe('I');
    expect(golonganGroup('II/a')).toBe('II');
    expect(golonganGroup('III/d')).toBe('III');
    expect(golonganGroup('IV/e')).toBe('IV');
  });
});

import { parseList } from './list';

describe('parseList', () => {
  it('splits on semicolons and line breaks, or on commas when the cell has neither', () => {
    expect(parseList('Arsip; Keuangan\nHukum')).toEqual({ ok: true, value: ['Arsip', 'Keuangan', 'Hukum'] });
    expect(parseList('Arsip, Keuangan, Hukum')).toEqual({ ok: true, value: ['Arsip', 'Keuangan', 'Hukum'] });
    expect(parseList('A\r\nB')).toEqual({ ok: true, value: ['A', 'B'] });
  });

  it('keeps commas inside items when the cell separates items with semicolons (unit names have commas)', () => {
    expect(parseList('Dinas Pemberdayaan Perempuan, Perlindungan Anak; Bappeda')).toEqual({
      ok: true,
      value: ['Dinas Pemberdayaan Perempuan, Perlindungan Anak', 'Bappeda'],
    });
  });

  it('trims items, collapses their spaces and drops empty ones', () => {
    expect(parseList(' Arsip ;; ,  Pengelolaan   Keuangan ;')).toEqual({ ok: true, value: ['Arsip', 'Pengelolaan Keuangan'] });
    expect(parseList(' Arsip ,, ,  Pengelolaan   Keuangan ,')).toEqual({ ok: true, value: ['Arsip', 'Pengelolaan Keuangan'] });
  });

  it('drops repeats case-insensitively, keeping the first spelling', () => {
    expect(parseList('Dinas Sosial; dinas sosial; DINAS  SOSIAL; Bappeda')).toEqual({ ok: true, value: ['Dinas Sosial', 'Bappeda'] });
  });

  it('removes list bullets and numbers typed on separate lines', () => {
    expect(parseList('- Arsip\n\u2022 Keuangan\n1. Hukum\n2) Pelayanan')).toEqual({
      ok: true,
      value: ['Arsip', 'Keuangan', 'Hukum', 'Pelayanan'],
    });
  });

  it('reads a single item', () => {
    expect(parseList('Kominfo')).toEqual({ ok: true, value: ['Kominfo'] });
    expect(parseList(42)).toEqual({ ok: true, value: ['42'] });
  });

  it('reads a blank cell, or one of separators only, as null', () => {
    expect(parseList(null)).toEqual({ ok: true, value: null });
    expect(parseList('  ')).toEqual({ ok: true, value: null });
    expect(parseList(';,;')).toEqual({ ok: true, value: null });
    expect(parseList('-')).toEqual({ ok: true, value: null });
  });

  it('reads a text met again as it did the first time, whatever came between', () => {
    const texts = ['Arsip; arsip; Hukum', ' - Arsip\n- Hukum', 'Arsip, Hukum', 'ARSIP;Keuangan', '1. Hukum\n2) Arsip'];
    const first = texts.map((text) => parseList(text));
    for (let round = 0; round < 3; round += 1) {
      texts.forEach((text, i) => expect(parseList(text)).toEqual(first[i]));
      for (let k = 0; k < 5000; k += 1) parseList(`Unit ${round}-${k}; Arsip`);
    }
  });

  it('reports a formula error', () => {
    expect(parseList('#REF!')).toMatchObject({ ok: false, code: 'CELL_FORMULA_ERROR' });
  });
});

import { parseText } from './text';

describe('parseText', () => {
  it('trims and collapses whitespace', () => {
    expect(parseText('  Dinas   Kesehatan ')).toEqual({ ok: true, value: 'Dinas Kesehatan' });
    expect(parseText('Kepala\nSeksi\u00A0Umum')).toEqual({ ok: true, value: 'Kepala Seksi Umum' });
  });

  it('writes numbers in full, without an exponent', () => {
    expect(parseText(Number('198005122005011003'))).toEqual({ ok: true, value: '198005122005011000' });
    expect(parseText(12.5)).toEqual({ ok: true, value: '12.5' });
    expect(parseText(0.0000001)).toEqual({ ok: true, value: '0.0000001' });
  });

  it('writes truth values and dates', () => {
    expect(parseText(true)).toEqual({ ok: true, value: 'TRUE' });
    expect(parseText(new Date(Date.UTC(2020, 0, 12)))).toEqual({ ok: true, value: '2020-01-12' });
  });

  it('reads a blank cell as null', () => {
    expect(parseText(null)).toEqual({ ok: true, value: null });
    expect(parseText(' \u200B ')).toEqual({ ok: true, value: null });
    expect(parseText('-')).toEqual({ ok: true, value: null });
    expect(parseText(new Date(Number.NaN))).toEqual({ ok: true, value: null });
  });

  it('reports a formula error instead of passing it on as text', () => {
    expect(parseText('#NAME?')).toEqual({ ok: false, code: 'CELL_FORMULA_ERROR', params: { error: '#NAME?' } });
  });
});

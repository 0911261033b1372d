import { parseYesNo } from './yesNo';

describe('parseYesNo', () => {
  it('reads the documented spellings (docs/sheets.md#pegawai)', () => {
    for (const yes of ['Ya', 'Y', 'Yes', '1', 'TRUE']) expect({ yes, r: parseYesNo(yes) }).toEqual({ yes, r: { ok: true, value: true } });
    for (const no of ['Tidak', 'T', 'No', '0', 'FALSE']) expect({ no, r: parseYesNo(no) }).toEqual({ no, r: { ok: true, value: false } });
  });

  it('ignores case and spacing', () => {
    expect(parseYesNo(' ya ')).toEqual({ ok: true, value: true });
    expect(parseYesNo('TIDAK')).toEqual({ ok: true, value: false });
    expect(parseYesNo('tidak  bersedia')).toEqual({ ok: true, value: false });
    expect(parseYesNo('Bersedia')).toEqual({ ok: true, value: true });
    expect(parseYesNo('n')).toEqual({ ok: true, value: false });
  });

  it('reads Excel truth values, 1 and 0, and check marks', () => {
    expect(parseYesNo(true)).toEqual({ ok: true, value: true });
    expect(parseYesNo(false)).toEqual({ ok: true, value: false });
    expect(parseYesNo(1)).toEqual({ ok: true, value: true });
    expect(parseYesNo(0)).toEqual({ ok: true, value: false });
    expect(parseYesNo('\u2713')).toEqual({ ok: true, value: true });
    expect(parseYesNo('\u2717')).toEqual({ ok: true, value: false });
  });

  it('reads a blank cell as null, so the default applies', () => {
    expect(parseYesNo(null)).toEqual({ ok: true, value: null });
    expect(parseYesNo('')).toEqual({ ok: true, value: null });
  });

  it('reports anything else', () => {
    expect(parseYesNo('Mungkin')).toEqual({ ok: false, code: 'YESNO_UNKNOWN', params: { value: 'Mungkin' } });
    expect(parseYesNo(2)).toEqual({ ok: false, code: 'YESNO_UNKNOWN', params: { value: '2' } });
    expect(parseYesNo(new Date(0))).toMatchObject({ ok: false, code: 'YESNO_UNKNOWN' });
    expect(parseYesNo('#N/A')).toMatchObject({ ok: false, code: 'CELL_FORMULA_ERROR' });
  });
});

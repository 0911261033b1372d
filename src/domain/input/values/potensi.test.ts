import { parsePotensi } from './potensi';

describe('parsePotensi', () => {
  it('reads Tinggi, Menengah and Rendah, with Sedang as Menengah', () => {
    expect(parsePotensi('Tinggi')).toEqual({ ok: true, value: 'Tinggi' });
    expect(parsePotensi('menengah')).toEqual({ ok: true, value: 'Menengah' });
    expect(parsePotensi('SEDANG')).toEqual({ ok: true, value: 'Menengah' });
    expect(parsePotensi('Rendah')).toEqual({ ok: true, value: 'Rendah' });
  });

  it('reads High, Medium and Low', () => {
    expect(parsePotensi('High')).toEqual({ ok: true, value: 'Tinggi' });
    expect(parsePotensi('Medium')).toEqual({ ok: true, value: 'Menengah' });
    expect(parsePotensi('low')).toEqual({ ok: true, value: 'Rendah' });
  });

  it('reads a blank cell as null and reports anything else', () => {
    expect(parsePotensi(null)).toEqual({ ok: true, value: null });
    expect(parsePotensi('Bagus')).toEqual({ ok: false, code: 'POTENSI_UNKNOWN', params: { value: 'Bagus' } });
  });
});

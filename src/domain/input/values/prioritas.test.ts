import { parsePrioritas } from './prioritas';

describe('parsePrioritas', () => {
  it('reads Segera, Tinggi and Normal in both languages', () => {
    expect(parsePrioritas('Segera')).toEqual({ ok: true, value: 'Segera' });
    expect(parsePrioritas('URGENT')).toEqual({ ok: true, value: 'Segera' });
    expect(parsePrioritas('Mendesak')).toEqual({ ok: true, value: 'Segera' });
    expect(parsePrioritas('tinggi')).toEqual({ ok: true, value: 'Tinggi' });
    expect(parsePrioritas('High')).toEqual({ ok: true, value: 'Tinggi' });
    expect(parsePrioritas('Normal')).toEqual({ ok: true, value: 'Normal' });
    expect(parsePrioritas('Biasa')).toEqual({ ok: true, value: 'Normal' });
  });

  it('reads a blank cell as null and reports anything else', () => {
    expect(parsePrioritas(null)).toEqual({ ok: true, value: null });
    expect(parsePrioritas('Nanti')).toEqual({ ok: false, code: 'PRIORITAS_UNKNOWN', params: { value: 'Nanti' } });
  });
});

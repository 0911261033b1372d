import { parseHukdis } from './hukdis';

describe('parseHukdis', () => {
  it('reads Ringan, Sedang and Berat, also with Hukuman Disiplin in front', () => {
    expect(parseHukdis('Ringan')).toEqual({ ok: true, value: 'Ringan' });
    expect(parseHukdis('sedang')).toEqual({ ok: true, value: 'Sedang' });
    expect(parseHukdis('BERAT')).toEqual({ ok: true, value: 'Berat' });
    expect(parseHukdis('Hukuman Disiplin Sedang')).toEqual({ ok: true, value: 'Sedang' });
    expect(parseHukdis('Hukdis Berat')).toEqual({ ok: true, value: 'Berat' });
  });

  it('reads the English levels', () => {
    expect(parseHukdis('Light')).toEqual({ ok: true, value: 'Ringan' });
    expect(parseHukdis('Moderate')).toEqual({ ok: true, value: 'Sedang' });
    expect(parseHukdis('Severe')).toEqual({ ok: true, value: 'Berat' });
  });

  it("reads '-', 'Tidak Ada' and other words for none as blank", () => {
    for (const none of ['-', 'Tidak Ada', 'tidak ada', 'Nihil', 'None', 'Tidak', '', null]) {
      expect({ none, r: parseHukdis(none) }).toEqual({ none, r: { ok: true, value: null } });
    }
  });

  it('reports anything else', () => {
    expect(parseHukdis('Teguran')).toEqual({ ok: false, code: 'HUKDIS_UNKNOWN', params: { value: 'Teguran' } });
    expect(parseHukdis(1)).toMatchObject({ ok: false, code: 'HUKDIS_UNKNOWN' });
  });
});

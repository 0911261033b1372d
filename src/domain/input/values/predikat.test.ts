import { parsePredikat } from './predikat';

describe('parsePredikat', () => {
  it('reads the five ratings in any case and spacing', () => {
    expect(parsePredikat('Sangat Baik')).toEqual({ ok: true, value: 'Sangat Baik' });
    expect(parsePredikat('sangat  baik')).toEqual({ ok: true, value: 'Sangat Baik' });
    expect(parsePredikat('BAIK')).toEqual({ ok: true, value: 'Baik' });
    expect(parsePredikat('Butuh Perbaikan')).toEqual({ ok: true, value: 'Butuh Perbaikan' });
    expect(parsePredikat('Perlu Perbaikan')).toEqual({ ok: true, value: 'Butuh Perbaikan' });
    expect(parsePredikat('kurang')).toEqual({ ok: true, value: 'Kurang' });
    expect(parsePredikat('SangatKurang')).toEqual({ ok: true, value: 'Sangat Kurang' });
  });

  it('reads the English ratings and the initials', () => {
    expect(parsePredikat('Outstanding')).toEqual({ ok: true, value: 'Sangat Baik' });
    expect(parsePredikat('Good')).toEqual({ ok: true, value: 'Baik' });
    expect(parsePredikat('Needs Improvement')).toEqual({ ok: true, value: 'Butuh Perbaikan' });
    expect(parsePredikat('Poor')).toEqual({ ok: true, value: 'Kurang' });
    expect(parsePredikat('Very Poor')).toEqual({ ok: true, value: 'Sangat Kurang' });
    expect(parsePredikat('SB')).toEqual({ ok: true, value: 'Sangat Baik' });
    expect(parsePredikat('BP')).toEqual({ ok: true, value: 'Butuh Perbaikan' });
  });

  it('reads a blank cell as null', () => {
    expect(parsePredikat('')).toEqual({ ok: true, value: null });
  });

  it('reports anything else', () => {
    expect(parsePredikat('Cukup')).toEqual({ ok: false, code: 'PREDIKAT_UNKNOWN', params: { value: 'Cukup' } });
    expect(parsePredikat(90)).toMatchObject({ ok: false, code: 'PREDIKAT_UNKNOWN' });
  });
});

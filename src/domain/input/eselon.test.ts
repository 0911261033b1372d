import { parseEselon } from './eselon';

describe('parseEselon', () => {
  it.each([
    ['II.a', 'II.a'],
    ['IIa', 'II.a'],
    ['III/b', 'III.b'],
    ['eselon 4a', 'IV.a'],
    ['IV - B', 'IV.b'],
    ['v.a', 'V.a'],
  ])('reads %s as %s', (raw, value) => expect(parseEselon(raw)).toEqual({ ok: true, value }));

  it('reads Non Eselon, a dash and an empty cell as blank', () => {
    for (const raw of ['Non Eselon', 'non-eselon', '-', '', null]) expect(parseEselon(raw)).toEqual({ ok: true, value: null });
  });

  it('refuses what is no eselon', () => {
    expect(parseEselon('VI.c')).toEqual({ ok: false, code: 'ESELON_UNKNOWN', params: { value: 'VI.c' } });
    expect(parseEselon(3)).toMatchObject({ ok: false, code: 'ESELON_UNKNOWN' });
    expect(parseEselon('#N/A')).toMatchObject({ ok: false, code: 'CELL_FORMULA_ERROR' });
  });
});

import { parseJenisKelamin } from './jenisKelamin';

describe('parseJenisKelamin', () => {
  it.each([
    ['L', 'L'],
    ['Laki-laki', 'L'],
    ['PRIA', 'L'],
    ['male', 'L'],
    [1, 'L'],
    ['P', 'P'],
    ['Perempuan', 'P'],
    ['Wanita', 'P'],
    ['F', 'P'],
    [2, 'P'],
  ])('reads %s as %s', (raw, value) => expect(parseJenisKelamin(raw)).toEqual({ ok: true, value }));

  it('reads a blank cell as blank and refuses anything else', () => {
    expect(parseJenisKelamin('  ')).toEqual({ ok: true, value: null });
    expect(parseJenisKelamin('X')).toEqual({ ok: false, code: 'GENDER_UNKNOWN', params: { value: 'X' } });
    expect(parseJenisKelamin(true)).toMatchObject({ ok: false, code: 'GENDER_UNKNOWN' });
  });
});

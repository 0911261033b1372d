import { dayFromYmd } from '../../model/dates';
import { parseNip } from './nip';

describe('parseNip reads valid numbers', () => {
  it('reads a PNS NIP: birth date, gender, appointment', () => {
    expect(parseNip('198005122005011003')).toEqual({
      ok: true,
      value: {
        nip: '198005122005011003',
        birthDate: dayFromYmd(1980, 5, 12),
        gender: 'L',
        kind: 'PNS',
        appointed: { year: 2005, month: 1 },
      },
    });
  });

  it('reads gender digit 2 as female', () => {
    const r = parseNip('199103252019032012');
    expect(r.ok && r.value?.gender).toBe('P');
    expect(r.ok && r.value?.appointed).toEqual({ year: 2019, month: 3 });
  });

  it('removes spaces, dots and hyphens between digit groups', () => {
    for (const raw of [
      '19800512 200501 1 003',
      '19800512.200501.1.003',
      '19800512-200501-1-003',
      ' 198005122005011003 ',
      "'198005122005011003",
    ]) {
      const r = parseNip(raw);
      expect({ raw, nip: r.ok ? r.value?.nip : r.code }).toEqual({ raw, nip: '198005122005011003' });
    }
  });

  it('recognises a PPPK number by month digits above 12', () => {
    for (const code of ['21', '22', '23', '24']) {
      const r = parseNip(`19870512 2021${code} 2 001`);
      expect(r).toMatchObject({ ok: true, value: { kind: 'PPPK', gender: 'P', appointed: { year: 2021, month: null } } });
    }
  });

  it('accepts a birth on 29 February of a leap year', () => {
    expect(parseNip('198402292010011001')).toMatchObject({ ok: true, value: { birthDate: dayFromYmd(1984, 2, 29) } });
  });

  it('reads a blank cell as null', () => {
    expect(parseNip(null)).toEqual({ ok: true, value: null });
    expect(parseNip('  ')).toEqual({ ok: true, value: null });
    expect(parseNip(undefined)).toEqual({ ok: true, value: null });
  });
});

describe('parseNip refuses broken numbers', () => {
  it('reports a NIP held as a number and never repairs it', () => {
    // What a cell holds after someone typed the NIP into a number-formatted cell.
    expect(parseNip(Number('198005122005011003'))).toEqual({ ok: false, code: 'NIP_AS_NUMBER', params: { value: '198005122005011000' } });
    expect(parseNip(12345)).toMatchObject({ ok: false, code: 'NIP_AS_NUMBER' });
  });

  it('reports the exponent text of a NIP that went through a number', () => {
    expect(parseNip('1.98005E+17')).toMatchObject({ ok: false, code: 'NIP_AS_NUMBER' });
    expect(parseNip('1,98005E+17')).toMatchObject({ ok: false, code: 'NIP_AS_NUMBER' });
  });

  it('reports characters other than digits', () => {
    expect(parseNip('1980051220050110AB')).toMatchObject({ ok: false, code: 'NIP_NOT_DIGITS' });
    expect(parseNip('NIP 198005122005011003')).toMatchObject({ ok: false, code: 'NIP_NOT_DIGITS' });
    expect(parseNip(true)).toMatchObject({ ok: false, code: 'NIP_NOT_DIGITS' });
    expect(parseNip(new Date(Date.UTC(2020, 0, 1)))).toMatchObject({ ok: false, code: 'NIP_NOT_DIGITS' });
  });

  it('reports a wrong number of digits', () => {
    expect(parseNip('19800512200501100')).toEqual({ ok: false, code: 'NIP_LENGTH', params: { length: 17, expected: 18 } });
    expect(parseNip('1980051220050110033')).toMatchObject({ ok: false, code: 'NIP_LENGTH', params: { length: 19 } });
  });

  it('reports an impossible birth date in digits 1-8', () => {
    expect(parseNip('198002302005011003')).toEqual({ ok: false, code: 'NIP_BIRTH_DATE', params: { digits: '19800230' } });
    expect(parseNip('198013012005011003')).toMatchObject({ ok: false, code: 'NIP_BIRTH_DATE' });
    expect(parseNip('198302292005011003')).toMatchObject({ ok: false, code: 'NIP_BIRTH_DATE' });
    expect(parseNip('180005122005011003')).toMatchObject({ ok: false, code: 'NIP_BIRTH_DATE' });
  });

  it('reports CPNS month 00', () => {
    expect(parseNip('198005122005001003')).toEqual({ ok: false, code: 'NIP_CPNS_MONTH', params: { digits: '200500', month: '00' } });
  });

  it('reports an appointment year before the holder could have been appointed', () => {
    expect(parseNip('198005121990011003')).toMatchObject({ ok: false, code: 'NIP_CPNS_YEAR', params: { year: 1990, birthYear: 1980 } });
    expect(parseNip('198005121975011003')).toMatchObject({ ok: false, code: 'NIP_CPNS_YEAR' });
  });

  it('reports a gender digit other than 1 or 2', () => {
    expect(parseNip('198005122005013003')).toEqual({ ok: false, code: 'NIP_GENDER_DIGIT', params: { digit: '3' } });
    expect(parseNip('198005122005010003')).toMatchObject({ ok: false, code: 'NIP_GENDER_DIGIT', params: { digit: '0' } });
  });

  it('reports a formula error in the cell', () => {
    expect(parseNip('#N/A')).toMatchObject({ ok: false, code: 'CELL_FORMULA_ERROR' });
  });
});

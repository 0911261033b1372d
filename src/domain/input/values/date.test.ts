import { dayFromYmd } from '../../model/dates';
import { parseDate } from './date';

const day = (y: number, m: number, d: number): number => dayFromYmd(y, m, d) ?? Number.NaN;
const opts1900 = { date1904: false };
const opts1904 = { date1904: true };
const read = (raw: Parameters<typeof parseDate>[0]) => parseDate(raw, opts1900);

describe('parseDate reads the documented examples (docs/sheets.md#pegawai)', () => {
  it('reads Indonesian month names, day first', () => {
    expect(read('12 Januari 2020')).toEqual({ ok: true, value: day(2020, 1, 12) });
    expect(read('5 Agt 2019')).toEqual({ ok: true, value: day(2019, 8, 5) });
    expect(read('1 Des 2018')).toEqual({ ok: true, value: day(2018, 12, 1) });
  });

  it('reads dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy and yyyy-mm-dd', () => {
    for (const text of ['12/01/2020', '12-01-2020', '12.01.2020', '2020-01-12', '12/1/2020', '12 / 01 / 2020']) {
      expect({ text, r: read(text) }).toEqual({ text, r: { ok: true, value: day(2020, 1, 12) } });
    }
  });
});

describe('parseDate reads Excel serial numbers', () => {
  it('reads the 1900 system, serial 1 = 1900-01-01', () => {
    expect(read(1)).toEqual({ ok: true, value: day(1900, 1, 1) });
    expect(read(59)).toEqual({ ok: true, value: day(1900, 2, 28) });
    expect(read(61)).toEqual({ ok: true, value: day(1900, 3, 1) });
    expect(read(43842)).toEqual({ ok: true, value: day(2020, 1, 12) });
  });

  it('refuses serial 60, the 29 February 1900 that Excel invented', () => {
    expect(read(60)).toEqual({ ok: false, code: 'DATE_IMPOSSIBLE', params: { day: 29, month: 2, year: 1900 } });
  });

  it('reads the 1904 system, serial 0 = 1904-01-01', () => {
    expect(parseDate(0, opts1904)).toEqual({ ok: true, value: day(1904, 1, 1) });
    expect(parseDate(42380, opts1904)).toEqual({ ok: true, value: day(2020, 1, 12) });
    expect(parseDate(60, opts1904)).toEqual({ ok: true, value: day(1904, 3, 1) });
  });

  it('drops a time of day in the serial', () => {
    expect(read(43842.75)).toEqual({ ok: true, value: day(2020, 1, 12) });
  });

  it('refuses serials outside 1900-2100', () => {
    expect(read(0)).toMatchObject({ ok: false, code: 'DATE_OUT_OF_RANGE', params: { min: 1900, max: 2100 } });
    expect(read(-3)).toMatchObject({ ok: false, code: 'DATE_OUT_OF_RANGE' });
    expect(read(80000)).toMatchObject({ ok: false, code: 'DATE_OUT_OF_RANGE', params: { value: '2119-01-11' } });
    expect(read(19800512)).toMatchObject({ ok: false, code: 'DATE_OUT_OF_RANGE' });
    expect(read(1e300)).toMatchObject({ ok: false, code: 'DATE_OUT_OF_RANGE' });
    expect(parseDate(-1, opts1904)).toMatchObject({ ok: false, code: 'DATE_OUT_OF_RANGE' });
  });

  it('refuses NaN and infinities', () => {
    expect(read(Number.NaN)).toMatchObject({ ok: false, code: 'DATE_UNREADABLE' });
    expect(read(Number.POSITIVE_INFINITY)).toMatchObject({ ok: false, code: 'DATE_UNREADABLE' });
  });
});

describe('parseDate reads Date objects', () => {
  it('uses the UTC date of a UTC midnight', () => {
    expect(read(new Date(Date.UTC(2020, 0, 12)))).toEqual({ ok: true, value: day(2020, 1, 12) });
  });

  it('rounds a local midnight shifted by the time zone to the intended day', () => {
    // Midnight of 12 January in Jakarta (UTC+7) is 17:00 UTC on the 11th.
    expect(read(new Date(Date.UTC(2020, 0, 11, 17)))).toEqual({ ok: true, value: day(2020, 1, 12) });
    // Midnight of 12 January in New York (UTC-5) is 05:00 UTC on the 12th.
    expect(read(new Date(Date.UTC(2020, 0, 12, 5)))).toEqual({ ok: true, value: day(2020, 1, 12) });
  });

  it('refuses an invalid Date and dates outside 1900-2100', () => {
    expect(read(new Date(Number.NaN))).toMatchObject({ ok: false, code: 'DATE_UNREADABLE' });
    expect(read(new Date(Date.UTC(1850, 0, 1)))).toMatchObject({ ok: false, code: 'DATE_OUT_OF_RANGE', params: { value: '1850-01-01' } });
  });
});

describe('parseDate reads text', () => {
  it('reads ISO dates with a time part', () => {
    for (const text of [
      '2020-01-12T08:30:00',
      '2020-01-12 00:00:00',
      '2020-01-12T00:00:00.000Z',
      '2020-01-12T23:00:00+07:00',
      '2020/01/12',
    ]) {
      expect({ text, r: read(text) }).toEqual({ text, r: { ok: true, value: day(2020, 1, 12) } });
    }
  });

  it('reads day-first dates with a time part', () => {
    expect(read('12/01/2020 13:45')).toEqual({ ok: true, value: day(2020, 1, 12) });
    expect(read('12-01-2020 08.00 WIB')).toEqual({ ok: true, value: day(2020, 1, 12) });
  });

  it('reads month names in many spellings', () => {
    const cases: [string, [number, number, number]][] = [
      ['12 JANUARI 2020', [2020, 1, 12]],
      ['5 Peb 2019', [2019, 2, 5]],
      ['5 Februari 2019', [2019, 2, 5]],
      ['31 Mar 2019', [2019, 3, 31]],
      ['1 Mei 2019', [2019, 5, 1]],
      ['17 Agustus 1945', [1945, 8, 17]],
      ['5 Ags 2019', [2019, 8, 5]],
      ['5 Agu 2019', [2019, 8, 5]],
      ['01 Sept 2019', [2019, 9, 1]],
      ['1 Nop 2019', [2019, 11, 1]],
      ['12-Jan-2020', [2020, 1, 12]],
      ['12 Jan. 2020', [2020, 1, 12]],
      ['Senin, 12 Januari 2020', [2020, 1, 12]],
      ["Jum'at, 10 Januari 2020", [2020, 1, 10]],
      ['12 January 2020', [2020, 1, 12]],
      ['January 12, 2020', [2020, 1, 12]],
      ['Dec 1 2018', [2018, 12, 1]],
      ['1st May 2019', [2019, 5, 1]],
    ];
    for (const [text, [y, m, d]] of cases) {
      expect({ text, r: read(text) }).toEqual({ text, r: { ok: true, value: day(y, m, d) } });
    }
  });

  it('reads a blank cell as null', () => {
    expect(read(null)).toEqual({ ok: true, value: null });
    expect(read('   ')).toEqual({ ok: true, value: null });
    expect(read('-')).toEqual({ ok: true, value: null });
  });
});

describe('parseDate refuses what it cannot read for certain', () => {
  it('reports impossible dates', () => {
    expect(read('31/02/2020')).toEqual({ ok: false, code: 'DATE_IMPOSSIBLE', params: { day: 31, month: 2, year: 2020 } });
    expect(read('29-02-2021')).toMatchObject({ ok: false, code: 'DATE_IMPOSSIBLE' });
    expect(read('2020-13-01')).toMatchObject({ ok: false, code: 'DATE_IMPOSSIBLE' });
    expect(read('31 April 2020')).toMatchObject({ ok: false, code: 'DATE_IMPOSSIBLE' });
    expect(read('00/01/2020')).toMatchObject({ ok: false, code: 'DATE_IMPOSSIBLE' });
  });

  it('points out a date written month first', () => {
    expect(read('03/25/2020')).toEqual({ ok: false, code: 'DATE_MONTH_FIRST', params: { day: 3, month: 25, year: 2020 } });
    expect(read('12/31/2020')).toMatchObject({ ok: false, code: 'DATE_MONTH_FIRST' });
  });

  it('refuses two-digit years rather than guessing the century', () => {
    expect(read('1/2/65')).toEqual({ ok: false, code: 'DATE_TWO_DIGIT_YEAR', params: { year: '65' } });
    expect(read('12-01-20')).toMatchObject({ ok: false, code: 'DATE_TWO_DIGIT_YEAR' });
    expect(read('12 Jan 20')).toMatchObject({ ok: false, code: 'DATE_TWO_DIGIT_YEAR' });
  });

  it('reports an unknown month name', () => {
    expect(read('12 Agts 2020')).toEqual({ ok: false, code: 'DATE_MONTH_NAME', params: { month: 'Agts' } });
    expect(read('12 Bulan 2020')).toMatchObject({ ok: false, code: 'DATE_MONTH_NAME' });
  });

  it('reports years outside 1900-2100', () => {
    expect(read('12/01/1850')).toMatchObject({ ok: false, code: 'DATE_OUT_OF_RANGE', params: { min: 1900, max: 2100 } });
    expect(read('2150-01-01')).toMatchObject({ ok: false, code: 'DATE_OUT_OF_RANGE' });
    expect(read('1 Januari 1899')).toMatchObject({ ok: false, code: 'DATE_OUT_OF_RANGE' });
  });

  it('reports unreadable text and values', () => {
    for (const raw of ['kemarin', 'Januari 2020', '12/01', '2020', '43842', '12/01/20201', '1.2.3.4', true]) {
      expect({ raw, r: read(raw) }).toMatchObject({ raw, r: { ok: false, code: 'DATE_UNREADABLE' } });
    }
  });

  it('reports a formula error', () => {
    expect(read('#VALUE!')).toMatchObject({ ok: false, code: 'CELL_FORMULA_ERROR' });
  });
});

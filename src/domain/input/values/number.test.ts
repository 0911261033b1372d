import { parseInteger, parseNumber } from './number';

const okNumber = (value: number) => ({ ok: true, value });

describe('parseNumber', () => {
  it('passes real numbers through', () => {
    expect(parseNumber(12.5)).toEqual(okNumber(12.5));
    expect(parseNumber(0)).toEqual(okNumber(0));
    expect(parseNumber(-4)).toEqual(okNumber(-4));
  });

  it('reads Indonesian decimal commas and thousands dots', () => {
    expect(parseNumber('1.250,5')).toEqual(okNumber(1250.5));
    expect(parseNumber('12,5')).toEqual(okNumber(12.5));
    expect(parseNumber('1.250')).toEqual(okNumber(1250));
    expect(parseNumber('1.250.000')).toEqual(okNumber(1250000));
    expect(parseNumber('1.250.000,75')).toEqual(okNumber(1250000.75));
    expect(parseNumber('0,5')).toEqual(okNumber(0.5));
    expect(parseNumber(',5')).toEqual(okNumber(0.5));
  });

  it('reads the English style', () => {
    expect(parseNumber('1,250.5')).toEqual(okNumber(1250.5));
    expect(parseNumber('1,250,000')).toEqual(okNumber(1250000));
    expect(parseNumber('4.5')).toEqual(okNumber(4.5));
    expect(parseNumber('0.125')).toEqual(okNumber(0.125));
    expect(parseNumber('12.50')).toEqual(okNumber(12.5));
  });

  it('keeps a percentage as the number written', () => {
    expect(parseNumber('4.5%')).toEqual(okNumber(4.5));
    expect(parseNumber('4,5 %')).toEqual(okNumber(4.5));
    expect(parseNumber('10%')).toEqual(okNumber(10));
  });

  it('reads signs, spaces and exponents', () => {
    expect(parseNumber('-3,5')).toEqual(okNumber(-3.5));
    expect(parseNumber('\u22123')).toEqual(okNumber(-3));
    expect(parseNumber('+7')).toEqual(okNumber(7));
    expect(parseNumber('1 250')).toEqual(okNumber(1250));
    expect(parseNumber('1\u00A0250\u00A0000,5')).toEqual(okNumber(1250000.5));
    expect(parseNumber("'12")).toEqual(okNumber(12));
    expect(parseNumber(' 12 ')).toEqual(okNumber(12));
    expect(parseNumber('1e3')).toEqual(okNumber(1000));
    expect(parseNumber('-0')).toEqual(okNumber(0));
  });

  it('reads a blank cell as null', () => {
    expect(parseNumber(null)).toEqual({ ok: true, value: null });
    expect(parseNumber('  ')).toEqual({ ok: true, value: null });
    expect(parseNumber('-')).toEqual({ ok: true, value: null });
  });

  it('reports text that is no consistent number', () => {
    for (const text of ['abc', '2 1', '1 2500', '1.2.3', '1,25,0', '1.250,000.5', '12a', '%', '--5', '1,2.3', 'Rp', '.', '1e']) {
      expect({ text, r: parseNumber(text) }).toEqual({ text, r: { ok: false, code: 'NUMBER_UNREADABLE', params: { value: text } } });
    }
  });

  it('reports values that are no numbers', () => {
    expect(parseNumber(true)).toMatchObject({ ok: false, code: 'NUMBER_UNREADABLE' });
    expect(parseNumber(new Date(0))).toMatchObject({ ok: false, code: 'NUMBER_UNREADABLE' });
    expect(parseNumber(Number.NaN)).toMatchObject({ ok: false, code: 'NUMBER_UNREADABLE' });
    expect(parseNumber(Number.NEGATIVE_INFINITY)).toMatchObject({ ok: false, code: 'NUMBER_UNREADABLE' });
    expect(parseNumber('#DIV/0!')).toMatchObject({ ok: false, code: 'CELL_FORMULA_ERROR' });
  });
});

describe('parseInteger', () => {
  it('reads whole numbers', () => {
    expect(parseInteger('12')).toEqual(okNumber(12));
    expect(parseInteger(3)).toEqual(okNumber(3));
    expect(parseInteger('1.000')).toEqual(okNumber(1000));
    expect(parseInteger('-0')).toEqual(okNumber(0));
  });

  it('rounds formula noise next to a whole number', () => {
    expect(parseInteger(3.0000000001)).toEqual(okNumber(3));
    expect(parseInteger(2.9999999999)).toEqual(okNumber(3));
  });

  it('reports a fraction', () => {
    expect(parseInteger('2,5')).toEqual({ ok: false, code: 'NUMBER_NOT_INTEGER', params: { value: 2.5 } });
    expect(parseInteger(0.1)).toMatchObject({ ok: false, code: 'NUMBER_NOT_INTEGER' });
  });

  it('passes blanks and unreadable text through', () => {
    expect(parseInteger(null)).toEqual({ ok: true, value: null });
    expect(parseInteger('dua')).toMatchObject({ ok: false, code: 'NUMBER_UNREADABLE' });
  });
});

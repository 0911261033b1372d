import { cellText, isBlankRow } from './cellText';
import { columnLetter } from './columnLetter';

describe('cellText', () => {
  it('writes cells as the user would recognise them', () => {
    expect(cellText('  Dinas Sosial ')).toBe('Dinas Sosial');
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(new Date(Date.UTC(2020, 0, 12)))).toBe('2020-01-12');
  });

  it('reads empty, whitespace and unreadable values as nothing', () => {
    for (const v of [null, undefined, '', ' \t', Number.NaN, new Date(Number.NaN)]) expect(cellText(v)).toBeNull();
  });

  it('calls a row blank only when every cell is empty', () => {
    expect(isBlankRow([null, '  ', ''])).toBe(true);
    expect(isBlankRow(undefined)).toBe(true);
    expect(isBlankRow([null, '-'])).toBe(false);
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16_383, 'XFD'],
  ])('%d is %s', (i, letters) => expect(columnLetter(i)).toBe(letters));
});

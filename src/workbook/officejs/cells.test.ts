import {
  blockAddress,
  cellNumberFormat,
  chunkRows,
  columnWidthPoints,
  dateToSerial,
  fromExcelValue,
  mustStayText,
  readBlocks,
  toExcelValue,
} from './cells';

describe('Office.js cell helpers', () => {
  it('writes block addresses like Excel', () => {
    expect(blockAddress(0, 3, 5, 9)).toBe('A5:C9');
    expect(blockAddress(26, 2, 1, 1)).toBe('AA1:AB1');
  });

  it('turns dates into serial numbers of either date system', () => {
    expect(dateToSerial(new Date(Date.UTC(2020, 0, 12)), false)).toBe(43842);
    expect(dateToSerial(new Date(Date.UTC(2020, 0, 12)), true)).toBe(43842 - 1462);
    expect(toExcelValue(null, false)).toBe('');
    expect(toExcelValue('III/a', false)).toBe('III/a');
  });

  it('reads empty cells as null and keeps values', () => {
    expect([fromExcelValue(''), fromExcelValue(5), fromExcelValue('x'), fromExcelValue(true)]).toEqual([null, 5, 'x', true]);
  });

  it('keeps text that looks like a formula as text', () => {
    for (const text of ['=SUM(A1)', '+62 812', '-5', '@user']) {
      expect(mustStayText(text)).toBe(true);
      expect(cellNumberFormat(text, 'general')).toBe('@');
    }
    expect(mustStayText('Budi')).toBe(false);
    expect(cellNumberFormat(3, 'integer')).toBe('0');
    expect(cellNumberFormat('198503122010011002', 'text')).toBe('@');
    expect(cellNumberFormat('n/a', 'date')).toBe('General');
    // A date among figures still shows as a date.
    expect(cellNumberFormat(new Date(Date.UTC(2026, 11, 1)), 'general')).toBe('dd/mm/yyyy');
  });

  it('cuts rows into chunks of at most 2,000 rows and about 2 MB', () => {
    const rows = Array.from({ length: 4500 }, (_, i) => [i, 'x']);
    expect(chunkRows(rows)).toEqual([
      { start: 0, end: 2000 },
      { start: 2000, end: 4000 },
      { start: 4000, end: 4500 },
    ]);
    const long = Array.from({ length: 100 }, () => ['x'.repeat(50_000)]);
    const chunks = chunkRows(long);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => (chunk.end - chunk.start) * 100_016 <= 2_000_000 || chunk.end - chunk.start === 1)).toBe(true);
    expect(chunks[chunks.length - 1]?.end).toBe(100);
    expect(chunkRows([])).toEqual([]);
  });

  it('reads large used ranges in blocks of bounded cells', () => {
    expect(readBlocks(250_000, 20, 100_000)).toHaveLength(50);
    expect(readBlocks(0, 5)).toEqual([]);
  });

  it('converts widths', () => {
    expect(columnWidthPoints(10)).toBe(56.25);
  });
});

import { readCell } from './cellInput';

describe('readCell', () => {
  it('treats null, undefined, whitespace and a lone dash as blank', () => {
    for (const raw of [null, undefined, '', '   ', '\u00A0\t\n', '-', ' -- ', '\u2013', '\u2014']) {
      expect(readCell(raw)).toEqual({ kind: 'blank' });
    }
  });

  it('trims text', () => {
    expect(readCell('  III/a\u00A0')).toEqual({ kind: 'text', text: 'III/a' });
  });

  it('keeps a dash that is part of a value', () => {
    expect(readCell('-3')).toEqual({ kind: 'text', text: '-3' });
  });

  it('reports Excel formula errors', () => {
    for (const error of ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#n/a']) {
      const cell = readCell(error);
      expect(cell.kind).toBe('error');
      if (cell.kind === 'error')
        expect(cell.result).toEqual({ ok: false, code: 'CELL_FORMULA_ERROR', params: { error: error.toUpperCase() } });
    }
  });

  it('passes numbers, truth values and dates through', () => {
    const date = new Date(Date.UTC(2020, 0, 12));
    expect(readCell(0)).toEqual({ kind: 'number', value: 0 });
    expect(readCell(false)).toEqual({ kind: 'boolean', value: false });
    expect(readCell(date)).toEqual({ kind: 'date', value: date });
  });

  it('reads an object that is no cell value by its text', () => {
    const richText = { toString: () => ' Dinas Sosial ' } as unknown as string;
    expect(readCell(richText)).toEqual({ kind: 'text', text: 'Dinas Sosial' });
  });
});

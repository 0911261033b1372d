import { isBlankCell, readCell } from './cellInput';

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

describe('isBlankCell', () => {
  it('answers as readCell sorts the cell', () => {
    const odd = { toString: () => ' - ' } as unknown as string;
    const raws = [
      null,
      undefined,
      '',
      ' ',
      '-',
      ' -- ',
      '\u2013',
      '\u2212\u2212',
      '-3',
      ' x ',
      '#N/A',
      '\u200B',
      '\u00A0-\u00A0',
      0,
      1,
      false,
      true,
    ];
    for (const raw of [...raws, new Date(0), new Date(Number.NaN), odd]) {
      expect({ raw, blank: isBlankCell(raw) }).toEqual({ raw, blank: readCell(raw).kind === 'blank' });
    }
  });
});

import { isXlsxName } from '../usePaneController';
import { resultFileName } from './previewHost';

const file = (name: string) => ({ kind: 'file' as const, name, data: new ArrayBuffer(0) });

describe('the files preview mode opens and the name of its result', () => {
  it('opens .xlsx and .xlsm workbooks, in any case, and nothing else by name', () => {
    expect(['Pegawai.xlsx', 'DATA.XLSX', 'Makro.xlsm'].map(isXlsxName)).toEqual([true, true, true]);
    expect(['Pegawai.xls', 'Pegawai.ods', 'Pegawai.csv', 'xlsx'].map(isXlsxName)).toEqual([false, false, false, false]);
  });

  it('names the result after the input, always as .xlsx, and keeps the name through later stages', () => {
    expect(resultFileName(file('Pegawai 2026.xlsx'))).toBe('Pegawai 2026 - Rencana Mutasi.xlsx');
    expect(resultFileName(file('Makro.xlsm'))).toBe('Makro - Rencana Mutasi.xlsx');
    expect(resultFileName(file('Pegawai 2026 - Rencana Mutasi.xlsx'))).toBe('Pegawai 2026 - Rencana Mutasi.xlsx');
    expect(resultFileName({ kind: 'sample' })).toBe('Rencana Mutasi - data contoh.xlsx');
  });
});

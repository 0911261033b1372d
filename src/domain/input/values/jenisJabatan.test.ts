import { parseJenisJabatan } from './jenisJabatan';

describe('parseJenisJabatan', () => {
  it('reads the five kinds and their long names', () => {
    const cases: [string, string][] = [
      ['JPT', 'JPT'],
      ['Jabatan Pimpinan Tinggi', 'JPT'],
      ['Pimpinan Tinggi Pratama', 'JPT'],
      ['JPT Pratama', 'JPT'],
      ['Administrator', 'Administrator'],
      ['Jabatan Administrator', 'Administrator'],
      ['Pengawas', 'Pengawas'],
      ['pengawas', 'Pengawas'],
      ['Pelaksana', 'Pelaksana'],
      ['Jabatan Pelaksana', 'Pelaksana'],
      ['Fungsional Umum', 'Pelaksana'],
      ['JFU', 'Pelaksana'],
      ['Fungsional', 'Fungsional'],
      ['JF', 'Fungsional'],
      ['Jabatan Fungsional', 'Fungsional'],
      ['JFT', 'Fungsional'],
      ['Fungsional Tertentu', 'Fungsional'],
    ];
    for (const [text, kind] of cases) expect({ text, r: parseJenisJabatan(text) }).toEqual({ text, r: { ok: true, value: kind } });
  });

  it('reads the English names', () => {
    const cases: [string, string][] = [
      ['Senior Executive', 'JPT'],
      ['Administrator', 'Administrator'],
      ['Supervisor', 'Pengawas'],
      ['Executor', 'Pelaksana'],
      ['Staff', 'Pelaksana'],
      ['Functional', 'Fungsional'],
    ];
    for (const [text, kind] of cases) expect({ text, r: parseJenisJabatan(text) }).toEqual({ text, r: { ok: true, value: kind } });
  });

  it('reads a blank cell as null and reports anything else', () => {
    expect(parseJenisJabatan(' ')).toEqual({ ok: true, value: null });
    expect(parseJenisJabatan('Struktural')).toEqual({ ok: false, code: 'JENIS_JABATAN_UNKNOWN', params: { value: 'Struktural' } });
  });
});

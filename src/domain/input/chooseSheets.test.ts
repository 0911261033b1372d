import { candidateFor, isOutputSheet } from './chooseSheets';
import { JABATAN_TABLE } from './jabatanFields';
import { PEGAWAI_TABLE } from './pegawaiFields';
import { UNIT_TABLE } from './unitFields';

describe('chooseSheets', () => {
  it("recognises this add-in's own sheets in both languages and later rounds", () => {
    expect(isOutputSheet('Usulan Mutasi')).toBe(true);
    expect(isOutputSheet('Usulan Mutasi (3)')).toBe(true);
    expect(isOutputSheet('Catatan Data')).toBe(true);
    expect(isOutputSheet('Pegawai')).toBe(false);
  });

  it('needs a key field and a marker field before a sheet can be a table', () => {
    const sheet = (header: string[]) => ({ name: 'S', rows: [header] });
    expect(candidateFor(sheet(['Unit Kerja', 'Jabatan']), JABATAN_TABLE)).toBeNull();
    expect(candidateFor(sheet(['Kode Jabatan', 'Unit Kerja']), JABATAN_TABLE)?.weight).toBe(2);
    expect(candidateFor(sheet(['Unit Kerja', 'Kebutuhan ABK']), UNIT_TABLE)).not.toBeNull();
    expect(candidateFor(sheet(['Unit Kerja', 'Nama']), UNIT_TABLE)).toBeNull();
    expect(candidateFor({ name: 'Data Pegawai', rows: [['NIP', 'Nama']] }, PEGAWAI_TABLE)?.weight).toBe(2.5);
  });
});

import { JABATAN_TABLE } from './jabatanFields';
import { isIgnoredHeader, matchHeader } from './headerMatcher';
import { PEGAWAI_TABLE } from './pegawaiFields';
import { UNIT_TABLE } from './unitFields';
import { normalizeKey } from '../model/normalize';

describe('header dictionaries', () => {
  it.each([PEGAWAI_TABLE, JABATAN_TABLE, UNIT_TABLE])('$kind: no header or alias names two fields', (table) => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const field of table.fields) {
      for (const text of [field.header, ...field.aliases]) {
        const key = normalizeKey(text);
        const previous = owner.get(key);
        if (previous !== undefined && previous !== field.key) clashes.push(`${text}: ${previous} / ${field.key}`);
        owner.set(key, field.key);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each([PEGAWAI_TABLE, JABATAN_TABLE, UNIT_TABLE])('$kind: every field matches its own header and aliases', (table) => {
    for (const field of table.fields)
      for (const text of [field.header, ...field.aliases]) expect([text, matchHeader(table, text)]).toEqual([text, field.key]);
  });
});

describe('matchHeader', () => {
  it('ignores case, spaces and punctuation', () => {
    expect(matchHeader(PEGAWAI_TABLE, '  pangkat / GOL. ruang ')).toBe('golongan');
    expect(matchHeader(PEGAWAI_TABLE, 'Tgl.Lahir')).toBe('tanggalLahir');
    expect(matchHeader(PEGAWAI_TABLE, 'N.I.P.')).toBe('nip');
  });

  it('looks past a parenthesised note, or at it', () => {
    expect(matchHeader(PEGAWAI_TABLE, 'Tanggal Lahir (dd/mm/yyyy)')).toBe('tanggalLahir');
    expect(matchHeader(PEGAWAI_TABLE, 'Jenis Kelamin (L/P)')).toBe('jenisKelamin');
    expect(matchHeader(PEGAWAI_TABLE, 'Pangkat (Gol/Ruang)')).toBe('golongan');
    expect(matchHeader(UNIT_TABLE, 'Kebutuhan Pegawai (orang)')).toBe('kebutuhanAbk');
  });

  it('does not guess at near misses', () => {
    expect(matchHeader(PEGAWAI_TABLE, 'NIP Lama')).toBeNull();
    expect(matchHeader(PEGAWAI_TABLE, 'TMT CPNS')).toBeNull();
    expect(matchHeader(PEGAWAI_TABLE, 'Tempat Lahir')).toBeNull();
  });

  it('reads the same word by table: Jabatan is the employee position or the position name', () => {
    expect(matchHeader(PEGAWAI_TABLE, 'Jabatan')).toBe('jabatan');
    expect(matchHeader(JABATAN_TABLE, 'Jabatan')).toBe('namaJabatan');
    expect(matchHeader(JABATAN_TABLE, 'Kebutuhan')).toBe('formasi');
    expect(matchHeader(UNIT_TABLE, 'Kebutuhan')).toBe('kebutuhanAbk');
  });

  it('recognises running-number columns', () => {
    expect(isIgnoredHeader('No.')).toBe(true);
    expect(isIgnoredHeader('NO URUT')).toBe(true);
    expect(isIgnoredHeader('#')).toBe(true);
    expect(isIgnoredHeader('Nomor Induk Pegawai')).toBe(false);
  });
});

import { JENJANG, type Jenjang } from '../../model/types';
import { jenjangRank, parsePendidikan } from './pendidikan';

const expectLevel = (cases: readonly (readonly [string, Jenjang])[]): void => {
  for (const [text, level] of cases) {
    expect({ text, r: parsePendidikan(text) }).toEqual({ text, r: { ok: true, value: level } });
  }
};

describe('parsePendidikan reads the documented examples (docs/sheets.md#pegawai)', () => {
  it('reads the codes and words of the spec', () => {
    expectLevel([
      ['SD', 'SD'],
      ['SMP', 'SMP'],
      ['SLTP', 'SMP'],
      ['SMA', 'SMA'],
      ['SLTA', 'SMA'],
      ['SMK', 'SMA'],
      ['D1', 'D1'],
      ['D2', 'D2'],
      ['D3', 'D3'],
      ['D4', 'D4'],
      ['S1 Terapan', 'D4'],
      ['S1', 'S1'],
      ['S2', 'S2'],
      ['S3', 'S3'],
      ['Sarjana', 'S1'],
      ['Magister', 'S2'],
      ['Doktor', 'S3'],
      ['Diploma III', 'D3'],
    ]);
  });
});

describe('parsePendidikan reads other spellings', () => {
  it('reads school names of every level', () => {
    expectLevel([
      ['MTs', 'SMP'],
      ['MTsN 1', 'SMP'],
      ['SMPN 2 Tebing Tinggi', 'SMP'],
      ['Paket B', 'SMP'],
      ['MA', 'SMA'],
      ['MAN 2 Medan', 'SMA'],
      ['SMU', 'SMA'],
      ['STM', 'SMA'],
      ['SMEA', 'SMA'],
      ['SMAN 1 Tebing Tinggi', 'SMA'],
      ['SLTA/Sederajat', 'SMA'],
      ['SMA Sederajat', 'SMA'],
      ['SPK', 'SMA'],
      ['Paket C', 'SMA'],
      ['High School', 'SMA'],
      ['Sekolah Dasar', 'SD'],
      ['SDN 3', 'SD'],
      ['MI', 'SD'],
      ['Paket A', 'SD'],
    ]);
  });

  it('reads diploma levels in Arabic and Roman numerals and as degree names', () => {
    expectLevel([
      ['D-I', 'D1'],
      ['D I', 'D1'],
      ['Diploma I', 'D1'],
      ['Diploma 1', 'D1'],
      ['Ahli Pratama', 'D1'],
      ['D-II', 'D2'],
      ['DII', 'D2'],
      ['Diploma II', 'D2'],
      ['Ahli Muda', 'D2'],
      ['D-III', 'D3'],
      ['DIII', 'D3'],
      ['D 3', 'D3'],
      ['Diploma Tiga', 'D3'],
      ['Ahli Madya', 'D3'],
      ['A.Md.Kep', 'D3'],
      ['AMd', 'D3'],
      ['D-IV', 'D4'],
      ['DIV', 'D4'],
      ['Diploma IV', 'D4'],
      ['Sarjana Terapan', 'D4'],
      ['S1 Terapan Keperawatan', 'D4'],
      ['Sarjana Sains Terapan', 'D4'],
      ['S-1 Terapan', 'D4'],
    ]);
  });

  it('reads university levels in many spellings', () => {
    expectLevel([
      ['S-1', 'S1'],
      ['S 1', 'S1'],
      ['S.1', 'S1'],
      ['S-I', 'S1'],
      ['Strata 1', 'S1'],
      ['Strata Satu', 'S1'],
      ['Bachelor', 'S1'],
      ['S-2', 'S2'],
      ['S II', 'S2'],
      ['Strata 2', 'S2'],
      ['Master', 'S2'],
      ['Pascasarjana', 'S2'],
      ['S-3', 'S3'],
      ['Doctor', 'S3'],
      ['Doktoral', 'S3'],
      ['PhD', 'S3'],
      ['Ph.D', 'S3'],
    ]);
  });

  it('ignores case and takes the level before the field', () => {
    expectLevel([
      ['S1 Keperawatan', 'S1'],
      ['s1 keperawatan', 'S1'],
      ['S-1 Ilmu Hukum', 'S1'],
      ['Sarjana Ekonomi', 'S1'],
      ['Magister Manajemen', 'S2'],
      ['Diploma III Kebidanan', 'D3'],
      ['D3 Teknik Sipil', 'D3'],
      ['SMK Akuntansi', 'SMA'],
    ]);
  });

  it('finds an unambiguous level written after the field', () => {
    expectLevel([
      ['Keperawatan (S1)', 'S1'],
      ['Teknik Sipil - D3', 'D3'],
      ['Lulusan SMA', 'SMA'],
    ]);
  });

  it('reads a blank cell as null', () => {
    expect(parsePendidikan(null)).toEqual({ ok: true, value: null });
    expect(parsePendidikan(' ')).toEqual({ ok: true, value: null });
  });
});

describe('parsePendidikan refuses what is no level', () => {
  it('reports unknown text', () => {
    expect(parsePendidikan('Dokter')).toEqual({ ok: false, code: 'PENDIDIKAN_UNKNOWN', params: { value: 'Dokter' } });
    for (const raw of ['Keperawatan', 'Tidak Sekolah', 'Sederajat', 'X1', 'SMAK-ish?', 1, true]) {
      expect({ raw, r: parsePendidikan(raw) }).toMatchObject({ raw, r: { ok: false, code: 'PENDIDIKAN_UNKNOWN' } });
    }
  });

  it('does not read weak short forms out of the middle of the text', () => {
    // "di" is an Indonesian word; "ma" too short to trust after other words.
    expect(parsePendidikan('Lulus di Medan')).toMatchObject({ ok: false, code: 'PENDIDIKAN_UNKNOWN' });
  });

  it('reports text naming two different levels after the field', () => {
    expect(parsePendidikan('Keperawatan D3 lalu S1')).toMatchObject({ ok: false, code: 'PENDIDIKAN_UNKNOWN' });
  });
});

describe('jenjangRank', () => {
  it('ranks D4 with S1', () => {
    expect(jenjangRank('D4')).toBe(jenjangRank('S1'));
  });

  it('keeps every other level strictly ordered', () => {
    const others = JENJANG.filter((j) => j !== 'D4');
    for (let i = 1; i < others.length; i += 1) {
      expect(jenjangRank(others[i] as Jenjang)).toBeGreaterThan(jenjangRank(others[i - 1] as Jenjang));
    }
    expect(jenjangRank('D4')).toBeGreaterThan(jenjangRank('D3'));
    expect(jenjangRank('D4')).toBeLessThan(jenjangRank('S2'));
    expect(jenjangRank('SD')).toBe(0);
    expect(jenjangRank('S3')).toBe(8);
  });
});

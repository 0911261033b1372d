import { FAMILIES } from '../../sample/fungsionalFamilies';
import { JF_GOLONGAN_RANGE, jabatanFungsionalOf, jenjangRankRange, readJabatanFungsional } from './jabatanFungsional';

describe('jabatanFungsionalOf', () => {
  it('splits a name into family and jenjang', () => {
    expect(jabatanFungsionalOf('Perawat Ahli Madya')).toEqual({
      family: 'Perawat',
      familyKey: 'perawat',
      jenjang: 'ahliMadya',
      guru: false,
      guruSubject: null,
    });
    expect(jabatanFungsionalOf('Pranata Komputer Terampil')).toMatchObject({ family: 'Pranata Komputer', jenjang: 'terampil' });
    expect(jabatanFungsionalOf('Arsiparis Mahir')).toMatchObject({ family: 'Arsiparis', jenjang: 'mahir' });
    expect(jabatanFungsionalOf('Bidan Penyelia')).toMatchObject({ family: 'Bidan', jenjang: 'penyelia' });
    expect(jabatanFungsionalOf('Pemadam Kebakaran Pemula')).toMatchObject({ family: 'Pemadam Kebakaran', jenjang: 'pemula' });
    expect(jabatanFungsionalOf('Analis Kebijakan Ahli Pertama')).toMatchObject({ family: 'Analis Kebijakan', jenjang: 'ahliPertama' });
    expect(jabatanFungsionalOf('Widyaiswara Ahli Utama')).toMatchObject({ family: 'Widyaiswara', jenjang: 'ahliUtama' });
  });

  it('tells professions apart that share words', () => {
    expect(jabatanFungsionalOf('Dokter Gigi Ahli Muda').familyKey).toBe('dokter gigi');
    expect(jabatanFungsionalOf('Dokter Ahli Muda').familyKey).toBe('dokter');
    expect(jabatanFungsionalOf('Asisten Apoteker Terampil').familyKey).toBe('asisten apoteker');
    expect(jabatanFungsionalOf('Apoteker Ahli Pertama').familyKey).toBe('apoteker');
    expect(jabatanFungsionalOf('Pengelola Pengadaan Barang/Jasa Ahli Muda').family).toBe('Pengelola Pengadaan Barang/Jasa');
  });

  it('ignores case, spacing and a trailing unit', () => {
    expect(jabatanFungsionalOf('  PERAWAT   AHLI  MUDA ')).toMatchObject({ familyKey: 'perawat', jenjang: 'ahliMuda' });
    expect(jabatanFungsionalOf('Perawat Ahli Muda pada Puskesmas Rambutan')).toMatchObject({ family: 'Perawat', jenjang: 'ahliMuda' });
    expect(jabatanFungsionalOf('Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Muda').family).toBe(
      'Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah',
    );
  });

  it("reads a teacher's subject, however it is written", () => {
    expect(jabatanFungsionalOf('Guru Matematika Ahli Pertama')).toEqual({
      family: 'Guru Matematika',
      familyKey: 'guru matematika',
      jenjang: 'ahliPertama',
      guru: true,
      guruSubject: 'Matematika',
    });
    expect(jabatanFungsionalOf('Guru Kelas Ahli Muda')).toMatchObject({ guruSubject: 'Kelas', familyKey: 'guru kelas' });
    expect(jabatanFungsionalOf('Guru Bahasa Inggris Ahli Madya').guruSubject).toBe('Bahasa Inggris');
    expect(jabatanFungsionalOf('Guru Ahli Pertama Matematika')).toMatchObject({ familyKey: 'guru matematika', jenjang: 'ahliPertama' });
    expect(jabatanFungsionalOf('Guru Mata Pelajaran Matematika Ahli Muda').familyKey).toBe('guru matematika');
    expect(jabatanFungsionalOf('Guru Mapel Matematika Ahli Muda').familyKey).toBe('guru matematika');
    expect(jabatanFungsionalOf('Guru Ahli Pertama')).toMatchObject({ guru: true, guruSubject: null, familyKey: 'guru' });
    expect(jabatanFungsionalOf('Pengawas Sekolah Ahli Madya')).toMatchObject({ guru: false, family: 'Pengawas Sekolah' });
  });

  it('gives no jenjang when the name shows none', () => {
    expect(jabatanFungsionalOf('Dokter')).toMatchObject({ family: 'Dokter', jenjang: null });
    expect(jabatanFungsionalOf('Penyelia')).toMatchObject({ family: 'Penyelia', jenjang: null });
  });

  it('reads every family and level of the sample the way the sample writes them', () => {
    const levels = ['Terampil', 'Mahir', 'Penyelia', 'Ahli Pertama', 'Ahli Muda', 'Ahli Madya'];
    const families = Object.values(FAMILIES);
    expect(families.length).toBeGreaterThan(50);
    for (const family of families) {
      for (const level of levels) {
        const read = jabatanFungsionalOf(`${family.name} ${level}`);
        expect({ name: `${family.name} ${level}`, family: read.family, jenjang: read.jenjang !== null }).toEqual({
          name: `${family.name} ${level}`,
          family: family.name,
          jenjang: true,
        });
      }
    }
  });
});

describe('golongan range of a jenjang', () => {
  it('follows the JF regulations as summarised in the specification', () => {
    expect(JF_GOLONGAN_RANGE.ahliPertama).toEqual(['III/a', 'III/b']);
    expect(JF_GOLONGAN_RANGE.ahliMuda).toEqual(['III/c', 'III/d']);
    expect(JF_GOLONGAN_RANGE.ahliMadya).toEqual(['IV/a', 'IV/c']);
    expect(JF_GOLONGAN_RANGE.ahliUtama).toEqual(['IV/d', 'IV/e']);
    expect(JF_GOLONGAN_RANGE.pemula).toEqual(['II/a', 'II/a']);
    expect(JF_GOLONGAN_RANGE.terampil).toEqual(['II/b', 'II/d']);
    expect(JF_GOLONGAN_RANGE.mahir).toEqual(['III/a', 'III/b']);
    expect(JF_GOLONGAN_RANGE.penyelia).toEqual(['III/c', 'III/d']);
  });
  it('gives golongan indexes', () => {
    expect(jenjangRankRange('ahliMuda')).toEqual([10, 11]);
    expect(jenjangRankRange('ahliUtama')).toEqual([15, 16]);
  });
});

describe('jabatanFungsionalOf remembered per name', () => {
  it('reads every name as a fresh reading does, on repeated calls too', () => {
    const names = [
      ...Object.values(FAMILIES).flatMap(({ name }) => [`${name} Ahli Muda`, `${name} Terampil`, name]),
      'Guru Mata Pelajaran Matematika Ahli Pertama',
      'Perawat Ahli Muda pada Puskesmas Rambutan',
      '  PERAWAT   AHLI  MUDA ',
      'Pengelola Pengadaan Barang/Jasa Ahli Muda',
      '',
    ];
    for (let round = 0; round < 2; round++)
      for (const name of names) expect(jabatanFungsionalOf(name)).toEqual(readJabatanFungsional(name));
  });
});

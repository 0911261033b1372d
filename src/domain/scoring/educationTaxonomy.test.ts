import {
  fieldKeyOf,
  fieldSectorsOf,
  isGeneralField,
  postSectorsOf,
  relatedSectorsOf,
  SECTOR_BIT,
  sectorNames,
  type Sector,
} from './educationTaxonomy';

const fieldIn = (jurusan: string): Sector[] => sectorNames(fieldSectorsOf(jurusan));
const postIn = (text: string): Sector[] => sectorNames(postSectorsOf(text));

describe('education taxonomy', () => {
  it.each<[string, Sector]>([
    ['S1 Keperawatan', 'kesehatan'],
    ['D-III Kebidanan', 'kesehatan'],
    ['Kesehatan Masyarakat', 'kesehatan'],
    ['Farmasi', 'kesehatan'],
    ['Gizi', 'kesehatan'],
    ['Pendidikan Dokter', 'kesehatan'],
    ['Analis Kesehatan', 'kesehatan'],
    ['Pendidikan Matematika', 'pendidikan'],
    ['PGSD', 'pendidikan'],
    ['Akuntansi', 'keuangan'],
    ['Manajemen Keuangan', 'keuangan'],
    ['Ilmu Hukum', 'hukum'],
    ['Teknik Sipil', 'infrastruktur'],
    ['Arsitektur', 'infrastruktur'],
    ['Planologi', 'infrastruktur'],
    ['Teknik Informatika', 'tik'],
    ['Sistem Informasi', 'tik'],
    ['Ilmu Komputer', 'tik'],
    ['Kesejahteraan Sosial', 'sosial'],
    ['Sosiologi', 'sosial'],
    ['Ilmu Administrasi Negara', 'pemerintahan'],
    ['Ilmu Pemerintahan', 'pemerintahan'],
    ['Agribisnis', 'pertanian'],
    ['Peternakan', 'pertanian'],
    ['Teknik Lingkungan', 'lingkungan'],
    ['Manajemen Transportasi', 'perhubungan'],
    ['Statistika', 'kependudukan'],
    ['Psikologi', 'kepegawaian'],
  ])('reads the study field %s as %s', (jurusan, sector) => {
    expect(fieldIn(jurusan)).toContain(sector);
  });

  it('does not confuse look-alike fields', () => {
    expect(fieldIn('Kedokteran Hewan')).toEqual(['pertanian']);
    expect(fieldIn('Pendidikan Dokter')).not.toContain('pendidikan');
    expect(fieldIn('Teknik Informatika')).not.toContain('infrastruktur');
    expect(fieldIn('IPA')).toEqual([]);
  });

  it.each<[string, Sector]>([
    ['Dinas Kesehatan', 'kesehatan'],
    ['RSUD dr. H. Kumpulan Pane', 'kesehatan'],
    ['Puskesmas Rambung', 'kesehatan'],
    ['Dinas Pendidikan', 'pendidikan'],
    ['Badan Pengelolaan Keuangan dan Aset Daerah', 'keuangan'],
    ['Badan Pendapatan Daerah', 'keuangan'],
    ['Inspektorat', 'keuangan'],
    ['Inspektorat', 'hukum'],
    ['Bagian Hukum', 'hukum'],
    ['Satuan Polisi Pamong Praja', 'hukum'],
    ['Dinas Pekerjaan Umum dan Penataan Ruang', 'infrastruktur'],
    ['Dinas Perumahan dan Kawasan Permukiman', 'infrastruktur'],
    ['Dinas Komunikasi dan Informatika', 'tik'],
    ['Dinas Sosial', 'sosial'],
    ['Dinas Pertanian dan Ketahanan Pangan', 'pertanian'],
    ['Dinas Lingkungan Hidup', 'lingkungan'],
    ['Dinas Perhubungan', 'perhubungan'],
    ['Dinas Kependudukan dan Pencatatan Sipil', 'kependudukan'],
    ['Badan Perencanaan Pembangunan Daerah', 'perencanaan'],
    ['BKPSDM', 'kepegawaian'],
    ['Kecamatan Padang Hulu', 'pemerintahan'],
    ['Kelurahan Bandar Utama', 'pemerintahan'],
  ])('reads the post %s as %s', (text, sector) => {
    expect(postIn(text)).toContain(sector);
  });

  it('does not read "Pekerjaan Umum" or "Rumah Sakit Umum" as general administration', () => {
    expect(postIn('Dinas Pekerjaan Umum dan Penataan Ruang')).not.toContain('pemerintahan');
    expect(postIn('Rumah Sakit Umum Daerah')).toEqual(['kesehatan']);
    expect(postIn('Bidang Pendidikan dan Pelatihan')).not.toContain('pendidikan');
  });

  it('knows general fields and related sectors', () => {
    expect(isGeneralField('Ilmu Administrasi Negara')).toBe(true);
    expect(isGeneralField('Manajemen')).toBe(true);
    expect(isGeneralField('Keperawatan')).toBe(false);
    expect(relatedSectorsOf(SECTOR_BIT.keuangan) & SECTOR_BIT.perencanaan).not.toBe(0);
    expect(relatedSectorsOf(SECTOR_BIT.keuangan) & SECTOR_BIT.keuangan).toBe(0);
  });

  it('compares study fields without degree words', () => {
    expect(fieldKeyOf('S-1 Keperawatan')).toBe('keperawatan');
    expect(fieldKeyOf('Ilmu Keperawatan')).toBe('keperawatan');
    expect(fieldKeyOf('D-III Kebidanan')).toBe('kebidanan');
    expect(fieldKeyOf('Sarjana Ilmu Hukum')).toBe('hukum');
    expect(fieldKeyOf('S1')).toBe('s1');
  });
});

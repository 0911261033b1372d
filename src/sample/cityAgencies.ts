/**
 * The agencies (perangkat daerah) of the Pemerintah Kota Tebing Tinggi as the sample knows
 * them: Sekretariat Daerah and its bagian, Sekretariat DPRD, Inspektorat, the badan and the
 * dinas, RSUD dr. H. Kumpulan Pane. Formasi are for the base sample of about 2,500 staff and
 * scale with the requested size. Kecamatan, kelurahan, puskesmas and schools are in
 * `cityWilayah.ts`.
 */
import { bagianStructure, fj, opdStructure, p, s, withVacant, type UnitSpec } from './unitSpec';

const UK = ['Umum dan Kepegawaian', 'Keuangan'];
const UK3 = ['Umum dan Kepegawaian', 'Keuangan', 'Perencanaan dan Evaluasi'];
const UMKEU = ['Umum dan Keuangan'];

/** Unit names the planted cases and tests refer to. */
export const UNIT = {
  bagianUmum: 'Bagian Umum Sekretariat Daerah',
  dinsos: 'Dinas Sosial',
  dinkes: 'Dinas Kesehatan',
  disdik: 'Dinas Pendidikan',
  disdukcapil: 'Dinas Kependudukan dan Pencatatan Sipil',
  rsud: 'RSUD dr. H. Kumpulan Pane',
} as const;

const bagian = (code: string, name: string, subbagian: string[], staff: UnitSpec['staff'], fill = 1.05, sectors: UnitSpec['sectors'] = ['pemerintahan']): UnitSpec => ({
  name: `Bagian ${name} Sekretariat Daerah`, code, kind: 'bagian', sectors, structural: bagianStructure(name, subbagian),
  staff, layananPublik: false, fill,
});

export const CITY_AGENCIES: readonly UnitSpec[] = [
  {
    name: 'Sekretariat Daerah', code: 'SETDA', kind: 'setda', sectors: ['pemerintahan', 'hukum'], layananPublik: false, fill: 1.15,
    structural: [
      s('SEKDA', 'Sekretaris Daerah', 'II.a', 'Sekretariat Daerah'),
      s('ASS', 'Asisten Pemerintahan dan Kesejahteraan Rakyat', 'II.b', 'urusan pemerintahan dan kesejahteraan rakyat'),
      s('ASS', 'Asisten Perekonomian dan Pembangunan', 'II.b', 'urusan perekonomian dan pembangunan'),
      s('ASS', 'Asisten Administrasi Umum', 'II.b', 'urusan administrasi umum'),
      s('SAH', 'Staf Ahli Wali Kota Bidang Pemerintahan, Hukum dan Politik', 'II.b', 'telaahan bidang pemerintahan, hukum dan politik', 13),
      s('SAH', 'Staf Ahli Wali Kota Bidang Ekonomi, Keuangan dan Pembangunan', 'II.b', 'telaahan bidang ekonomi, keuangan dan pembangunan', 13),
      s('SAH', 'Staf Ahli Wali Kota Bidang Kemasyarakatan dan Sumber Daya Manusia', 'II.b', 'telaahan bidang kemasyarakatan dan SDM', 13),
    ],
    staff: [p('ADM', 3), p('PGM', 4), ...fj('ANK', { pertama: 1, muda: 1 })],
  },
  bagian('BAGPEM', 'Pemerintahan', ['Administrasi Pemerintahan', 'Otonomi Daerah', 'Kerja Sama'],
    [p('ADM', 3), p('PPEM', 3), ...fj('ANK', { pertama: 1, muda: 1 })]),
  bagian('BAGHUKUM', 'Hukum', ['Perundang-undangan', 'Bantuan Hukum', 'Dokumentasi dan Informasi Hukum'],
    [p('ADM', 2), ...fj('AH', { pertama: 2, muda: 1 }), ...fj('PUU', { pertama: 1, muda: 1 })], 0.95, ['hukum']),
  bagian('BAGOR', 'Organisasi', ['Kelembagaan dan Analisis Jabatan', 'Reformasi Birokrasi dan Akuntabilitas Kinerja', 'Tata Laksana dan Pelayanan Publik'],
    [p('ADM', 2), p('PTK', 2), ...fj('ANK', { pertama: 2, muda: 1 }), ...fj('ASDM', { pertama: 1 })]),
  bagian('BAGUMUM', 'Umum', ['Tata Usaha Pimpinan', 'Rumah Tangga', 'Keuangan'],
    [p('PU', 8), p('PRT', 5), p('PGM', 8), p('PKEU', 3), p('PLKEU', 2), ...fj('ARS', { terampil: 1, pertama: 1 })], 1.3),
  bagian('BAGEKO', 'Perekonomian dan Sumber Daya Alam', ['Perekonomian', 'Sumber Daya Alam', 'Pembinaan BUMD'],
    [p('ADM', 2), p('PTK', 2), ...fj('ANK', { pertama: 1, muda: 1 })], 1.05, ['keuangan', 'pertanian']),
  bagian('BAGKESRA', 'Kesejahteraan Rakyat', ['Kesejahteraan Sosial', 'Bina Mental dan Keagamaan', 'Pendidikan dan Kesehatan'],
    [p('ADM', 2), p('PTK', 2), ...fj('ANK', { pertama: 1 })], 1.1, ['sosial', 'pemerintahan']),
  bagian('BAGPBJ', 'Pengadaan Barang dan Jasa', ['Pengelolaan Pengadaan Barang dan Jasa', 'Pengelolaan Layanan Pengadaan Secara Elektronik', 'Pembinaan dan Advokasi Pengadaan'],
    [p('ADM', 2), ...fj('PBJ', { pertama: 3, muda: 2, madya: 1 }), ...fj('PKOM', { terampil: 1 })], 0.9, ['keuangan', 'teknik']),
  bagian('BAGPROKOPIM', 'Protokol dan Komunikasi Pimpinan', ['Protokol', 'Komunikasi Pimpinan', 'Dokumentasi Pimpinan'],
    [p('ADM', 2), p('PPROT', 4), ...fj('HUM', { pertama: 2, muda: 1 }), p('PGM', 2)], 1.1, ['sosial', 'pemerintahan']),
  {
    name: 'Sekretariat DPRD', code: 'SETWAN', kind: 'sekretariat', sectors: ['pemerintahan', 'hukum'], layananPublik: false, fill: 1.2,
    structural: [
      { ...s('KA', 'Sekretaris DPRD', 'II.b', 'Sekretariat DPRD'), vacant: true },
      s('KBG', 'Kepala Bagian Umum dan Keuangan', 'III.b', 'Bagian Umum dan Keuangan'),
      s('KBG', 'Kepala Bagian Persidangan dan Perundang-undangan', 'III.b', 'Bagian Persidangan dan Perundang-undangan'),
      s('KBG', 'Kepala Bagian Fasilitasi Penganggaran dan Pengawasan', 'III.b', 'Bagian Fasilitasi Penganggaran dan Pengawasan'),
      s('KSB', 'Kepala Subbagian Tata Usaha dan Kepegawaian', 'IV.a', 'Subbagian Tata Usaha dan Kepegawaian'),
      s('KSB', 'Kepala Subbagian Keuangan', 'IV.a', 'Subbagian Keuangan'),
      s('KSB', 'Kepala Subbagian Humas dan Protokol', 'IV.a', 'Subbagian Humas dan Protokol'),
    ],
    staff: [p('ADM', 8), p('PKEU', 3), p('PLKEU', 2), p('PGM', 6), ...fj('ANK', { pertama: 2, muda: 1 }), ...fj('HUM', { pertama: 1 }), ...fj('PUU', { pertama: 1 }), ...fj('ARS', { terampil: 1 })],
  },
  {
    name: 'Inspektorat', code: 'INSP', kind: 'inspektorat', sectors: ['keuangan', 'hukum', 'pemerintahan'], layananPublik: false, fill: 0.9,
    structural: [
      s('KA', 'Inspektur', 'II.b', 'pengawasan internal pemerintah daerah'),
      s('SEK', 'Sekretaris Inspektorat', 'III.a', 'kesekretariatan Inspektorat'),
      ...['I', 'II', 'III', 'IV'].map((w) => s('IRBAN', `Inspektur Pembantu Wilayah ${w}`, 'III.b', `pengawasan Wilayah ${w}`)),
      s('KSB', 'Kepala Subbagian Umum dan Keuangan', 'IV.a', 'Subbagian Umum dan Keuangan'),
      s('KSB', 'Kepala Subbagian Perencanaan dan Evaluasi', 'IV.a', 'Subbagian Perencanaan dan Evaluasi'),
    ],
    staff: [p('ADM', 3), p('PKEU', 1), ...fj('AUD', { pertama: 6, muda: 5, madya: 2 }), ...fj('PPUPD', { pertama: 4, muda: 3, madya: 1 })],
  },
  {
    name: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah', code: 'BAPPERIDA', kind: 'badan', sectors: ['teknik', 'keuangan', 'statistik'], layananPublik: false, fill: 0.95,
    structural: opdStructure('Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
      ['Perencanaan, Pengendalian dan Evaluasi Pembangunan', 'Pemerintahan dan Pembangunan Manusia', 'Perekonomian dan Sumber Daya Alam', 'Infrastruktur dan Kewilayahan', 'Riset dan Inovasi Daerah'], UMKEU),
    staff: [p('ADM', 3), p('PKEU', 1), p('PLKEU', 1), p('PDI', 2), ...fj('PRC', { pertama: 5, muda: 4, madya: 1 }), ...fj('STA', { pertama: 1 }), ...fj('ANK', { pertama: 1, muda: 1 })],
  },
  {
    name: 'Badan Pengelolaan Keuangan dan Aset Daerah', code: 'BPKAD', kind: 'badan', sectors: ['keuangan'], layananPublik: false, fill: 1,
    structural: opdStructure('Badan Pengelolaan Keuangan dan Aset Daerah', ['Anggaran', 'Perbendaharaan', 'Akuntansi dan Pelaporan', 'Pengelolaan Aset'], UK),
    staff: [p('ADM', 4), p('PKEU', 4), p('PLKEU', 8), p('PBMD', 5), p('PDI', 2), p('PTK', 2), ...fj('ANK', { pertama: 1 }), ...fj('PKOM', { pertama: 1 })],
  },
  {
    name: 'Badan Pendapatan Daerah', code: 'BAPENDA', kind: 'badan', sectors: ['keuangan'], layananPublik: true, fill: 1,
    structural: opdStructure('Badan Pendapatan Daerah', ['Pendataan dan Penetapan', 'Penagihan dan Keberatan', 'Pengembangan dan Pengendalian Pendapatan'], UMKEU),
    staff: [p('ADM', 3), p('OLO', 4), p('PPJ', 10), p('PLKEU', 2), p('PDI', 2), ...fj('PKOM', { terampil: 1, pertama: 1 })],
  },
  {
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', code: 'BKPSDM', kind: 'badan', sectors: ['pemerintahan', 'sosial'], layananPublik: false, fill: 0.95,
    structural: opdStructure('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      ['Pengadaan, Pemberhentian dan Informasi Kepegawaian', 'Mutasi dan Promosi', 'Pengembangan Kompetensi Aparatur', 'Penilaian Kinerja dan Penghargaan'], UMKEU),
    staff: [p('ADM', 3), p('PKP', 6), p('PDI', 2), ...fj('ASDM', { pertama: 4, muda: 3, madya: 1 }), ...fj('PSDM', { terampil: 3, mahir: 1 }), ...fj('PKOM', { terampil: 1 }),
      ...fj('ARS', { terampil: 1 })],
  },
  {
    name: 'Badan Penanggulangan Bencana Daerah', code: 'BPBD', kind: 'badan', sectors: ['teknik'], layananPublik: true, fill: 0.8,
    structural: opdStructure('Badan Penanggulangan Bencana Daerah', ['Pencegahan dan Kesiapsiagaan', 'Kedaruratan dan Logistik', 'Rehabilitasi dan Rekonstruksi'], UMKEU,
      'Kepala Pelaksana Badan Penanggulangan Bencana Daerah'),
    staff: [p('ADM', 2), p('PLOG', 4), p('OLO', 3), ...fj('ABC', { pertama: 2, muda: 1 })],
  },
  {
    name: 'Badan Kesatuan Bangsa dan Politik', code: 'KESBANGPOL', kind: 'badan', sectors: ['pemerintahan'], layananPublik: false, fill: 1.25,
    structural: opdStructure('Badan Kesatuan Bangsa dan Politik',
      ['Ideologi dan Wawasan Kebangsaan', 'Politik Dalam Negeri dan Organisasi Kemasyarakatan', 'Ketahanan Ekonomi, Sosial, Budaya dan Penanganan Konflik'], UMKEU),
    staff: [p('ADM', 5), p('PTK', 3), p('PGM', 1), ...fj('ANK', { pertama: 1 }), ...fj('ARS', { terampil: 2 })],
  },
  {
    name: UNIT.disdik, code: 'DISDIK', kind: 'dinas', sectors: ['pendidikan'], layananPublik: true, fill: 0.95, growth: 1.5,
    structural: opdStructure(UNIT.disdik, ['Pembinaan Sekolah Dasar', 'Pembinaan Sekolah Menengah Pertama', 'Pembinaan PAUD dan Pendidikan Nonformal', 'Pembinaan Ketenagaan'], UK3),
    staff: [p('ADM', 6), p('PLPD', 6, 2), p('PDI', 4), p('PKEU', 2), p('PLKEU', 2), p('PKP', 2), ...fj('PWS', { muda: 6, madya: 4 }), ...fj('PNL', { pertama: 2, muda: 1 }), ...fj('PMB', { pertama: 2 }),
      ...fj('ARS', { terampil: 1 })],
  },
  {
    name: UNIT.dinkes, code: 'DINKES', kind: 'dinas', sectors: ['kesehatan'], layananPublik: true, fill: 0.88, growth: 3,
    structural: opdStructure(UNIT.dinkes, ['Kesehatan Masyarakat', 'Pencegahan dan Pengendalian Penyakit', 'Pelayanan dan Sumber Daya Kesehatan'], UK3),
    staff: [p('ADM', 4), p('PLKES', 6, 2), p('PDI', 2), p('PLKEU', 2), p('PKP', 1), ...fj('EPI', { pertama: 2, muda: 2 }), ...fj('PKM', { pertama: 2, muda: 1 }),
      ...fj('AKS', { pertama: 2, muda: 2, madya: 1 }), ...fj('NUT', { pertama: 1 }), ...fj('SAN', { pertama: 1 }), ...fj('APT', { muda: 1 }), ...fj('DOK', { madya: 1 }),
      ...fj('ARS', { terampil: 1, pertama: 1 }), ...fj('PKOM', { pertama: 1 })],
  },
  {
    name: UNIT.rsud, code: 'RSUD', kind: 'rsud', sectors: ['kesehatan'], layananPublik: true, fill: 0.85, growth: 4, need: 'abk', abkFactor: 1.08,
    structural: [
      s('KA', `Direktur ${UNIT.rsud}`, 'II.b', UNIT.rsud),
      s('WADIR', 'Wakil Direktur Pelayanan', 'III.a', 'pelayanan medis, keperawatan dan penunjang'),
      s('WADIR', 'Wakil Direktur Umum dan Keuangan', 'III.a', 'urusan umum dan keuangan rumah sakit'),
      ...['Pelayanan Medis', 'Keperawatan', 'Penunjang Medis'].map((b) => s('KBD', `Kepala Bidang ${b}`, 'III.b', `Bidang ${b}`)),
      ...['Umum dan Kepegawaian', 'Keuangan'].map((b) => s('KBG', `Kepala Bagian ${b}`, 'III.b', `Bagian ${b}`)),
      ...['Pelayanan Rawat Jalan', 'Pelayanan Rawat Inap', 'Asuhan Keperawatan', 'Penunjang Medis'].map((b) => s('KSI', `Kepala Seksi ${b}`, 'IV.a', `Seksi ${b}`)),
      ...['Rumah Tangga', 'Perbendaharaan'].map((b) => s('KSB', `Kepala Subbagian ${b}`, 'IV.a', `Subbagian ${b}`)),
    ],
    staff: [
      // Nurses ahli muda are short here and two posts are urgent: puskesmas in surplus can fill them.
      ...fj('PRW', { terampil: 40, mahir: 25, penyelia: 12, pertama: 45, muda: 18, madya: 3 }, { muda: 2 }), ...fj('BDN', { terampil: 12, mahir: 6, pertama: 5, muda: 2 }),
      ...fj('DOK', { pertama: 10, muda: 8, madya: 6 }), ...fj('DKG', { pertama: 1, muda: 1 }), ...fj('APT', { pertama: 3, muda: 2 }), ...fj('AAP', { terampil: 6, mahir: 2 }),
      ...fj('PLB', { terampil: 8, mahir: 3, pertama: 2 }), ...fj('NUT', { terampil: 3, pertama: 2 }), ...fj('PRM', { terampil: 6, mahir: 2 }), ...fj('RAD', { terampil: 4, mahir: 1 }),
      ...fj('FIS', { terampil: 2, mahir: 1 }), ...fj('SAN', { terampil: 2 }), ...fj('PKOM', { terampil: 2, pertama: 1 }), ...fj('ARS', { terampil: 1 }),
      p('ADM', 10), p('OLK', 12), p('PKEU', 4), p('PLKEU', 4), p('PDI', 3), p('PKP', 2), p('PBMD', 2), p('TSP', 5), p('PGM', 3),
    ],
  },
  {
    name: UNIT.dinsos, code: 'DINSOS', kind: 'dinas', sectors: ['sosial'], layananPublik: true, fill: 1.15,
    structural: withVacant(
      opdStructure(UNIT.dinsos, ['Rehabilitasi Sosial', 'Perlindungan dan Jaminan Sosial', 'Pemberdayaan Sosial dan Penanganan Fakir Miskin'], UMKEU),
      [`Sekretaris ${UNIT.dinsos}`]),
    staff: [p('ADM', 6), p('PLO', 6), p('PDKS', 6), p('PKEU', 1), p('PLKEU', 1), ...fj('PKS', { pertama: 3, muda: 2 }), ...fj('PSO', { pertama: 2, muda: 1 }),
      ...fj('ARS', { terampil: 2 })],
  },
  {
    name: UNIT.disdukcapil, code: 'DISDUKCAPIL', kind: 'dinas', sectors: ['pemerintahan', 'informatika'], layananPublik: true, fill: 0.72,
    need: 'abk', abkFactor: 1.2, growth: 8,
    structural: opdStructure(UNIT.disdukcapil,
      ['Pelayanan Pendaftaran Penduduk', 'Pelayanan Pencatatan Sipil', 'Pengelolaan Informasi Administrasi Kependudukan', 'Pemanfaatan Data dan Inovasi Pelayanan'], UMKEU),
    staff: [p('OLO', 10, 3), p('PKD', 12, 3), p('ADM', 3), p('PDI', 2), p('PLKEU', 1), ...fj('ADK', { terampil: 2, pertama: 2, muda: 1 }), ...fj('PKOM', { terampil: 1, pertama: 1 })],
  },
  {
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang', code: 'PUPR', kind: 'dinas', sectors: ['teknik'], layananPublik: false, fill: 0.95,
    structural: opdStructure('Dinas Pekerjaan Umum dan Penataan Ruang', ['Bina Marga', 'Sumber Daya Air', 'Cipta Karya', 'Penataan Ruang', 'Bina Konstruksi'], UK),
    staff: [p('ADM', 5), p('TSP', 10), p('PDI', 2), p('PLKEU', 2), p('PBMD', 2), p('PGM', 2), ...fj('TJJ', { terampil: 3, pertama: 4, muda: 3, madya: 1 }),
      ...fj('TPA', { terampil: 2, pertama: 2, muda: 1 }), ...fj('PTR', { pertama: 2, muda: 1 }), ...fj('TTB', { pertama: 1 })],
  },
  {
    name: 'Dinas Perumahan dan Kawasan Permukiman', code: 'PERKIM', kind: 'dinas', sectors: ['teknik'], layananPublik: false, fill: 1,
    structural: opdStructure('Dinas Perumahan dan Kawasan Permukiman', ['Perumahan', 'Kawasan Permukiman', 'Pertanahan'], UMKEU),
    staff: [p('ADM', 4), p('TSP', 4), p('PDI', 1), p('PLKEU', 1), ...fj('TTB', { terampil: 2, pertama: 2, muda: 1 })],
  },
  {
    name: 'Dinas Lingkungan Hidup', code: 'DLH', kind: 'dinas', sectors: ['teknik', 'kesehatan'], layananPublik: true, fill: 1.05,
    structural: opdStructure('Dinas Lingkungan Hidup', ['Tata Lingkungan', 'Pengelolaan Sampah dan Limbah B3', 'Pengendalian Pencemaran dan Kerusakan Lingkungan', 'Pertamanan'], UMKEU),
    staff: [p('ADM', 4), p('PSMP', 14), p('TSP', 3), p('PGM', 6), p('PLKEU', 1), ...fj('PDL', { pertama: 2, muda: 2 }), ...fj('PLHD', { pertama: 1, muda: 1 })],
  },
  {
    name: 'Dinas Komunikasi dan Informatika', code: 'DISKOMINFO', kind: 'dinas', sectors: ['informatika', 'statistik'], layananPublik: false, fill: 0.9,
    structural: opdStructure('Dinas Komunikasi dan Informatika', ['Informasi dan Komunikasi Publik', 'Aplikasi Informatika', 'Statistik dan Persandian'], UMKEU),
    staff: [p('ADM', 3), p('PSTI', 4), p('PDI', 2), p('PLKEU', 1), ...fj('PKOM', { terampil: 2, pertama: 3, muda: 2 }), ...fj('HUM', { pertama: 2, muda: 1 }),
      ...fj('STA', { pertama: 1, muda: 1 }), ...fj('SND', { pertama: 1 })],
  },
  {
    name: 'Satuan Polisi Pamong Praja', code: 'SATPOLPP', kind: 'satpol', sectors: ['hukum', 'pemerintahan'], layananPublik: true, fill: 1,
    structural: opdStructure('Satuan Polisi Pamong Praja',
      ['Penegakan Peraturan Daerah', 'Ketertiban Umum dan Ketenteraman Masyarakat', 'Perlindungan Masyarakat', 'Pemadam Kebakaran dan Penyelamatan'], UMKEU),
    staff: [p('ADM', 4), p('PTB', 6), p('PGM', 3), p('PLKEU', 1), ...fj('POL', { terampil: 14, mahir: 8, penyelia: 4, pertama: 3, muda: 1 }),
      ...fj('DMK', { terampil: 14, mahir: 5, penyelia: 2 }), ...fj('AKB', { pertama: 1, muda: 1 })],
  },
  {
    name: 'Dinas Perhubungan', code: 'DISHUB', kind: 'dinas', sectors: ['perhubungan', 'teknik'], layananPublik: true, fill: 1,
    structural: withVacant(opdStructure('Dinas Perhubungan', ['Lalu Lintas', 'Angkutan', 'Sarana dan Prasarana Perhubungan'], UMKEU), ['Kepala Dinas Perhubungan']),
    staff: [p('ADM', 3), p('PLL', 14), p('OLO', 2), p('TSP', 3), p('PLKEU', 1), ...fj('PKB', { terampil: 3, mahir: 1, pertama: 1 })],
  },
  {
    name: 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana', code: 'DP3APPKB', kind: 'dinas', sectors: ['sosial', 'kesehatan'], layananPublik: true, fill: 1.05,
    structural: opdStructure('Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana',
      ['Pemberdayaan Perempuan dan Perlindungan Anak', 'Pengendalian Penduduk dan Keluarga Berencana', 'Pemenuhan Hak Anak'], UMKEU),
    staff: [p('ADM', 4), p('PLO', 3), p('PDI', 1), p('PLKEU', 1), ...fj('PKS', { pertama: 2, muda: 1 }), ...fj('PSM', { pertama: 1 }), ...fj('ANK', { pertama: 1 })],
  },
  {
    name: 'Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan', code: 'DISKOPDAGIN', kind: 'dinas', sectors: ['keuangan', 'teknik'], layananPublik: true, fill: 1.05,
    structural: opdStructure('Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan', ['Koperasi dan Usaha Mikro', 'Perindustrian', 'Perdagangan', 'Pengelolaan Pasar'], UMKEU),
    staff: [p('ADM', 4), p('OLO', 4), p('PLKEU', 1), p('PDI', 1), ...fj('PNR', { terampil: 2, pertama: 1 }), ...fj('PDG', { pertama: 2, muda: 1 }), ...fj('PKOP', { pertama: 1, muda: 1 })],
  },
  {
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', code: 'DPMPTSP', kind: 'dinas', sectors: ['pemerintahan', 'hukum'], layananPublik: true, fill: 0.95, growth: 5,
    structural: opdStructure('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', ['Penanaman Modal', 'Pelayanan Perizinan', 'Pengaduan, Kebijakan dan Pelaporan Layanan'], UMKEU),
    staff: [p('ADM', 3), p('OLO', 5), p('PRZ', 6), p('PDI', 1), p('PLKEU', 1), ...fj('ANK', { pertama: 1 })],
  },
  {
    name: 'Dinas Ketahanan Pangan dan Pertanian', code: 'DKPP', kind: 'dinas', sectors: ['pertanian'], layananPublik: false, fill: 0.95,
    structural: opdStructure('Dinas Ketahanan Pangan dan Pertanian', ['Ketahanan Pangan', 'Pertanian dan Hortikultura', 'Peternakan dan Kesehatan Hewan'], UMKEU),
    staff: [p('ADM', 3), p('PKPN', 3), p('PLKEU', 1), ...fj('PPT', { terampil: 3, pertama: 3, muda: 2 }), ...fj('MVT', { pertama: 1, muda: 1 }), ...fj('PVT', { terampil: 2 }), ...fj('AKP', { pertama: 1, muda: 1 })],
  },
  {
    name: 'Dinas Kepemudaan, Olahraga dan Pariwisata', code: 'DISPORAPAR', kind: 'dinas', sectors: ['budaya'], layananPublik: false, fill: 1.1,
    structural: opdStructure('Dinas Kepemudaan, Olahraga dan Pariwisata', ['Kepemudaan', 'Olahraga', 'Pariwisata dan Ekonomi Kreatif'], UMKEU),
    staff: [p('ADM', 4), p('PSOR', 5), p('PLKEU', 1), p('PGM', 1), ...fj('APK', { pertama: 2, muda: 1 })],
  },
  {
    name: 'Dinas Perpustakaan dan Kearsipan', code: 'DISPUSIP', kind: 'dinas', sectors: ['pustaka'], layananPublik: true, fill: 0.95,
    structural: opdStructure('Dinas Perpustakaan dan Kearsipan', ['Perpustakaan', 'Kearsipan'], UMKEU),
    staff: [p('ADM', 3), p('OLO', 2), p('PLKEU', 1), ...fj('PUS', { terampil: 3, mahir: 1, pertama: 2, muda: 1 }), ...fj('ARS', { terampil: 2, pertama: 2, muda: 1 })],
  },
  {
    name: 'Dinas Tenaga Kerja', code: 'DISNAKER', kind: 'dinas', sectors: ['sosial', 'hukum'], layananPublik: true, fill: 1,
    structural: opdStructure('Dinas Tenaga Kerja', ['Penempatan dan Perluasan Kesempatan Kerja', 'Hubungan Industrial dan Jaminan Sosial', 'Pelatihan dan Produktivitas'], UMKEU),
    staff: [p('ADM', 3), p('OLO', 2), p('PLKEU', 1), ...fj('PKJ', { pertama: 2, muda: 1 }), ...fj('MHI', { pertama: 1, muda: 1 }), ...fj('INS', { terampil: 2, pertama: 1 })],
  },
];

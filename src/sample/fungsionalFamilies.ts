/**
 * Functional position families (jabatan fungsional) used in the sample and the ladder of
 * levels each is built from. Kelas, rank range and minimum education per level follow the
 * usual pattern (PermenPANRB 1/2023 and the per-family regulations): keterampilan
 * Terampil/Mahir/Penyelia need a diploma, keahlian Ahli Pertama/Muda/Madya a degree.
 */
import type { Golongan, Jenjang } from '../domain/model/types';

export type FungsionalLevel = 'terampil' | 'mahir' | 'penyelia' | 'pertama' | 'muda' | 'madya';

export interface LevelSpec {
  readonly label: string;
  readonly kelas: number;
  readonly golonganMin: Golongan;
  readonly golonganMax: Golongan;
  readonly pendidikanMin: Jenjang;
}

export const LEVELS: Readonly<Record<FungsionalLevel, LevelSpec>> = {
  terampil: { label: 'Terampil', kelas: 6, golonganMin: 'II/c', golonganMax: 'II/d', pendidikanMin: 'D3' },
  mahir: { label: 'Mahir', kelas: 7, golonganMin: 'III/a', golonganMax: 'III/b', pendidikanMin: 'D3' },
  penyelia: { label: 'Penyelia', kelas: 8, golonganMin: 'III/c', golonganMax: 'III/d', pendidikanMin: 'D3' },
  pertama: { label: 'Ahli Pertama', kelas: 8, golonganMin: 'III/a', golonganMax: 'III/b', pendidikanMin: 'S1' },
  muda: { label: 'Ahli Muda', kelas: 9, golonganMin: 'III/c', golonganMax: 'III/d', pendidikanMin: 'S1' },
  madya: { label: 'Ahli Madya', kelas: 11, golonganMin: 'IV/a', golonganMax: 'IV/c', pendidikanMin: 'S1' },
};

/** Which PPPK intake a family belongs to (teachers and health workers dominate PPPK). */
export type Workforce = 'guru' | 'nakes' | 'teknis';

export interface FungsionalFamily {
  readonly abbr: string;
  readonly name: string;
  readonly fields: readonly string[];
  readonly kompetensi: readonly string[];
  readonly tugas: string;
  readonly female: number;
  readonly workforce: Workforce;
  /** Minimum education of the keterampilan levels when lower than D3 (Satpol PP, Damkar). */
  readonly terampilMin?: Jenjang;
  /** Retirement age set by the profession's own law, for every level (teachers). */
  readonly bup?: number;
}

const fam = (
  abbr: string, name: string, fields: readonly string[], kompetensi: readonly string[], tugas: string,
  female: number, workforce: Workforce = 'teknis', terampilMin?: Jenjang,
): FungsionalFamily => ({ abbr, name, fields, kompetensi, tugas, female, workforce, ...(terampilMin ? { terampilMin } : {}) });

/** Teachers retire at 60 whatever their jenjang (UU 14/2005 Pasal 30 (4)). */
export const GURU_BUP = 60;

const TEACHING = ['Pendidikan Guru Sekolah Dasar', 'Pendidikan Matematika', 'Pendidikan Bahasa Indonesia', 'Pendidikan Bahasa Inggris', 'Manajemen Pendidikan'];
const GURU_KOMP = ['Pembelajaran Kurikulum Merdeka', 'Asesmen Pembelajaran', 'Pengelolaan Kelas'];
/** A teacher family: named "Guru <subject>", so the subject is the name without the jenjang. */
const guru = (abbr: string, subject: string, fields: readonly string[], female = 0.7, tugas?: string): FungsionalFamily => ({
  ...fam(abbr, `Guru ${subject}`, fields, GURU_KOMP, tugas ?? `Merencanakan, melaksanakan dan menilai pembelajaran ${subject} bagi peserta didik.`, female, 'guru'),
  bup: GURU_BUP,
});

export const FAMILIES = {
  PRW: fam('PRW', 'Perawat', ['Keperawatan'], ['Asuhan Keperawatan', 'Kegawatdaruratan', 'Pencegahan dan Pengendalian Infeksi'], 'Memberikan asuhan keperawatan kepada pasien sesuai standar pelayanan.', 0.8, 'nakes'),
  BDN: fam('BDN', 'Bidan', ['Kebidanan'], ['Asuhan Kebidanan', 'Pelayanan KIA', 'Persalinan Normal'], 'Memberikan pelayanan kesehatan ibu dan anak serta asuhan kebidanan.', 1, 'nakes'),
  DOK: fam('DOK', 'Dokter', ['Pendidikan Dokter'], ['Pelayanan Medis', 'Kegawatdaruratan', 'Rekam Medis'], 'Memberikan pelayanan medis kepada pasien sesuai standar profesi.', 0.55, 'nakes'),
  DKG: fam('DKG', 'Dokter Gigi', ['Kedokteran Gigi'], ['Pelayanan Kesehatan Gigi', 'Rekam Medis'], 'Memberikan pelayanan kesehatan gigi dan mulut kepada pasien.', 0.65, 'nakes'),
  APT: fam('APT', 'Apoteker', ['Farmasi'], ['Pelayanan Kefarmasian', 'Manajemen Obat'], 'Mengelola obat dan memberikan pelayanan kefarmasian kepada pasien.', 0.75, 'nakes'),
  AAP: fam('AAP', 'Asisten Apoteker', ['Farmasi'], ['Pelayanan Kefarmasian', 'Manajemen Obat'], 'Menyiapkan dan menyerahkan obat serta mencatat persediaan farmasi.', 0.8, 'nakes'),
  PLB: fam('PLB', 'Pranata Laboratorium Kesehatan', ['Teknologi Laboratorium Medis'], ['Pemeriksaan Laboratorium', 'Pencegahan dan Pengendalian Infeksi'], 'Melakukan pemeriksaan laboratorium klinik dan melaporkan hasilnya.', 0.7, 'nakes'),
  NUT: fam('NUT', 'Nutrisionis', ['Gizi'], ['Asuhan Gizi', 'Penyuluhan Gizi'], 'Melaksanakan pelayanan gizi dan penanggulangan masalah gizi masyarakat.', 0.85, 'nakes'),
  SAN: fam('SAN', 'Sanitarian', ['Kesehatan Lingkungan'], ['Inspeksi Kesehatan Lingkungan', 'Penyuluhan Kesehatan'], 'Melakukan inspeksi dan pengendalian faktor risiko kesehatan lingkungan.', 0.6, 'nakes'),
  PKM: fam('PKM', 'Penyuluh Kesehatan Masyarakat', ['Kesehatan Masyarakat'], ['Promosi Kesehatan', 'Komunikasi Publik'], 'Merencanakan dan melaksanakan promosi kesehatan kepada masyarakat.', 0.75, 'nakes'),
  EPI: fam('EPI', 'Epidemiolog Kesehatan', ['Kesehatan Masyarakat'], ['Surveilans Epidemiologi', 'Analisis Data'], 'Melaksanakan surveilans dan penyelidikan epidemiologi penyakit.', 0.6, 'nakes'),
  AKS: fam('AKS', 'Administrator Kesehatan', ['Kesehatan Masyarakat', 'Keperawatan'], ['Manajemen Program Kesehatan', 'Penyusunan Laporan'], 'Mengelola administrasi dan program pelayanan kesehatan.', 0.6, 'nakes'),
  PRM: fam('PRM', 'Perekam Medis', ['Rekam Medis dan Informasi Kesehatan'], ['Rekam Medis', 'Koding Penyakit'], 'Mengelola rekam medis dan informasi kesehatan pasien.', 0.7, 'nakes'),
  RAD: fam('RAD', 'Radiografer', ['Radiologi'], ['Pemeriksaan Radiologi', 'Proteksi Radiasi'], 'Melakukan pemeriksaan radiodiagnostik sesuai permintaan dokter.', 0.45, 'nakes'),
  FIS: fam('FIS', 'Fisioterapis', ['Fisioterapi'], ['Fisioterapi Klinis'], 'Memberikan pelayanan fisioterapi kepada pasien rawat jalan dan rawat inap.', 0.6, 'nakes'),
  GKL: guru('GKL', 'Kelas', ['Pendidikan Guru Sekolah Dasar', 'Pendidikan Guru PAUD'], 0.78, 'Merencanakan, melaksanakan dan menilai pembelajaran tematik di kelas sekolah dasar.'),
  GMT: guru('GMT', 'Matematika', ['Pendidikan Matematika']),
  GBI: guru('GBI', 'Bahasa Indonesia', ['Pendidikan Bahasa Indonesia']),
  GBE: guru('GBE', 'Bahasa Inggris', ['Pendidikan Bahasa Inggris']),
  GIPA: guru('GIPA', 'Ilmu Pengetahuan Alam', ['Pendidikan Biologi', 'Pendidikan Fisika']),
  GIPS: guru('GIPS', 'Ilmu Pengetahuan Sosial', ['Pendidikan Sejarah', 'Pendidikan Ekonomi']),
  GPJ: guru('GPJ', 'Pendidikan Jasmani, Olahraga dan Kesehatan', ['Pendidikan Jasmani Kesehatan dan Rekreasi']),
  GPAI: guru('GPAI', 'Pendidikan Agama Islam', ['Pendidikan Agama Islam']),
  GPKN: guru('GPKN', 'Pendidikan Pancasila', ['Pendidikan Pancasila dan Kewarganegaraan']),
  GBK: guru('GBK', 'Bimbingan dan Konseling', ['Bimbingan dan Konseling']),
  PWS: fam('PWS', 'Pengawas Sekolah', TEACHING, ['Supervisi Akademik', 'Penjaminan Mutu Pendidikan'], 'Melaksanakan supervisi akademik dan manajerial pada sekolah binaan.', 0.5, 'guru'),
  PNL: fam('PNL', 'Penilik', ['Pendidikan Luar Sekolah', 'Pendidikan Guru PAUD'], ['Supervisi PAUD dan Kesetaraan', 'Penjaminan Mutu Pendidikan'], 'Melaksanakan pengendalian mutu satuan PAUD dan pendidikan nonformal.', 0.6, 'guru'),
  PMB: fam('PMB', 'Pamong Belajar', ['Pendidikan Luar Sekolah'], ['Pembelajaran Orang Dewasa', 'Pengembangan Model Pembelajaran'], 'Mengembangkan model dan melaksanakan pembelajaran pendidikan nonformal.', 0.6, 'guru'),
  ANK: fam('ANK', 'Analis Kebijakan', ['Ilmu Administrasi Negara', 'Ilmu Pemerintahan', 'Ilmu Politik', 'Ekonomi Pembangunan'], ['Analisis Kebijakan', 'Penyusunan Naskah Kebijakan'], 'Menyusun kajian dan rekomendasi kebijakan bagi pimpinan.', 0.45),
  AUD: fam('AUD', 'Auditor', ['Akuntansi', 'Manajemen', 'Ilmu Hukum', 'Teknik Sipil'], ['Audit Kinerja', 'Akuntansi Pemerintahan', 'Reviu Laporan Keuangan'], 'Melaksanakan audit, reviu dan evaluasi atas penyelenggaraan pemerintahan daerah.', 0.5),
  PPUPD: fam('PPUPD', 'Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah', ['Ilmu Pemerintahan', 'Ilmu Hukum', 'Ilmu Administrasi Negara'], ['Pengawasan Pemerintahan', 'Pemeriksaan Khusus'], 'Mengawasi penyelenggaraan urusan pemerintahan daerah dan menangani pengaduan masyarakat.', 0.4),
  PRC: fam('PRC', 'Perencana', ['Perencanaan Wilayah dan Kota', 'Ekonomi Pembangunan', 'Ilmu Administrasi Negara', 'Statistika'], ['Perencanaan Pembangunan', 'Penganggaran', 'Evaluasi Program'], 'Menyusun dokumen perencanaan pembangunan daerah dan mengevaluasi pelaksanaannya.', 0.5),
  STA: fam('STA', 'Statistisi', ['Statistika'], ['Analisis Statistik', 'Pengolahan Data'], 'Mengumpulkan, mengolah dan menganalisis data statistik sektoral.', 0.5),
  PKOM: fam('PKOM', 'Pranata Komputer', ['Teknik Informatika', 'Sistem Informasi', 'Manajemen Informatika'], ['Pengembangan Aplikasi', 'Jaringan Komputer', 'Pengolahan Data'], 'Mengembangkan dan memelihara sistem informasi, aplikasi dan jaringan.', 0.35),
  HUM: fam('HUM', 'Pranata Hubungan Masyarakat', ['Ilmu Komunikasi'], ['Komunikasi Publik', 'Pengelolaan Media Sosial', 'Penulisan Rilis'], 'Mengelola informasi publik dan hubungan dengan media.', 0.5),
  ARS: fam('ARS', 'Arsiparis', ['Kearsipan', 'Ilmu Perpustakaan'], ['Pengelolaan Arsip', 'Alih Media Arsip'], 'Mengelola arsip dinamis dan statis sesuai kaidah kearsipan.', 0.6),
  PUS: fam('PUS', 'Pustakawan', ['Ilmu Perpustakaan'], ['Layanan Perpustakaan', 'Literasi Informasi'], 'Mengelola koleksi dan layanan perpustakaan bagi masyarakat.', 0.65),
  ASDM: fam('ASDM', 'Analis Sumber Daya Manusia Aparatur', ['Psikologi', 'Ilmu Administrasi Negara', 'Manajemen'], ['Manajemen ASN', 'Analisis Jabatan', 'Aplikasi SIASN'], 'Menganalisis kebutuhan, pengembangan dan penempatan ASN.', 0.55),
  PSDM: fam('PSDM', 'Pranata Sumber Daya Manusia Aparatur', ['Administrasi Perkantoran', 'Manajemen', 'Ilmu Administrasi Negara'], ['Administrasi Kepegawaian', 'Aplikasi SIASN'], 'Melaksanakan administrasi manajemen ASN.', 0.6),
  AH: fam('AH', 'Analis Hukum', ['Ilmu Hukum'], ['Analisis Hukum', 'Penyusunan Produk Hukum'], 'Menganalisis dan mengevaluasi produk hukum daerah.', 0.5),
  PUU: fam('PUU', 'Perancang Peraturan Perundang-undangan', ['Ilmu Hukum'], ['Legal Drafting', 'Harmonisasi Peraturan'], 'Merancang peraturan daerah dan peraturan wali kota.', 0.5),
  PBJ: fam('PBJ', 'Pengelola Pengadaan Barang/Jasa', ['Manajemen', 'Akuntansi', 'Teknik Sipil', 'Ilmu Hukum'], ['Pengadaan Barang/Jasa', 'Aplikasi SPSE'], 'Melaksanakan pemilihan penyedia barang/jasa pemerintah.', 0.4),
  PKS: fam('PKS', 'Pekerja Sosial', ['Kesejahteraan Sosial', 'Pekerjaan Sosial', 'Psikologi'], ['Rehabilitasi Sosial', 'Pendampingan Kasus', 'Asesmen Sosial'], 'Memberikan pelayanan dan rehabilitasi sosial kepada penerima manfaat.', 0.6),
  PSO: fam('PSO', 'Penyuluh Sosial', ['Kesejahteraan Sosial', 'Sosiologi', 'Ilmu Komunikasi'], ['Penyuluhan Sosial', 'Komunikasi Publik'], 'Melaksanakan penyuluhan dan bimbingan sosial kepada masyarakat.', 0.55),
  PSM: fam('PSM', 'Penggerak Swadaya Masyarakat', ['Kesejahteraan Sosial', 'Sosiologi', 'Ilmu Pemerintahan'], ['Pemberdayaan Masyarakat', 'Fasilitasi Musrenbang'], 'Menggerakkan swadaya dan partisipasi masyarakat dalam pembangunan.', 0.5),
  TJJ: fam('TJJ', 'Teknik Jalan dan Jembatan', ['Teknik Sipil'], ['Perencanaan Jalan', 'Pengawasan Konstruksi', 'Gambar Teknik'], 'Merencanakan dan mengawasi pembangunan serta pemeliharaan jalan dan jembatan.', 0.2),
  TPA: fam('TPA', 'Teknik Pengairan', ['Teknik Sipil'], ['Drainase Perkotaan', 'Pengawasan Konstruksi'], 'Merencanakan dan mengawasi pekerjaan drainase dan sumber daya air.', 0.2),
  TTB: fam('TTB', 'Teknik Tata Bangunan dan Perumahan', ['Arsitektur', 'Teknik Sipil'], ['Perencanaan Bangunan Gedung', 'Pengawasan Konstruksi'], 'Merencanakan dan mengawasi bangunan gedung dan kawasan permukiman.', 0.3),
  PTR: fam('PTR', 'Penata Ruang', ['Perencanaan Wilayah dan Kota', 'Arsitektur'], ['Rencana Tata Ruang', 'Sistem Informasi Geografis'], 'Menyusun dan mengendalikan pemanfaatan rencana tata ruang kota.', 0.4),
  PDL: fam('PDL', 'Pengendali Dampak Lingkungan', ['Teknik Lingkungan', 'Kesehatan Lingkungan'], ['Analisis Dampak Lingkungan', 'Pemantauan Kualitas Lingkungan'], 'Memantau kualitas lingkungan dan menilai dokumen lingkungan.', 0.45),
  PLHD: fam('PLHD', 'Pengawas Lingkungan Hidup', ['Teknik Lingkungan', 'Ilmu Hukum'], ['Pengawasan Lingkungan', 'Penegakan Hukum Lingkungan'], 'Mengawasi ketaatan usaha terhadap izin lingkungan.', 0.35),
  POL: fam('POL', 'Polisi Pamong Praja', ['Ilmu Hukum', 'Ilmu Pemerintahan'], ['Penegakan Perda', 'Ketertiban Umum', 'Penanganan Konflik'], 'Menegakkan peraturan daerah dan menyelenggarakan ketertiban umum.', 0.2, 'teknis', 'SMA'),
  DMK: fam('DMK', 'Pemadam Kebakaran', ['Teknik Mesin', 'Teknik Sipil'], ['Pemadaman Kebakaran', 'Penyelamatan', 'Keselamatan Kerja'], 'Melaksanakan pemadaman kebakaran dan penyelamatan.', 0.05, 'teknis', 'SMA'),
  AKB: fam('AKB', 'Analis Kebakaran', ['Teknik Sipil', 'Teknik Mesin', 'Teknik Elektro'], ['Pencegahan Kebakaran', 'Inspeksi Proteksi Kebakaran'], 'Menganalisis risiko dan memeriksa sistem proteksi kebakaran bangunan.', 0.25),
  ABC: fam('ABC', 'Analis Kebencanaan', ['Teknik Sipil', 'Teknik Lingkungan', 'Perencanaan Wilayah dan Kota'], ['Kajian Risiko Bencana', 'Tanggap Darurat'], 'Menyusun kajian risiko bencana dan rencana kontinjensi.', 0.35),
  PKB: fam('PKB', 'Penguji Kendaraan Bermotor', ['Manajemen Transportasi', 'Teknik Mesin'], ['Uji Berkala Kendaraan', 'Keselamatan Jalan'], 'Melakukan pengujian berkala kendaraan bermotor.', 0.1),
  PPT: fam('PPT', 'Penyuluh Pertanian', ['Agroteknologi', 'Agribisnis', 'Peternakan'], ['Penyuluhan Pertanian', 'Budidaya Tanaman', 'Kelembagaan Petani'], 'Melaksanakan penyuluhan dan pendampingan kelompok tani.', 0.45),
  MVT: fam('MVT', 'Medik Veteriner', ['Kedokteran Hewan'], ['Kesehatan Hewan', 'Kesehatan Masyarakat Veteriner'], 'Melaksanakan pelayanan kesehatan hewan dan pengawasan pangan asal hewan.', 0.5),
  PVT: fam('PVT', 'Paramedik Veteriner', ['Kesehatan Hewan', 'Peternakan'], ['Kesehatan Hewan', 'Inseminasi Buatan'], 'Membantu pelayanan kesehatan hewan dan vaksinasi ternak.', 0.4),
  AKP: fam('AKP', 'Analis Ketahanan Pangan', ['Agribisnis', 'Teknologi Pangan'], ['Analisis Ketersediaan Pangan', 'Keamanan Pangan'], 'Menganalisis ketersediaan, distribusi dan keamanan pangan.', 0.5),
  PNR: fam('PNR', 'Penera', ['Teknik Mesin', 'Teknik Elektro'], ['Metrologi Legal', 'Tera Ulang'], 'Melaksanakan tera dan tera ulang alat ukur, takar, timbang dan perlengkapannya.', 0.25),
  PDG: fam('PDG', 'Pengawas Perdagangan', ['Manajemen', 'Ilmu Hukum'], ['Pengawasan Barang Beredar', 'Perlindungan Konsumen'], 'Mengawasi barang beredar dan tertib niaga di pasar.', 0.45),
  PKOP: fam('PKOP', 'Pengawas Koperasi', ['Manajemen', 'Akuntansi'], ['Pengawasan Koperasi', 'Akuntansi Koperasi'], 'Memeriksa kepatuhan dan kesehatan usaha koperasi.', 0.5),
  PKJ: fam('PKJ', 'Pengantar Kerja', ['Psikologi', 'Manajemen'], ['Penempatan Tenaga Kerja', 'Informasi Pasar Kerja'], 'Melayani pencari kerja dan penempatan tenaga kerja.', 0.5),
  MHI: fam('MHI', 'Mediator Hubungan Industrial', ['Ilmu Hukum'], ['Mediasi Perselisihan', 'Hukum Ketenagakerjaan'], 'Memediasi perselisihan hubungan industrial.', 0.4),
  INS: fam('INS', 'Instruktur', ['Teknik Mesin', 'Teknik Elektro', 'Teknik Informatika'], ['Pelatihan Berbasis Kompetensi'], 'Melaksanakan pelatihan kerja berbasis kompetensi.', 0.35),
  APK: fam('APK', 'Adyatama Kepariwisataan dan Ekonomi Kreatif', ['Pariwisata'], ['Pengembangan Destinasi', 'Promosi Pariwisata'], 'Mengembangkan destinasi dan promosi pariwisata daerah.', 0.5),
  ADK: fam('ADK', 'Administrator Database Kependudukan', ['Teknik Informatika', 'Sistem Informasi', 'Manajemen Informatika'], ['Aplikasi SIAK', 'Pengelolaan Basis Data', 'Keamanan Informasi'], 'Mengelola basis data kependudukan dan pemanfaatannya.', 0.4),
  SND: fam('SND', 'Sandiman', ['Teknik Informatika', 'Sistem Informasi'], ['Persandian', 'Keamanan Informasi'], 'Menyelenggarakan persandian dan pengamanan informasi pemerintah daerah.', 0.3),
} as const satisfies Record<string, FungsionalFamily>;

export type FamilyKey = keyof typeof FAMILIES;

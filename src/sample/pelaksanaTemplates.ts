/**
 * Pelaksana (executive staff) positions used in the sample, named after the 2022+
 * nomenclature of PermenPANRB 45/2022 where it exists and the older local names otherwise.
 * Kelas jabatan follow the usual city grading: 5 for clerical and front-office posts, 6 for
 * data and technical posts, 7-8 for posts that need a diploma or a degree.
 */
import type { Golongan, Jenjang } from '../domain/model/types';

export interface PelaksanaTemplate {
  readonly abbr: string;
  readonly name: string;
  readonly kelas: number;
  readonly pendidikanMin: Jenjang;
  readonly golonganMin: Golongan;
  readonly golonganMax: Golongan;
  /** Accepted study fields (Bidang Pendidikan); empty = any. */
  readonly fields: readonly string[];
  readonly kompetensi: readonly string[];
  readonly tugas: string;
  /** Share of women among holders. */
  readonly female: number;
}

const ADMIN_FIELDS = ['Administrasi Perkantoran', 'Ilmu Administrasi Negara', 'Manajemen'];

const t = (
  abbr: string, name: string, kelas: number, pendidikanMin: Jenjang, fields: readonly string[],
  kompetensi: readonly string[], tugas: string, female = 0.5, golonganMax: Golongan = 'III/d',
): PelaksanaTemplate => {
  const golonganMin: Golongan = pendidikanMin === 'SMA' ? 'II/a' : pendidikanMin === 'D3' ? 'II/c' : 'III/a';
  return { abbr, name, kelas, pendidikanMin, golonganMin, golonganMax, fields, kompetensi, tugas, female };
};

export const PELAKSANA = {
  ADM: t('ADM', 'Pengadministrasi Perkantoran', 5, 'SMA', ADMIN_FIELDS,
    ['Administrasi Perkantoran', 'Pengelolaan Arsip', 'Microsoft Office'],
    'Melaksanakan administrasi perkantoran, surat-menyurat dan pengarsipan unit kerja.', 0.6),
  PU: t('PU', 'Pengadministrasi Umum', 5, 'SMA', ADMIN_FIELDS,
    ['Administrasi Perkantoran', 'Pengelolaan Arsip', 'Microsoft Office'],
    'Melaksanakan urusan ketatausahaan, perjalanan dinas dan rumah tangga pimpinan.', 0.5),
  PKEU: t('PKEU', 'Pengadministrasi Keuangan', 5, 'SMA', ['Akuntansi', 'Manajemen', 'Administrasi Perkantoran'],
    ['Penatausahaan Keuangan', 'Microsoft Excel', 'Aplikasi SIPD'],
    'Menyiapkan dokumen pertanggungjawaban keuangan dan mencatat transaksi belanja unit kerja.', 0.6),
  OLO: t('OLO', 'Operator Layanan Operasional', 5, 'SMA', ['Administrasi Perkantoran', 'Ilmu Administrasi Negara', 'Manajemen Informatika'],
    ['Pelayanan Prima', 'Komunikasi Publik', 'Aplikasi Layanan Publik'],
    'Melayani permohonan masyarakat di loket pelayanan dan memastikan berkas lengkap sebelum diproses.', 0.55),
  PKD: t('PKD', 'Pengadministrasi Kependudukan', 6, 'SMA', ['Administrasi Perkantoran', 'Ilmu Administrasi Negara', 'Manajemen Informatika'],
    ['Administrasi Kependudukan', 'Aplikasi SIAK', 'Pelayanan Prima'],
    'Memproses dokumen kependudukan dan pencatatan sipil masyarakat sesuai standar pelayanan.', 0.55),
  PDI: t('PDI', 'Pengolah Data dan Informasi', 6, 'D3', ['Manajemen Informatika', 'Teknik Informatika', 'Sistem Informasi', 'Statistika'],
    ['Pengolahan Data', 'Microsoft Excel', 'Penyusunan Laporan'],
    'Mengumpulkan, mengolah dan menyajikan data kegiatan unit kerja sebagai bahan laporan pimpinan.'),
  PLO: t('PLO', 'Pengelola Layanan Operasional', 7, 'D3', ['Ilmu Administrasi Negara', 'Kesejahteraan Sosial', 'Manajemen'],
    ['Pelayanan Prima', 'Penyusunan Laporan', 'Koordinasi Lintas Sektor'],
    'Mengelola pelaksanaan layanan operasional unit kerja dan menyusun laporan capaiannya.'),
  PLKEU: t('PLKEU', 'Penata Laporan Keuangan', 7, 'D3', ['Akuntansi', 'Manajemen', 'Perpajakan'],
    ['Akuntansi Pemerintahan', 'Penyusunan Laporan Keuangan', 'Aplikasi SIPD'],
    'Menyusun laporan keuangan unit kerja sesuai standar akuntansi pemerintahan.', 0.6),
  PBMD: t('PBMD', 'Pengelola Barang Milik Daerah', 6, 'D3', ['Akuntansi', 'Manajemen', 'Ilmu Administrasi Negara'],
    ['Penatausahaan Aset', 'Inventarisasi Barang', 'Microsoft Excel'],
    'Mencatat, menginventarisasi dan melaporkan barang milik daerah pada unit kerja.'),
  PKP: t('PKP', 'Pengelola Kepegawaian', 6, 'D3', ['Ilmu Administrasi Negara', 'Manajemen', 'Psikologi'],
    ['Administrasi Kepegawaian', 'Aplikasi SIASN', 'Microsoft Excel'],
    'Mengelola administrasi kepegawaian, data pegawai dan usulan kenaikan pangkat unit kerja.', 0.6),
  PTK: t('PTK', 'Penelaah Teknis Kebijakan', 7, 'S1', [],
    ['Analisis Kebijakan', 'Penyusunan Laporan', 'Koordinasi Lintas Sektor'],
    'Menelaah bahan kebijakan teknis dan menyiapkan telaahan staf bagi pimpinan.'),
  PLKES: t('PLKES', 'Pengelola Layanan Kesehatan', 7, 'D3', ['Keperawatan', 'Kebidanan', 'Kesehatan Masyarakat'],
    ['Asuhan Keperawatan', 'Pelayanan Kesehatan Dasar', 'Pengolahan Data'],
    'Mengelola layanan kesehatan dasar, pendataan sasaran dan pelaporan program kesehatan.', 0.7),
  OLK: t('OLK', 'Operator Layanan Kesehatan', 5, 'SMA', ['Rekam Medis dan Informasi Kesehatan', 'Administrasi Perkantoran'],
    ['Pelayanan Prima', 'Pendaftaran Pasien', 'Aplikasi Layanan Publik'],
    'Melayani pendaftaran pasien dan administrasi layanan kesehatan.', 0.65),
  PDKS: t('PDKS', 'Pengelola Data Kesejahteraan Sosial', 6, 'D3', ['Kesejahteraan Sosial', 'Sosiologi', 'Manajemen Informatika'],
    ['Pengolahan Data', 'Aplikasi SIKS-NG', 'Verifikasi Data Sosial'],
    'Memutakhirkan dan memverifikasi data terpadu kesejahteraan sosial.', 0.6),
  PLPD: t('PLPD', 'Pengelola Layanan Pendidikan', 7, 'D3', ['Pendidikan Luar Sekolah', 'Bimbingan dan Konseling', 'Manajemen Pendidikan', 'Pendidikan Guru Sekolah Dasar'],
    ['Administrasi Pendidikan', 'Aplikasi Dapodik', 'Pelayanan Prima'],
    'Mengelola layanan administrasi pendidikan bagi satuan pendidikan, guru dan peserta didik.', 0.6),
  TSP: t('TSP', 'Teknisi Sarana dan Prasarana', 6, 'SMA', ['Teknik Sipil', 'Teknik Elektro', 'Teknik Mesin'],
    ['Pemeliharaan Sarana', 'Keselamatan Kerja', 'Gambar Teknik'],
    'Memelihara dan memperbaiki sarana dan prasarana kerja serta fasilitas umum.', 0.15),
  PSTI: t('PSTI', 'Penata Kelola Sistem dan Teknologi Informasi', 8, 'S1', ['Teknik Informatika', 'Sistem Informasi', 'Ilmu Komputer'],
    ['Jaringan Komputer', 'Pengembangan Aplikasi', 'Keamanan Informasi'],
    'Mengelola sistem aplikasi, jaringan dan pusat data pemerintah daerah.', 0.3),
  PPJ: t('PPJ', 'Pengelola Pajak Daerah', 7, 'D3', ['Perpajakan', 'Akuntansi', 'Manajemen'],
    ['Perpajakan Daerah', 'Penagihan', 'Pelayanan Prima'],
    'Mendata, menetapkan dan menagih pajak daerah serta melayani wajib pajak.'),
  PRZ: t('PRZ', 'Pengelola Perizinan', 7, 'D3', ['Ilmu Administrasi Negara', 'Ilmu Hukum', 'Manajemen'],
    ['Perizinan Berusaha', 'Aplikasi OSS', 'Pelayanan Prima'],
    'Memverifikasi permohonan perizinan dan nonperizinan dan menerbitkan dokumen izin.'),
  PTB: t('PTB', 'Pengelola Ketenteraman dan Ketertiban Umum', 6, 'SMA', ['Ilmu Hukum', 'Ilmu Pemerintahan'],
    ['Ketertiban Umum', 'Komunikasi Publik', 'Penanganan Konflik'],
    'Melaksanakan pemantauan dan penanganan gangguan ketenteraman dan ketertiban umum.', 0.25),
  PPEM: t('PPEM', 'Pengelola Pemerintahan', 6, 'D3', ['Ilmu Pemerintahan', 'Ilmu Administrasi Negara'],
    ['Administrasi Pemerintahan', 'Pelayanan Prima', 'Koordinasi Lintas Sektor'],
    'Mengelola administrasi pemerintahan wilayah dan pelayanan umum kepada masyarakat.'),
  PPM: t('PPM', 'Pengelola Pemberdayaan Masyarakat', 6, 'D3', ['Kesejahteraan Sosial', 'Sosiologi', 'Ilmu Pemerintahan'],
    ['Pemberdayaan Masyarakat', 'Fasilitasi Musrenbang', 'Komunikasi Publik'],
    'Memfasilitasi kegiatan pemberdayaan masyarakat dan lembaga kemasyarakatan.', 0.55),
  PSMP: t('PSMP', 'Pengawas Kebersihan dan Persampahan', 6, 'SMA', ['Teknik Lingkungan', 'Kesehatan Lingkungan'],
    ['Pengelolaan Sampah', 'Keselamatan Kerja', 'Pengawasan Lapangan'],
    'Mengawasi pengangkutan sampah dan kebersihan ruang publik di wilayah kerjanya.', 0.2),
  PLL: t('PLL', 'Pengatur Lalu Lintas', 5, 'SMA', ['Manajemen Transportasi'],
    ['Manajemen Lalu Lintas', 'Keselamatan Jalan', 'Pelayanan Prima'],
    'Mengatur arus lalu lintas dan perparkiran di ruas jalan kota.', 0.15),
  PLOG: t('PLOG', 'Pengelola Logistik Kebencanaan', 6, 'SMA', ['Manajemen', 'Teknik Sipil'],
    ['Manajemen Logistik', 'Tanggap Darurat', 'Inventarisasi Barang'],
    'Mengelola gudang dan distribusi logistik kebencanaan.', 0.3),
  PKPN: t('PKPN', 'Pengelola Ketahanan Pangan', 6, 'D3', ['Agribisnis', 'Agroteknologi', 'Teknologi Pangan'],
    ['Analisis Ketersediaan Pangan', 'Pengolahan Data', 'Penyuluhan'],
    'Mengumpulkan data ketersediaan dan harga pangan serta mendukung program ketahanan pangan.'),
  PPROT: t('PPROT', 'Pengelola Protokol', 6, 'D3', ['Ilmu Komunikasi', 'Ilmu Administrasi Negara'],
    ['Keprotokolan', 'Komunikasi Publik', 'Penyelenggaraan Acara'],
    'Menyiapkan tata upacara, tata tempat dan acara pimpinan daerah.'),
  PRT: t('PRT', 'Pengelola Rumah Tangga', 5, 'SMA', ADMIN_FIELDS,
    ['Pengelolaan Rumah Tangga Kantor', 'Inventarisasi Barang', 'Pelayanan Prima'],
    'Mengelola kebutuhan rumah tangga, kebersihan dan kendaraan dinas kantor.', 0.35),
  PGM: t('PGM', 'Pengemudi', 3, 'SMA', [],
    ['Mengemudi Aman', 'Perawatan Kendaraan'],
    'Mengemudikan dan merawat kendaraan dinas operasional.', 0.02, 'III/b'),
  PSOR: t('PSOR', 'Pengelola Sarana Olahraga', 6, 'SMA', ['Ilmu Keolahragaan', 'Manajemen'],
    ['Pengelolaan Sarana Olahraga', 'Penyelenggaraan Acara', 'Pelayanan Prima'],
    'Mengelola pemanfaatan gedung dan lapangan olahraga milik pemerintah kota.', 0.3),
} as const satisfies Record<string, PelaksanaTemplate>;

export type PelaksanaKey = keyof typeof PELAKSANA;

/**
 * Columns of the position sheet (docs/sheets.md#jabatan; peta jabatan / formasi) with their aliases.
 */
import type { FieldDef, TableDictionary } from './fieldDef';
import { UNIT_KERJA_ALIASES } from './pegawaiFields';

export type JabatanField =
  | 'kodeJabatan'
  | 'namaJabatan'
  | 'unitKerja'
  | 'jenisJabatan'
  | 'kelas'
  | 'eselon'
  | 'formasi'
  | 'golonganMin'
  | 'golonganMax'
  | 'pendidikanMin'
  | 'bidangPendidikan'
  | 'kompetensi'
  | 'prioritas'
  | 'uraianTugas';

export const JABATAN_FIELDS: readonly FieldDef<JabatanField>[] = [
  {
    key: 'kodeJabatan',
    header: 'Kode Jabatan',
    required: true,
    aliases: ['Kode', 'ID Jabatan', 'Kode Jab', 'Kd Jabatan', 'Kd. Jabatan', 'Position Code', 'Position ID', 'Code'],
  },
  {
    key: 'namaJabatan',
    header: 'Nama Jabatan',
    required: true,
    aliases: ['Jabatan', 'Nama Jab', 'Position', 'Position Name', 'Job Title'],
  },
  { key: 'unitKerja', header: 'Unit Kerja', required: true, aliases: UNIT_KERJA_ALIASES },
  {
    key: 'jenisJabatan',
    header: 'Jenis Jabatan',
    required: true,
    aliases: ['Jenis', 'Jenis Jab', 'Kategori Jabatan', 'Kelompok Jabatan', 'Position Type', 'Type'],
  },
  {
    key: 'kelas',
    header: 'Kelas Jabatan',
    required: false,
    aliases: ['Kelas', 'Kelas Jab', 'Job Class', 'Position Class'],
  },
  { key: 'eselon', header: 'Eselon', required: false, aliases: ['Eselonering', 'Echelon'] },
  {
    key: 'formasi',
    header: 'Formasi',
    required: false,
    aliases: ['Jumlah Formasi', 'Kebutuhan', 'Jumlah Kebutuhan', 'Kebutuhan Formasi', 'Formasi ABK', 'Capacity', 'Slots', 'Headcount'],
  },
  {
    key: 'golonganMin',
    header: 'Golongan Minimal',
    required: false,
    aliases: [
      'Golongan Minimum',
      'Golongan Min',
      'Gol Min',
      'Gol. Minimal',
      'Golongan Terendah',
      'Pangkat Minimal',
      'Minimum Rank',
      'Min Rank',
    ],
  },
  {
    key: 'golonganMax',
    header: 'Golongan Maksimal',
    required: false,
    aliases: [
      'Golongan Maksimum',
      'Golongan Maks',
      'Golongan Max',
      'Gol Maks',
      'Gol Max',
      'Gol. Maksimal',
      'Golongan Tertinggi',
      'Pangkat Maksimal',
      'Maximum Rank',
      'Max Rank',
    ],
  },
  {
    key: 'pendidikanMin',
    header: 'Pendidikan Minimal',
    required: false,
    aliases: ['Pendidikan Minimum', 'Pendidikan Min', 'Syarat Pendidikan', 'Jenjang Pendidikan Minimal', 'Minimum Education'],
  },
  {
    key: 'bidangPendidikan',
    header: 'Bidang Pendidikan',
    required: false,
    aliases: [
      'Kualifikasi Pendidikan',
      'Jurusan',
      'Jurusan yang Diterima',
      'Bidang Pendidikan yang Diterima',
      'Accepted Fields',
      'Field of Study',
    ],
  },
  {
    key: 'kompetensi',
    header: 'Kompetensi Dibutuhkan',
    required: false,
    aliases: [
      'Kompetensi',
      'Kompetensi yang Dibutuhkan',
      'Syarat Kompetensi',
      'Kompetensi Teknis',
      'Required Competencies',
      'Competencies',
    ],
  },
  {
    key: 'prioritas',
    header: 'Prioritas',
    required: false,
    aliases: ['Urgensi', 'Tingkat Prioritas', 'Prioritas Pengisian', 'Urgency', 'Priority'],
  },
  {
    key: 'uraianTugas',
    header: 'Uraian Tugas',
    required: false,
    aliases: ['Ikhtisar Jabatan', 'Tugas', 'Tugas Pokok', 'Tugas Jabatan', 'Duties', 'Job Description'],
  },
];

export const JABATAN_TABLE: TableDictionary<JabatanField> = {
  kind: 'jabatan',
  fields: JABATAN_FIELDS,
  keyFields: ['kodeJabatan', 'namaJabatan'],
  markerFields: [
    'kodeJabatan',
    'jenisJabatan',
    'kelas',
    'eselon',
    'formasi',
    'golonganMin',
    'golonganMax',
    'pendidikanMin',
    'bidangPendidikan',
    'prioritas',
    'uraianTugas',
  ],
  rowKey: 'kodeJabatan',
  sheetNameHints: ['jabatan', 'formasi', 'petajabatan', 'position', 'posisi'],
};

/**
 * Columns of the employee sheet (docs/sheets.md#pegawai) with the aliases found in real BKPSDM sheets
 * (DUK, daftar nominatif, SIMPEG/SIASN exports) and their English equivalents.
 */
import type { FieldDef, TableDictionary } from './fieldDef';

export type PegawaiField =
  | 'nip'
  | 'nama'
  | 'jenisKelamin'
  | 'tanggalLahir'
  | 'status'
  | 'golongan'
  | 'pendidikan'
  | 'jurusan'
  | 'unitKerja'
  | 'kodeJabatan'
  | 'jabatan'
  | 'tmtJabatan'
  | 'tmtMutasiTerakhir'
  | 'predikat'
  | 'potensi'
  | 'kompetensi'
  | 'hukdis'
  | 'hukdisEnd'
  | 'pilihan1'
  | 'pilihan2'
  | 'pilihan3'
  | 'bersedia'
  | 'pertimbanganKhusus'
  | 'unitDihindari';

/** Unit column aliases, shared by the three tables. */
export const UNIT_KERJA_ALIASES: readonly string[] = [
  'Unit',
  'OPD',
  'SKPD',
  'Unit Organisasi',
  'Unor',
  'Perangkat Daerah',
  'Instansi',
  'Satuan Kerja',
  'Satker',
  'Unit Kerja/OPD',
  'OPD/Unit Kerja',
  'Nama OPD',
  'Nama Unit Kerja',
  'Nama Unit',
  'Unit Kerja OPD',
  'Department',
  'Agency',
  'Work Unit',
  'Organisation Unit',
  'Organization Unit',
];

const pilihan = (n: 1 | 2 | 3, roman: string, ordinal: string, english: string): FieldDef<PegawaiField> => ({
  key: `pilihan${n}`,
  header: `Pilihan ${n}`,
  aliases: [
    `Pilihan ${roman}`,
    `Pilihan ${ordinal}`,
    `Aspirasi ${n}`,
    `Aspirasi ${roman}`,
    `Pilihan Unit ${n}`,
    `Usulan Penempatan ${n}`,
    `Preference ${n}`,
    `Choice ${n}`,
    `${english} Choice`,
    `${english} Preference`,
  ],
  required: false,
});

export const PEGAWAI_FIELDS: readonly FieldDef<PegawaiField>[] = [
  {
    key: 'nip',
    header: 'NIP',
    required: true,
    aliases: [
      'NIP Baru',
      'NIP 18',
      'NIP 18 Digit',
      'Nomor Induk Pegawai',
      'No Induk Pegawai',
      'Nomor Induk',
      'NIP/NI PPPK',
      'NIP/NIPPPK',
      'NI PPPK',
      'NIP ASN',
      'ID Pegawai',
      'Employee ID',
      'Employee Number',
      'Civil Servant ID',
    ],
  },
  {
    key: 'nama',
    header: 'Nama',
    required: true,
    aliases: [
      'Nama Lengkap',
      'Nama Pegawai',
      'Nama PNS',
      'Nama ASN',
      'Nama Lengkap dan Gelar',
      'Nama dan Gelar',
      'Nama Lengkap (Gelar)',
      'Name',
      'Full Name',
      'Employee Name',
    ],
  },
  {
    key: 'jenisKelamin',
    header: 'Jenis Kelamin',
    required: false,
    aliases: ['JK', 'L/P', 'Kelamin', 'Jns Kelamin', 'Jenis Kel', 'Gender', 'Sex'],
  },
  {
    key: 'tanggalLahir',
    header: 'Tanggal Lahir',
    required: false,
    aliases: ['Tgl Lahir', 'Tgl. Lahir', 'Tanggal Kelahiran', 'Tgl Kelahiran', 'Date of Birth', 'Birth Date', 'Birthdate', 'DOB'],
  },
  {
    key: 'status',
    header: 'Status Kepegawaian',
    required: false,
    aliases: [
      'Status',
      'Status ASN',
      'Status Pegawai',
      'Jenis Pegawai',
      'Jenis ASN',
      'Kedudukan Pegawai',
      'Employment Status',
      'Employee Type',
    ],
  },
  {
    key: 'golongan',
    header: 'Golongan',
    required: true,
    aliases: [
      'Gol',
      'Gol/Ruang',
      'Gol. Ruang',
      'Golongan Ruang',
      'Golongan/Ruang',
      'Gol Ruang',
      'Pangkat/Golongan',
      'Pangkat/Gol',
      'Pangkat/Gol. Ruang',
      'Pangkat Golongan',
      'Pangkat dan Golongan',
      'Pangkat',
      'Golongan Terakhir',
      'Pangkat Terakhir',
      'Rank',
      'Grade',
      'Pay Grade',
    ],
  },
  {
    key: 'pendidikan',
    header: 'Pendidikan',
    required: true,
    aliases: [
      'Jenjang Pendidikan',
      'Pendidikan Terakhir',
      'Tingkat Pendidikan',
      'Jenjang',
      'Pend. Terakhir',
      'Pend Terakhir',
      'Ijazah Terakhir',
      'Jenjang Pendidikan Terakhir',
      'Education',
      'Education Level',
      'Highest Education',
    ],
  },
  {
    key: 'jurusan',
    header: 'Jurusan',
    required: true,
    aliases: [
      'Bidang Pendidikan',
      'Program Studi',
      'Prodi',
      'Jurusan/Prodi',
      'Jurusan/Program Studi',
      'Jurusan Pendidikan',
      'Bidang Studi',
      'Major',
      'Field of Study',
    ],
  },
  { key: 'unitKerja', header: 'Unit Kerja', required: true, aliases: UNIT_KERJA_ALIASES },
  {
    key: 'kodeJabatan',
    header: 'Kode Jabatan',
    required: false,
    aliases: ['Kode Jab', 'Kd Jabatan', 'Kd. Jabatan', 'ID Jabatan', 'Kode Jabatan Saat Ini', 'Position Code', 'Position ID'],
  },
  {
    key: 'jabatan',
    header: 'Jabatan',
    required: false,
    aliases: ['Jabatan Saat Ini', 'Nama Jabatan', 'Jabatan Sekarang', 'Jabatan Terakhir', 'Position', 'Current Position', 'Job Title'],
  },
  {
    key: 'tmtJabatan',
    header: 'TMT Jabatan',
    required: true,
    aliases: ['Tanggal Mulai Jabatan', 'TMT Jab', 'TMT Jabatan Terakhir', 'Tgl TMT Jabatan', 'Start in Position', 'Position Start Date'],
  },
  {
    key: 'tmtMutasiTerakhir',
    header: 'TMT Mutasi Terakhir',
    required: false,
    aliases: ['TMT Mutasi', 'Tanggal Mutasi Terakhir', 'Tgl Mutasi Terakhir', 'Mutasi Terakhir', 'Last Transfer Date', 'Last Transfer'],
  },
  {
    key: 'predikat',
    header: 'Predikat Kinerja',
    required: false,
    aliases: [
      'Predikat SKP',
      'SKP',
      'Nilai SKP',
      'Predikat',
      'Kinerja',
      'Hasil Evaluasi Kinerja',
      'Predikat Kinerja Pegawai',
      'Performance Rating',
      'Performance',
    ],
  },
  {
    key: 'potensi',
    header: 'Potensi',
    required: false,
    aliases: ['Tingkat Potensi', 'Nilai Potensi', 'Potential'],
  },
  {
    key: 'kompetensi',
    header: 'Kompetensi',
    required: false,
    aliases: ['Keahlian', 'Kompetensi Teknis', 'Kompetensi Pegawai', 'Competencies', 'Skills'],
  },
  {
    key: 'hukdis',
    header: 'Hukuman Disiplin',
    required: false,
    aliases: ['Hukdis', 'Jenis Hukuman Disiplin', 'Tingkat Hukuman Disiplin', 'Hukuman', 'Disciplinary Sanction', 'Sanction'],
  },
  {
    key: 'hukdisEnd',
    header: 'Akhir Hukuman Disiplin',
    required: false,
    aliases: ['Akhir Hukdis', 'Tanggal Akhir Hukuman', 'Tgl Akhir Hukdis', 'Masa Berakhir Hukuman', 'Sanction End', 'Sanction End Date'],
  },
  pilihan(1, 'I', 'Pertama', 'First'),
  pilihan(2, 'II', 'Kedua', 'Second'),
  pilihan(3, 'III', 'Ketiga', 'Third'),
  {
    key: 'bersedia',
    header: 'Bersedia Dimutasi',
    required: false,
    aliases: [
      'Bersedia Mutasi',
      'Kesediaan Mutasi',
      'Kesediaan Dimutasi',
      'Bersedia Pindah',
      'Bersedia',
      'Willing to Move',
      'Willing to Transfer',
    ],
  },
  {
    key: 'pertimbanganKhusus',
    header: 'Pertimbangan Khusus',
    required: false,
    aliases: ['Kondisi Khusus', 'Keterangan Khusus', 'Alasan Khusus', 'Special Circumstances', 'Special Considerations'],
  },
  {
    key: 'unitDihindari',
    header: 'Unit Dihindari',
    required: false,
    aliases: [
      'Unit yang Dihindari',
      'Konflik Kepentingan',
      'Unit Konflik Kepentingan',
      'Conflict of Interest Units',
      'Conflict of Interest',
      'Avoid Units',
    ],
  },
];

export const PEGAWAI_TABLE: TableDictionary<PegawaiField> = {
  kind: 'pegawai',
  fields: PEGAWAI_FIELDS,
  keyFields: ['nip', 'nama'],
  markerFields: ['nip', 'nama', 'jenisKelamin', 'tanggalLahir', 'golongan', 'pendidikan', 'jurusan', 'tmtJabatan'],
  rowKey: 'nip',
  sheetNameHints: ['pegawai', 'asn', 'pns', 'nominatif', 'duk', 'employee', 'staff'],
};

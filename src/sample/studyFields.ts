/**
 * Study fields (jurusan / program studi) of the synthetic employees, grouped by the sector
 * they prepare for, with the academic titles Indonesian graduates write with their names.
 * Field names are the ones the position sheet lists in Bidang Pendidikan, so a match is an
 * exact string match.
 */

/** The sector a study field (and a unit) belongs to; drives realistic matches and mismatches. */
export type Sector =
  | 'kesehatan'
  | 'pendidikan'
  | 'keuangan'
  | 'hukum'
  | 'pemerintahan'
  | 'sosial'
  | 'teknik'
  | 'informatika'
  | 'pertanian'
  | 'statistik'
  | 'pustaka'
  | 'budaya'
  | 'perhubungan';

export type DegreeLevel = 'D3' | 'D4' | 'S1' | 'S2';

export interface StudyField {
  readonly name: string;
  readonly sector: Sector;
  /** Title written after the name, per level where the field is offered at that level. */
  readonly titles: Readonly<Partial<Record<DegreeLevel, string>>>;
  /** Title written before the name (dr., drg., drh., apt.), for the professional degree. */
  readonly prefix?: string;
  /** Extra professional title after the degree (Ners after S.Kep.). */
  readonly profession?: string;
}

const f = (
  name: string,
  sector: Sector,
  titles: Partial<Record<DegreeLevel, string>>,
  extra: { prefix?: string; profession?: string } = {},
): StudyField => ({ name, sector, titles, ...extra });

export const STUDY_FIELDS: readonly StudyField[] = [
  f('Keperawatan', 'kesehatan', { D3: 'A.Md.Kep.', S1: 'S.Kep.', S2: 'M.Kep.' }, { profession: 'Ns.' }),
  f('Kebidanan', 'kesehatan', { D3: 'A.Md.Keb.', D4: 'S.Tr.Keb.', S1: 'S.Keb.', S2: 'M.Keb.' }),
  f('Kesehatan Masyarakat', 'kesehatan', { S1: 'S.K.M.', S2: 'M.K.M.' }),
  f('Pendidikan Dokter', 'kesehatan', { S1: 'S.Ked.', S2: 'M.Kes.' }, { prefix: 'dr.' }),
  f('Kedokteran Gigi', 'kesehatan', { S1: 'S.K.G.' }, { prefix: 'drg.' }),
  f('Farmasi', 'kesehatan', { D3: 'A.Md.Farm.', S1: 'S.Farm.', S2: 'M.Farm.' }, { prefix: 'apt.' }),
  f('Gizi', 'kesehatan', { D3: 'A.Md.Gz.', S1: 'S.Gz.' }),
  f('Teknologi Laboratorium Medis', 'kesehatan', { D3: 'A.Md.A.K.', D4: 'S.Tr.Kes.' }),
  f('Kesehatan Lingkungan', 'kesehatan', { D3: 'A.Md.K.L.', D4: 'S.Tr.K.L.' }),
  f('Rekam Medis dan Informasi Kesehatan', 'kesehatan', { D3: 'A.Md.R.M.I.K.' }),
  f('Radiologi', 'kesehatan', { D3: 'A.Md.Rad.' }),
  f('Fisioterapi', 'kesehatan', { D3: 'A.Md.Ftr.', S1: 'S.Ft.' }),
  f('Pendidikan Guru Sekolah Dasar', 'pendidikan', { S1: 'S.Pd.', S2: 'M.Pd.' }),
  f('Pendidikan Guru PAUD', 'pendidikan', { S1: 'S.Pd.' }),
  f('Pendidikan Matematika', 'pendidikan', { S1: 'S.Pd.', S2: 'M.Pd.' }),
  f('Pendidikan Bahasa Indonesia', 'pendidikan', { S1: 'S.Pd.', S2: 'M.Pd.' }),
  f('Pendidikan Bahasa Inggris', 'pendidikan', { S1: 'S.Pd.', S2: 'M.Pd.' }),
  f('Pendidikan Biologi', 'pendidikan', { S1: 'S.Pd.' }),
  f('Pendidikan Fisika', 'pendidikan', { S1: 'S.Pd.' }),
  f('Pendidikan Sejarah', 'pendidikan', { S1: 'S.Pd.' }),
  f('Pendidikan Ekonomi', 'pendidikan', { S1: 'S.Pd.' }),
  f('Pendidikan Pancasila dan Kewarganegaraan', 'pendidikan', { S1: 'S.Pd.' }),
  f('Pendidikan Jasmani Kesehatan dan Rekreasi', 'pendidikan', { S1: 'S.Pd.', S2: 'M.Or.' }),
  f('Pendidikan Agama Islam', 'pendidikan', { S1: 'S.Pd.I.', S2: 'M.Pd.I.' }),
  f('Bimbingan dan Konseling', 'pendidikan', { S1: 'S.Pd.', S2: 'M.Pd.' }),
  f('Pendidikan Luar Sekolah', 'pendidikan', { S1: 'S.Pd.' }),
  f('Manajemen Pendidikan', 'pendidikan', { S1: 'S.Pd.', S2: 'M.Pd.' }),
  f('Akuntansi', 'keuangan', { D3: 'A.Md.Ak.', S1: 'S.E.', S2: 'M.Ak.' }),
  f('Manajemen', 'keuangan', { D3: 'A.Md.', S1: 'S.E.', S2: 'M.M.' }),
  f('Ekonomi Pembangunan', 'keuangan', { S1: 'S.E.', S2: 'M.Si.' }),
  f('Perpajakan', 'keuangan', { D3: 'A.Md.', S1: 'S.E.' }),
  f('Ilmu Hukum', 'hukum', { S1: 'S.H.', S2: 'M.H.' }),
  f('Ilmu Administrasi Negara', 'pemerintahan', { D3: 'A.Md.', S1: 'S.Sos.', S2: 'M.AP.' }),
  f('Ilmu Pemerintahan', 'pemerintahan', { D4: 'S.STP.', S1: 'S.IP.', S2: 'M.Si.' }),
  f('Ilmu Politik', 'pemerintahan', { S1: 'S.IP.', S2: 'M.Si.' }),
  f('Administrasi Perkantoran', 'pemerintahan', { D3: 'A.Md.' }),
  f('Kesejahteraan Sosial', 'sosial', { S1: 'S.Sos.', S2: 'M.Kesos.' }),
  f('Pekerjaan Sosial', 'sosial', { D4: 'S.Tr.Sos.' }),
  f('Sosiologi', 'sosial', { S1: 'S.Sos.', S2: 'M.Si.' }),
  f('Psikologi', 'sosial', { S1: 'S.Psi.', S2: 'M.Psi.' }),
  f('Ilmu Komunikasi', 'sosial', { S1: 'S.I.Kom.', S2: 'M.I.Kom.' }),
  f('Teknik Sipil', 'teknik', { D3: 'A.Md.T.', S1: 'S.T.', S2: 'M.T.' }),
  f('Arsitektur', 'teknik', { S1: 'S.Ars.', S2: 'M.T.' }),
  f('Teknik Lingkungan', 'teknik', { S1: 'S.T.', S2: 'M.T.' }),
  f('Teknik Elektro', 'teknik', { D3: 'A.Md.T.', S1: 'S.T.' }),
  f('Teknik Mesin', 'teknik', { D3: 'A.Md.T.', S1: 'S.T.' }),
  f('Perencanaan Wilayah dan Kota', 'teknik', { S1: 'S.T.', S2: 'M.T.' }),
  f('Teknik Informatika', 'informatika', { D3: 'A.Md.Kom.', S1: 'S.Kom.', S2: 'M.Kom.' }),
  f('Sistem Informasi', 'informatika', { S1: 'S.Kom.', S2: 'M.Kom.' }),
  f('Manajemen Informatika', 'informatika', { D3: 'A.Md.Kom.' }),
  f('Ilmu Komputer', 'informatika', { S1: 'S.Kom.', S2: 'M.Kom.' }),
  f('Agroteknologi', 'pertanian', { S1: 'S.P.', S2: 'M.P.' }),
  f('Agribisnis', 'pertanian', { S1: 'S.P.', S2: 'M.Si.' }),
  f('Peternakan', 'pertanian', { S1: 'S.Pt.' }),
  f('Kedokteran Hewan', 'pertanian', { S1: 'S.K.H.' }, { prefix: 'drh.' }),
  f('Kesehatan Hewan', 'pertanian', { D3: 'A.Md.Vet.' }),
  f('Teknologi Pangan', 'pertanian', { S1: 'S.TP.' }),
  f('Statistika', 'statistik', { S1: 'S.Stat.', S2: 'M.Si.' }),
  f('Ilmu Perpustakaan', 'pustaka', { D3: 'A.Md.', S1: 'S.I.P.' }),
  f('Kearsipan', 'pustaka', { D3: 'A.Md.Ars.', D4: 'S.Tr.Ars.' }),
  f('Pariwisata', 'budaya', { D3: 'A.Md.Par.', S1: 'S.Par.' }),
  f('Ilmu Keolahragaan', 'budaya', { S1: 'S.Or.' }),
  f('Manajemen Transportasi', 'perhubungan', { D3: 'A.Md.Tra.', D4: 'S.Tr.Tra.' }),
];

const BY_NAME = new Map(STUDY_FIELDS.map((field) => [field.name, field]));

/** The field record of a name from {@link STUDY_FIELDS}; throws on a name not in the table. */
export function studyField(name: string): StudyField {
  const field = BY_NAME.get(name);
  if (field === undefined) throw new Error(`Unknown study field: ${name}`);
  return field;
}

/** Fields of one sector offered at `level`. */
export function fieldsOf(sector: Sector, level: DegreeLevel): readonly StudyField[] {
  return STUDY_FIELDS.filter((field) => field.sector === sector && field.titles[level] !== undefined);
}

/** Fields any sector's office staff commonly hold (administration, economics, law). */
export const GENERAL_FIELDS: readonly string[] = [
  'Ilmu Administrasi Negara',
  'Ilmu Pemerintahan',
  'Manajemen',
  'Akuntansi',
  'Ilmu Hukum',
  'Ekonomi Pembangunan',
  'Sosiologi',
  'Ilmu Komunikasi',
];

/** Senior-high majors (SMA/SMK) written in the Jurusan column of SMA graduates. */
export const SMA_MAJORS: readonly (readonly [string, number])[] = [
  ['IPA', 20],
  ['IPS', 30],
  ['Administrasi Perkantoran', 14],
  ['Akuntansi', 10],
  ['Teknik Komputer dan Jaringan', 6],
  ['Teknik Kendaraan Ringan', 4],
  ['Teknik Instalasi Tenaga Listrik', 3],
  ['Pemasaran', 4],
  ['Bahasa', 3],
  ['Tata Boga', 2],
];

/**
 * A built-in taxonomy of common Indonesian study programmes and the government sectors
 * they serve: nursing fits Dinas Kesehatan, accounting the finance agencies, and
 * so on. Study fields and posts (unit name + position name) are both read into a bit mask
 * of sectors by whole-word keyword phrases; scoring then compares masks, no strings.
 */
import { wordsOf } from '../rules/wordsOf';

export const SECTORS = [
  'kesehatan',
  'pendidikan',
  'keuangan',
  'hukum',
  'infrastruktur',
  'tik',
  'sosial',
  'pemerintahan',
  'pertanian',
  'lingkungan',
  'perhubungan',
  'kependudukan',
  'kepegawaian',
  'perencanaan',
  'komunikasi',
  'ekonomi',
  'pariwisata',
  'perpustakaan',
  'keagamaan',
] as const;
export type Sector = (typeof SECTORS)[number];

interface SectorWords {
  /** Study-programme phrases (Jurusan) of the sector. */
  readonly fields: readonly string[];
  /** Unit and position-name phrases of the sector's posts. */
  readonly posts: readonly string[];
  /** Phrases that look like the sector but are not (e.g. "kedokteran hewan" is not health). */
  readonly notFields?: readonly string[];
  readonly notPosts?: readonly string[];
}

const WORDS: Readonly<Record<Sector, SectorWords>> = {
  kesehatan: {
    fields: [
      'keperawatan',
      'ners',
      'perawat',
      'kebidanan',
      'bidan',
      'kesehatan masyarakat',
      'farmasi',
      'apoteker',
      'gizi',
      'kedokteran',
      'dokter',
      'analis kesehatan',
      'teknologi laboratorium medis',
      'kesehatan lingkungan',
      'sanitasi',
      'rekam medis',
      'rekam medik',
      'fisioterapi',
      'radiologi',
      'keperawatan gigi',
      'kesehatan gigi',
      'epidemiologi',
      'kesehatan',
    ],
    notFields: ['kedokteran hewan'],
    posts: [
      'kesehatan',
      'rsud',
      'rumah sakit',
      'puskesmas',
      'perawat',
      'bidan',
      'dokter',
      'apoteker',
      'nutrisionis',
      'sanitarian',
      'epidemiolog',
      'pranata laboratorium kesehatan',
      'perekam medis',
      'radiografer',
      'fisioterapis',
      'labkesda',
      'farmasi',
      'gizi',
    ],
  },
  pendidikan: {
    fields: [
      'pendidikan',
      'pgsd',
      'pgtk',
      'pgpaud',
      'paud',
      'keguruan',
      'fkip',
      'tarbiyah',
      'bimbingan konseling',
      'bimbingan dan konseling',
    ],
    notFields: ['pendidikan dokter'],
    posts: ['pendidikan', 'sekolah', 'guru', 'penilik', 'pamong belajar', 'sd negeri', 'smp negeri', 'sdn', 'smpn', 'tk negeri', 'paud'],
    notPosts: ['pendidikan dan pelatihan', 'diklat'],
  },
  keuangan: {
    fields: ['akuntansi', 'ekonomi', 'manajemen keuangan', 'keuangan', 'perbankan', 'perpajakan', 'pajak', 'ekonomi pembangunan'],
    posts: [
      'bpkad',
      'bpkpad',
      'keuangan',
      'bapenda',
      'pendapatan',
      'inspektorat',
      'bendahara',
      'akuntan',
      'auditor',
      'pajak',
      'retribusi',
      'aset',
      'anggaran',
      'perbendaharaan',
      'akuntansi',
    ],
  },
  hukum: {
    fields: ['hukum', 'syariah', 'hukum islam', 'hukum tata negara'],
    posts: [
      'hukum',
      'satpol pp',
      'satuan polisi pamong praja',
      'polisi pamong praja',
      'pol pp',
      'inspektorat',
      'perancang peraturan',
      'penyidik',
      'ppns',
      'perundang undangan',
      'advokasi',
    ],
  },
  infrastruktur: {
    fields: [
      'teknik sipil',
      'sipil',
      'arsitektur',
      'planologi',
      'perencanaan wilayah',
      'perencanaan wilayah dan kota',
      'tata kota',
      'geodesi',
      'teknik geodesi',
      'teknik bangunan',
      'teknik mesin',
      'teknik elektro',
    ],
    posts: [
      'pupr',
      'pekerjaan umum',
      'penataan ruang',
      'perkim',
      'perumahan',
      'permukiman',
      'tata ruang',
      'bangunan',
      'jalan',
      'jembatan',
      'sumber daya air',
      'pengairan',
      'penata ruang',
      'drainase',
      'konstruksi',
    ],
  },
  tik: {
    fields: [
      'teknik informatika',
      'informatika',
      'sistem informasi',
      'ilmu komputer',
      'manajemen informatika',
      'komputer',
      'teknik komputer',
      'komputerisasi akuntansi',
      'teknologi informasi',
      'rekayasa perangkat lunak',
      'sains data',
    ],
    posts: [
      'kominfo',
      'diskominfo',
      'informatika',
      'persandian',
      'pranata komputer',
      'sistem informasi',
      'aplikasi',
      'jaringan',
      'teknologi informasi',
      'e government',
      'sandiman',
    ],
  },
  sosial: {
    fields: ['kesejahteraan sosial', 'pekerjaan sosial', 'sosiologi', 'sosial', 'antropologi'],
    posts: [
      'sosial',
      'pekerja sosial',
      'penyuluh sosial',
      'rehabilitasi sosial',
      'perlindungan sosial',
      'pemberdayaan perempuan',
      'perlindungan anak',
      'pemberdayaan masyarakat',
      'fakir miskin',
    ],
  },
  pemerintahan: {
    fields: [
      'administrasi negara',
      'administrasi publik',
      'administrasi',
      'pemerintahan',
      'ilmu politik',
      'politik',
      'administrasi perkantoran',
      'manajemen pemerintahan',
      'kebijakan publik',
    ],
    notPosts: ['pekerjaan umum', 'rumah sakit umum'],
    posts: [
      'sekretariat daerah',
      'setda',
      'pemerintahan',
      'organisasi',
      'kecamatan',
      'kelurahan',
      'camat',
      'lurah',
      'sekretariat dprd',
      'dprd',
      'kesbangpol',
      'kesatuan bangsa',
      'umum',
      'tata usaha',
      'administrasi',
    ],
  },
  pertanian: {
    fields: [
      'pertanian',
      'agroteknologi',
      'agribisnis',
      'agronomi',
      'peternakan',
      'perikanan',
      'kedokteran hewan',
      'ilmu tanah',
      'hortikultura',
      'teknologi pangan',
      'pangan',
      'kehutanan',
    ],
    posts: [
      'pertanian',
      'ketahanan pangan',
      'pangan',
      'penyuluh pertanian',
      'peternakan',
      'perikanan',
      'tanaman pangan',
      'hortikultura',
      'medik veteriner',
      'paramedik veteriner',
      'organisme pengganggu tumbuhan',
    ],
  },
  lingkungan: {
    fields: ['teknik lingkungan', 'lingkungan', 'kesehatan lingkungan', 'biologi', 'kehutanan'],
    posts: ['lingkungan hidup', 'dlh', 'lingkungan', 'kebersihan', 'persampahan', 'pertamanan', 'pengendali dampak lingkungan', 'sampah'],
  },
  perhubungan: {
    fields: ['transportasi', 'perhubungan', 'lalu lintas', 'otomotif', 'teknik mesin'],
    posts: ['perhubungan', 'dishub', 'terminal', 'parkir', 'lalu lintas', 'angkutan', 'penguji kendaraan', 'transportasi'],
  },
  kependudukan: {
    fields: ['statistika', 'statistik', 'kependudukan', 'demografi', 'matematika', 'aktuaria'],
    posts: [
      'disdukcapil',
      'kependudukan',
      'pencatatan sipil',
      'catatan sipil',
      'adminduk',
      'statistik',
      'statistisi',
      'pengendalian penduduk',
      'keluarga berencana',
    ],
  },
  kepegawaian: {
    fields: ['psikologi', 'manajemen sumber daya manusia', 'manajemen sdm', 'sumber daya manusia', 'msdm'],
    posts: [
      'bkpsdm',
      'bkd',
      'kepegawaian',
      'sumber daya manusia',
      'analis sdm aparatur',
      'asesor sdm aparatur',
      'pendidikan dan pelatihan',
      'diklat',
      'psikolog',
    ],
  },
  perencanaan: {
    fields: ['ekonomi pembangunan', 'planologi', 'perencanaan wilayah', 'perencanaan pembangunan', 'statistika', 'statistik'],
    posts: [
      'bappeda',
      'perencanaan',
      'penelitian dan pengembangan',
      'litbang',
      'perencana',
      'riset',
      'inovasi',
      'bapelitbang',
      'evaluasi pembangunan',
    ],
  },
  komunikasi: {
    fields: ['ilmu komunikasi', 'komunikasi', 'jurnalistik', 'hubungan masyarakat', 'humas', 'public relations'],
    posts: ['kominfo', 'komunikasi', 'humas', 'hubungan masyarakat', 'protokol', 'pranata humas', 'informasi publik', 'publikasi'],
  },
  ekonomi: {
    fields: ['ekonomi', 'manajemen', 'bisnis', 'administrasi bisnis', 'kewirausahaan', 'manajemen pemasaran', 'koperasi'],
    posts: [
      'perdagangan',
      'perindustrian',
      'koperasi',
      'ukm',
      'umkm',
      'usaha mikro',
      'penanaman modal',
      'pmptsp',
      'dpmptsp',
      'perizinan',
      'investasi',
      'perekonomian',
      'pasar',
      'metrologi',
    ],
  },
  pariwisata: {
    fields: ['pariwisata', 'perhotelan', 'seni', 'sejarah', 'kebudayaan', 'keolahragaan', 'olahraga', 'pendidikan jasmani'],
    posts: ['pariwisata', 'kebudayaan', 'pemuda', 'olahraga', 'dispora', 'disparbud', 'kesenian', 'cagar budaya'],
  },
  perpustakaan: {
    fields: ['perpustakaan', 'kearsipan', 'arsip', 'dokumentasi'],
    posts: ['perpustakaan', 'kearsipan', 'arsip', 'pustakawan', 'arsiparis'],
  },
  keagamaan: {
    fields: ['agama', 'agama islam', 'syariah', 'ushuluddin', 'dakwah', 'teologi'],
    posts: ['kesejahteraan rakyat', 'kesra', 'keagamaan', 'agama'],
  },
};

/** Sectors close enough that a field of one serves the other moderately. */
const RELATED: readonly (readonly [Sector, Sector])[] = [
  ['keuangan', 'ekonomi'],
  ['keuangan', 'perencanaan'],
  ['kependudukan', 'perencanaan'],
  ['kependudukan', 'tik'],
  ['hukum', 'pemerintahan'],
  ['kepegawaian', 'pemerintahan'],
  ['kepegawaian', 'sosial'],
  ['kepegawaian', 'pendidikan'],
  ['lingkungan', 'kesehatan'],
  ['lingkungan', 'infrastruktur'],
  ['lingkungan', 'pertanian'],
  ['infrastruktur', 'perhubungan'],
  ['infrastruktur', 'perencanaan'],
  ['komunikasi', 'tik'],
  ['perpustakaan', 'pendidikan'],
  ['perpustakaan', 'tik'],
  ['pariwisata', 'ekonomi'],
  ['pariwisata', 'pendidikan'],
  ['ekonomi', 'pertanian'],
  ['keagamaan', 'sosial'],
  ['keagamaan', 'pendidikan'],
];

/** Fields that serve any administrative post moderately (public administration, government, management). */
const GENERAL_FIELDS: readonly string[] = ['administrasi', 'pemerintahan', 'manajemen', 'kebijakan publik', 'ilmu politik'];

const bit = (s: Sector): number => 1 << SECTORS.indexOf(s);
export const SECTOR_BIT: Readonly<Record<Sector, number>> = Object.fromEntries(SECTORS.map((s) => [s, bit(s)])) as Record<Sector, number>;

const has = (padded: string, phrase: string): boolean => padded.includes(` ${phrase} `);
const hasAny = (padded: string, phrases: readonly string[] | undefined): boolean => (phrases ?? []).some((ph) => has(padded, ph));

function maskOf(
  text: string,
  pick: (w: SectorWords) => readonly string[],
  skip: (w: SectorWords) => readonly string[] | undefined,
): number {
  const padded = ` ${wordsOf(text)} `;
  let mask = 0;
  for (const s of SECTORS) {
    const words = WORDS[s];
    let local = padded;
    for (const phrase of skip(words) ?? []) local = local.split(` ${phrase} `).join(' ');
    if (hasAny(local, pick(words))) mask |= bit(s);
  }
  return mask;
}

/** Sectors a study programme serves ("S1 Keperawatan" → kesehatan). */
export const fieldSectorsOf = (jurusan: string): number =>
  maskOf(
    jurusan,
    (w) => w.fields,
    (w) => w.notFields,
  );

/** Sectors of a post, from a unit name or position name ("Dinas Kesehatan" → kesehatan). */
export const postSectorsOf = (text: string): number =>
  maskOf(
    text,
    (w) => w.posts,
    (w) => w.notPosts,
  );

/** True for fields that serve any administrative post moderately. */
export const isGeneralField = (jurusan: string): boolean => hasAny(` ${wordsOf(jurusan)} `, GENERAL_FIELDS);

/** Sectors related to any of `mask` (without `mask` itself). */
export function relatedSectorsOf(mask: number): number {
  let related = 0;
  for (const [a, b] of RELATED) {
    if (mask & bit(a)) related |= bit(b);
    if (mask & bit(b)) related |= bit(a);
  }
  return related & ~mask;
}

/** Sector names of a mask, in taxonomy order (for explanations). */
export const sectorNames = (mask: number): Sector[] => SECTORS.filter((s) => (mask & bit(s)) !== 0);

const DEGREE_WORDS = new Set([
  's1',
  's2',
  's3',
  'd1',
  'd2',
  'd3',
  'd4',
  'diploma',
  'sarjana',
  'magister',
  'doktor',
  'terapan',
  'program',
  'studi',
  'prodi',
  'jurusan',
  'strata',
  'ilmu',
  'i',
  'ii',
  'iii',
  'iv',
]);

/**
 * Comparison key of a study field with degree words dropped, so "S1 Keperawatan",
 * "Ilmu Keperawatan" and "Keperawatan" compare equal.
 */
export function fieldKeyOf(jurusan: string): string {
  const words = wordsOf(jurusan).split(' ');
  const kept = words.filter((w) => w.length > 1 && !DEGREE_WORDS.has(w) && !/^\d+$/.test(w));
  return (kept.length > 0 ? kept : words).join('');
}

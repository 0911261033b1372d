/**
 * The territorial and front-line units of Kota Tebing Tinggi: its five kecamatan with their
 * 35 kelurahan, the puskesmas, and a sample of state primary and junior secondary schools.
 * Kelurahan names are the city's own (seven per kecamatan); school numbers are synthetic.
 * Health centres and schools differ in staffing, so the same professions are short in some
 * and in surplus in others.
 */
import type { FamilyKey, FungsionalLevel } from './fungsionalFamilies';
import { fj, p, s, type UnitSpec } from './unitSpec';

/** The five kecamatan and their kelurahan. */
export const KECAMATAN: Readonly<Record<string, readonly string[]>> = {
  'Padang Hulu': ['Bandar Sono', 'Lubuk Baru', 'Lubuk Raya', 'Pabatu', 'Padang Merbau', 'Persiakan', 'Tualang'],
  'Padang Hilir': ['Bagelen', 'Damar Sari', 'Deblod Sundoro', 'Satria', 'Tambangan', 'Tambangan Hulu', 'Tebing Tinggi'],
  Bajenis: ['Bandar Sakti', 'Berohol', 'Bulian', 'Durian', 'Pelita', 'Pinang Mancung', 'Teluk Karang'],
  Rambutan: ['Karya Jaya', 'Lalang', 'Mekar Sentosa', 'Rantau Laban', 'Sri Padang', 'Tanjung Marulak', 'Tanjung Marulak Hilir'],
  'Tebing Tinggi Kota': ['Badak Bejuang', 'Bandar Utama', 'Mandailing', 'Pasar Baru', 'Pasar Gambir', 'Rambung', 'Tebing Tinggi Lama'],
};

/** Puskesmas of the city, named after the kelurahan they sit in. */
export const PUSKESMAS = [
  'Rantau Laban',
  'Rambung',
  'Satria',
  'Pasar Gambir',
  'Sri Padang',
  'Tanjung Marulak',
  'Teluk Karang',
  'Brohol',
  'Pabatu',
] as const;

type Vacant = Partial<Record<FamilyKey, Partial<Record<FungsionalLevel, number>>>>;

interface Staffing {
  /** Staffing factor (see `UnitSpec.fill`): below 1 short, above 1 in surplus. */
  readonly fill: number;
  /** ABK figure relative to formasi; absent = the Unit Kerja sheet draws one. */
  readonly abk?: number;
  readonly balanced?: boolean;
  /** Functional posts kept vacant (and urgent), by family and level. */
  readonly vacant?: Vacant;
}

/**
 * How each puskesmas is staffed: some short with urgent vacancies (a nurse and a midwife
 * post, a doctor post beside nurses due for rotation), some in surplus of the same
 * professions, and Pabatu balanced with everyone due for rotation.
 */
const PUSKESMAS_STAFFING: Readonly<Record<(typeof PUSKESMAS)[number], Staffing>> = {
  'Rantau Laban': { fill: 0.7, abk: 1.05, vacant: { PRW: { pertama: 1 }, BDN: { terampil: 1 } } },
  Rambung: { fill: 1.4, abk: 0.9 },
  Satria: { fill: 0.78, abk: 1.05, vacant: { DOK: { pertama: 1 } } },
  'Pasar Gambir': { fill: 1.3, abk: 0.92 },
  'Sri Padang': { fill: 0.82, abk: 1 },
  'Tanjung Marulak': { fill: 1.35, abk: 0.9 },
  'Teluk Karang': { fill: 0.75, abk: 1.05, vacant: { PRW: { muda: 1 } } },
  Brohol: { fill: 0.9 },
  Pabatu: { fill: 1, balanced: true },
};

/** School staffing cycles through these factors, so some schools are short and others in surplus. */
const SD_FILL = [0.75, 1.3, 0.9, 1.35, 0.8, 1.1, 0.95, 1.25, 0.85, 1] as const;
const SMP_FILL = [0.78, 1.3, 0.88, 1.25, 0.85, 1] as const;
/** Schools staffed exactly to need with every teacher due for rotation. */
const BALANCED_SCHOOLS = new Set(['SDN164518', 'SMPN6']);
/** Urgent teacher vacancies: a class teacher in a short SD, mathematics and English in a short SMP. */
const SCHOOL_VACANT: Readonly<Record<string, Vacant>> = {
  SDN163080: { GKL: { pertama: 1 } },
  SMPN1: { GMT: { muda: 1 }, GBE: { pertama: 1 } },
};

const staffingOf = (st: Staffing): Pick<UnitSpec, 'fill' | 'need' | 'abkFactor' | 'balanced'> => ({
  fill: st.fill,
  ...(st.abk === undefined ? {} : { need: 'abk' as const, abkFactor: st.abk }),
  ...(st.balanced === true ? { balanced: true } : {}),
});

const SD_NUMBERS = [
  163080, 163081, 163082, 163083, 163084, 163085, 163086, 163087, 163088, 163089, 164509, 164510, 164511, 164512, 164513, 164514, 164515,
  164516, 164517, 164518,
] as const;
const SMP_COUNT = 6;

const compact = (name: string): string => name.toUpperCase().replace(/[^A-Z0-9]/g, '');

function kecamatan(name: string): UnitSpec {
  return {
    name: `Kecamatan ${name}`,
    code: `KEC-${compact(name)}`,
    kind: 'kecamatan',
    sectors: ['pemerintahan'],
    layananPublik: true,
    fill: 1.15,
    structural: [
      s('CMT', `Camat ${name}`, 'III.a', `Kecamatan ${name}`),
      s('SCM', `Sekretaris Kecamatan ${name}`, 'III.b', `kesekretariatan Kecamatan ${name}`),
      ...['Pemerintahan', 'Ketenteraman dan Ketertiban Umum', 'Pemberdayaan Masyarakat dan Kesejahteraan Sosial', 'Pelayanan Umum'].map(
        (b) => s('KSI', `Kepala Seksi ${b}`, 'IV.a', `Seksi ${b}`),
      ),
      ...['Umum dan Kepegawaian', 'Perencanaan dan Keuangan'].map((b) => s('KSB', `Kepala Subbagian ${b}`, 'IV.b', `Subbagian ${b}`)),
    ],
    staff: [p('ADM', 5), p('OLO', 3), p('PPEM', 2), p('PTB', 2), p('PKEU', 1), p('PGM', 1), ...fj('PSM', { pertama: 1 })],
  };
}

function kelurahan(name: string, index: number): UnitSpec {
  return {
    name: `Kelurahan ${name}`,
    code: `KEL-${compact(name)}`,
    kind: 'kelurahan',
    sectors: ['pemerintahan'],
    layananPublik: true,
    // Kelurahan staffing varies around the average; a fixed pattern keeps the catalog seed-free.
    fill: [1.2, 0.9, 1.05, 0.85, 1.1, 1, 0.95][index % 7] ?? 1,
    structural: [
      s('LRH', `Lurah ${name}`, 'IV.a', `Kelurahan ${name}`),
      s('SLR', `Sekretaris Lurah ${name}`, 'IV.b', `kesekretariatan Kelurahan ${name}`),
      s('KSI', 'Kepala Seksi Pemerintahan dan Ketenteraman', 'IV.b', 'Seksi Pemerintahan dan Ketenteraman'),
      s('KSI', 'Kepala Seksi Pemberdayaan Masyarakat dan Pelayanan Umum', 'IV.b', 'Seksi Pemberdayaan Masyarakat dan Pelayanan Umum'),
    ],
    staff: [p('ADM', 2), p('OLO', 1), p('PPM', 1)],
  };
}

function puskesmas(name: (typeof PUSKESMAS)[number]): UnitSpec {
  const st = PUSKESMAS_STAFFING[name];
  const v = st.vacant ?? {};
  return {
    name: `Puskesmas ${name}`,
    code: `PKM-${compact(name)}`,
    kind: 'puskesmas',
    sectors: ['kesehatan'],
    layananPublik: true,
    growth: 2.5,
    ...staffingOf(st),
    structural: [
      s('KPKM', `Kepala Puskesmas ${name}`, 'IV.a', `Puskesmas ${name}`),
      s('KTU', 'Kepala Subbagian Tata Usaha', 'IV.b', `tata usaha Puskesmas ${name}`),
    ],
    staff: [
      ...fj('DOK', { pertama: 2, muda: 1 }, v.DOK),
      ...fj('DKG', { pertama: 1 }),
      ...fj('PRW', { terampil: 6, mahir: 2, pertama: 3, muda: 2 }, v.PRW),
      ...fj('BDN', { terampil: 6, mahir: 2, pertama: 1, muda: 1 }, v.BDN),
      ...fj('AAP', { terampil: 1 }),
      ...fj('APT', { pertama: 1 }),
      ...fj('PLB', { terampil: 1 }),
      ...fj('NUT', { terampil: 1 }),
      ...fj('SAN', { terampil: 1 }),
      ...fj('PKM', { pertama: 1 }),
      ...fj('PRM', { terampil: 1 }),
      p('OLK', 2),
      p('ADM', 2),
      p('PKEU', 1),
    ],
  };
}

function school(code: string, fill: number): Pick<UnitSpec, 'fill' | 'balanced'> {
  return BALANCED_SCHOOLS.has(code) ? { fill: 1, balanced: true } : { fill };
}

function sd(number: number, index: number): UnitSpec {
  const code = `SDN${number}`;
  const v = SCHOOL_VACANT[code] ?? {};
  return {
    name: `SD Negeri ${number} Tebing Tinggi`,
    code,
    kind: 'sekolah',
    sectors: ['pendidikan'],
    layananPublik: true,
    ...school(code, SD_FILL[index % SD_FILL.length] ?? 1),
    structural: [],
    staff: [
      ...fj('GKL', { pertama: 5, muda: 3, madya: 2 }, v.GKL),
      ...fj('GPAI', { pertama: 1 }),
      ...fj('GPJ', { pertama: 1 }),
      p('ADM', 1),
    ],
  };
}

function smp(number: number): UnitSpec {
  const code = `SMPN${number}`;
  const v = SCHOOL_VACANT[code] ?? {};
  return {
    name: `SMP Negeri ${number} Tebing Tinggi`,
    code,
    kind: 'sekolah',
    sectors: ['pendidikan'],
    layananPublik: true,
    ...school(code, SMP_FILL[(number - 1) % SMP_FILL.length] ?? 1),
    structural: [],
    staff: [
      ...fj('GMT', { pertama: 2, muda: 2, madya: 1 }, v.GMT),
      ...fj('GBI', { pertama: 2, muda: 2, madya: 1 }),
      ...fj('GBE', { pertama: 2, muda: 1, madya: 1 }, v.GBE),
      ...fj('GIPA', { pertama: 2, muda: 2, madya: 1 }),
      ...fj('GIPS', { pertama: 2, muda: 1, madya: 1 }),
      ...fj('GPJ', { pertama: 2, muda: 1 }),
      ...fj('GPAI', { pertama: 2, muda: 1 }),
      ...fj('GPKN', { pertama: 1, muda: 1 }),
      ...fj('GBK', { pertama: 2, muda: 1 }),
      p('ADM', 3),
      p('PKEU', 1),
      p('PDI', 1),
    ],
  };
}

/** Kecamatan offices, kelurahan, puskesmas and schools, in sheet order. */
export function cityWilayah(): UnitSpec[] {
  const units: UnitSpec[] = [];
  let k = 0;
  for (const [kec, kels] of Object.entries(KECAMATAN)) {
    units.push(kecamatan(kec));
    for (const kel of kels) units.push(kelurahan(kel, k++));
  }
  for (const name of PUSKESMAS) units.push(puskesmas(name));
  SD_NUMBERS.forEach((number, i) => units.push(sd(number, i)));
  for (let n = 1; n <= SMP_COUNT; n++) units.push(smp(n));
  return units;
}

/**
 * Builds the sample's organisation: the units and every position with its formasi, scaled
 * to the requested number of employees. Up to about 7,500 employees the sample is one city
 * whose formasi grow with the size; beyond that the whole city is repeated as regions
 * ("Dinas Kesehatan (Wilayah 2)") so that position count grows with employee count, as in
 * a province-sized instance.
 */
import type { Golongan, JenisJabatan, Jenjang } from '../domain/model/types';
import { CITY_AGENCIES } from './cityAgencies';
import { cityWilayah } from './cityWilayah';
import { FAMILIES, LEVELS, type FungsionalLevel, type Workforce } from './fungsionalFamilies';
import { PELAKSANA } from './pelaksanaTemplates';
import { fieldsOf, GENERAL_FIELDS } from './studyFields';
import { ESELON, type StaffLine, type StructuralPost, type UnitSpec } from './unitSpec';

export interface SampleUnit {
  readonly name: string;
  readonly spec: UnitSpec;
  /** 1 for Kota Tebing Tinggi itself, 2… for the repeated regions of large samples. */
  readonly region: number;
}

export interface SamplePosition {
  readonly code: string;
  readonly name: string;
  readonly unit: SampleUnit;
  readonly jenis: JenisJabatan;
  readonly kelas: number;
  readonly eselon: string | null;
  readonly formasi: number;
  readonly golonganMin: Golongan;
  readonly golonganMax: Golongan;
  readonly pendidikanMin: Jenjang;
  readonly fields: readonly string[];
  readonly kompetensi: readonly string[];
  readonly tugas: string;
  /** Share of women among holders. */
  readonly female: number;
  /** PPPK intake the post belongs to; null for structural posts (never PPPK). */
  readonly workforce: Workforce | null;
  readonly level: FungsionalLevel | null;
  /** Template key (PLKES, PRW, …) or the structural abbreviation (KA, LRH, …). */
  readonly key: string;
  /** Vacancies the staffing step must leave open (the planted cases' target posts). */
  readonly minVacancy: number;
  /**
   * Batas Usia Pensiun of the holder: 58 for administrasi, pelaksana and fungsional ahli
   * pertama, ahli muda and keterampilan, 60 for JPT and ahli madya (UU 20/2023 Pasal 55;
   * PP 11/2017 Pasal 239 (2)), or the profession's own age (guru 60, PP 11/2017 Pasal 240).
   */
  readonly bup: number;
}

export interface Organisation {
  readonly units: readonly SampleUnit[];
  readonly positions: readonly SamplePosition[];
}

/** Share of formasi left vacant overall (net of surpluses), the middle of the 8-12 % band. */
export const TARGET_VACANCY_RATE = 0.1;
/** Employees per repeated region once the sample outgrows one city. */
const EMPLOYEES_PER_REGION = 5000;

/** Minimum formasi for a line that planted cases rely on, by unit name and template key. */
export type MinFormasi = (unitName: string, key: string) => number;

/**
 * The organisation for `employees` staff. Total formasi is about employees / 0.9, so about
 * a tenth of all posts are vacant before surpluses are counted.
 */
export function buildOrganisation(employees: number, minFormasi: MinFormasi): Organisation {
  const regions = Math.max(1, Math.round(employees / EMPLOYEES_PER_REGION));
  const specs = [...CITY_AGENCIES, ...cityWilayah()];
  const formasi = formasiPerLine(specs, employees / (1 - TARGET_VACANCY_RATE) / regions, minFormasi);

  const units: SampleUnit[] = [];
  const positions: SamplePosition[] = [];
  for (let region = 1; region <= regions; region++) {
    for (const spec of specs) {
      const unit: SampleUnit = { name: region === 1 ? spec.name : `${spec.name} (Wilayah ${region})`, spec, region };
      units.push(unit);
      const prefix = region === 1 ? spec.code : `W${region}-${spec.code}`;
      const counters = new Map<string, number>();
      const codeFor = (abbr: string): string => {
        const n = (counters.get(abbr) ?? 0) + 1;
        counters.set(abbr, n);
        return `${prefix}-${abbr}-${n < 10 ? `0${n}` : n}`;
      };
      for (const post of spec.structural) positions.push(structuralPosition(unit, post, codeFor(post.abbr)));
      for (const line of spec.staff) {
        const f = formasi.get(line) ?? 0;
        if (f > 0) positions.push(staffPosition(unit, line, f, codeFor(abbrOf(line))));
      }
    }
  }
  return { units, positions };
}

function abbrOf(line: StaffLine): string {
  return line.kind === 'pelaksana' ? PELAKSANA[line.key].abbr : FAMILIES[line.family].abbr;
}

function lineKey(line: StaffLine): string {
  return line.kind === 'pelaksana' ? line.key : line.family;
}

/**
 * Formasi per staff line so that one region's structural posts plus staff formasi meet
 * `target`: base formasi scaled and apportioned by largest remainder (lines that round to
 * zero disappear in small samples), then raised to the floors the planted cases and the
 * vacancy guarantees need.
 */
function formasiPerLine(specs: readonly UnitSpec[], target: number, minFormasi: MinFormasi): Map<StaffLine, number> {
  let structural = 0;
  let base = 0;
  const lines: { line: StaffLine; floor: number }[] = [];
  for (const spec of specs) {
    structural += spec.structural.length;
    for (const line of spec.staff) {
      base += line.formasi;
      const floor = Math.max(minFormasi(spec.name, lineKey(line)), line.minVacancy === undefined ? 0 : line.minVacancy + 2);
      lines.push({ line, floor });
    }
  }
  const seats = Math.max(0, Math.round(target) - structural);
  const k = base > 0 ? seats / base : 0;
  const out = new Map<StaffLine, number>();
  const remainders: [number, number][] = [];
  let given = 0;
  lines.forEach(({ line }, i) => {
    const exact = line.formasi * k;
    const whole = Math.floor(exact);
    out.set(line, whole);
    given += whole;
    remainders.push([exact - whole, i]);
  });
  remainders.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let r = 0; given < seats && r < remainders.length; r++, given++) {
    const line = lines[remainders[r]?.[1] ?? -1]?.line;
    if (line !== undefined) out.set(line, (out.get(line) ?? 0) + 1);
  }
  for (const { line, floor } of lines) if ((out.get(line) ?? 0) < floor) out.set(line, floor);
  return out;
}

const STRUCTURAL_KOMPETENSI: Readonly<Record<'JPT' | 'Administrator' | 'Pengawas', readonly string[]>> = {
  JPT: ['Kepemimpinan Strategis', 'Manajemen Kinerja', 'Perencanaan Strategis'],
  Administrator: ['Kepemimpinan', 'Manajemen Program', 'Penganggaran'],
  Pengawas: ['Kepemimpinan Operasional', 'Penyusunan Laporan', 'Pengawasan Pelaksanaan Tugas'],
};

function structuralFields(spec: UnitSpec): string[] {
  const fields = new Set<string>();
  for (const sector of spec.sectors) for (const f of fieldsOf(sector, 'S1').slice(0, 3)) fields.add(f.name);
  for (const f of GENERAL_FIELDS.slice(0, 3)) fields.add(f);
  return [...fields];
}

function structuralPosition(unit: SampleUnit, post: StructuralPost, code: string): SamplePosition {
  const es = ESELON[post.eselon];
  const tugas =
    es.jenis === 'JPT'
      ? `Memimpin, mengoordinasikan dan mengendalikan penyelenggaraan ${post.scope}.`
      : es.jenis === 'Administrator'
        ? `Memimpin perencanaan, pelaksanaan dan evaluasi program pada ${post.scope}.`
        : `Mengawasi pelaksanaan kegiatan pada ${post.scope} dan melaporkan hasilnya kepada atasan.`;
  return {
    code,
    name: post.name,
    unit,
    jenis: es.jenis,
    kelas: post.kelas ?? es.kelas,
    eselon: post.eselon,
    formasi: 1,
    golonganMin: es.golonganMin,
    golonganMax: es.golonganMax,
    pendidikanMin: es.pendidikanMin,
    fields: structuralFields(unit.spec),
    kompetensi: STRUCTURAL_KOMPETENSI[es.jenis],
    tugas,
    female: 0.35,
    workforce: null,
    level: null,
    key: post.abbr,
    minVacancy: post.vacant === true ? 1 : 0,
    bup: es.jenis === 'JPT' ? 60 : 58,
  };
}

function staffPosition(unit: SampleUnit, line: StaffLine, formasi: number, code: string): SamplePosition {
  const minVacancy = line.minVacancy ?? 0;
  if (line.kind === 'pelaksana') {
    const t = PELAKSANA[line.key];
    return {
      code,
      name: t.name,
      unit,
      jenis: 'Pelaksana',
      kelas: t.kelas,
      eselon: null,
      formasi,
      golonganMin: t.golonganMin,
      golonganMax: t.golonganMax,
      pendidikanMin: t.pendidikanMin,
      fields: t.fields,
      kompetensi: t.kompetensi,
      tugas: t.tugas,
      female: t.female,
      workforce: 'teknis',
      level: null,
      key: line.key,
      minVacancy,
      bup: 58,
    };
  }
  const family = FAMILIES[line.family];
  const level = LEVELS[line.level];
  const keterampilan = line.level === 'terampil' || line.level === 'mahir' || line.level === 'penyelia';
  const terampilMin: Jenjang | undefined = 'terampilMin' in family ? family.terampilMin : undefined;
  return {
    code,
    name: `${family.name} ${level.label}`,
    unit,
    jenis: 'Fungsional',
    kelas: level.kelas,
    eselon: null,
    formasi,
    golonganMin: level.golonganMin,
    golonganMax: level.golonganMax,
    pendidikanMin: keterampilan && terampilMin !== undefined ? terampilMin : level.pendidikanMin,
    fields: family.fields,
    kompetensi: family.kompetensi,
    tugas: family.tugas,
    female: family.female,
    workforce: family.workforce,
    level: line.level,
    key: line.family,
    minVacancy,
    bup: 'bup' in family ? family.bup : line.level === 'madya' ? 60 : 58,
  };
}

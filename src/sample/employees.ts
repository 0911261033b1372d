/**
 * Fills the staffed posts with synthetic employees: status (PNS, CPNS, PPPK), identity,
 * education, career, appraisal and wishes, and places the planted cases in their posts.
 */
import type { DayNumber, EmploymentStatus, Gender } from '../domain/model/types';
import { aspirationsFor, avoidedUnits, indexUnits } from './aspirations';
import { appraisalFor, specialCircumstances } from './appraisal';
import { careerFor } from './career';
import { educationFor } from './education';
import { titledName } from './fullName';
import { NipRegistry, PPPK_MONTH_CODE } from './nip';
import type { Organisation, SamplePosition } from './organisation';
import { personName } from './personNames';
import { PLANTED_NAMES, PLANTED_NIPS, plantedEmployees } from './planted';
import type { Rng } from './random';
import type { SampleEmployee } from './sampleEmployee';
import { ymdOf } from './sampleDates';
import type { Staffing } from './staffing';
import { STUDY_FIELDS } from './studyFields';

/** Target shares of the workforce (BKN statistics for a city: a few % in probation, PPPK growing). */
const CPNS_SHARE = 0.05;
const PPPK_SHARE = 0.08;
const NEAR_RETIREMENT = 0.01;
/** Teachers aged 58-59, past the age most staff retire at but not their own (guru retire at 60). */
const SENIOR_TEACHER = 0.04;
const OFF_RANGE = 0.03;

const SECTOR_OF = new Map(STUDY_FIELDS.map((f) => [f.name, f.sector]));

function isTeacher(pos: SamplePosition): boolean {
  return pos.jenis === 'Fungsional' && pos.name.startsWith('Guru ');
}

function cpnsEligible(pos: SamplePosition): boolean {
  return pos.eselon === null && (pos.jenis === 'Pelaksana' || pos.level === 'pertama' || pos.level === 'terampil');
}

/** PPPK intakes were mostly teachers, then health workers, then technical staff (KepmenPANRB 2021-2024). */
function pppkWeight(pos: SamplePosition): number {
  if (pos.eselon !== null || pos.level === 'madya' || pos.level === 'penyelia') return 0;
  if (pos.workforce === 'guru') return 4;
  if (pos.workforce === 'nakes') return 2.5;
  return pos.jenis === 'Fungsional' ? 1 : 0.4;
}

/** Statuses of the random slots, hitting the target shares in expectation. */
function statusesFor(slots: readonly SamplePosition[], total: number, rng: Rng): EmploymentStatus[] {
  const pppkTotal = slots.reduce((sum, pos) => sum + pppkWeight(pos), 0);
  const cpnsCount = slots.filter(cpnsEligible).length;
  const pPppk = pppkTotal > 0 ? (PPPK_SHARE * total) / pppkTotal : 0;
  const pCpns = cpnsCount > 0 ? (CPNS_SHARE * total) / cpnsCount / (1 - PPPK_SHARE) : 0;
  return slots.map((pos) => {
    // Balanced units are the all-rotation-due case: only PNS have five years in post.
    if (pos.unit.spec.balanced === true) return 'PNS';
    if (rng.chance(Math.min(0.9, pPppk * pppkWeight(pos)))) return 'PPPK';
    if (cpnsEligible(pos) && rng.chance(Math.min(0.9, pCpns))) return 'CPNS';
    return 'PNS';
  });
}

/**
 * The employees of the sample, in unit and position order, planted cases included.
 * With `plant`, the planted cases are placed too; `staffing.holders` must already count them.
 */
export function generateEmployees(org: Organisation, staffing: Staffing, ref: DayNumber, plant: boolean, rng: Rng): SampleEmployee[] {
  const byCode = new Map(org.positions.map((p) => [p.code, p]));
  const planted = plant ? plantedEmployees(byCode, ref) : [];
  const plantedByCode = new Map<string, SampleEmployee[]>();
  for (const e of planted) plantedByCode.set(e.position.code, [...(plantedByCode.get(e.position.code) ?? []), e]);

  const slots: SamplePosition[] = [];
  org.positions.forEach((pos, i) => {
    const random = (staffing.holders[i] ?? 0) - (plantedByCode.get(pos.code)?.length ?? 0);
    for (let k = 0; k < random; k++) slots.push(pos);
  });
  const statuses = statusesFor(slots, slots.length + planted.length, rng.fork('status'));

  const nips = new NipRegistry();
  for (const nip of PLANTED_NIPS) nips.reserve(nip);
  const index = indexUnits(org.units, org.positions);
  const people = rng.fork('people');

  const out: SampleEmployee[] = [];
  let slot = 0;
  for (const pos of org.positions) {
    out.push(...(plantedByCode.get(pos.code) ?? []));
    while (slot < slots.length && slots[slot] === pos) {
      out.push(randomEmployee(pos, statuses[slot] ?? 'PNS', ref, nips, index, people));
      slot++;
    }
  }
  return out;
}

function randomEmployee(
  pos: SamplePosition,
  status: EmploymentStatus,
  ref: DayNumber,
  nips: NipRegistry,
  index: ReturnType<typeof indexUnits>,
  rng: Rng,
): SampleEmployee {
  const gender: Gender = rng.chance(pos.female) ? 'P' : 'L';
  const edu = educationFor(pos, rng);
  const nearRetirement = status === 'PNS' && rng.chance(NEAR_RETIREMENT);
  const seniorTeacher = !nearRetirement && status === 'PNS' && isTeacher(pos) && rng.chance(SENIOR_TEACHER);
  const yearsToRetirement = nearRetirement ? rng.real(0.15, 0.95) : seniorTeacher ? rng.real(1.05, 1.95) : null;
  const offRange = status === 'PNS' && rng.chance(OFF_RANGE);
  const rotationDue = pos.unit.spec.balanced === true;
  const career = careerFor(pos, edu, ref, { status, yearsToRetirement, offRange, rotationDue }, rng);
  const appointed = ymdOf(career.appointed);
  const nip = nips.issue({
    birthDate: career.birthDate,
    appointedYear: appointed.year,
    appointedMonth: status === 'PPPK' ? PPPK_MONTH_CODE : appointed.month,
    gender,
  });
  let name = personName(rng, gender);
  while (PLANTED_NAMES.has(name)) name = personName(rng, gender);
  const degree = edu.current === 'D3' || edu.current === 'D4' || edu.current === 'S1' || edu.current === 'S2';
  const nama = degree ? titledName(name, edu.current, edu.field, pos.key === 'APT', rng) : name;

  const appraisal = appraisalFor(pos, status, pos.fields.includes(edu.field), ref, rng);
  const sector = degree ? (SECTOR_OF.get(edu.field) ?? null) : null;
  const pilihan = rng.chance(status === 'PNS' ? 0.32 : 0.08) ? aspirationsFor(pos, edu.field, sector, index, rng) : [];
  const pertimbanganKhusus = specialCircumstances(gender, rng);
  const bersedia = !rng.chance(nearRetirement ? 0.5 : pertimbanganKhusus !== '' ? 0.4 : 0.09);
  const unitDihindari = rng.chance(0.015) ? avoidedUnits(pos, index, rng) : [];

  return {
    nip,
    nama,
    gender,
    birthDate: career.birthDate,
    status,
    golongan: career.golongan,
    pendidikan: edu.current,
    jurusan: edu.field,
    position: pos,
    tmtJabatan: career.tmtJabatan,
    tmtMutasi: career.tmtMutasi,
    predikat: appraisal.predikat,
    potensi: appraisal.potensi,
    kompetensi: appraisal.kompetensi,
    hukdis: appraisal.hukdis,
    hukdisEnd: appraisal.hukdisEnd,
    pilihan,
    bersedia,
    pertimbanganKhusus,
    unitDihindari,
  };
}

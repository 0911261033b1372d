/**
 * The brief's own examples, planted in every sample so that a demo and the tests can find
 * them by NIP or name:
 * - a nursing graduate doing a pelaksana job in Dinas Sosial for over six years, whose
 *   first choice is Dinas Kesehatan, where a pelaksana post of the same class is vacant (a
 *   mutasi keeps the post's nature: a Perawat post would be a change of jabatan through
 *   uji kompetensi, not a transfer);
 * - a growing Disdukcapil (population growth) whose ABK need is well above its staff;
 * - an administrator in Bagian Umum who asks for the Disdukcapil front office (a pelaksana
 *   post of the same class);
 * - a Dinas Sosial employee with a teaching degree who asks for Dinas Pendidikan.
 * Identities (NIP, name, birth date) are fixed; dates in post are relative to the sample's
 * reference date so the cases keep their meaning whatever that date is.
 */
import type { DayNumber, Gender, Golongan } from '../domain/model/types';
import { UNIT } from './cityAgencies';
import type { SamplePosition } from './organisation';
import type { SampleEmployee } from './sampleEmployee';
import { dayOf, firstOfMonth, yearsBefore } from './sampleDates';

interface PlantedPerson {
  readonly nip: string;
  readonly nama: string;
  readonly gender: Gender;
  readonly golongan: Golongan;
  readonly pendidikan: 'S1';
  readonly jurusan: string;
  readonly unit: string;
  /** Code of the post held now (always in region 1). */
  readonly positionCode: string;
  /** Years in the current post at the reference date. */
  readonly yearsInPost: number;
  readonly pilihan: readonly string[];
  readonly kompetensi: readonly string[];
  /** The vacant post the case is meant to reach. */
  readonly targetCode: string;
  readonly targetUnit: string;
}

const person = (p: PlantedPerson): PlantedPerson => p;

/** The planted cases and the facts tests check. */
export const PLANTED = {
  nursingGraduate: person({
    nip: '199004122014032001',
    nama: 'Rina Marlina Sitorus, S.Kep., Ns.',
    gender: 'P',
    golongan: 'III/c',
    pendidikan: 'S1',
    jurusan: 'Keperawatan',
    unit: UNIT.dinsos,
    positionCode: 'DINSOS-PLO-01',
    yearsInPost: 6.5,
    pilihan: [UNIT.dinkes],
    kompetensi: ['Asuhan Keperawatan', 'Pelayanan Prima', 'Pengolahan Data'],
    targetCode: 'DINKES-PLKES-01',
    targetUnit: UNIT.dinkes,
  }),
  socialToEducation: person({
    nip: '198809232013012002',
    nama: 'Dewi Anggraini Harahap, S.Pd.',
    gender: 'P',
    golongan: 'III/c',
    pendidikan: 'S1',
    jurusan: 'Pendidikan Luar Sekolah',
    unit: UNIT.dinsos,
    positionCode: 'DINSOS-PLO-01',
    yearsInPost: 5.2,
    pilihan: [UNIT.disdik, 'DISDIK-PLPD-01'],
    kompetensi: ['Pelayanan Prima', 'Administrasi Pendidikan', 'Penyusunan Laporan'],
    targetCode: 'DISDIK-PLPD-01',
    targetUnit: UNIT.disdik,
  }),
  administratorToService: person({
    nip: '198502142009031004',
    nama: 'Muhammad Syahputra Lubis, S.Sos.',
    gender: 'L',
    golongan: 'III/c',
    pendidikan: 'S1',
    jurusan: 'Ilmu Administrasi Negara',
    unit: UNIT.bagianUmum,
    positionCode: 'BAGUMUM-PU-01',
    yearsInPost: 7.1,
    pilihan: ['DISDUKCAPIL-OLO-01', UNIT.disdukcapil],
    kompetensi: ['Administrasi Perkantoran', 'Pelayanan Prima', 'Microsoft Office'],
    targetCode: 'DISDUKCAPIL-OLO-01',
    targetUnit: UNIT.disdukcapil,
  }),
  disdukcapil: {
    unit: UNIT.disdukcapil,
    growthPercent: 8,
    /** Front-office and processing posts left with vacancies. */
    vacancyCodes: ['DISDUKCAPIL-OLO-01', 'DISDUKCAPIL-PKD-01'],
  },
} as const;

const PEOPLE: readonly PlantedPerson[] = [PLANTED.nursingGraduate, PLANTED.socialToEducation, PLANTED.administratorToService];

/** Names no random employee may take, so the planted cases are unique by name. */
export const PLANTED_NAMES: ReadonlySet<string> = new Set(PEOPLE.map((p) => p.nama));
export const PLANTED_NIPS: readonly string[] = PEOPLE.map((p) => p.nip);

/** How many planted people hold a post (by code). */
export function plantedHolders(code: string): number {
  return PEOPLE.filter((p) => p.positionCode === code).length;
}

/** Minimum formasi of the lines the planted people hold, so they exist at every sample size. */
export function plantedMinFormasi(unitName: string, key: string): number {
  return PEOPLE.filter((p) => p.unit === unitName && p.positionCode.split('-')[1] === key).length;
}

function birthFromNip(nip: string): DayNumber {
  return dayOf(Number(nip.slice(0, 4)), Number(nip.slice(4, 6)), Number(nip.slice(6, 8)));
}

function appointedFromNip(nip: string): DayNumber {
  return dayOf(Number(nip.slice(8, 12)), Number(nip.slice(12, 14)), 1);
}

/** The planted employees, placed in their posts, as of reference date `ref`. */
export function plantedEmployees(positionsByCode: ReadonlyMap<string, SamplePosition>, ref: DayNumber): SampleEmployee[] {
  return PEOPLE.map((p) => {
    const position = positionsByCode.get(p.positionCode);
    if (position === undefined) throw new Error(`Planted post missing: ${p.positionCode}`);
    const tmtJabatan = Math.max(appointedFromNip(p.nip), firstOfMonth(yearsBefore(ref, p.yearsInPost)));
    return {
      nip: p.nip,
      nama: p.nama,
      gender: p.gender,
      birthDate: birthFromNip(p.nip),
      status: 'PNS',
      golongan: p.golongan,
      pendidikan: p.pendidikan,
      jurusan: p.jurusan,
      position,
      tmtJabatan,
      tmtMutasi: tmtJabatan,
      predikat: 'Sangat Baik',
      potensi: 'Tinggi',
      kompetensi: p.kompetensi,
      hukdis: null,
      hukdisEnd: null,
      pilihan: p.pilihan,
      bersedia: true,
      pertimbanganKhusus: '',
      unitDihindari: [],
    };
  });
}

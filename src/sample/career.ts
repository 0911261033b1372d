/**
 * The career facts of a synthetic employee, worked backwards from the post they hold: a
 * rank (golongan) that fits the post, the years of service that rank takes from the entry
 * rank of their education (one step about every four years, PP 99/2000), and from those the
 * birth date, the CPNS appointment and the dates in post.
 */
import { GOLONGAN, type DayNumber, type EmploymentStatus, type Golongan, type Jenjang } from '../domain/model/types';
import type { Education } from './education';
import type { SamplePosition } from './organisation';
import type { Rng } from './random';
import { firstOfMonth, yearsBefore } from './sampleDates';

export interface Career {
  readonly golongan: Golongan | null;
  readonly birthDate: DayNumber;
  /** TMT CPNS (PNS, CPNS) or the PPPK appointment date. */
  readonly appointed: DayNumber;
  readonly tmtJabatan: DayNumber;
  readonly tmtMutasi: DayNumber | null;
}

const gi = (g: Golongan): number => GOLONGAN.indexOf(g);
const golongan = (i: number): Golongan => GOLONGAN[Math.max(0, Math.min(GOLONGAN.length - 1, i))] as Golongan;

/** Entry rank of a CPNS by education (PP 99/2000 Pasal 9; Perka BKN 12/2002). */
export function entryRank(j: Jenjang): number {
  switch (j) {
    case 'SD':
      return gi('I/a');
    case 'SMP':
      return gi('I/c');
    case 'SMA':
    case 'D1':
      return gi('II/a');
    case 'D2':
      return gi('II/b');
    case 'D3':
      return gi('II/c');
    case 'D4':
    case 'S1':
      return gi('III/a');
    case 'S2':
      return gi('III/b');
    case 'S3':
      return gi('III/c');
  }
}

/** Highest rank reached by regular promotion with this education (pelaksana posts). */
function educationCap(j: Jenjang): number {
  switch (j) {
    case 'SD':
    case 'SMP':
      return gi('II/d');
    case 'SMA':
    case 'D1':
    case 'D2':
      return gi('III/b');
    case 'D3':
      return gi('III/c');
    case 'D4':
    case 'S1':
      return gi('III/d');
    case 'S2':
      return gi('IV/a');
    case 'S3':
      return gi('IV/b');
  }
}

/** Age range at CPNS appointment by entry education; the law allows 18-35 (PP 11/2017 Pasal 23). */
function entryAge(j: Jenjang, rng: Rng): number {
  switch (j) {
    case 'SMA':
      return rng.real(19, 27);
    case 'D3':
      return rng.real(21, 29);
    case 'S2':
    case 'S3':
      return rng.real(27, 35);
    default:
      return rng.real(23, 33);
  }
}

/** Years in post: a quarter under 2, two fifths 2-5, the rest 5-12 (wajib rotasi). */
function tenureYears(rng: Rng): number {
  const draw = rng.next();
  if (draw < 0.25) return rng.real(0.1, 2);
  if (draw < 0.65) return rng.real(2, 5);
  return rng.real(5, 12);
}

/** Years of service that leave room for five-plus years in the current post. */
const MIN_SERVICE_ROTATION_DUE = 5.6;

export interface CareerOptions {
  readonly status: EmploymentStatus;
  /** Place the holder this many years (a fraction) before their retirement age; null = anywhere. */
  readonly yearsToRetirement: number | null;
  /** Five years or more in post (wajib rotasi, PP 11/2017 Pasal 190 (3)). */
  readonly rotationDue?: boolean;
  /** Give a rank one step outside the post's range (data as it really is). */
  readonly offRange: boolean;
}

/** Career facts of a holder of `pos` with education `edu` at reference date `ref`. */
export function careerFor(pos: SamplePosition, edu: Education, ref: DayNumber, opts: CareerOptions, rng: Rng): Career {
  if (opts.status === 'PPPK') return pppkCareer(pos, ref, rng);
  const start = entryRank(edu.entry);
  let age0 = entryAge(edu.entry, rng);

  if (opts.status === 'CPNS') {
    const appointed = firstOfMonth(ref - rng.int(30, 330));
    return {
      golongan: golongan(start),
      birthDate: yearsBefore(appointed, age0) + rng.int(0, 180),
      appointed,
      tmtJabatan: appointed,
      tmtMutasi: null,
    };
  }

  const cap = pos.jenis === 'Pelaksana' ? educationCap(edu.current) : gi('IV/e');
  const lo = Math.max(gi(pos.golonganMin), start);
  const hi = Math.max(lo, Math.min(gi(pos.golonganMax), cap));
  // The civil service is old (median age in the mid-forties): ranks lean to the top of the
  // range, and those at the top of what their post or education allows stay there for years.
  let g = Math.max(rng.int(lo, hi), rng.int(lo, hi));
  const stuck = g === hi;
  if (opts.offRange) g = rng.chance(0.6) || lo <= start ? Math.min(hi + 1, gi('IV/e')) : lo - 1;

  let service = g > start ? (g - start) * rng.real(3.6, 4.8) + rng.real(0.3, stuck ? 12 : 3.8) : rng.real(1.3, 3.5);
  const retireBy = pos.bup - 0.3;
  if (opts.yearsToRetirement !== null) {
    service = pos.bup - opts.yearsToRetirement - age0;
  } else if (age0 + service > retireBy) {
    age0 = Math.max(18.5, Math.min(age0, retireBy - service));
    service = Math.min(service, retireBy - age0 - rng.real(0, 3));
  }
  service = Math.max(service, 1.3);
  if (opts.rotationDue === true && service < MIN_SERVICE_ROTATION_DUE) {
    service = MIN_SERVICE_ROTATION_DUE + rng.real(0, 3);
    age0 = Math.max(18.5, Math.min(age0, retireBy - service));
  }

  const appointed = firstOfMonth(yearsBefore(ref, service));
  const birthDate = yearsBefore(appointed, age0) + rng.int(0, 180);
  const inPost = Math.min(opts.rotationDue === true ? rng.real(5.2, 11) : tenureYears(rng), service - 0.1);
  const tmtJabatan = Math.max(appointed, firstOfMonth(yearsBefore(ref, inPost)));
  let tmtMutasi: DayNumber | null = null;
  if (rng.chance(0.4)) {
    tmtMutasi = rng.chance(0.55) ? tmtJabatan : Math.max(appointed + 365, firstOfMonth(yearsBefore(tmtJabatan, rng.real(1, 6))));
    if (tmtMutasi > tmtJabatan) tmtMutasi = tmtJabatan;
  }
  return { golongan: golongan(g), birthDate, appointed, tmtJabatan, tmtMutasi };
}

/** PPPK: appointed in one of the large intakes since 2021, aged 24-52 at appointment, no golongan ruang. */
function pppkCareer(pos: SamplePosition, ref: DayNumber, rng: Rng): Career {
  const yearsAgo = rng.weighted<number>([
    [0.5, 20],
    [1.5, 25],
    [2.5, 25],
    [3.5, 20],
    [4.5, 10],
  ]);
  const appointed = firstOfMonth(yearsBefore(ref, Math.max(0.2, yearsAgo + rng.real(-0.3, 0.3))));
  const age = Math.min(rng.real(24, 52), pos.bup - 2);
  return { golongan: null, birthDate: yearsBefore(appointed, age), appointed, tmtJabatan: appointed, tmtMutasi: null };
}

/**
 * One synthetic employee before it becomes a row of the Pegawai sheet. Dates are day
 * numbers; the sheet builder turns them into UTC-midnight Dates.
 */
import type { DayNumber, EmploymentStatus, Gender, Golongan, Hukdis, Jenjang, Potensi, Predikat } from '../domain/model/types';
import type { SamplePosition } from './organisation';

export interface SampleEmployee {
  readonly nip: string;
  readonly nama: string;
  readonly gender: Gender;
  readonly birthDate: DayNumber;
  readonly status: EmploymentStatus;
  readonly golongan: Golongan | null;
  readonly pendidikan: Jenjang;
  readonly jurusan: string;
  readonly position: SamplePosition;
  readonly tmtJabatan: DayNumber;
  readonly tmtMutasi: DayNumber | null;
  readonly predikat: Predikat | null;
  readonly potensi: Potensi | null;
  readonly kompetensi: readonly string[];
  readonly hukdis: Hukdis | null;
  readonly hukdisEnd: DayNumber | null;
  readonly pilihan: readonly string[];
  readonly bersedia: boolean;
  readonly pertimbanganKhusus: string;
  readonly unitDihindari: readonly string[];
}

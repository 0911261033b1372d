/**
 * Issues unique, valid 18-digit numbers for synthetic employees.
 *
 * Layout (PP 11/2017, BKN practice): digits 1-8 birth date YYYYMMDD, 9-14 TMT CPNS
 * YYYYMM, 15 gender (1 male, 2 female), 16-18 a sequence number. A PPPK number (NI PPPK)
 * keeps the layout but writes the code 21 where the month would be.
 */
import type { DayNumber, Gender } from '../domain/model/types';
import { pad2, yyyymmdd } from './sampleDates';

/** Code written in digits 13-14 of a PPPK number instead of a month. */
export const PPPK_MONTH_CODE = 21;

export interface NipParts {
  readonly birthDate: DayNumber;
  readonly appointedYear: number;
  /** 1-12 for PNS/CPNS, {@link PPPK_MONTH_CODE} for PPPK. */
  readonly appointedMonth: number;
  readonly gender: Gender;
}

/** Hands out NIPs whose first 15 digits follow the parts and whose sequence keeps them unique. */
export class NipRegistry {
  private readonly used = new Set<string>();
  private readonly nextSequence = new Map<string, number>();

  /** Marks an existing number as taken (the planted cases' fixed NIPs). */
  reserve(nip: string): void {
    this.used.add(nip);
  }

  /**
   * The next free NIP for these parts: sequence 001, 002, … among holders sharing birth
   * date, appointment and gender. Throws only if all 999 are taken (a programmer error
   * at any realistic size).
   */
  issue(parts: NipParts): string {
    const prefix = nipPrefix(parts);
    let seq = this.nextSequence.get(prefix) ?? 1;
    while (seq <= 999) {
      const nip = `${prefix}${String(seq).padStart(3, '0')}`;
      seq++;
      if (!this.used.has(nip)) {
        this.used.add(nip);
        this.nextSequence.set(prefix, seq);
        return nip;
      }
    }
    throw new Error(`NipRegistry: sequence exhausted for ${prefix}`);
  }
}

/** The first 15 digits: birth date, appointment year and month (or PPPK code), gender digit. */
export function nipPrefix(parts: NipParts): string {
  return `${yyyymmdd(parts.birthDate)}${parts.appointedYear}${pad2(parts.appointedMonth)}${parts.gender === 'L' ? 1 : 2}`;
}

/**
 * Excel date serial numbers and day numbers.
 *
 * 1900 system (Windows default): serial 1 = 1900-01-01, and serial 60 is 29 February
 * 1900, a day that never existed (kept by Excel for Lotus 1-2-3 compatibility), so
 * serials from 61 on are one ahead of a true day count. 1904 system (old Mac
 * workbooks): serial 0 = 1904-01-01, no phantom day.
 */
import type { DayNumber } from '../../model/types';

/** Serial of 1970-01-01 in the 1900 system. */
const EPOCH_1900 = 25_569;
/** Serial of 1970-01-01 in the 1904 system. */
const EPOCH_1904 = 24_107;
/** Excel's phantom 1900-02-29. */
export const PHANTOM_LEAP_DAY_SERIAL = 60;

/**
 * The day of an Excel serial number; a time-of-day fraction is dropped. Returns null for
 * serial 60 in the 1900 system (the phantom 29 February 1900) and for serials before the
 * system's first day (below 1 in the 1900 system, below 0 in the 1904 system).
 *
 * @example dayFromSerial(43842, false) // 18273 (2020-01-12)
 * @example dayFromSerial(42380, true) // 18273 (2020-01-12)
 */
export function dayFromSerial(serial: number, date1904: boolean): DayNumber | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (date1904) return whole < 0 ? null : whole - EPOCH_1904;
  if (whole < 1 || whole === PHANTOM_LEAP_DAY_SERIAL) return null;
  return whole < PHANTOM_LEAP_DAY_SERIAL ? whole - EPOCH_1900 + 1 : whole - EPOCH_1900;
}

/**
 * The Excel serial number of a day (the inverse of {@link dayFromSerial}), for writing
 * dates into sheets.
 *
 * @example serialFromDay(18273, false) // 43842
 */
export function serialFromDay(day: DayNumber, date1904: boolean): number {
  if (date1904) return day + EPOCH_1904;
  const serial = day + EPOCH_1900;
  return serial <= PHANTOM_LEAP_DAY_SERIAL ? serial - 1 : serial;
}

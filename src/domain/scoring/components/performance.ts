/**
 * Performance. The SKP predikat (PP 30/2019; PermenPANRB 6/2022) scores the
 * employee; a demanding post (Kelas ≥ the policy threshold, Administrator or JPT) reads it in
 * full, as the 9-box of performance × potential where potential is known (PermenPANRB
 * 3/2020 on talent management). An ordinary post reads the predikat at half strength, so
 * strong performers are drawn to demanding posts and weak ones are not placed there.
 */
import type { Potensi, Predikat } from '../../model/types';
import { pack, type Params } from '../componentScore';
import type { ScoringContext } from '../scoringContext';

export const PERFORMANCE_CODES = [
  'PERFORMANCE_UNKNOWN',
  'PERFORMANCE_PREDIKAT',
  'PERFORMANCE_NINE_BOX',
  'PERFORMANCE_PREDIKAT_DEMANDING',
] as const;

const PREDIKAT_SCORE: Readonly<Record<Predikat, number>> = {
  'Sangat Baik': 100,
  Baik: 80,
  'Butuh Perbaikan': 50,
  Kurang: 30,
  'Sangat Kurang': 10,
};

/** Performance level of the 9-box: 3 above, 2 as expected, 1 below expectation. */
const LEVEL: Readonly<Record<Predikat, 1 | 2 | 3>> = { 'Sangat Baik': 3, Baik: 2, 'Butuh Perbaikan': 1, Kurang: 1, 'Sangat Kurang': 1 };
const POTENSI_LEVEL: Readonly<Record<Potensi, 1 | 2 | 3>> = { Tinggi: 3, Menengah: 2, Rendah: 1 };

// Box numbers of the 9-box (PermenPANRB 3/2020, BKN rendering): [performance][potential].
const BOX: readonly (readonly number[])[] = [[], [0, 1, 2, 4], [0, 3, 5, 8], [0, 6, 7, 9]];
const BOX_SCORE = [0, 10, 25, 40, 45, 60, 65, 80, 85, 100] as const;

/** The 9-box number (1-9) of a predikat and potential. */
export function nineBoxOf(predikat: Predikat, potensi: Potensi): number {
  return BOX[LEVEL[predikat]]?.[POTENSI_LEVEL[potensi]] ?? 0;
}

/** Packed performance score of employee `e` for position `p`. */
export function performanceEval(ctx: ScoringContext, e: number, p: number): number {
  const employee = ctx.tables.employees[e];
  if (employee === undefined || employee.predikat === null) return pack(0, 50);
  const full = PREDIKAT_SCORE[employee.predikat];
  if (ctx.positionDemanding[p] !== 1) return pack(1, 50 + Math.round((full - 50) / 2));
  if (employee.potensi === null) return pack(3, full);
  return pack(2, BOX_SCORE[nineBoxOf(employee.predikat, employee.potensi)] ?? 0);
}

/** Predikat, potential and 9-box number behind the explanation. */
export function performanceParams(ctx: ScoringContext, e: number, _p: number): Params {
  const employee = ctx.tables.employees[e];
  const predikat = employee?.predikat ?? '-';
  const potensi = employee?.potensi ?? '-';
  const box = employee?.predikat && employee.potensi ? nineBoxOf(employee.predikat, employee.potensi) : 0;
  return { predikat, potensi, box };
}

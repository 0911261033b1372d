/**
 * The staff a unit needs (kebutuhan pegawai; docs/sheets.md#analisis-kebutuhan): the ABK figure; else the workload
 * hours divided by the effective hours of one employee (PermenPANRB 1/2020: 1,250 hours a
 * year), rounded up; else the sum of the Formasi of its positions. Demand growth is then
 * applied and rounded up.
 */
import type { Unit } from '../model/types';

export type NeedSource = 'abk' | 'workload' | 'formasi';

export interface NeedFigure {
  readonly source: NeedSource;
  /** The need before growth. */
  readonly baseNeed: number;
  /** Demand growth in percent (0 when none is given). */
  readonly growthPercent: number;
  /** The need after growth: ⌈baseNeed × (1 + growth / 100)⌉, never below 0. */
  readonly need: number;
}

/** Rounds up, ignoring floating-point dust (20 × 1.05 must give 21, not 22). */
export function ceilClean(value: number): number {
  return Math.ceil(Math.round(value * 1e6) / 1e6);
}

/**
 * The need of `unit` (null when the unit only appears in the position sheet) whose
 * positions sum to `formasiSum`, with `effectiveHours` per employee per year.
 *
 * @example
 * unitNeedFigure({ …, kebutuhanAbk: 20, pertumbuhanPersen: 10 }, 18, 1250) // { source: 'abk', baseNeed: 20, growthPercent: 10, need: 22 }
 */
export function unitNeedFigure(unit: Unit | null, formasiSum: number, effectiveHours: number): NeedFigure {
  let source: NeedSource = 'formasi';
  let baseNeed = formasiSum;
  if (unit?.kebutuhanAbk != null) {
    source = 'abk';
    baseNeed = Math.max(0, Math.round(unit.kebutuhanAbk));
  } else if (unit?.bebanKerjaJam != null) {
    source = 'workload';
    baseNeed = Math.max(0, ceilClean(unit.bebanKerjaJam / effectiveHours));
  }
  const growthPercent = unit?.pertumbuhanPersen ?? 0;
  const need = Math.max(0, ceilClean((baseNeed * (100 + growthPercent)) / 100));
  return { source, baseNeed, growthPercent, need };
}

/**
 * Golongan fit: how central the employee's rank sits in the position's
 * Golongan Minimal–Maksimal range. Outside the range scores 0 (the rank rule blocks it
 * when switched on); no range or no golongan ruang is neutral.
 */
import { GOLONGAN } from '../../model/types';
import { pack, type Params } from '../componentScore';
import type { ScoringContext } from '../scoringContext';

export const GOLONGAN_FIT_CODES = ['GOLONGAN_NO_RANGE', 'GOLONGAN_NONE', 'GOLONGAN_OUTSIDE', 'GOLONGAN_IN_RANGE'] as const;

/** Packed golongan fit of employee `e` for position `p`. */
export function golonganFitEval(ctx: ScoringContext, e: number, p: number): number {
  const min = ctx.positionRankMin[p] ?? -1;
  const max = ctx.positionRankMax[p] ?? -1;
  if (min < 0 && max < 0) return pack(0, 50);
  const rank = ctx.employeeRank[e] ?? -1;
  if (rank < 0) return pack(1, 50);
  if ((min >= 0 && rank < min) || (max >= 0 && rank > max)) return pack(2, 0);
  if (min >= 0 && max >= 0) {
    const half = (max - min) / 2;
    if (half === 0) return pack(3, 100);
    return pack(3, 100 - Math.round((40 * Math.abs(rank - (min + max) / 2)) / half));
  }
  // One bound only: the nearer the bound, the better the fit (far above a minimum is over-ranked).
  const distance = min >= 0 ? rank - min : max - rank;
  return pack(3, 100 - Math.min(60, 10 * distance));
}

/** The golongan and the range behind the explanation. */
export function golonganFitParams(ctx: ScoringContext, e: number, p: number): Params {
  const min = ctx.positionRankMin[p] ?? -1;
  const max = ctx.positionRankMax[p] ?? -1;
  return {
    golongan: ctx.tables.employees[e]?.golongan ?? '-',
    min: min >= 0 ? (GOLONGAN[min] ?? '-') : '-',
    max: max >= 0 ? (GOLONGAN[max] ?? '-') : '-',
  };
}

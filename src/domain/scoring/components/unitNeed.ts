/**
 * Unit need (docs/sheets.md#analisis-kebutuhan): moving into a unit in shortage earns a bonus scaled by its gap;
 * leaving a unit in shortage costs the same way. Surplus works the other way at half
 * strength. A move within one unit (and staying) is neutral, 50.
 */
import { pack, type Params } from '../componentScore';
import type { ScoringContext } from '../scoringContext';

export const UNIT_NEED_CODES = [
  'UNIT_NEED_SAME_UNIT',
  'UNIT_NEED_SHORTAGE_BOTH',
  'UNIT_NEED_INTO_SHORTAGE',
  'UNIT_NEED_LEAVES_SHORTAGE',
  'UNIT_NEED_INTO_SURPLUS',
  'UNIT_NEED_LEAVES_SURPLUS',
  'UNIT_NEED_BALANCED',
] as const;

/** Packed unit-need score of moving employee `e` into position `p`. */
export function unitNeedEval(ctx: ScoringContext, e: number, p: number): number {
  const from = ctx.index.employeeUnit[e] ?? -1;
  const to = ctx.index.positionUnit[p] ?? -1;
  if (from === to) return pack(0, 50);
  const into = to >= 0 ? (ctx.unitPressure[to] ?? 0) : 0;
  const out = from >= 0 ? (ctx.unitPressure[from] ?? 0) : 0;
  const score = Math.max(0, Math.min(100, 50 + into - out));
  if (into > 0 && out > 0) return pack(1, score);
  if (into > 0) return pack(2, score);
  if (out > 0) return pack(3, score);
  if (into < 0) return pack(4, score);
  if (out < 0) return pack(5, score);
  return pack(6, score);
}

/** Gap and need of the target and origin units. */
export function unitNeedParams(ctx: ScoringContext, e: number, p: number): Params {
  const from = ctx.index.employeeUnit[e] ?? -1;
  const to = ctx.index.positionUnit[p] ?? -1;
  const target = ctx.needs.units[to];
  const origin = ctx.needs.units[from];
  return {
    targetUnit: target?.unit ?? '',
    targetGap: target?.gap ?? 0,
    targetNeed: target?.need ?? 0,
    targetSource: target?.source ?? '',
    originUnit: origin?.unit ?? '',
    originGap: origin?.gap ?? 0,
    originNeed: origin?.need ?? 0,
    targetSurplus: Math.max(0, -(target?.gap ?? 0)),
    originSurplus: Math.max(0, -(origin?.gap ?? 0)),
  };
}

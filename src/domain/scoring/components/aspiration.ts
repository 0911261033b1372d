/**
 * Aspiration (the users' brief: hear employees' aspirations): Pilihan 1, 2 or 3 naming
 * the target unit or position code scores 100, 70 or 40.
 */
import { pack, type Params } from '../componentScore';
import type { ScoringContext } from '../scoringContext';

export const ASPIRATION_CODES = ['ASPIRATION_NONE_GIVEN', 'ASPIRATION_NOT_CHOSEN', 'ASPIRATION_CHOICE'] as const;
/** The score of naming the post as Pilihan 1, 2 and 3. */
export const CHOICE_SCORE = [100, 70, 40] as const;

/** Which Pilihan (0-2) names position `p` or its unit; -1 when none does. */
export function aspirationChoice(ctx: ScoringContext, e: number, p: number): number {
  const unit = ctx.positionPlaces[2 * p] ?? -2;
  const code = ctx.positionPlaces[2 * p + 1] ?? -2;
  for (let k = 0; k < 3; k++) {
    const wish = ctx.employeePilihan[3 * e + k] ?? -1;
    if (wish >= 0 && (wish === unit || wish === code)) return k;
  }
  return -1;
}

/** Packed aspiration score of employee `e` for position `p`. */
export function aspirationEval(ctx: ScoringContext, e: number, p: number): number {
  if ((ctx.employeePilihanCount[e] ?? 0) === 0) return pack(0, 0);
  const k = aspirationChoice(ctx, e, p);
  return k < 0 ? pack(1, 0) : pack(2, CHOICE_SCORE[k] ?? 0);
}

/** Which wish matched (1-3, 0 = none) and all wishes as written. */
export function aspirationParams(ctx: ScoringContext, e: number, p: number): Params {
  const k = aspirationChoice(ctx, e, p);
  const wishes = (ctx.tables.employees[e]?.pilihan ?? []).filter((w) => w.trim() !== '');
  return { choice: k + 1, wish: k >= 0 ? (ctx.tables.employees[e]?.pilihan[k] ?? '') : '', wishes: wishes.join('; ') };
}

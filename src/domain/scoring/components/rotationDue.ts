/**
 * Rotation due (PP 11/2017 Pasal 190 ayat 3, at most 5 years in one post): a move
 * of an employee whose rotation is due scores 100; shorter tenure earns a graded part (up
 * to 50) so longer-serving employees rotate first. Staying scores 0.
 */
import { pack, type Params } from '../componentScore';
import type { ScoringContext } from '../scoringContext';

export const ROTATION_CODES = ['ROTATION_RULE_OFF', 'ROTATION_STAY', 'ROTATION_DUE', 'ROTATION_TENURE'] as const;

/** Packed rotation score of moving employee `e` into position `p`. */
export function rotationDueEval(ctx: ScoringContext, e: number, p: number): number {
  if (ctx.policy.rules.rotationDue.enabled && p === (ctx.index.currentPosition[e] ?? -1)) return pack(1, 0);
  return rotationDueMoveEval(ctx, e);
}

/** Packed rotation score of moving employee `e` into any post but the current one: it does not depend on which. */
export function rotationDueMoveEval(ctx: ScoringContext, e: number): number {
  const rule = ctx.policy.rules.rotationDue;
  if (!rule.enabled) return pack(0, 0);
  const readiness = ctx.readiness[e];
  if (readiness === undefined) return pack(3, 0);
  if (readiness.rotationDue) return pack(2, 100);
  return pack(3, Math.min(50, Math.round((50 * readiness.monthsInPost) / (rule.years * 12))));
}

/** Tenure in post and the rotation limit. */
export function rotationDueParams(ctx: ScoringContext, e: number, _p: number): Params {
  const readiness = ctx.readiness[e];
  return { years: readiness?.yearsInPost ?? 0, months: (readiness?.monthsInPost ?? 0) % 12, limit: ctx.policy.rules.rotationDue.years };
}

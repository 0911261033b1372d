/**
 * The value of a placement: Σ weight × component score, plus the terms of
 * staying (stability bonus, penalty when rotation is due) or of moving (disruption cost,
 * special-circumstances penalty). Integers throughout; with the policy limits (weights ≤ 150
 * in sum, costs ≤ 5,000) every value lies within ±20,000, so 50,000 of them sum well below 2^31.
 */
import { COMPONENTS, type ComponentName } from '../rules/policy';
import { caseOf, scoreOf, type ComponentScore, type Params } from './componentScore';
import { ASPIRATION_CODES, aspirationEval, aspirationParams } from './components/aspiration';
import { COMPETENCY_CODES, competencyEval, competencyParams } from './components/competency';
import { EDUCATION_FIELD_CODES, educationFieldEval, educationFieldParams } from './components/educationField';
import { GOLONGAN_FIT_CODES, golonganFitEval, golonganFitParams } from './components/golonganFit';
import { PERFORMANCE_CODES, performanceEval, performanceParams } from './components/performance';
import { ROTATION_CODES, rotationDueEval, rotationDueParams } from './components/rotationDue';
import { UNIT_NEED_CODES, unitNeedEval, unitNeedParams } from './components/unitNeed';
import type { ScoringContext } from './scoringContext';

type Evaluate = (ctx: ScoringContext, e: number, p: number) => number;
type Explain = (ctx: ScoringContext, e: number, p: number) => Params;

/** One component's parts: its packed score and case (`componentScore.ts`), its explanation figures, and its codes by case. */
export interface ComponentImpl {
  readonly evaluate: Evaluate;
  readonly explain: Explain;
  readonly codes: readonly string[];
}

/** The components' parts, by name. */
export const COMPONENT_IMPL: Readonly<Record<ComponentName, ComponentImpl>> = {
  educationField: { evaluate: educationFieldEval, explain: educationFieldParams, codes: EDUCATION_FIELD_CODES },
  competency: { evaluate: competencyEval, explain: competencyParams, codes: COMPETENCY_CODES },
  performance: { evaluate: performanceEval, explain: performanceParams, codes: PERFORMANCE_CODES },
  golonganFit: { evaluate: golonganFitEval, explain: golonganFitParams, codes: GOLONGAN_FIT_CODES },
  aspiration: { evaluate: aspirationEval, explain: aspirationParams, codes: ASPIRATION_CODES },
  unitNeed: { evaluate: unitNeedEval, explain: unitNeedParams, codes: UNIT_NEED_CODES },
  rotationDue: { evaluate: rotationDueEval, explain: rotationDueParams, codes: ROTATION_CODES },
};

/** Every explanation code of every component (messages under `scoring.<code>`). */
export const SCORING_CODES: readonly string[] = COMPONENTS.flatMap((c) => COMPONENT_IMPL[c].codes);

/** Σ weight × score over the components, on the fast path (no allocation). */
function weightedFit(ctx: ScoringContext, e: number, p: number): number {
  return fitSum(ctx, e, p) + reasonSum(ctx, e, p);
}

/** Σ weight × score over the fit components (education field, competency, performance, golongan). */
function fitSum(ctx: ScoringContext, e: number, p: number): number {
  const w = ctx.policy.scoring.weights;
  return (
    w.educationField * scoreOf(educationFieldEval(ctx, e, p)) +
    w.competency * scoreOf(competencyEval(ctx, e, p)) +
    w.performance * scoreOf(performanceEval(ctx, e, p)) +
    w.golonganFit * scoreOf(golonganFitEval(ctx, e, p))
  );
}

/** Σ weight × score over the reasons to move that are pair components; a zero weight is not evaluated. */
function reasonSum(ctx: ScoringContext, e: number, p: number): number {
  const w = ctx.policy.scoring.weights;
  return (
    (w.aspiration === 0 ? 0 : w.aspiration * scoreOf(aspirationEval(ctx, e, p))) +
    (w.unitNeed === 0 ? 0 : w.unitNeed * scoreOf(unitNeedEval(ctx, e, p))) +
    (w.rotationDue === 0 ? 0 : w.rotationDue * scoreOf(rotationDueEval(ctx, e, p)))
  );
}

const fitWeightTotal = (ctx: ScoringContext): number => {
  const w = ctx.policy.scoring.weights;
  return w.educationField + w.competency + w.performance + w.golonganFit;
};

/**
 * The components that say how well a person fits a post (Kesesuaian Kompetensi): education
 * field, competencies, performance and golongan. Aspiration, unit need and rotation are
 * reasons to move, not fit, so they stay out of the fit percentage a committee compares.
 */
export const FIT_COMPONENTS = ['educationField', 'competency', 'performance', 'golonganFit'] as const satisfies readonly ComponentName[];

/**
 * Fit of employee `e` in position `p`, 0-100: the fit components' weighted mean, rounded
 * (Skor Asal / Skor Tujuan on Usulan Mutasi). 0 when every fit weight is 0.
 *
 * @example fitPercent(ctx, e, currentPosition) // 72
 */
export function fitPercent(ctx: ScoringContext, e: number, p: number): number {
  const total = fitWeightTotal(ctx);
  return total > 0 ? Math.round(fitSum(ctx, e, p) / total) : 0;
}

/**
 * {@link pairValue} and {@link fitPercent} of a move at once, each component evaluated once
 * (the candidate scan needs both for millions of pairs): `out[0]` the value, `out[1]` the fit.
 * `p` must not be the employee's current position.
 */
export function moveValueAndFit(ctx: ScoringContext, e: number, p: number, out: Float64Array): void {
  const fit = fitSum(ctx, e, p);
  const total = fitWeightTotal(ctx);
  const special = ctx.employeeSpecial[e] === 1 ? ctx.policy.rules.specialCircumstances.penalty : 0;
  out[0] = fit + reasonSum(ctx, e, p) - ctx.policy.scoring.disruptionCost - special;
  out[1] = total > 0 ? Math.round(fit / total) : 0;
}

/**
 * The component scores of employee `e` in position `p` (indexes into the tables), each with
 * its explanation code and figures, in {@link COMPONENTS} order. For justifications; the
 * optimiser uses {@link pairValue}.
 */
export function fitComponents(ctx: ScoringContext, e: number, p: number): ComponentScore[] {
  return COMPONENTS.map((name) => {
    const impl = COMPONENT_IMPL[name];
    const packed = impl.evaluate(ctx, e, p);
    const score = scoreOf(packed);
    const weight = ctx.policy.scoring.weights[name];
    return { name, score, weight, weighted: weight * score, code: impl.codes[caseOf(packed)] ?? '', params: impl.explain(ctx, e, p) };
  });
}

/** Integer value of employee `e` staying in the current position. */
export function stayValue(ctx: ScoringContext, e: number): number {
  const p = ctx.index.currentPosition[e] ?? -1;
  const fit = p >= 0 ? weightedFit(ctx, e, p) : 0;
  const due = ctx.readiness[e]?.rotationDue === true ? ctx.policy.scoring.rotationDueStayPenalty : 0;
  return fit + ctx.policy.scoring.stabilityBonus - due;
}

/**
 * Integer value of placing employee `e` in position `p`: the stay value when `p` is the
 * current position, else the weighted fit minus the disruption cost and, for employees
 * with special circumstances, the policy's penalty. Hard rules are not checked here (see
 * `pairBlocks` and `readinessOf`).
 */
export function pairValue(ctx: ScoringContext, e: number, p: number): number {
  if (p === (ctx.index.currentPosition[e] ?? -1)) return stayValue(ctx, e);
  const special = ctx.employeeSpecial[e] === 1 ? ctx.policy.rules.specialCircumstances.penalty : 0;
  return weightedFit(ctx, e, p) - ctx.policy.scoring.disruptionCost - special;
}

export interface ValueBreakdown {
  readonly stay: boolean;
  readonly components: readonly ComponentScore[];
  /** Σ weighted component scores. */
  readonly fit: number;
  readonly stabilityBonus: number;
  readonly rotationStayPenalty: number;
  readonly disruptionCost: number;
  readonly specialPenalty: number;
  /** Equals {@link pairValue}. */
  readonly total: number;
}

/** Every term of {@link pairValue} with its explanation, for the Justifikasi sheet. */
export function valueBreakdown(ctx: ScoringContext, e: number, p: number): ValueBreakdown {
  const stay = p === (ctx.index.currentPosition[e] ?? -1);
  const components = fitComponents(ctx, e, p);
  const fit = components.reduce((acc, c) => acc + c.weighted, 0);
  const scoring = ctx.policy.scoring;
  const stabilityBonus = stay ? scoring.stabilityBonus : 0;
  const rotationStayPenalty = stay && ctx.readiness[e]?.rotationDue === true ? scoring.rotationDueStayPenalty : 0;
  const disruptionCost = stay ? 0 : scoring.disruptionCost;
  const specialPenalty = !stay && ctx.employeeSpecial[e] === 1 ? ctx.policy.rules.specialCircumstances.penalty : 0;
  return {
    stay,
    components,
    fit,
    stabilityBonus,
    rotationStayPenalty,
    disruptionCost,
    specialPenalty,
    total: fit + stabilityBonus - rotationStayPenalty - disruptionCost - specialPenalty,
  };
}

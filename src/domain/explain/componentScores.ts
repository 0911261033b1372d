/**
 * A pair's components read piece by piece: scores and explanation codes first, the
 * explanation figures only for the components a justification shows. A justification
 * compares the target with the current post, and the chosen employee with the runner-up, by
 * score alone, and names few of the components; building every figure of every component
 * (as `fitComponents` does) would be most of its work.
 */
import { COMPONENTS } from '../rules';
import { caseOf, scoreOf, type Params } from '../scoring/componentScore';
import { COMPONENT_IMPL, type ComponentImpl, type ScoringContext } from '../scoring';

const ORDERED: readonly ComponentImpl[] = COMPONENTS.map((name) => COMPONENT_IMPL[name]);

/** The score (0-100) and explanation code of one component of a pair, without its figures. */
export interface ComponentResult {
  readonly score: number;
  readonly code: string;
}

/**
 * Every component of employee `e` in position `p`, in `COMPONENTS` order: the `score` and
 * `code` of each entry of `fitComponents(ctx, e, p)`.
 */
export function componentResults(ctx: ScoringContext, e: number, p: number): ComponentResult[] {
  return ORDERED.map((component) => {
    const packed = component.evaluate(ctx, e, p);
    return { score: scoreOf(packed), code: component.codes[caseOf(packed)] ?? '' };
  });
}

/**
 * The score (0-100) of every component of employee `e` in position `p`, in `COMPONENTS`
 * order: the `score` of each entry of `fitComponents(ctx, e, p)`.
 *
 * @example
 * componentScores(scoring, e, currentPost)[0] // the education-field score of staying
 */
export function componentScores(ctx: ScoringContext, e: number, p: number): Int32Array {
  const scores = new Int32Array(ORDERED.length);
  ORDERED.forEach((component, i) => {
    scores[i] = scoreOf(component.evaluate(ctx, e, p));
  });
  return scores;
}

/** The explanation figures of the `i`-th component (in `COMPONENTS` order) of employee `e` in position `p`. */
export function componentParams(ctx: ScoringContext, i: number, e: number, p: number): Params {
  const component = ORDERED[i];
  return component === undefined ? {} : component.explain(ctx, e, p);
}

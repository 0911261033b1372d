/**
 * Job fit: how well an employee fits a position on the job-related components only —
 * education field, competency, performance and golongan — as a weighted score 0-100.
 * Aspiration, unit need and rotation say why a move is wanted, not who does the job better,
 * so individual-fairness comparisons (justified envy) leave them out.
 */
import type { ComponentName } from '../rules';
import { FIT_COMPONENTS, fitPercent, type ScoringContext } from '../scoring';

export const JOB_COMPONENTS: readonly ComponentName[] = FIT_COMPONENTS;

/**
 * Weighted job fit 0-100 of employee `e` in position `p` (indexes into the tables); 0 when
 * the policy gives the job components no weight.
 */
export function jobFit(scoring: ScoringContext, e: number, p: number): number {
  // The job components are the fit components, so this is the pair's fit percentage.
  return fitPercent(scoring, e, p);
}

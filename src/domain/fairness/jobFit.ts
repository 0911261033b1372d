/**
 * Job fit: how well an employee fits a position on the job-related components only —
 * education field, competency, performance and golongan — as a weighted score 0-100.
 * Aspiration, unit need and rotation say why a move is wanted, not who does the job better,
 * so individual-fairness comparisons (justified envy) leave them out.
 */
import type { ComponentName } from '../rules';
import { fitComponents, type ScoringContext } from '../scoring';

export const JOB_COMPONENTS: readonly ComponentName[] = ['educationField', 'competency', 'performance', 'golonganFit'];

/**
 * Weighted job fit 0-100 of employee `e` in position `p` (indexes into the tables); 0 when
 * the policy gives the job components no weight.
 */
export function jobFit(scoring: ScoringContext, e: number, p: number): number {
  let weighted = 0;
  let weights = 0;
  for (const component of fitComponents(scoring, e, p)) {
    if (!JOB_COMPONENTS.includes(component.name)) continue;
    weighted += component.weighted;
    weights += component.weight;
  }
  return weights > 0 ? Math.round(weighted / weights) : 0;
}

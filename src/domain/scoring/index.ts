/** Fit scoring: the public surface of `scoring/`. */
export { buildScoringContext } from './scoringContext';
export type { ScoringContext } from './scoringContext';
export { fitComponents, fitPercent, moveValueAndFit, pairValue, stayValue, valueBreakdown, FIT_COMPONENTS, SCORING_CODES } from './fit';
export type { ComponentImpl, ValueBreakdown } from './fit';
export { COMPONENT_IMPL } from './fit';
export { moveScan, type MoveScan } from './moveScan';
export type { ComponentScore } from './componentScore';
export { SECTORS, sectorNames } from './educationTaxonomy';
export type { Sector } from './educationTaxonomy';
export { nineBoxOf } from './components/performance';
export { aspirationChoice } from './components/aspiration';

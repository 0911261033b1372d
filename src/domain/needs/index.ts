/** Needs analysis (Analisis Kebutuhan, docs/sheets.md#analisis-kebutuhan): the public surface of `needs/`. */
export { analyseNeeds } from './analyseNeeds';
export type { NeedsAnalysis, UnitNeed, UnitAfter, UnitStaffing, UrgentVacancy } from './analyseNeeds';
export { unitNeedFigure } from './unitNeedFigure';
export type { NeedFigure, NeedSource } from './unitNeedFigure';

/** Justifications (docs/sheets.md#justifikasi): the public surface of `explain/`. */
export { justifyPlan } from './justifyPlan';
export type { Justification, PlanJustifications } from './justifyPlan';
export { moveReasons } from './moveReasons';
export type { MoveReasons, ReasonLine } from './moveReasons';
export { runnerUpFinder } from './runnerUp';
export type { ComponentGap, RunnerUp } from './runnerUp';
export { exactMargins, marginSearch, movingRows, planMarginInput } from './planMargins';
export type { MarginAnswer, MarginResult, MarginSearch, MarginsUnavailable } from './planMargins';
export { reasonsText, chainText, runnerUpText, reasonText } from './renderJustification';
export { mainReason } from './mainReason';
export { localizedParams } from './localizedParams';

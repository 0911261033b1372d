/** Justifications (SPEC §8): the public surface of `explain/`. */
export { justifyPlan } from './justifyPlan';
export type { Justification, PlanJustifications } from './justifyPlan';
export { moveReasons } from './moveReasons';
export type { MoveReasons, ReasonLine } from './moveReasons';
export { runnerUpFinder } from './runnerUp';
export type { ComponentGap, RunnerUp } from './runnerUp';
export { exactMargins, marginSearch, movingRows } from './exactMargins';
export type { MarginResult, MarginSearch, MarginsUnavailable } from './exactMargins';
export { reasonsText, chainText, runnerUpText, reasonText } from './renderJustification';
export { mainReason } from './mainReason';
export { localizedParams } from './localizedParams';

/** Fairness checks: the public surface of `fairness/`. */
export { fairnessReport, PARITY_CHECK } from './fairnessReport';
export type { FairnessOptions, FairnessReport } from './fairnessReport';
export { fisherExactTwoSided, logFactorial } from './fisherExact';
export { groupParity, parityStatus, belowThreshold, sameGroup, PARITY_DEFAULTS } from './groupParity';
export type { ParityOptions, ParityEvidence } from './groupParity';
export { groupAttributes, ageBandOf, BUILT_IN_ATTRIBUTES } from './groupAttributes';
export type { GroupAttribute } from './groupAttributes';
export { employeeOutcomes, MEASURE_RULES } from './employeeOutcomes';
export type { EmployeeOutcome } from './employeeOutcomes';
export { justifiedEnvy } from './justifiedEnvy';
export { rotationFairness } from './rotationFairness';
export { worsenedShortages, demotions } from './staffingChecks';
export { jobFit, JOB_COMPONENTS } from './jobFit';
export * from './types';
export {
  statusWord,
  attributeLabel,
  groupLabel,
  stratumLabel,
  postTypeLabel,
  pText,
  percentText,
  ratioText,
  groupRowSentence,
  checkTexts,
} from './fairnessLabels';
export { chosenPositions, positionsByPlace } from './chosenPositions';

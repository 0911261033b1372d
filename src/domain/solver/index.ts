/**
 * The generic exact optimiser: capacitated assignment on a sparse bipartite graph with
 * integer weights, LP-dual certificates, and Lagrangian handling of side constraints.
 * Nothing here knows what rows and columns stand for.
 */

export {
  buildAssignmentProblem,
  denseAssignmentProblem,
  withWeights,
  MAX_ABS_WEIGHT,
  type AssignmentProblem,
  type BuiltProblem,
  type EdgeListInput,
} from './assignmentProblem';
export type { AssignmentSolution, Certificate, SolveOptions, SolveStats, SolveStatus } from './assignmentSolution';
export { checkCertificate, type CertificateCheck, type CertificateViolation, type CertificateViolationCode } from './checkCertificate';
export { solveAssignment, isCompleteGraph } from './solveAssignment';
export {
  buildColumnGroups,
  groupValue,
  noColumnGroups,
  MAX_ABS_GROUP_VALUE,
  type ColumnGroups,
  type ColumnGroupsInput,
} from './columnGroups';
export type { GroupedSolution } from './groupedSolution';
export { solveGroupedAssignment, type GroupedSolveOptions } from './solveGroupedAssignment';
export { checkGroupedCertificate } from './checkGroupedCertificate';
export { marginSearch, type MarginAnswer, type MarginInput, type MarginSearch, type MarginSolution } from './sensitivity';
export { constraintLhs, edgesOfAssignment, satisfiesAll, type SideConstraint } from './sideConstraint';
export {
  solveWithSideConstraints,
  type SideConstrainedOptions,
  type SideConstrainedSolution,
  type SideConstrainedStatus,
} from './solveWithSideConstraints';
export { parseInstanceText, type ParsedInstance, type ParseOutcome, type RawConstraint } from './parseInstanceText';
export { solveInstanceText, type SolveTextResult } from './instanceJson';

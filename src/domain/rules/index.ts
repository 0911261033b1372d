/** Readiness and hard rules (Kebijakan, SPEC §4): the public surface of `rules/`. */
export { DEFAULT_POLICY, COMPONENTS, LIMITS } from './policy';
export type { Policy, PolicyRules, ScoringPolicy, SideConstraints, BupTable, ComponentName, RuleName } from './policy';
export { parsePolicy, policyIssueKey, POLICY_ISSUE_CODES } from './parsePolicy';
export type { PolicyIssueCode } from './parsePolicy';
export { readinessOf, READINESS_CODES } from './readiness';
export type { Readiness } from './readiness';
export { electionFreezeBlock } from './electionFreeze';
export { retirementAgeOf, fungsionalLevelOf } from './retirementAge';
export { compatibilityContext, pairBlocks, isPairAllowed, kelasDrop, pairBlockNotes, PAIR_BLOCK_CODES } from './compatibility';
export type { CompatibilityContext, PairBlockCode, ReviewPair } from './compatibility';
export type { RuleNote } from './ruleNote';

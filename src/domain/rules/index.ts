/** Readiness and hard rules (Kebijakan; every rule in docs/rules.md): the public surface of `rules/`. */
export { DEFAULT_POLICY, COMPONENTS, LIMITS } from './policy';
export type { Policy, PolicyRules, ScoringPolicy, SideConstraints, BupTable, ComponentName, RuleName } from './policy';
export { RULE_TABLE, RULE_NAMES, ruleDefaults } from './ruleTable';
export type { RuleSpec, ParamSpec, RuleStage, RuleSettings } from './ruleTable';
export { parsePolicy, policyIssueKey, POLICY_ISSUE_CODES } from './parsePolicy';
export type { PolicyIssueCode } from './parsePolicy';
export { readinessOf, READINESS_CODES, MOVE_REVIEW_FLAGS } from './readiness';
export type { Readiness } from './readiness';
export { electionFreezeBlock, ELECTION_FREEZE_CODES } from './electionFreeze';
export { retirementAgeOf, fungsionalLevelOf } from './retirementAge';
export { jabatanFungsionalOf, jenjangRankRange, JF_JENJANG, JF_JENJANG_LABEL, JF_GOLONGAN_RANGE } from './jabatanFungsional';
export type { JabatanFungsional, JfJenjang } from './jabatanFungsional';
export { isJptPost, jptPlanned, vacantJptPosts } from './jpt';
export {
  compatibilityContext,
  pairBlocks,
  isPairAllowed,
  kelasChange,
  kelasDrop,
  pairBlockNotes,
  eselonCode,
  PAIR_BLOCK_CODES,
} from './compatibility';
export type { CompatibilityContext, PairBlockCode, ReviewPair } from './compatibility';
export { NO_KELAS, JENIS_FUNGSIONAL } from './compatibilityContext';
export type { RuleNote } from './ruleNote';

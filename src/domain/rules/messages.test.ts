import { hasMessage, LANGS } from '../../i18n';
import { PAIR_BLOCK_CODES } from './compatibility';
import { POLICY_ISSUE_CODES } from './parsePolicy';
import { DEFAULT_POLICY } from './policy';
import { READINESS_CODES } from './readiness';
import { PLAN_CHECK_CODES } from '../plan/recheckPlan';
import { ELECTION_FREEZE_CODES } from './electionFreeze';

describe('rule messages', () => {
  const codes = [...READINESS_CODES, ...PAIR_BLOCK_CODES, ...PLAN_CHECK_CODES, ...POLICY_ISSUE_CODES, ...ELECTION_FREEZE_CODES];

  it.each(codes)('has words for %s in Indonesian and English', (code) => {
    for (const lang of LANGS) expect(hasMessage(lang, `rules.${code}`)).toBe(true);
  });

  it('names and cites every rule of the policy', () => {
    for (const rule of Object.keys(DEFAULT_POLICY.rules)) {
      for (const lang of LANGS) {
        expect(hasMessage(lang, `rules.rule.${rule}`)).toBe(true);
        expect(hasMessage(lang, `rules.ruleSource.${rule}`)).toBe(true);
      }
    }
  });
});

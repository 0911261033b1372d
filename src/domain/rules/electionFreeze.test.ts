import { day } from '../../../test/support/factories';
import { renderBoth } from '../../../test/support/renderCheck';
import { electionFreezeBlock } from './electionFreeze';
import { DEFAULT_POLICY, type Policy } from './policy';

const freeze = (change: Partial<Policy['rules']['electionFreeze']>): Policy => ({
  ...DEFAULT_POLICY,
  rules: { ...DEFAULT_POLICY.rules, electionFreeze: { ...DEFAULT_POLICY.rules.electionFreeze, ...change } },
});
// Pilkada 2024: candidates determined 22 September 2024, so the freeze ran from 22 March 2024.
const pilkada = freeze({ enabled: true, start: '2024-03-22', end: '2025-02-20' });

describe('electionFreezeBlock (UU 10/2016 Pasal 71 ayat 2)', () => {
  it('is off by default, since the dates differ per election', () => {
    expect(electionFreezeBlock(DEFAULT_POLICY, day('2024-06-01'))).toBeNull();
  });
  it('blocks a plan effective inside the window, both ends included', () => {
    const block = electionFreezeBlock(pilkada, day('2024-06-01'));
    expect(block).toEqual({ code: 'ELECTION_FREEZE', params: { start: '2024-03-22', end: '2025-02-20', date: '2024-06-01' } });
    expect(electionFreezeBlock(pilkada, day('2024-03-22'))).not.toBeNull();
    expect(electionFreezeBlock(pilkada, day('2025-02-20'))).not.toBeNull();
    expect(() => renderBoth('rules', 'ELECTION_FREEZE', block?.params)).not.toThrow();
  });
  it('allows dates outside the window', () => {
    expect(electionFreezeBlock(pilkada, day('2024-03-21'))).toBeNull();
    expect(electionFreezeBlock(pilkada, day('2025-02-21'))).toBeNull();
  });
  it("is lifted by the Minister's recorded written approval", () => {
    expect(electionFreezeBlock(freeze({ enabled: true, start: '2024-03-22', end: '2025-02-20', ministerApprovalRecorded: true }), day('2024-06-01'))).toBeNull();
  });
});

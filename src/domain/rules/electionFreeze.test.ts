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

describe('electionFreezeBlock (UU 10/2016 Pasal 71 ayat 2, Pasal 162 ayat 3)', () => {
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
    expect(
      electionFreezeBlock(
        freeze({ enabled: true, start: '2024-03-22', end: '2025-02-20', ministerApprovalRecorded: true }),
        day('2024-06-01'),
      ),
    ).toBeNull();
    expect(
      electionFreezeBlock(freeze({ enabled: true, inauguration: '2025-02-20', ministerApprovalRecorded: true }), day('2025-03-01')),
    ).toBeNull();
  });
  it('blocks a plan effective within 6 months of the inauguration, the day itself included', () => {
    const inaugurated = freeze({ enabled: true, inauguration: '2025-02-20' });
    const block = electionFreezeBlock(inaugurated, day('2025-05-01'));
    expect(block).toEqual({ code: 'INAUGURATION_FREEZE', params: { inauguration: '2025-02-20', until: '2025-08-19', date: '2025-05-01' } });
    expect(() => renderBoth('rules', 'INAUGURATION_FREEZE', block?.params)).not.toThrow();
    expect(electionFreezeBlock(inaugurated, day('2025-02-20'))).not.toBeNull();
    expect(electionFreezeBlock(inaugurated, day('2025-08-19'))).not.toBeNull();
    expect(electionFreezeBlock(inaugurated, day('2025-08-20'))).toBeNull();
    expect(electionFreezeBlock(inaugurated, day('2025-02-19'))).toBeNull();
  });
  it('checks both windows when both are set', () => {
    const both = freeze({ enabled: true, start: '2024-03-22', end: '2025-02-20', inauguration: '2025-02-20' });
    expect(electionFreezeBlock(both, day('2024-06-01'))?.code).toBe('ELECTION_FREEZE');
    expect(electionFreezeBlock(both, day('2025-03-01'))?.code).toBe('INAUGURATION_FREEZE');
    expect(
      electionFreezeBlock(
        { ...both, rules: { ...both.rules, electionFreeze: { ...both.rules.electionFreeze, enabled: false } } },
        day('2025-03-01'),
      ),
    ).toBeNull();
  });
});

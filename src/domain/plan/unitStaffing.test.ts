import { DEFAULT_POLICY } from '../rules';
import { KEEP_STAFFED_VALUE, staffingMarginal } from './unitStaffing';

describe('staffingMarginal', () => {
  const policy = DEFAULT_POLICY;
  const { base, shortageExtra } = policy.scoring.staffing;

  it('holds the places a unit must keep with a value no move outweighs', () => {
    expect(staffingMarginal(policy, 10, 6, 1)).toBe(KEEP_STAFFED_VALUE);
    expect(staffingMarginal(policy, 10, 6, 6)).toBe(KEEP_STAFFED_VALUE);
  });

  it('values the next person more the further the unit is from its need (diminishing returns)', () => {
    // A unit needing 10 that keeps 6: the 7th person closes a shortage of 4, the 10th the last one.
    const values = [7, 8, 9, 10].map((k) => staffingMarginal(policy, 10, 6, k));
    expect(values).toEqual([
      base + 0.4 * shortageExtra,
      base + 0.3 * shortageExtra,
      base + 0.2 * shortageExtra,
      base + 0.1 * shortageExtra,
    ]);
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeLessThan(values[i - 1]!);
  });

  it('gives nothing beyond the need, and nothing to a unit that needs nobody', () => {
    expect(staffingMarginal(policy, 10, 10, 11)).toBe(0);
    expect(staffingMarginal(policy, 0, 0, 1)).toBe(0);
  });
});

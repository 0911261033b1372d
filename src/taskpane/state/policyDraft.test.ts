import { checkDraft, draftOf, EMPTY_DRAFT, effectiveValue, storedOf, withOverride } from './policyDraft';

describe('policy draft of the Kebijakan step', () => {
  it('keeps only what differs from the defaults', () => {
    const off = withOverride({}, ['rules', 'minTenure', 'enabled'], false);
    expect(off).toEqual({ rules: { minTenure: { enabled: false } } });
    expect(withOverride(off, ['rules', 'minTenure', 'enabled'], true)).toEqual({});
    expect(effectiveValue({ overrides: off, effectiveDate: null }, ['rules', 'minTenure', 'enabled'])).toBe(false);
    expect(effectiveValue(EMPTY_DRAFT, ['rules', 'minTenure', 'years'])).toBe(2);
  });

  it('accepts the defaults and a valid date', () => {
    const check = checkDraft({ overrides: {}, effectiveDate: '2026-12-01' });
    expect(check.ok).toBe(true);
    expect(check.effectiveDay).not.toBeNull();
  });

  it('reports a bad number at its setting, with the engine code', () => {
    const check = checkDraft({ overrides: withOverride({}, ['rules', 'minTenure', 'years'], -1), effectiveDate: null });
    expect(check.ok).toBe(false);
    expect(check.byPath.get('rules.minTenure.years')?.code).toBe('POLICY_EXPECTED_INTEGER');
  });

  it('rejects a date that does not exist', () => {
    expect(checkDraft({ overrides: {}, effectiveDate: '2026-02-30' }).ok).toBe(false);
  });

  it('reads back what it stored, and ignores anything else', () => {
    const draft = { overrides: { constraints: { maxMoves: 40 } }, effectiveDate: '2027-01-02' };
    expect(draftOf(JSON.parse(JSON.stringify(storedOf(draft))))).toEqual(draft);
    expect(draftOf('nonsense')).toBeNull();
    expect(draftOf(null)).toBeNull();
  });
});

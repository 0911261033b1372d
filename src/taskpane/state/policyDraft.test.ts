import { checkDraft, draftOf, EMPTY_DRAFT, effectiveValue, migrateOverrides, storedOf, withOverride } from './policyDraft';

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

  it("reads settings an earlier version stored in today's terms, so the plan still runs", () => {
    const stored = {
      version: 1,
      policy: { rules: { noDemotion: { kelasTolerance: 1 }, willingness: { overrideWhenRotationDue: false } } },
      effectiveDate: null,
    };
    const draft = draftOf(stored);
    expect(draft?.overrides).toEqual({ rules: { kelas: { maxDown: 1 } } });
    expect(draft && checkDraft(draft).issues.map((i) => i.code)).toEqual([]);
    expect(migrateOverrides({ rules: { noDemotion: { enabled: false } }, constraints: { maxMoves: 3 } })).toEqual({
      rules: { kelas: { enabled: false } },
      constraints: { maxMoves: 3 },
    });
    expect(migrateOverrides({ rules: { willingness: { enabled: false, overrideWhenRotationDue: true } } })).toEqual({
      rules: { willingness: { enabled: false } },
    });
    expect(migrateOverrides({ rules: { noDemotion: { enabled: true } } })).toEqual({ rules: { kelas: { enabled: true } } });
    expect(migrateOverrides({ rules: { willingness: { overrideWhenRotationDue: true } } })).toEqual({});
  });

  it("edits the new rules through the engine's checks", () => {
    expect(effectiveValue(EMPTY_DRAFT, ['rules', 'kelas', 'maxUp'])).toBe(0);
    expect(
      checkDraft({ overrides: withOverride({}, ['rules', 'kelas', 'maxUp'], 21), effectiveDate: null }).byPath.get('rules.kelas.maxUp')
        ?.code,
    ).toBe('POLICY_EXPECTED_INTEGER');
    const dated = withOverride(
      withOverride({}, ['rules', 'electionFreeze', 'enabled'], true),
      ['rules', 'electionFreeze', 'inauguration'],
      '2025-02-20',
    );
    expect(checkDraft({ overrides: dated, effectiveDate: null }).issues.map((i) => i.code)).toEqual([]);
  });

  it('reads back what it stored, and ignores anything else', () => {
    const draft = { overrides: { constraints: { maxMoves: 40 } }, effectiveDate: '2027-01-02' };
    expect(draftOf(JSON.parse(JSON.stringify(storedOf(draft))))).toEqual(draft);
    expect(draftOf('nonsense')).toBeNull();
    expect(draftOf(null)).toBeNull();
  });
});

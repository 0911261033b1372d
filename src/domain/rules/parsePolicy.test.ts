import { renderBoth } from '../../../test/support/renderCheck';
import { parsePolicy, POLICY_ISSUE_CODES } from './parsePolicy';
import { DEFAULT_POLICY } from './policy';

const codesOf = (json: unknown): string[] => {
  const result = parsePolicy(json);
  return result.ok ? [] : result.issues.map((i) => i.code);
};

describe('parsePolicy', () => {
  it('gives the defaults for nothing, an empty object or the defaults themselves', () => {
    expect(parsePolicy(undefined)).toEqual({ ok: true, value: DEFAULT_POLICY });
    expect(parsePolicy({})).toEqual({ ok: true, value: DEFAULT_POLICY });
    expect(parsePolicy(JSON.parse(JSON.stringify(DEFAULT_POLICY)))).toEqual({ ok: true, value: DEFAULT_POLICY });
  });

  it('merges a partial policy over the defaults, keeping the untouched settings', () => {
    const result = parsePolicy({ rules: { minTenure: { years: 3 }, status: { movable: ['pns', 'PPPK'] } }, constraints: { maxMoves: 40 } });
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.rules.minTenure).toEqual({ enabled: true, years: 3 });
    expect(result.value.rules.status.movable).toEqual(['PNS', 'PPPK']);
    expect(result.value.rules.rotationDue).toEqual(DEFAULT_POLICY.rules.rotationDue);
    expect(result.value.constraints).toEqual({ ...DEFAULT_POLICY.constraints, maxMoves: 40 });
    expect(result.value.scoring).toEqual(DEFAULT_POLICY.scoring);
  });

  it('reads JSON text as well as parsed objects', () => {
    const result = parsePolicy('{"effectiveHoursPerYear": 1200}');
    expect(result.ok && result.value.effectiveHoursPerYear).toBe(1200);
  });

  it('reports text that is not JSON', () => {
    expect(codesOf('{rules:')).toEqual(['POLICY_NOT_JSON']);
  });

  it('reports a policy or a group that is not an object', () => {
    expect(codesOf([1, 2])).toEqual(['POLICY_EXPECTED_OBJECT']);
    expect(codesOf({ rules: true })).toEqual(['POLICY_EXPECTED_OBJECT']);
  });

  it('reports unknown keys with their path instead of ignoring typos', () => {
    const result = parsePolicy({ rules: { minTenur: { years: 3 } } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.params).toEqual({ path: 'rules.minTenur' });
  });

  it('reports values of the wrong kind or out of range, naming path and bounds', () => {
    expect(codesOf({ rules: { minTenure: { enabled: 'ya' } } })).toEqual(['POLICY_EXPECTED_BOOLEAN']);
    expect(codesOf({ rules: { minTenure: { years: -1 } } })).toEqual(['POLICY_EXPECTED_INTEGER']);
    expect(codesOf({ rules: { minTenure: { years: 2.5 } } })).toEqual(['POLICY_EXPECTED_INTEGER']);
    expect(codesOf({ effectiveHoursPerYear: 0 })).toEqual(['POLICY_EXPECTED_NUMBER']);
    expect(codesOf({ scoring: { weights: { aspiration: 101 } } })).toEqual(['POLICY_EXPECTED_INTEGER']);
    const result = parsePolicy({ rules: { minTenure: { years: -1 } } });
    if (!result.ok) expect(result.issues[0]?.params).toMatchObject({ path: 'rules.minTenure.years', min: 0, max: 40, value: '-1' });
  });

  it('reports unknown list values and non-lists', () => {
    expect(codesOf({ rules: { status: { movable: ['PNS', 'Honorer'] } } })).toEqual(['POLICY_UNKNOWN_VALUE']);
    expect(codesOf({ rules: { discipline: { blocking: 'Berat' } } })).toEqual(['POLICY_EXPECTED_LIST']);
    expect(codesOf({ rules: { positionType: { allowed: { Pengawas: ['Pengawas', 'Eselon'] } } } })).toEqual(['POLICY_UNKNOWN_VALUE']);
  });

  it('accepts an edited position-type matrix', () => {
    const result = parsePolicy({ rules: { positionType: { allowed: { Pelaksana: ['Pelaksana', 'Fungsional'] } } } });
    expect(result.ok && result.value.rules.positionType.allowed.Pelaksana).toEqual(['Pelaksana', 'Fungsional']);
    expect(result.ok && result.value.rules.positionType.allowed.JPT).toEqual(['JPT']);
  });

  it('checks election-freeze dates and their order', () => {
    expect(codesOf({ rules: { electionFreeze: { start: '2024-02-30' } } })).toEqual(['POLICY_EXPECTED_DATE']);
    expect(codesOf({ rules: { electionFreeze: { enabled: true } } })).toEqual(['POLICY_ELECTION_WINDOW_MISSING']);
    expect(codesOf({ rules: { electionFreeze: { enabled: true, start: '2024-09-22', end: '2024-03-22' } } })).toEqual(['POLICY_ELECTION_WINDOW_ORDER']);
    expect(parsePolicy({ rules: { electionFreeze: { enabled: true, start: '2024-03-22', end: '2025-02-20' } } }).ok).toBe(true);
  });

  it('keeps the weights small enough for the optimiser', () => {
    const weights = { educationField: 100, competency: 100 };
    expect(codesOf({ scoring: { weights } })).toEqual(['POLICY_WEIGHTS_TOO_LARGE']);
  });

  it('rejects a version it does not know and accepts null as "no limit"', () => {
    expect(codesOf({ version: 2 })).toEqual(['POLICY_VERSION']);
    expect(parsePolicy({ constraints: { maxMoves: null } }).ok).toBe(true);
  });

  it('collects every issue, not just the first', () => {
    expect(codesOf({ foo: 1, rules: { rank: { enabled: 1 } }, scoring: { disruptionCost: 'high' } })).toEqual([
      'POLICY_UNKNOWN_KEY',
      'POLICY_EXPECTED_BOOLEAN',
      'POLICY_EXPECTED_INTEGER',
    ]);
  });

  it('has a message in both languages for every issue it can report', () => {
    for (const code of POLICY_ISSUE_CODES) {
      expect(() => renderBoth('rules', code, { path: 'a.b', value: 'x', min: 0, max: 1, allowed: 'a', start: 's', end: 'e', sum: 1, detail: 'd' })).not.toThrow();
    }
  });
});

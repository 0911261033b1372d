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
    expect(codesOf({ rules: { electionFreeze: { enabled: true, start: '2024-09-22', end: '2024-03-22' } } })).toEqual([
      'POLICY_ELECTION_WINDOW_ORDER',
    ]);
    expect(parsePolicy({ rules: { electionFreeze: { enabled: true, start: '2024-03-22', end: '2025-02-20' } } }).ok).toBe(true);
  });

  it('accepts an inauguration date alone as the election-freeze window', () => {
    const result = parsePolicy({ rules: { electionFreeze: { enabled: true, inauguration: '2025-02-20' } } });
    expect(result.ok && result.value.rules.electionFreeze.inauguration).toBe('2025-02-20');
    expect(codesOf({ rules: { electionFreeze: { enabled: true, start: '2024-03-22', inauguration: '2025-02-20' } } })).toEqual([
      'POLICY_ELECTION_WINDOW_MISSING',
    ]);
    expect(codesOf({ rules: { electionFreeze: { inauguration: '20-02-2025' } } })).toEqual(['POLICY_EXPECTED_DATE']);
  });

  it('reads the nature-of-the-post settings', () => {
    const result = parsePolicy({
      rules: { kelas: { maxUp: 1, maxDown: 2 }, jpt: { enabled: false }, eselon: { sameSubLevel: true }, fungsional: { enabled: false } },
    });
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.rules.kelas).toEqual({ enabled: true, maxUp: 1, maxDown: 2 });
    expect(result.value.rules.jpt).toEqual({ enabled: false });
    expect(result.value.rules.eselon).toEqual({ enabled: true, sameSubLevel: true });
    expect(result.value.rules.fungsional.enabled).toBe(false);
    expect(result.value.rules.rankFromJenjang).toEqual({ enabled: true });
  });

  it('rejects bad kelas tolerances and switches, naming path and bounds', () => {
    const result = parsePolicy({ rules: { kelas: { maxUp: -1, maxDown: 21 } } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.code, i.params.path, i.params.min, i.params.max])).toEqual([
        ['POLICY_EXPECTED_INTEGER', 'rules.kelas.maxUp', 0, 20],
        ['POLICY_EXPECTED_INTEGER', 'rules.kelas.maxDown', 0, 20],
      ]);
      expect(renderBoth('rules', 'POLICY_EXPECTED_INTEGER', result.issues[0]?.params)).toBe(
        'Pengaturan rules.kelas.maxUp harus bilangan bulat dari 0 sampai 20, bukan -1',
      );
    }
    expect(codesOf({ rules: { willingness: { allowMove: 'ya' } } })).toEqual(['POLICY_EXPECTED_BOOLEAN']);
    expect(codesOf({ rules: { specialCircumstances: { allowMove: 1 } } })).toEqual(['POLICY_EXPECTED_BOOLEAN']);
    expect(codesOf({ rules: { jpt: { planned: true } } })).toEqual(['POLICY_UNKNOWN_KEY']);
    expect(codesOf({ rules: { retirement: { bup: { guru: 90 } } } })).toEqual(['POLICY_EXPECTED_INTEGER']);
  });

  it('no longer knows the settings it replaced', () => {
    expect(codesOf({ rules: { noDemotion: { kelasTolerance: 1 } } })).toEqual(['POLICY_UNKNOWN_KEY']);
    expect(codesOf({ rules: { willingness: { overrideWhenRotationDue: true } } })).toEqual(['POLICY_UNKNOWN_KEY']);
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
      expect(() =>
        renderBoth('rules', code, {
          path: 'a.b',
          value: 'x',
          min: 0,
          max: 1,
          allowed: 'a',
          start: 's',
          end: 'e',
          sum: 1,
          detail: 'd',
          rotationMove: 1,
          limit: 2,
        }),
      ).not.toThrow();
    }
  });
});

describe('parsePolicy: planning values', () => {
  it('reads the staffing, rotation, urgency and fit-gain values', () => {
    const result = parsePolicy({
      scoring: { staffing: { base: 1000, keepUnitsStaffed: false }, urgentVacancy: 2000, minFitGain: 10, rotationMove: 500 },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.scoring.staffing).toEqual({ base: 1000, shortageExtra: 2000, keepUnitsStaffed: false });
    expect(result.value.scoring.urgentVacancy).toBe(2000);
    expect(result.value.scoring.minFitGain).toBe(10);
  });

  it('refuses a rotation value that would make rotation alone a reason to move', () => {
    const result = parsePolicy({ scoring: { rotationMove: 1200 } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.code)).toEqual(['POLICY_ROTATION_ALONE']);
    expect(result.issues[0]?.params).toMatchObject({ rotationMove: 1200, limit: 1200 });
  });
});

describe('parsePolicy: evaluation', () => {
  it('takes checkpoint months as distinct whole months, sorted', () => {
    const result = parsePolicy({ evaluation: { checkpointMonths: [12, 6, 6, 1] } });
    expect(result.ok && result.value.evaluation.checkpointMonths).toEqual([1, 6, 12]);
    expect(DEFAULT_POLICY.evaluation.checkpointMonths).toEqual([3, 6, 12]);
  });

  it('rejects an empty list, a non-number and months out of range, naming the path', () => {
    for (const checkpointMonths of [[], ['3'], [0], [61], 'enam']) {
      const result = parsePolicy({ evaluation: { checkpointMonths } });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]?.params).toMatchObject({ path: 'evaluation.checkpointMonths' });
    }
    expect(parsePolicy({ evaluation: { poorAdaptationAtMost: 5 } }).ok).toBe(false);
  });
});

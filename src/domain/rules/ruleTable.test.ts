import { hasMessage, LANGS, tDynamic } from '../../i18n';
import { PLAN_CHECK_CODES } from '../plan/recheckPlan';
import { PAIR_BLOCK_CODES } from './compatibility';
import { ELECTION_FREEZE_CODES } from './electionFreeze';
import { DEFAULT_POLICY } from './policy';
import { READINESS_CODES } from './readiness';
import { RULE_NAMES, RULE_TABLE, ruleDefaults, type ParamSpec, type RuleSpec } from './ruleTable';

const spec = (name: (typeof RULE_NAMES)[number]): RuleSpec<Record<string, ParamSpec>> => RULE_TABLE[name];

describe('the rule table', () => {
  it('gives the policy its rules and their defaults', () => {
    expect(Object.keys(DEFAULT_POLICY.rules)).toEqual(RULE_NAMES);
    expect(RULE_NAMES.length).toBe(18);
    expect(DEFAULT_POLICY.rules).toEqual(ruleDefaults());
    for (const name of RULE_NAMES) {
      const rule = DEFAULT_POLICY.rules[name] as unknown as Record<string, unknown>;
      expect({ name, enabled: rule.enabled }).toEqual({ name, enabled: spec(name).enabled });
      expect(Object.keys(rule).sort()).toEqual(['enabled', ...Object.keys(spec(name).params)].sort());
      for (const [key, param] of Object.entries(spec(name).params)) {
        if (param.kind !== 'group') expect({ name, key, value: rule[key] }).toEqual({ name, key, value: param.default });
      }
    }
  });

  it('holds the defaults the regulations set', () => {
    const r = DEFAULT_POLICY.rules;
    expect(r.status.movable).toEqual(['PNS']);
    expect([r.minTenure.years, r.rotationDue.years, r.recentTransfer.years, r.retirement.windowYears]).toEqual([2, 5, 2, 1]);
    expect(r.retirement.bup).toEqual({
      administrasi: 58,
      jpt: 60,
      fungsionalKeterampilan: 58,
      fungsionalAhliPertama: 58,
      fungsionalAhliMuda: 58,
      fungsionalAhliMadya: 60,
      fungsionalAhliUtama: 65,
      fungsionalUnknown: 58,
      guru: 60,
      dosen: 65,
    });
    expect(r.discipline.blocking).toEqual(['Sedang', 'Berat']);
    expect(r.willingness).toEqual({ enabled: true, allowMove: false });
    expect(r.specialCircumstances).toEqual({ enabled: true, allowMove: false, penalty: 1500 });
    expect(r.electionFreeze).toEqual({ enabled: false, start: null, end: null, inauguration: null, ministerApprovalRecorded: false });
    expect(r.kelas).toEqual({ enabled: true, maxUp: 0, maxDown: 0 });
    expect(r.eselon).toEqual({ enabled: true, sameSubLevel: false });
    expect([r.jpt.enabled, r.fungsional.enabled, r.rankFromJenjang.enabled, r.positionType.enabled]).toEqual([true, true, true, true]);
    expect(r.positionType.allowed.Fungsional).toEqual(['Fungsional']);
  });

  it('cites current law: UU 20/2023, not the repealed UU 5/2014', () => {
    const citations = RULE_NAMES.map((name) => spec(name).citation).join(' | ');
    expect(citations).not.toMatch(/5\/2014/);
    expect(spec('retirement').citation).toContain('UU 20/2023 Pasal 55');
    expect(spec('electionFreeze').citation).toContain('Pasal 162 ayat (3)');
  });

  it('names only codes the rules produce, each worded in both languages', () => {
    const known = new Set<string>([...READINESS_CODES, ...PAIR_BLOCK_CODES, ...PLAN_CHECK_CODES, ...ELECTION_FREEZE_CODES]);
    const named = RULE_NAMES.flatMap((name) => spec(name).messages);
    expect(named.length).toBeGreaterThan(30);
    for (const code of named) {
      expect({ code, known: known.has(code) }).toEqual({ code, known: true });
      for (const lang of LANGS) expect({ code, lang, worded: hasMessage(lang, `rules.${code}`) }).toEqual({ code, lang, worded: true });
    }
    const pairCodes = PAIR_BLOCK_CODES.filter((c) => c !== 'REVIEW_FORBIDDEN');
    for (const code of pairCodes) expect({ code, named: named.includes(code) }).toEqual({ code, named: true });
  });

  it('shows each rule with the citation the table gives', () => {
    for (const name of RULE_NAMES)
      expect({ name, source: tDynamic('id', `rules.ruleSource.${name}`) }).toEqual({ name, source: spec(name).citation });
  });

  it('keeps every default inside its own range', () => {
    for (const name of RULE_NAMES) {
      for (const [key, param] of Object.entries(spec(name).params)) {
        const ints = param.kind === 'int' ? [param] : param.kind === 'group' ? Object.values(param.params) : [];
        for (const p of ints)
          expect({ name, key, inRange: p.default >= p.min && p.default <= p.max }).toEqual({ name, key, inRange: true });
        if (param.kind === 'list') for (const v of param.default) expect(param.allowed).toContain(v);
      }
    }
  });
});

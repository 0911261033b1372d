import { DEFAULT_POLICY } from '../../domain/rules/policy';
import { parsePolicy } from '../../domain/rules/parsePolicy';
import { hasMessage, LANGS } from '../../i18n';
import { FIELD_PATHS, numberOfText, paramTestId, RULE_FIELDS } from './policyFields';

describe('the rules of the Kebijakan step', () => {
  it('shows every rule of the table, with its parameters', () => {
    expect(RULE_FIELDS.map((f) => f.rule)).toEqual(Object.keys(DEFAULT_POLICY.rules));
    const kelas = RULE_FIELDS.find((f) => f.rule === 'kelas');
    expect(kelas?.numbers).toEqual([
      { key: 'maxUp', min: 0, max: 20 },
      { key: 'maxDown', min: 0, max: 20 },
    ]);
    expect(RULE_FIELDS.find((f) => f.rule === 'willingness')?.flags).toEqual(['allowMove']);
    expect(RULE_FIELDS.find((f) => f.rule === 'electionFreeze')?.dates).toEqual(['start', 'end', 'inauguration']);
    expect(RULE_FIELDS.find((f) => f.rule === 'retirement')?.numbers.map((n) => n.key)).toEqual(['windowYears']);
    expect(FIELD_PATHS).toContain('rules.kelas.maxDown');
    expect(FIELD_PATHS).toContain('rules.electionFreeze.inauguration');
  });

  it('keeps the test ids the browser tests use', () => {
    const field = (rule: string) => RULE_FIELDS.find((f) => f.rule === rule);
    const minTenure = field('minTenure');
    const kelas = field('kelas');
    if (!minTenure || !kelas) throw new Error('missing rules');
    expect(paramTestId(minTenure, 'years')).toBe('param-minTenure');
    expect(paramTestId(kelas, 'maxUp')).toBe('param-kelas-maxUp');
  });

  it('name real policy settings, with words in both languages', () => {
    for (const field of RULE_FIELDS) {
      const rule = DEFAULT_POLICY.rules[field.rule] as unknown as Record<string, unknown>;
      expect(typeof rule.enabled).toBe('boolean');
      const keys = [...field.numbers.map((n) => n.key), ...field.flags, ...field.dates, ...field.lists];
      for (const key of keys) expect(rule).toHaveProperty(key);
      for (const lang of LANGS) {
        const messages = [
          `rules.rule.${field.rule}`,
          `rules.ruleSource.${field.rule}`,
          `ui.policy.desc.${field.rule}`,
          ...keys.map((k) => `ui.policy.param.${field.rule}.${k}`),
        ];
        for (const key of messages) expect({ lang, key, known: hasMessage(lang, key) }).toEqual({ lang, key, known: true });
      }
    }
  });

  it('use the limits the engine accepts', () => {
    const numbers = RULE_FIELDS.flatMap((field) => field.numbers.map((param) => ({ rule: field.rule, param })));
    expect(numbers.length).toBeGreaterThanOrEqual(7);
    for (const { rule, param } of numbers) {
      const at = (value: number) => parsePolicy({ rules: { [rule]: { [param.key]: value } } }).ok;
      expect({ rule, key: param.key, min: at(param.min), max: at(param.max), below: at(param.min - 1), above: at(param.max + 1) }).toEqual({
        rule,
        key: param.key,
        min: true,
        max: true,
        below: false,
        above: false,
      });
    }
  });

  it('reads a whole number, an empty field, and leaves anything else for the engine to report', () => {
    expect(numberOfText(' 3 ', false)).toBe(3);
    expect(numberOfText('', true)).toBeNull();
    expect(numberOfText('', false)).toBe('');
    expect(numberOfText('2.5', false)).toBe('2.5');
  });
});

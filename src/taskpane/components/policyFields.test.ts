import { DEFAULT_POLICY } from '../../domain/rules/policy';
import { parsePolicy } from '../../domain/rules/parsePolicy';
import { hasMessage, LANGS } from '../../i18n';
import { numberOfText, RULE_FIELDS } from './policyFields';

describe('the rules of the Kebijakan step', () => {
  it('name real policy settings, with words in both languages', () => {
    for (const field of RULE_FIELDS) {
      const rule = DEFAULT_POLICY.rules[field.rule] as unknown as Record<string, unknown>;
      expect(typeof rule.enabled).toBe('boolean');
      for (const key of [field.param?.key, field.flag, field.list]) if (key !== undefined) expect(rule).toHaveProperty(key);
      for (const lang of LANGS) {
        const keys = [`rules.rule.${field.rule}`, `rules.ruleSource.${field.rule}`, `ui.policy.desc.${field.rule}`];
        if (field.param) keys.push(`ui.policy.param.${field.rule}`);
        if (field.flag) keys.push(`ui.policy.flag.${field.rule}`);
        for (const key of keys) expect({ lang, key, known: hasMessage(lang, key) }).toEqual({ lang, key, known: true });
      }
    }
  });

  it('use the limits the engine accepts', () => {
    for (const field of RULE_FIELDS) {
      if (!field.param) continue;
      const at = (value: number) => parsePolicy({ rules: { [field.rule]: { [field.param?.key ?? '']: value } } }).ok;
      expect({ rule: field.rule, min: at(field.param.min), max: at(field.param.max), below: at(field.param.min - 1), above: at(field.param.max + 1) }).toEqual({
        rule: field.rule,
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

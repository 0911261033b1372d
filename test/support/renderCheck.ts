/**
 * Test helper: renders a rule or scoring note in both languages and fails when a message
 * is missing or a placeholder is left unfilled.
 */
import { tDynamic, hasMessage, LANGS } from '../../src/i18n';

/** The rendered Indonesian text of `namespace.code` with `params`; throws when anything is missing. */
export function renderBoth(namespace: 'rules' | 'scoring', code: string, params: Readonly<Record<string, string | number>> = {}): string {
  let indonesian = '';
  for (const lang of LANGS) {
    const key = `${namespace}.${code}`;
    if (!hasMessage(lang, key)) throw new Error(`no ${lang} message for ${key}`);
    const text = tDynamic(lang, key, params);
    if (/\{\w+\}/.test(text)) throw new Error(`unfilled placeholder in ${lang} ${key}: ${text}`);
    if (lang === 'id') indonesian = text;
  }
  return indonesian;
}

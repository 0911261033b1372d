import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogs } from '../../src/i18n';
import { INPUT_ISSUE_CODES } from '../../src/domain/input/issueCodes';
import { VALUE_CODES } from '../../src/domain/input/values/result';

const INPUT_DIR = join(__dirname, '..', '..', 'src', 'domain', 'input');

describe('input issue codes', () => {
  it('each has an Indonesian and an English message', () => {
    for (const code of INPUT_ISSUE_CODES) {
      expect({ code, id: code in catalogs.id.issue, en: code in catalogs.en.issue }).toEqual({ code, id: true, en: true });
    }
  });

  it('covers every code the table layer writes in its sources, and no value-parser code is redefined', () => {
    const listed = new Set<string>(INPUT_ISSUE_CODES);
    const values = new Set<string>(VALUE_CODES);
    const sources = readdirSync(INPUT_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const used = new Set<string>();
    for (const file of sources) {
      const text = readFileSync(join(INPUT_DIR, file), 'utf8');
      for (const m of text.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g)) if (m[1]) used.add(m[1]);
    }
    const unlisted = [...used].filter((c) => !listed.has(c) && !values.has(c));
    expect(unlisted).toEqual([]);
    expect(INPUT_ISSUE_CODES.filter((c) => values.has(c))).toEqual([]);
  });

  it('has no message for a code nobody emits (besides the location and suggestion phrases)', () => {
    const listed = new Set<string>(INPUT_ISSUE_CODES);
    const extra = Object.keys(catalogs.id.issue).filter((k) => !listed.has(k) && !k.startsWith('where.') && k !== 'suggestion');
    expect(extra).toEqual([]);
  });
});

import { catalogs, tDynamic } from '../../../i18n';
import { blank, fail, ok, relay, VALUE_CODES } from './result';

describe('ValueResult helpers', () => {
  it('builds a value, a blank and a failure', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(blank()).toEqual({ ok: true, value: null });
    expect(fail('NIP_LENGTH', { length: 17 })).toEqual({ ok: false, code: 'NIP_LENGTH', params: { length: 17 } });
    expect(fail('YESNO_UNKNOWN')).toEqual({ ok: false, code: 'YESNO_UNKNOWN', params: {} });
  });

  it('relays a failure unchanged', () => {
    const failure = { ok: false as const, code: 'NUMBER_UNREADABLE' as const, params: { value: 'x' } };
    expect(relay(failure)).toBe(failure);
  });
});

describe('value messages', () => {
  it('has an Indonesian and an English message for every code', () => {
    const id = catalogs.id.values as Record<string, string>;
    const en = catalogs.en.values as Record<string, string>;
    for (const code of VALUE_CODES) {
      expect({ code, id: typeof id[code] }).toEqual({ code, id: 'string' });
      expect({ code, en: typeof en[code] }).toEqual({ code, en: 'string' });
    }
  });

  it('has no message for a code that does not exist', () => {
    expect(Object.keys(catalogs.id.values).sort()).toEqual([...VALUE_CODES].sort());
  });

  it('renders a failure in both languages through tDynamic', () => {
    expect(tDynamic('id', 'values.NIP_LENGTH', { length: 17, expected: 18 })).toBe('NIP berisi 17 angka, seharusnya 18 angka.');
    expect(tDynamic('en', 'values.NIP_LENGTH', { length: 17, expected: 18 })).toBe('The NIP has 17 digits; it should have 18.');
  });
});

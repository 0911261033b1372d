import { catalogs, t, tDynamic, hasMessage } from './index';

describe('i18n catalogs', () => {
  it('gives English exactly the keys of Indonesian, namespace by namespace', () => {
    for (const ns of Object.keys(catalogs.id) as (keyof typeof catalogs.id)[]) {
      const idKeys = Object.keys(catalogs.id[ns]).sort();
      const enKeys = Object.keys(catalogs.en[ns]).sort();
      expect({ ns, keys: enKeys }).toEqual({ ns, keys: idKeys });
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const ns of Object.keys(catalogs.id) as (keyof typeof catalogs.id)[]) {
      const idTable = catalogs.id[ns] as Record<string, string>;
      const enTable = catalogs.en[ns] as Record<string, string>;
      for (const key of Object.keys(idTable)) {
        const names = (s: string | undefined) => [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect({ key: `${ns}.${key}`, names: names(enTable[key]) }).toEqual({ key: `${ns}.${key}`, names: names(idTable[key]) });
      }
    }
  });

  it('fills placeholders and switches language', () => {
    expect(t('id', 'common.yes')).toBe('Ya');
    expect(t('en', 'common.yes')).toBe('Yes');
    expect(tDynamic('en', 'common.no')).toBe('No');
  });

  it('shows an unknown dynamic key rather than nothing', () => {
    expect(tDynamic('id', 'issue.NO_SUCH_CODE')).toBe('issue.NO_SUCH_CODE');
    expect(hasMessage('id', 'issue.NO_SUCH_CODE')).toBe(false);
  });
});

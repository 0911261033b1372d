import { fail, ok, type ValueResult } from './result';
import { memoizeCell, memoizeText } from './textMemo';

describe('memoizeText', () => {
  it('parses each text once and answers repeats from memory', () => {
    const seen: string[] = [];
    const parse = memoizeText((text: string): ValueResult<number> => {
      seen.push(text);
      return text === 'x' ? fail('GOLONGAN_UNKNOWN', { value: text }) : ok(text.length);
    });
    expect(parse('III/a')).toEqual({ ok: true, value: 5 });
    expect(parse('III/a')).toEqual({ ok: true, value: 5 });
    expect(parse('x')).toEqual({ ok: false, code: 'GOLONGAN_UNKNOWN', params: { value: 'x' } });
    expect(parse('x')).toMatchObject({ ok: false });
    expect(seen).toEqual(['III/a', 'x']);
  });
});

describe('memoizeCell', () => {
  it('remembers text cells as written and parses other cells each time', () => {
    const seen: unknown[] = [];
    const parse = memoizeCell((raw: unknown): ValueResult<string> => {
      seen.push(raw);
      return ok(String(raw).trim());
    });
    expect(parse(' a ')).toEqual({ ok: true, value: 'a' });
    expect(parse(' a ')).toEqual({ ok: true, value: 'a' });
    expect(parse('a')).toEqual({ ok: true, value: 'a' });
    expect(parse(1)).toEqual({ ok: true, value: '1' });
    expect(parse(1)).toEqual({ ok: true, value: '1' });
    expect(seen).toEqual([' a ', 'a', 1, 1]);
  });
});

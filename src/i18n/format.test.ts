import { format, formatNumber } from './index';
import { seededRandom } from '../../test/support/solver/randomInstance';

/** The placeholders filled the plain way, one regular-expression replace per call. */
function plainFormat(lang: 'id' | 'en', template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 2 }) : value;
  });
}

describe('format', () => {
  it('fills templates as a plain replace does, unknown and malformed placeholders kept', () => {
    const rand = seededRandom(5);
    const pieces = ['{a}', '{b}', '{zz}', '{ a}', '{', '}', 'x', ' ', '{{a}}', 'é', '{a_1}'];
    const values = ['', 'v', '{a}', '$&', 3, -2.5, 1234.5678, 0.125];
    for (let n = 0; n < 400; n++) {
      const template = Array.from({ length: Math.floor(rand() * 8) }, () => pieces[Math.floor(rand() * pieces.length)]).join('');
      const params: Record<string, string | number> = {};
      for (const name of ['a', 'b', 'a_1']) if (rand() < 0.7) params[name] = values[Math.floor(rand() * values.length)]!;
      for (const lang of ['id', 'en'] as const) expect(format(lang, template, params)).toBe(plainFormat(lang, template, params));
    }
  });

  it('writes fractions in the language style and integers plainly', () => {
    expect(formatNumber('id', 1234.5)).toBe((1234.5).toLocaleString('id-ID', { maximumFractionDigits: 2 }));
    expect(formatNumber('en', 0.125)).toBe('0.13');
    expect(formatNumber('id', 12000)).toBe('12000');
  });
});

import { monthFromName } from './monthNames';

describe('monthFromName', () => {
  it('knows the Indonesian names and abbreviations', () => {
    const cases: [string, number][] = [
      ['Januari', 1],
      ['Jan', 1],
      ['Februari', 2],
      ['Feb', 2],
      ['Peb', 2],
      ['Pebruari', 2],
      ['Maret', 3],
      ['Mar', 3],
      ['April', 4],
      ['Apr', 4],
      ['Mei', 5],
      ['Juni', 6],
      ['Jun', 6],
      ['Juli', 7],
      ['Jul', 7],
      ['Agustus', 8],
      ['Agu', 8],
      ['Agt', 8],
      ['Ags', 8],
      ['September', 9],
      ['Sep', 9],
      ['Sept', 9],
      ['Oktober', 10],
      ['Okt', 10],
      ['November', 11],
      ['Nov', 11],
      ['Nop', 11],
      ['Nopember', 11],
      ['Desember', 12],
      ['Des', 12],
    ];
    for (const [name, month] of cases) expect({ name, month: monthFromName(name) }).toEqual({ name, month });
  });

  it('knows the English names and abbreviations', () => {
    const cases: [string, number][] = [
      ['January', 1],
      ['February', 2],
      ['March', 3],
      ['May', 5],
      ['June', 6],
      ['July', 7],
      ['August', 8],
      ['Aug', 8],
      ['October', 10],
      ['Oct', 10],
      ['December', 12],
      ['Dec', 12],
    ];
    for (const [name, month] of cases) expect({ name, month: monthFromName(name) }).toEqual({ name, month });
  });

  it('ignores case and a trailing dot', () => {
    expect(monthFromName('DES.')).toBe(12);
    expect(monthFromName('agt.')).toBe(8);
  });

  it('returns null for words that are no month', () => {
    expect(monthFromName('Agts')).toBeNull();
    expect(monthFromName('Senin')).toBeNull();
    expect(monthFromName('')).toBeNull();
  });
});

import type { CellValue, WorkbookValues } from '../model/cell';
import { cyrb53 } from '../model/hash';
import { inputFingerprint } from './fingerprint';

/** The fingerprint's definition: each row's cells as text joined by \u0003 (a hole in a ragged row is empty). */
function joinedFingerprint(values: WorkbookValues, sheetNames: readonly string[]): string {
  const parts: string[] = [];
  for (const sheet of values.sheets) {
    if (!sheetNames.includes(sheet.name)) continue;
    parts.push(`\u0001${sheet.name}`);
    for (const row of sheet.rows) {
      parts.push(`\u0002${row.map((cell) => (cell instanceof Date ? cell.toISOString() : String(cell))).join('\u0003')}`);
    }
  }
  return cyrb53(parts.join('')).toString(16).padStart(14, '0');
}

describe('inputFingerprint', () => {
  // eslint-disable-next-line no-sparse-arrays -- a ragged row as an adapter may deliver it
  const ragged = [1, , 'x'] as unknown as CellValue[];
  const values: WorkbookValues = {
    date1904: false,
    sheets: [
      { name: 'Pegawai', rows: [['NIP', 'Nama'], ['198005122005011001', null], [true, new Date(Date.UTC(2020, 0, 2))], [], ragged] },
      { name: 'Jabatan', rows: [['Kode', 1.5, undefined as unknown as CellValue]] },
      { name: 'Catatan', rows: [['not hashed']] },
    ],
  };

  it('hashes the named sheets cell by cell as their joined text', () => {
    expect(inputFingerprint(values, ['Pegawai', 'Jabatan'])).toBe(joinedFingerprint(values, ['Pegawai', 'Jabatan']));
    expect(inputFingerprint(values, ['Pegawai', 'Jabatan'])).toMatch(/^[0-9a-f]{14}$/);
  });

  it('changes when a value changes and ignores sheets not named', () => {
    const changed: WorkbookValues = { ...values, sheets: [{ name: 'Pegawai', rows: [['NIP', 'Nama!']] }] };
    const before = inputFingerprint(values, ['Pegawai']);
    expect(inputFingerprint(changed, ['Pegawai'])).not.toBe(before);
    expect(inputFingerprint(values, ['Pegawai', 'Lain'])).toBe(before);
  });

  it('hashes dates as their ISO text, of any year and time of day', () => {
    let seed = 3;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const inYear = (year: number) => new Date(Date.UTC(2000, 11, 31, 23, 59, 59, 999)).setUTCFullYear(year);
    const edges = [
      inYear(0),
      inYear(5),
      inYear(999),
      inYear(-1),
      Date.UTC(99, 11, 31, 23, 59, 59, 999),
      Date.UTC(9999, 11, 31),
      Date.UTC(10000, 0, 1),
      -62198755200001,
      0,
    ];
    const times = [...edges];
    for (let k = 0; k < 2000; k++) times.push(Math.floor((random() - 0.3) * 1e13));
    const rows = times.map((time) => [new Date(time), 'x']);
    const sheet: WorkbookValues = { date1904: false, sheets: [{ name: 'Tanggal', rows }] };
    expect(inputFingerprint(sheet, ['Tanggal'])).toBe(joinedFingerprint(sheet, ['Tanggal']));
  });

  it('hashes numbers as their text: integers of every size and sign, fractions, -0 and the non-finite', () => {
    let seed = 99;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const edges = [
      0,
      -0,
      7,
      -7,
      10,
      2 ** 53 - 1,
      -(2 ** 53 - 1),
      2 ** 53,
      1e21,
      8999999999999999,
      0.1,
      -2.5,
      1e-7,
      NaN,
      Infinity,
      -Infinity,
    ];
    const numbers = [...edges];
    for (let k = 0; k < 2000; k++) numbers.push(Math.floor(random() * 10 ** Math.floor(random() * 17)) * (random() < 0.3 ? -1 : 1));
    const rows = numbers.map((n, i) => [n, `t${i}`, i % 3 === 0 ? null : n / 7]);
    const sheet: WorkbookValues = { date1904: false, sheets: [{ name: 'Angka', rows }] };
    expect(inputFingerprint(sheet, ['Angka'])).toBe(joinedFingerprint(sheet, ['Angka']));
  });
});

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
});

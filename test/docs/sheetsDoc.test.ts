/**
 * docs/sheets.md stays true: every input column the reader knows, every output sheet name
 * and every column header of the main sheets (Indonesian) appears in it. A new column
 * without its line in the docs fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JABATAN_FIELDS } from '../../src/domain/input/jabatanFields';
import { PEGAWAI_FIELDS } from '../../src/domain/input/pegawaiFields';
import { UNIT_FIELDS } from '../../src/domain/input/unitFields';
import explainId from '../../src/i18n/id/explain.json';
import sheetsId from '../../src/i18n/id/sheets.json';

const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'sheets.md'), 'utf8');
const missingFrom = (words: readonly string[]) => words.filter((word) => !doc.includes(word));

describe('docs/sheets.md', () => {
  it('names every input column the reader recognises, with its aliases', () => {
    const fields = [...PEGAWAI_FIELDS, ...JABATAN_FIELDS, ...UNIT_FIELDS];
    expect(fields.length).toBeGreaterThan(40);
    expect(missingFrom(fields.map((field) => field.header))).toEqual([]);
    expect(missingFrom(fields.flatMap((field) => field.aliases))).toEqual([]);
  });

  it('names every output sheet and the columns of the sheets it tables', () => {
    const entries = Object.entries(sheetsId as Record<string, string>);
    const names = entries.filter(([key]) => key.startsWith('name.')).map(([, word]) => word);
    expect(names.length).toBeGreaterThanOrEqual(8);
    expect(missingFrom(names)).toEqual([]);
    const columns = entries.filter(([key]) => key.startsWith('col.') && key !== 'col.yearsInPost').map(([, word]) => word);
    expect(columns.length).toBeGreaterThan(30);
    expect(missingFrom(columns)).toEqual([]);
    const justification = Object.entries(explainId as Record<string, string>)
      .filter(([key]) => key.startsWith('col.'))
      .map(([, word]) => word);
    expect(justification.length).toBeGreaterThan(5);
    expect(missingFrom(justification)).toEqual([]);
  });
});

/**
 * Fuzz test of the input layer (it must never throw): random cell grids and randomly
 * damaged copies of the base workbook never make readInput throw, and what it returns
 * keeps its promises. A seeded generator makes every failure reproducible.
 */
import { createRng } from '../../src/sample/random';
import type { CellValue, WorkbookValues } from '../../src/domain/model/cell';
import { PEGAWAI_FIELDS } from '../../src/domain/input/pegawaiFields';
import { JABATAN_FIELDS } from '../../src/domain/input/jabatanFields';
import { UNIT_FIELDS } from '../../src/domain/input/unitFields';
import { readInput, type ReadInputOptions } from '../../src/domain/input/readInput';
import { renderIssue } from '../../src/domain/input/renderIssue';
import type { MappingOverrides } from '../../src/domain/input/tableMapping';
import { baseWorkbook } from './workbooks';

/** A seeded uniform [0, 1) source (the project's own generator). */
function prng(seed: number): () => number {
  const rng = createRng(seed);
  return () => rng.next();
}

const HEADER_WORDS = [...PEGAWAI_FIELDS, ...JABATAN_FIELDS, ...UNIT_FIELDS].flatMap((f) => [f.header, ...f.aliases]);
const VALUE_WORDS = [
  '198005122005011003',
  '19800512 200501 1 003',
  '199002172023212001',
  '1.98E+17',
  'III/a',
  '3b',
  'Penata Muda',
  'IV/e',
  'S1',
  'Sarjana',
  'D3',
  'Ya',
  'Tidak',
  'L',
  'P',
  'PNS',
  'PPPK',
  'CPNS',
  '12/01/2020',
  '31/02/2019',
  '12 Januari 2020',
  '5 Agt 2019',
  '2020-01-12',
  'Dinas Kesehatan',
  'Dinas Sosial',
  'DINKES-01',
  'Jumlah',
  'TOTAL',
  '#N/A',
  '#REF!',
  '-',
  '  ',
  '',
  'Sangat Baik',
  'Tinggi',
  'Fungsional',
  'Pelaksana',
  'Segera',
  '1,5',
  '4.5%',
  '-3',
  '0',
  'II.a',
  'Non Eselon',
  '=SUM(A1:A3)',
  '\u00a0',
  'Ahmad; Budi, Citra',
];
const SHEET_NAMES = ['Pegawai', 'Jabatan', 'Unit', 'Sheet1', 'DUK', 'Peta Jabatan', 'OPD', 'Catatan Data', 'Usulan Mutasi (2)', '', ' '];

function randomCell(rand: () => number): CellValue {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  switch (Math.floor(rand() * 10)) {
    case 0:
      return null;
    case 1:
      return pick(HEADER_WORDS);
    case 2:
      return pick(VALUE_WORDS);
    case 3:
      return Math.floor(rand() * 100_000) - 1000;
    case 4:
      return pick([rand() * 1e6, -rand(), 0, 1, 60, 2_958_466, 1e21, 198005122005011000, Number.NaN, Number.POSITIVE_INFINITY, -0]);
    case 5:
      return rand() < 0.1
        ? new Date(Number.NaN)
        : new Date(Date.UTC(1850 + Math.floor(rand() * 300), Math.floor(rand() * 12), 1 + Math.floor(rand() * 31)));
    case 6:
      return rand() < 0.5;
    case 7:
      return Array.from({ length: Math.floor(rand() * 12) }, () => String.fromCharCode(32 + Math.floor(rand() * 0x2ff))).join('');
    case 8:
      return String(Math.floor(rand() * 1e18)).padStart(18, '1');
    default:
      return pick(VALUE_WORDS) + ' ' + pick(HEADER_WORDS);
  }
}

function randomWorkbook(rand: () => number): WorkbookValues {
  const sheetCount = Math.floor(rand() * 5);
  const sheets = Array.from({ length: sheetCount }, (_, s) => {
    const rows = Math.floor(rand() * 30);
    const cols = Math.floor(rand() * 16);
    const headerish = rand() < 0.6 ? Math.floor(rand() * Math.max(rows, 1)) : -1;
    return {
      name: `${SHEET_NAMES[Math.floor(rand() * SHEET_NAMES.length)]}${s}`,
      rows: Array.from({ length: rows }, (_, r) =>
        Array.from({ length: rand() < 0.2 ? Math.floor(rand() * cols) : cols }, () =>
          r === headerish ? (HEADER_WORDS[Math.floor(rand() * HEADER_WORDS.length)] ?? null) : randomCell(rand),
        ),
      ),
    };
  });
  return { sheets, date1904: rand() < 0.2 };
}

/** The base workbook with a few cells, rows and headers damaged. */
function damagedWorkbook(rand: () => number): WorkbookValues {
  const base = baseWorkbook();
  const sheets = base.sheets.map((sheet) => {
    const rows = sheet.rows.map((row) => [...row]);
    const edits = Math.floor(rand() * 6);
    for (let e = 0; e < edits; e += 1) {
      const r = Math.floor(rand() * (rows.length + 2));
      const row = rows[r] ?? [];
      const c = Math.floor(rand() * (row.length + 2));
      row[c] = randomCell(rand);
      rows[r] = row;
    }
    if (rand() < 0.2 && rows.length > 1) rows.splice(1 + Math.floor(rand() * (rows.length - 1)), 1);
    if (rand() < 0.2) rows.push([...(rows[1 + Math.floor(rand() * (rows.length - 1))] ?? [])]);
    if (rand() < 0.1) rows.unshift([randomCell(rand)]);
    return { name: sheet.name, rows };
  });
  return { sheets: rand() < 0.1 ? sheets.slice(0, 2) : sheets, date1904: rand() < 0.1 };
}

function randomOptions(rand: () => number): ReadInputOptions {
  if (rand() < 0.6) return { skipInvalidRows: rand() < 0.5 };
  const choice = () => (rand() < 0.3 ? null : rand() < 0.5 ? Math.floor(rand() * 40) - 5 : String(randomCell(rand)));
  const overrides: MappingOverrides = {
    pegawai: {
      ...(rand() < 0.3 ? { sheet: String(randomCell(rand)) } : {}),
      ...(rand() < 0.3 ? { headerRow: Math.floor(rand() * 30) - 2 } : {}),
      columns: { nip: choice(), jabatan: choice() },
    },
    jabatan: { ...(rand() < 0.3 ? { sheet: rand() < 0.5 ? 'Jabatan' : 'Pegawai' } : {}), columns: { formasi: choice() } },
    unit: rand() < 0.3 ? { sheet: null } : { columns: { unitKerja: choice() } },
  };
  return { overrides, skipInvalidRows: rand() < 0.5 };
}

function checkResult(workbook: WorkbookValues, options: ReadInputOptions): void {
  const { tables, issues } = readInput(workbook, options);
  for (const found of issues) {
    renderIssue('id', found);
    renderIssue('en', found);
  }
  if (tables === null) return;
  const skipping = options.skipInvalidRows === true;
  if (!skipping && issues.some((i) => i.severity === 'error')) throw new Error('tables returned despite errors');
  const codes = new Set(tables.positions.map((p) => p.code));
  const units = new Set(tables.units.map((u) => u.name));
  for (const e of tables.employees) {
    if (!codes.has(e.positionCode)) throw new Error(`employee row ${e.row} holds an unknown position`);
    if (!units.has(e.unit)) throw new Error(`employee row ${e.row} is in an unknown unit`);
  }
}

describe('input fuzz', () => {
  it('never throws on random cell grids (3000 workbooks)', () => {
    const rand = prng(20_250_101);
    for (let i = 0; i < 3000; i += 1) {
      const workbook = randomWorkbook(rand);
      const options = randomOptions(rand);
      try {
        checkResult(workbook, options);
      } catch (cause) {
        throw new Error(`case ${i}: ${String(cause)}\n${JSON.stringify({ workbook, options }).slice(0, 2000)}`);
      }
    }
  });

  it('never throws on damaged copies of a good workbook (2000 workbooks)', () => {
    const rand = prng(7_919);
    for (let i = 0; i < 2000; i += 1) {
      const workbook = damagedWorkbook(rand);
      const options = randomOptions(rand);
      try {
        checkResult(workbook, options);
      } catch (cause) {
        throw new Error(`case ${i}: ${String(cause)}\n${JSON.stringify({ workbook, options }).slice(0, 2000)}`);
      }
    }
  });
});

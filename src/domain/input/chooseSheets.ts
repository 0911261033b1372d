/**
 * Which sheet holds which table, decided by header content rather than by sheet names:
 * offices name their sheets "DUK 2024", "Sheet1", "Data ASN", "Peta Jab".
 */
import type { SheetValues, WorkbookValues } from '../model/cell';
import { catalogs } from '../../i18n';
import type { TableDictionary, TableKind } from './fieldDef';
import { JABATAN_TABLE } from './jabatanFields';
import { PEGAWAI_TABLE } from './pegawaiFields';
import { findHeaderRow, type HeaderScan } from './scanHeader';
import { UNIT_TABLE } from './unitFields';
import { normalizeKey } from '../model/normalize';

export const DICTIONARIES: { readonly [K in TableKind]: TableDictionary } = {
  pegawai: PEGAWAI_TABLE,
  jabatan: JABATAN_TABLE,
  unit: UNIT_TABLE,
};

/** A sheet that could hold a table of some kind, with its best header row. */
export interface SheetCandidate {
  readonly sheet: SheetValues;
  readonly scan: HeaderScan<string>;
  /** Fields matched, plus half a point when the sheet's name hints at the kind (a tie-breaker). */
  readonly weight: number;
}

/**
 * Names of the sheets this add-in writes (both languages, with the "(2)" of later rounds);
 * they repeat NIP, Nama and Unit Kerja and must never be read back as input.
 */
const OUTPUT_SHEETS: ReadonlySet<string> = new Set(
  (['id', 'en'] as const).flatMap((lang) =>
    Object.entries(catalogs[lang].sheets as Record<string, string>)
      .filter(([key]) => key.startsWith('name.'))
      .map(([, name]) => normalizeKey(name)),
  ),
);

/** Whether a sheet is one of this add-in's own output sheets (by name). */
export function isOutputSheet(name: string): boolean {
  return OUTPUT_SHEETS.has(normalizeKey(name.replace(/\(\d+\)\s*$/, '')));
}

/**
 * The sheet as a candidate for a table kind, or null when its headers do not look like
 * that table: at least two fields, one of them a key field (NIP or Nama; Kode or Nama
 * Jabatan; Unit Kerja) and one a marker of the kind.
 */
export function candidateFor(sheet: SheetValues, dictionary: TableDictionary): SheetCandidate | null {
  const scan = findHeaderRow(sheet, dictionary);
  if (scan === null || scan.score < 2) return null;
  const found = (field: string): boolean => (scan.columns as Record<string, unknown>)[field] !== undefined;
  if (!dictionary.keyFields.some(found) || !dictionary.markerFields.some(found)) return null;
  const name = normalizeKey(sheet.name);
  const hinted = dictionary.sheetNameHints.some((hint) => name.includes(hint));
  return { sheet, scan, weight: scan.score + (hinted ? 0.5 : 0) };
}

export type SheetChoice = { readonly [K in TableKind]: SheetCandidate | null };

/** Weight of finding a required table at all; larger than any sum of field counts. */
const REQUIRED_TABLE = 10_000;

/**
 * Assigns distinct sheets to the three tables so that the employee and position tables are
 * found whenever possible and, among such choices, the most header fields match. Sheets in
 * `taken` (chosen by the user) and this add-in's output sheets are not considered; kinds in
 * `fixed` are not chosen here.
 */
export function chooseSheets(workbook: WorkbookValues, taken: ReadonlySet<string>, fixed: ReadonlySet<TableKind>): SheetChoice {
  const sheets = workbook.sheets.filter((s) => !taken.has(s.name) && !isOutputSheet(s.name));
  const options = (kind: TableKind): (SheetCandidate | null)[] => {
    if (fixed.has(kind)) return [null];
    const found = sheets.map((s) => candidateFor(s, DICTIONARIES[kind])).filter((c): c is SheetCandidate => c !== null);
    return [...found, null];
  };
  const pegawai = options('pegawai');
  const jabatan = options('jabatan');
  const unit = options('unit');

  let best: SheetChoice = { pegawai: null, jabatan: null, unit: null };
  let bestValue = -1;
  for (const p of pegawai) {
    for (const j of jabatan) {
      if (p && j && p.sheet === j.sheet) continue;
      for (const u of unit) {
        if (u && ((p && p.sheet === u.sheet) || (j && j.sheet === u.sheet))) continue;
        const value = (p ? REQUIRED_TABLE + p.weight : 0) + (j ? REQUIRED_TABLE + j.weight : 0) + (u ? u.weight : 0);
        if (value > bestValue) {
          bestValue = value;
          best = { pegawai: p, jabatan: j, unit: u };
        }
      }
    }
  }
  return best;
}

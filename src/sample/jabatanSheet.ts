/**
 * The Jabatan (positions, peta jabatan) sheet of the sample, with the headers of docs/sheets.md#jabatan.
 */
import type { CellValue } from '../domain/model/cell';
import type { ColumnSpec, TableSheetModel } from '../domain/output/sheetModel';
import { GOLONGAN, JENJANG, type Prioritas } from '../domain/model/types';
import type { SamplePosition } from './organisation';

const col = (
  header: string,
  width: number,
  format: ColumnSpec['format'],
  extra: { list?: readonly string[]; wrap?: boolean } = {},
): ColumnSpec => ({ header, width, format, ...extra });

export const JABATAN_COLUMNS: readonly ColumnSpec[] = [
  col('Kode Jabatan', 24, 'text'),
  col('Nama Jabatan', 44, 'text'),
  col('Unit Kerja', 40, 'text'),
  col('Jenis Jabatan', 13, 'text', { list: ['JPT', 'Administrator', 'Pengawas', 'Pelaksana', 'Fungsional'] }),
  col('Kelas Jabatan', 8, 'integer'),
  col('Eselon', 8, 'text'),
  col('Formasi', 8, 'integer'),
  col('Golongan Minimal', 10, 'text', { list: GOLONGAN }),
  col('Golongan Maksimal', 10, 'text', { list: GOLONGAN }),
  col('Pendidikan Minimal', 10, 'text', { list: JENJANG }),
  col('Bidang Pendidikan', 44, 'text'),
  col('Kompetensi Dibutuhkan', 44, 'text'),
  col('Prioritas', 10, 'text', { list: ['Segera', 'Tinggi', 'Normal'] }),
  col('Uraian Tugas', 70, 'text', { wrap: true }),
];

const list = (items: readonly string[]): string | null => (items.length === 0 ? null : items.join('; '));

/** The position sheet model; `prioritas[i]` belongs to `positions[i]`. */
export function jabatanSheet(positions: readonly SamplePosition[], prioritas: readonly Prioritas[]): TableSheetModel {
  const rows: CellValue[][] = positions.map((p, i) => [
    p.code,
    p.name,
    p.unit.name,
    p.jenis,
    p.kelas,
    p.eselon,
    p.formasi,
    p.golonganMin,
    p.golonganMax,
    p.pendidikanMin,
    list(p.fields),
    list(p.kompetensi),
    prioritas[i] ?? 'Normal',
    p.tugas,
  ]);
  return { kind: 'table', name: 'Jabatan', tableName: 'Jabatan', columns: JABATAN_COLUMNS, rows };
}

/**
 * The Pegawai (employees) sheet of the sample, with the Indonesian headers of docs/sheets.md#pegawai:
 * NIP as text, dates as UTC-midnight Dates, lists joined with "; ".
 */
import type { CellValue } from '../domain/model/cell';
import type { ColumnSpec, TableSheetModel } from '../domain/output/sheetModel';
import { GOLONGAN, JENJANG } from '../domain/model/types';
import type { SampleEmployee } from './sampleEmployee';
import { utcDate } from './sampleDates';

const LIST_SEPARATOR = '; ';

const col = (header: string, width: number, format: ColumnSpec['format'], list?: readonly string[]): ColumnSpec =>
  list === undefined ? { header, width, format } : { header, width, format, list };

export const PEGAWAI_COLUMNS: readonly ColumnSpec[] = [
  col('NIP', 21, 'text'),
  col('Nama', 36, 'text'),
  col('Jenis Kelamin', 9, 'text', ['L', 'P']),
  col('Tanggal Lahir', 12, 'date'),
  col('Status Kepegawaian', 11, 'text', ['PNS', 'CPNS', 'PPPK']),
  col('Golongan', 9, 'text', GOLONGAN),
  col('Pendidikan', 10, 'text', JENJANG),
  col('Jurusan', 30, 'text'),
  col('Unit Kerja', 40, 'text'),
  col('Kode Jabatan', 24, 'text'),
  col('Jabatan', 40, 'text'),
  col('TMT Jabatan', 12, 'date'),
  col('TMT Mutasi Terakhir', 12, 'date'),
  col('Predikat Kinerja', 15, 'text', ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang', 'Sangat Kurang']),
  col('Potensi', 10, 'text', ['Tinggi', 'Menengah', 'Rendah']),
  col('Kompetensi', 44, 'text'),
  col('Hukuman Disiplin', 11, 'text', ['Ringan', 'Sedang', 'Berat']),
  col('Akhir Hukuman Disiplin', 12, 'date'),
  col('Pilihan 1', 30, 'text'),
  col('Pilihan 2', 30, 'text'),
  col('Pilihan 3', 30, 'text'),
  col('Bersedia Dimutasi', 10, 'text', ['Ya', 'Tidak']),
  col('Pertimbangan Khusus', 36, 'text'),
  col('Unit Dihindari', 36, 'text'),
];

const date = (day: number | null): Date | null => (day === null ? null : utcDate(day));
const text = (s: string): string | null => (s === '' ? null : s);
const list = (items: readonly string[]): string | null => (items.length === 0 ? null : items.join(LIST_SEPARATOR));

function row(e: SampleEmployee): CellValue[] {
  return [
    e.nip,
    e.nama,
    e.gender,
    date(e.birthDate),
    e.status,
    e.golongan,
    e.pendidikan,
    e.jurusan,
    e.position.unit.name,
    e.position.code,
    e.position.name,
    date(e.tmtJabatan),
    date(e.tmtMutasi),
    e.predikat,
    e.potensi,
    list(e.kompetensi),
    e.hukdis,
    date(e.hukdisEnd),
    e.pilihan[0] ?? null,
    e.pilihan[1] ?? null,
    e.pilihan[2] ?? null,
    e.bersedia ? 'Ya' : 'Tidak',
    text(e.pertimbanganKhusus),
    list(e.unitDihindari),
  ];
}

/** The employee sheet model. */
export function pegawaiSheet(employees: readonly SampleEmployee[]): TableSheetModel {
  return { kind: 'table', name: 'Pegawai', tableName: 'Pegawai', columns: PEGAWAI_COLUMNS, rows: employees.map(row) };
}

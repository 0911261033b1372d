import type { CellValue, WorkbookValues } from '../model/cell';
import { readEvaluationSheet } from './evaluationForms';
import { readIkmSheet } from './ikmResponses';

const HEADER = [
  'No',
  'NIP',
  'Nama',
  'Kode Jabatan Tujuan',
  'Evaluasi Bulan ke-',
  'Predikat Kinerja',
  'Adaptasi (1-5)',
  'Pelatihan Selesai',
];
const more = ['Kepuasan Atasan (1-5)', 'Nilai IKM Unit', 'Catatan', 'Rekomendasi'];
const workbook = (rows: CellValue[][], name = 'Evaluasi Mutasi'): WorkbookValues => ({
  sheets: [{ name, rows: [['EVALUASI'], [], [...HEADER, ...more], ...rows] }],
  date1904: false,
});

describe('readEvaluationSheet', () => {
  it('reads a filled row in either language and any case', () => {
    const { sheet, issues } = readEvaluationSheet(
      workbook([[1, '198001012005011001', 'A', 'X-1', 3, 'sangat baik', 4, 'Not yet', 5, 80.5, 'ok', 'pertimbangkan penempatan ulang']]),
    );
    expect(issues).toEqual([]);
    expect(sheet?.rows).toEqual([
      expect.objectContaining({
        row: 4,
        checkpoint: 3,
        predikat: 'Sangat Baik',
        adaptation: 4,
        trainingDone: 'no',
        satisfaction: 5,
        unitIkm: 80.5,
        note: 'ok',
        recommendation: 'replace',
      }),
    ]);
  });

  it('names the sheet, row and column of every cell it cannot read, and keeps the rest of the row', () => {
    const { sheet, issues } = readEvaluationSheet(
      workbook([
        [1, '198001012005011001', 'A', 'X-1', 3, 'Hebat', 'empat', 'Ya', 7, 12, '', 'Pindahkan'],
        [2, '', 'catatan atasan tanpa NIP'],
        [3, '198001012005011002', 'B', 'X-2', 6, null, 2.5, null, null, null, '', null],
      ]),
    );
    expect(issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([
      ['EVALUATION_VALUE_UNKNOWN', 4, 'Predikat Kinerja', 'Hebat'],
      ['EVALUATION_NOT_NUMBER', 4, 'Adaptasi (1-5)', 'empat'],
      ['EVALUATION_OUT_OF_RANGE', 4, 'Kepuasan Atasan (1-5)', '7'],
      ['EVALUATION_OUT_OF_RANGE', 4, 'Nilai IKM Unit', '12'],
      ['EVALUATION_VALUE_UNKNOWN', 4, 'Rekomendasi', 'Pindahkan'],
      ['EVALUATION_OUT_OF_RANGE', 6, 'Adaptasi (1-5)', '2.5'],
    ]);
    expect(issues.every((i) => i.sheet === 'Evaluasi Mutasi' && i.severity === 'warning')).toBe(true);
    expect(sheet?.rows.map((r) => [r.nip, r.trainingDone, r.adaptation])).toEqual([
      ['198001012005011001', 'yes', null],
      ['198001012005011002', null, null],
    ]);
  });

  it('takes the newest version and fails clearly without one or without its key columns', () => {
    expect(readEvaluationSheet({ sheets: [], date1904: false }).issues.map((i) => i.code)).toEqual(['EVALUATION_SHEET_NOT_FOUND']);
    const headless: WorkbookValues = { sheets: [{ name: 'Evaluasi Mutasi', rows: [['NIP', 'Nama']] }], date1904: false };
    expect(readEvaluationSheet(headless).issues).toEqual([
      expect.objectContaining({
        code: 'EVALUATION_HEADER_NOT_FOUND',
        params: expect.objectContaining({ columns: 'Kode Jabatan Tujuan, Evaluasi Bulan ke-' }),
      }),
    ]);
    const two: WorkbookValues = {
      sheets: [
        workbook([[1, '1', 'A', 'X', 3]]).sheets[0]!,
        { ...workbook([[1, '2', 'B', 'Y', 6]]).sheets[0]!, name: 'Evaluasi Mutasi (2)' },
      ],
      date1904: false,
    };
    expect(readEvaluationSheet(two).sheet?.sheetName).toBe('Evaluasi Mutasi (2)');
  });
});

describe('readIkmSheet', () => {
  it('reads each unit’s answers and earlier IKM, reporting answers that are not 1-4', () => {
    const u = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];
    const values: WorkbookValues = {
      sheets: [
        {
          name: 'IKM Layanan',
          rows: [
            ['INDEKS'],
            [],
            ['Rekap IKM per Unit Layanan'],
            ['Unit Kerja', 'Jumlah Responden', ...u, 'IKM', 'Mutu', 'Kinerja Unit', 'IKM Sebelumnya', 'Perubahan'],
            ['Puskesmas Rambutan', 2, ...u.map(() => null), null, null, null, 81.2],
            [],
            ['Responden Puskesmas Rambutan'],
            ['Satu baris per responden'],
            ['Responden', ...u],
            [1, 4, 4, 4, 4, 4, 4, 4, 4, 4],
            [2, 3, 'baik', 3, 5, 3, 3, 3, 3, 3],
            [3],
          ],
        },
      ],
      date1904: false,
    };
    const { sheet, issues } = readIkmSheet(values);
    expect(sheet?.units).toEqual([
      {
        unit: 'Puskesmas Rambutan',
        previous: 81.2,
        answers: [
          [4, 4, 4, 4, 4, 4, 4, 4, 4],
          [3, null, 3, null, 3, 3, 3, 3, 3],
        ],
      },
    ]);
    expect(issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([
      ['IKM_ANSWER_INVALID', 11, 'U2', 'baik'],
      ['IKM_ANSWER_INVALID', 11, 'U4', '5'],
    ]);
  });
});

import type { CellValue, SheetValues, WorkbookValues } from '../model/cell';
import { newestProposalsSheetName, proposalsSheetVersion, readReviewedProposals } from './reviewedProposals';

const HEADER_ID = ['No', 'ID Usulan', 'NIP', 'Nama', 'Unit Tujuan', 'Kode Jabatan Tujuan', 'Keputusan', 'Catatan Peninjau', 'Peninjau'];
const NIP_A = '198005122005011003';
const NIP_B = '198507202010012004';
const NIP_C = '199001012015031001';

function sheet(name: string, rows: (readonly CellValue[])[]): SheetValues {
  return { name, rows: [['Usulan Mutasi ASN — Kota Tebing Tinggi'], [], HEADER_ID, ...rows] };
}
const book = (...sheets: SheetValues[]): WorkbookValues => ({ sheets, date1904: false });

describe('readReviewedProposals', () => {
  it('returns no sheet when the workbook has no proposals sheet', () => {
    expect(readReviewedProposals(book({ name: 'Pegawai', rows: [['NIP']] }))).toEqual({ sheet: null, issues: [] });
  });

  it('reads rows by content in any order, skipping blank and extra rows', () => {
    const result = readReviewedProposals(
      book(
        sheet('Usulan Mutasi', [
          [2, 'M-B', NIP_B, 'Bunga', 'Dinas Sosial', 'J-02', 'setuju', 'Cocok', 'Kabid'],
          [],
          [null, null, null, 'catatan rapat: lanjutkan minggu depan'],
          [1, 'M-A', NIP_A, 'Ahmad', 'Dinas Kesehatan', 'J-01', ' TOLAK ', 'Belum 2 tahun', 'Sekretaris'],
          [3, 'M-C', NIP_C, 'Citra', 'Bappeda', 'J-03', 'Diusulkan', null, null],
        ]),
      ),
    );
    expect(result.issues).toEqual([]);
    expect(result.sheet?.sheetName).toBe('Usulan Mutasi');
    expect(result.sheet?.rows).toEqual([
      { row: 4, id: 'M-B', nip: NIP_B, targetCode: 'J-02', decision: 'approved', note: 'Cocok', reviewer: 'Kabid' },
      { row: 7, id: 'M-A', nip: NIP_A, targetCode: 'J-01', decision: 'rejected', note: 'Belum 2 tahun', reviewer: 'Sekretaris' },
      { row: 8, id: 'M-C', nip: NIP_C, targetCode: 'J-03', decision: 'proposed', note: '', reviewer: '' },
    ]);
  });

  it('finds columns by header when reviewers move or add columns', () => {
    const rows = [
      ['Usulan'],
      ['Keputusan', 'Extra', 'Kode Jabatan Tujuan', 'NIP', 'ID Usulan', 'Peninjau', 'Catatan Peninjau'],
      ['REVISI', 'x', 'J-09', NIP_A, 'M-A', 'Bu Sari', 'Ke unit lain saja'],
    ];
    const result = readReviewedProposals(book({ name: 'Usulan Mutasi', rows }));
    expect(result.sheet?.rows).toEqual([
      { row: 3, id: 'M-A', nip: NIP_A, targetCode: 'J-09', decision: 'revise', note: 'Ke unit lain saja', reviewer: 'Bu Sari' },
    ]);
  });

  it('reads the English sheet and decision words', () => {
    const rows = [
      ['Proposed Civil Servant Transfers'],
      ['No', 'Proposal ID', 'NIP', 'Name', 'To Position Code', 'Decision', 'Reviewer Note', 'Reviewer'],
      [1, 'M-A', NIP_A, 'Ahmad', 'J-01', 'Approved', 'ok', 'Head'],
      [2, 'M-B', NIP_B, 'Bunga', 'J-02', 'rejected', '', ''],
      [3, 'M-C', NIP_C, 'Citra', 'J-03', 'revise', 'another post', ''],
    ];
    const result = readReviewedProposals(book({ name: 'Proposed Transfers', rows }));
    expect(result.sheet?.rows.map((r) => [r.id, r.decision])).toEqual([
      ['M-A', 'approved'],
      ['M-B', 'rejected'],
      ['M-C', 'revise'],
    ]);
  });

  it('reports an unknown decision word with sheet, row and column, and reads it as Diusulkan', () => {
    const result = readReviewedProposals(
      book(sheet('Usulan Mutasi', [[1, 'M-A', NIP_A, 'Ahmad', 'X', 'J-01', 'mungkin', 'pikir dulu', '']])),
    );
    expect(result.sheet?.rows.map((r) => r.decision)).toEqual(['proposed']);
    expect(result.sheet?.rows[0]?.note).toBe('pikir dulu');
    expect(result.issues).toEqual([
      {
        code: 'REVIEW_DECISION_UNKNOWN',
        severity: 'warning',
        sheet: 'Usulan Mutasi',
        row: 4,
        column: 'Keputusan',
        value: 'mungkin',
        params: { value: 'mungkin' },
      },
    ]);
  });

  it('reads the newest of several versions, in either language', () => {
    const old = sheet('Usulan Mutasi', [[1, 'M-OLD', NIP_A, 'Ahmad', 'X', 'J-01', 'Setuju', '', '']]);
    const newest = sheet('Usulan Mutasi (3)', [[1, 'M-NEW', NIP_A, 'Ahmad', 'X', 'J-01', 'Tolak', '', '']]);
    const middle = sheet('Proposed Transfers (2)', [[1, 'M-MID', NIP_A, 'Ahmad', 'X', 'J-01', 'Setuju', '', '']]);
    const result = readReviewedProposals(book(old, newest, middle, { name: 'Ringkasan', rows: [] }));
    expect(result.sheet?.sheetName).toBe('Usulan Mutasi (3)');
    expect(result.sheet?.rows.map((r) => r.id)).toEqual(['M-NEW']);
  });

  it('tells proposals sheets and their versions from other sheets', () => {
    expect(proposalsSheetVersion('Usulan Mutasi')).toBe(1);
    expect(proposalsSheetVersion('usulan  mutasi (12)')).toBe(12);
    expect(proposalsSheetVersion('Proposed Transfers (2)')).toBe(2);
    expect(proposalsSheetVersion('Ringkasan (2)')).toBeNull();
    expect(proposalsSheetVersion('Pegawai')).toBeNull();
  });

  it('reports a NIP held as a number and a row missing its target code', () => {
    const result = readReviewedProposals(
      book(sheet('Usulan Mutasi', [[1, 'M-A', 198005122005011000, 'Ahmad', 'X', null, 'Setuju', '', '']])),
    );
    expect(result.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ['NIP_AS_NUMBER', 4, 'NIP'],
      ['REVIEW_ROW_INCOMPLETE', 4, 'Kode Jabatan Tujuan'],
    ]);
    expect(result.sheet?.rows).toHaveLength(1);
  });

  it('reports a proposals sheet whose headers cannot be found', () => {
    const result = readReviewedProposals(
      book({
        name: 'Usulan Mutasi',
        rows: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      }),
    );
    expect(result.sheet).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(['REVIEW_HEADER_NOT_FOUND']);
  });
});

describe('newestProposalsSheetName', () => {
  it('names the highest version, the later sheet of equal versions, or null without a proposals sheet', () => {
    expect(newestProposalsSheetName(['Pegawai', 'Usulan Mutasi (3)', 'Usulan Mutasi', 'Usulan Mutasi (2)'])).toBe('Usulan Mutasi (3)');
    expect(newestProposalsSheetName(['Usulan Mutasi (2)', 'Proposed Transfers (2)'])).toBe('Proposed Transfers (2)');
    expect(newestProposalsSheetName(['Pegawai', 'Ringkasan'])).toBeNull();
  });
});

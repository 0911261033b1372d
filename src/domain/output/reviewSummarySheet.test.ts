import type { ReviewedProposal, ReviewedSheet } from '../input/reviewedProposals';
import type { CellComment } from '../model/comment';
import { asNip, asPositionCode } from '../model/types';
import type { ReviewOutcome } from '../plan/reviewOutcome';
import { commentsOnProposals } from '../review';
import { commentsText, reviewSummarySheet } from './reviewSummarySheet';

const reviewed = (row: number, nip: string, decision: ReviewedProposal['decision']): ReviewedProposal => ({
  row,
  id: `U-${row}`,
  nip: asNip(nip),
  targetCode: asPositionCode('JF-01'),
  decision,
  note: '',
  reviewer: '',
});

const SHEET: ReviewedSheet = {
  sheetName: 'Usulan Mutasi',
  rows: [reviewed(4, '198001012005011001', 'approved'), reviewed(5, '198502022010012002', 'rejected')],
};

const outcomes: ReviewOutcome[] = [
  { kind: 'notApplied', reason: 'LOCK_NOT_APPLIED', reviewed: SHEET.rows[0] ?? null, proposal: null, name: 'Budi Santoso' },
  { kind: 'dropped', reason: 'REJECTED', reviewed: SHEET.rows[1] ?? null, proposal: null, name: 'Sari Dewi' },
];

const comment = (row: number, column: number, author: string, text: string, replies: CellComment['replies'] = []): CellComment => ({
  sheet: 'Usulan Mutasi',
  row,
  column,
  author,
  text,
  replies,
});

describe('comments reviewers left in Excel, in Ringkasan Tinjauan', () => {
  const comments = [
    comment(5, 12, 'Kepala BKPSDM', '=cek lagi {nama} SKP 2024 ', [{ author: 'Sari (BKPSDM)', text: 'Sudah dicek; tetap Tolak.' }]),
    comment(5, 3, 'Ani', 'NIP benar'),
    comment(2, 1, 'Ani', 'judul sheet'), // the title row: not a proposal
    { ...comment(4, 1, 'Ani', 'sheet lain'), sheet: 'Ringkasan' },
  ];

  it('keeps only the comments on proposal rows of the reviewed sheet, in column order', () => {
    const byRow = commentsOnProposals(SHEET, comments);
    expect([...byRow.keys()]).toEqual([5]);
    expect(byRow.get(5)?.map((c) => c.text)).toEqual(['NIP benar', '=cek lagi {nama} SKP 2024 ']);
  });

  it('matches the sheet name without regard to case, as Excel does', () => {
    const byRow = commentsOnProposals(SHEET, [{ ...comment(4, 2, 'Ani', 'ok'), sheet: 'USULAN MUTASI' }]);
    expect(byRow.get(4)).toHaveLength(1);
  });

  it("writes each row's comments with author and replies, the words exactly as typed, and counts them", () => {
    const sheet = reviewSummarySheet('Usulan Mutasi', outcomes, [], 'id', 'Kota Contoh', commentsOnProposals(SHEET, comments));
    const column = sheet.columns.findIndex((c) => c.header === 'Komentar di Excel');
    expect(column).toBeGreaterThan(0);
    const nip = sheet.columns.findIndex((c) => c.header === 'NIP');
    const rejected = sheet.rows.find((row) => row[nip] === '198502022010012002');
    expect(rejected?.[column]).toBe(
      'Ani: NIP benar\n\nKepala BKPSDM: =cek lagi {nama} SKP 2024 \n↳ Sari (BKPSDM): Sudah dicek; tetap Tolak.',
    );
    expect(sheet.rows.find((row) => row[nip] === '198001012005011001')?.[column]).toBe('');
    expect(sheet.titleLines).toContain('Komentar peninjau di Excel pada baris usulan: 2');
  });

  it('says the count in English and leaves the column empty without comments', () => {
    const sheet = reviewSummarySheet('Usulan Mutasi', outcomes, [{ row: 9, text: 'catatan' }], 'en', 'Kota Contoh');
    const column = sheet.columns.findIndex((c) => c.header === 'Comments in Excel');
    expect(sheet.rows).toHaveLength(3);
    expect(sheet.rows.map((row) => row[column])).toEqual(['', '', '']);
    expect(sheet.rows.every((row) => row.length === sheet.columns.length)).toBe(true);
    expect(sheet.titleLines).toContain("Reviewers' comments in Excel on proposal rows: 0");
  });

  it('writes a comment without a known author as its text alone', () => {
    expect(commentsText([comment(4, 1, '', 'tanpa nama', [{ author: '', text: 'balasan' }])], 'id')).toBe('tanpa nama\n↳ balasan');
  });
});

import { FakeWorkbook } from '../../../test/support/fakeExcel';
import type { ExcelFeatures } from './features';
import { excelFeatures } from './features';
import { OfficeJsWorkbook } from './OfficeJsWorkbook';

const WITH_COMMENTS: ExcelFeatures = {
  freezePanes: true,
  dataValidation: true,
  pageLayout: true,
  protection: true,
  protectionSelectionMode: true,
  comments: true,
};

describe("OfficeJsWorkbook.readComments (reviewers' threaded comments)", () => {
  it('reads each comment with its cell, author, words as typed and replies, in two requests', async () => {
    const excel = new FakeWorkbook();
    const sheet = excel.addSheet('Usulan Mutasi', [['judul'], [], ['NIP', 'Keputusan'], ['198001012005011001', 'Tolak']]);
    sheet.addComment('B4', '  Masa kerja belum 2 tahun; =cek ', 'Kepala BKPSDM', [
      { content: 'Setuju, tolak dulu.', authorName: 'Sari' },
      { content: 'Dicatat.', authorName: 'Ani' },
    ]);
    sheet.addComment('A4', 'NIP sesuai SK', 'Ani');
    excel.addSheet('Lain').addComment('A1', 'bukan di sini', 'Ani');
    const port = new OfficeJsWorkbook(excel.run, WITH_COMMENTS);
    const before = excel.syncs;

    const comments = await port.readComments('Usulan Mutasi');

    expect(comments).toEqual([
      {
        sheet: 'Usulan Mutasi',
        row: 4,
        column: 2,
        author: 'Kepala BKPSDM',
        text: '  Masa kerja belum 2 tahun; =cek ',
        replies: [
          { author: 'Sari', text: 'Setuju, tolak dulu.' },
          { author: 'Ani', text: 'Dicatat.' },
        ],
      },
      { sheet: 'Usulan Mutasi', row: 4, column: 1, author: 'Ani', text: 'NIP sesuai SK', replies: [] },
    ]);
    expect(excel.syncs - before).toBe(2);
    expect(port.notes).toEqual([]);
  });

  it('gives none for a sheet without comments', async () => {
    const excel = new FakeWorkbook();
    excel.addSheet('Usulan Mutasi', [['NIP']]);
    await expect(new OfficeJsWorkbook(excel.run, WITH_COMMENTS).readComments('Usulan Mutasi')).resolves.toEqual([]);
  });

  it('skips comments with the note noComments on an Excel before ExcelApi 1.10, asking Excel nothing', async () => {
    const excel = new FakeWorkbook();
    excel.addSheet('Usulan Mutasi', [['NIP']]).addComment('A1', 'tidak terbaca', 'Ani');
    const features = excelFeatures((_name, version) => Number(version.split('.')[1]) <= 9);
    expect(features.comments).toBe(false);
    const port = new OfficeJsWorkbook(excel.run, features);

    await expect(port.readComments('Usulan Mutasi')).resolves.toEqual([]);
    expect(excel.syncs).toBe(0);
    expect(port.notes).toEqual(['noComments']);
  });

  it("reports Excel's refusal (cell-edit mode) as a refusal the pane can put into words", async () => {
    const excel = new FakeWorkbook();
    excel.addSheet('Usulan Mutasi', [['NIP']]);
    excel.cellEditMode = true;
    await expect(new OfficeJsWorkbook(excel.run, WITH_COMMENTS).readComments('Usulan Mutasi')).rejects.toMatchObject({
      name: 'ExcelRefusedError',
    });
  });
});

import ExcelJS from 'exceljs';
import { ExcelJsWorkbook } from './ExcelJsWorkbook';
import { noteComment } from '../xlsx/noteComment';

const THREADED =
  '[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    Masa kerja belum cukup\n    (lihat SK 2023)\nReply:\n    Setuju, tolak.';

describe('notes of an .xlsx read as comments (CLI and preview mode)', () => {
  it('reads each note with its cell, author (bold "Nama:" run) and text as typed, and a threaded comment with its replies', async () => {
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet('Usulan Mutasi');
    sheet.getCell('A4').value = '198001012005011001';
    sheet.getCell('B4').value = 'Tolak';
    sheet.getCell('B4').note = THREADED;
    sheet.getCell('A5').value = '198502022010012002';
    sheet.getCell('A5').note = { texts: [{ font: { bold: true }, text: 'Kepala BKPSDM:' }, { text: '\n =cek SKP ' }] };
    source.addWorksheet('Lain').getCell('A1').value = 'x';
    const workbook = await ExcelJsWorkbook.fromBuffer(new Uint8Array((await source.xlsx.writeBuffer()) as ArrayBuffer));

    const comments = await workbook.readComments('usulan mutasi');

    expect(comments).toEqual([
      {
        sheet: 'Usulan Mutasi',
        row: 4,
        column: 2,
        author: '',
        text: 'Masa kerja belum cukup\n(lihat SK 2023)',
        replies: [{ author: '', text: 'Setuju, tolak.' }],
      },
      { sheet: 'Usulan Mutasi', row: 5, column: 1, author: 'Kepala BKPSDM', text: ' =cek SKP ', replies: [] },
    ]);
    await expect(workbook.readComments('Lain')).resolves.toEqual([]);
    await expect(workbook.readComments('Tidak Ada')).resolves.toEqual([]);
  });

  it('keeps a plain note whole, with no author', () => {
    expect(noteComment('Perlu dicek: SKP', 'S', 2, 3)).toEqual({
      sheet: 'S',
      row: 2,
      column: 3,
      author: '',
      text: 'Perlu dicek: SKP',
      replies: [],
    });
  });
});

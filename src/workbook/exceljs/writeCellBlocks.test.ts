import JSZip from 'jszip';
import type { TableSheetModel } from '../../domain/output/sheetModel';
import { ExcelJsWorkbook } from './ExcelJsWorkbook';

const ringkasan: TableSheetModel = {
  kind: 'table',
  name: 'Ringkasan',
  tableName: 'Ringkasan',
  titleLines: ['Ringkasan', 'Tanggal efektif'],
  columns: [
    { header: 'Bagian', width: 18, format: 'text' },
    { header: 'Uraian', width: 64, format: 'text', wrap: true },
    { header: 'Angka', width: 22, format: 'general' },
  ],
  rows: [['Rencana', 'Usulan mutasi', 2]],
  print: { landscape: false, paper: 'A4', area: 'A1:C5' },
  blocks: [
    {
      titleRow: 3,
      firstColumn: 4,
      title: 'Kebutuhan dan pegawai',
      columns: [
        { header: 'Unit Kerja', width: 40, format: 'text' },
        { header: 'Kebutuhan', width: 12, format: 'integer' },
      ],
      rows: [['Dinas A', 3]],
    },
  ],
  charts: [
    {
      type: 'barClustered',
      title: 'Kebutuhan',
      source: 'E4:F5',
      categories: 'E5:E5',
      series: [{ name: 'Kebutuhan', values: 'F5:F5' }],
      anchor: 'E7',
      width: 400,
      height: 200,
    },
  ],
};

describe('blocks of figures with ExcelJS', () => {
  it('writes the block beside the table and skips the chart silently, in a file that reads back', async () => {
    const wb = ExcelJsWorkbook.empty();
    await wb.addSheets([ringkasan]);
    const reread = await ExcelJsWorkbook.fromBuffer(await wb.toBuffer());
    const ws = (await reread.rawModel()).getWorksheet('Ringkasan')!;
    expect(ws.getCell('E3').value).toBe('Kebutuhan dan pegawai');
    expect(ws.getCell('E3').font).toMatchObject({ bold: true });
    expect([ws.getCell('E4').value, ws.getCell('F4').value]).toEqual(['Unit Kerja', 'Kebutuhan']);
    expect([ws.getCell('E5').value, ws.getCell('F5').value]).toEqual(['Dinas A', 3]);
    expect(ws.getCell('F5').numFmt).toBe('0');
    expect(ws.getColumn(5).width).toBe(40);
    // The table itself is unchanged.
    expect([ws.getCell('A4').value, ws.getCell('C5').value]).toEqual(['Bagian', 2]);
  });

  it('prints only the print area, as an absolute range Excel and LibreOffice honour', async () => {
    const wb = ExcelJsWorkbook.empty();
    await wb.addSheets([ringkasan]);
    const workbookXml = await (await JSZip.loadAsync(await wb.toBuffer())).file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toContain('<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Ringkasan&apos;!$A$1:$C$5</definedName>');
  });
});

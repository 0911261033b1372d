/**
 * The lean value reader (src/workbook/xlsx/) reads what ExcelJS's full load reads: the same
 * values for every fixture workbook — files saved by LibreOffice and by ExcelJS, the hardening
 * fixtures (protected, filtered, merged titles, tables, .xlsm), the bad-input corpus and a
 * generated sample — and for hand-written packages ExcelJS never writes (prefixed elements,
 * inline and rich strings, errors, 1904 dates, shared strings after the sheets).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellValue, WorkbookValues } from '../../src/domain/model/cell';
import { generateSample } from '../../src/sample';
import { ExcelJsWorkbook, modelValues } from '../../src/workbook/exceljs/ExcelJsWorkbook';
import { readXlsxValues } from '../../src/workbook/xlsx/readXlsxValues';
import { FIXTURES, fixturesIn, type Fixture } from '../input/loadFixture';

/** ExcelJS's full load, as the CLI read files before the lean reader. */
async function fullLoad(bytes: Uint8Array): Promise<WorkbookValues> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return modelValues(workbook);
}

/** Values with trailing empty rows dropped (ExcelJS keeps rows that hold only formatting). */
function comparable(values: WorkbookValues) {
  return {
    date1904: values.date1904,
    sheets: values.sheets.map((sheet) => {
      const rows: (readonly CellValue[])[] = [...sheet.rows];
      while (rows.length > 0 && (rows[rows.length - 1] ?? []).length === 0) rows.pop();
      return { name: sheet.name, rows };
    }),
  };
}

async function fixtureXlsx(fixture: Fixture): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (fixture.date1904) workbook.properties.date1904 = true;
  for (const [name, rows] of Object.entries(fixture.sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows)
      sheet.addRow(row.map((cell) => (cell !== null && typeof cell === 'object' ? new Date(`${cell.date}T00:00:00Z`) : cell)));
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const xlsxFixtures = ['xlsx', 'hardening'].flatMap((folder) =>
  readdirSync(join(FIXTURES, folder))
    .filter((file) => /\.xls[xm]$/.test(file) && file !== 'not-a-workbook.xlsx')
    .map((file) => join(folder, file)),
);

describe('the lean reader reads the values ExcelJS reads', () => {
  it('finds the fixture files', () => {
    expect(xlsxFixtures.length).toBeGreaterThanOrEqual(11);
  });

  it.each(xlsxFixtures)('%s', async (file) => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
    const lean = await readXlsxValues(bytes);
    expect(lean.values.sheets.length).toBeGreaterThan(0);
    expect(comparable(lean.values)).toEqual(comparable(await fullLoad(bytes)));
  });

  it('reads every workbook of the bad-input corpus as ExcelJS does', async () => {
    const corpus = fixturesIn('bad-input');
    expect(corpus.length).toBeGreaterThan(50);
    for (const [, fixture] of corpus) {
      const bytes = await fixtureXlsx(fixture);
      expect(comparable((await readXlsxValues(bytes)).values)).toEqual(comparable(await fullLoad(bytes)));
    }
  });

  it('reads a generated sample (text, numbers, dates, tables) as ExcelJS does, with its table names', async () => {
    const sample = ExcelJsWorkbook.empty();
    await sample.addSheets(generateSample({ employees: 120, seed: 4 }).sheets);
    const bytes = await sample.toBuffer();
    const lean = await readXlsxValues(bytes);
    expect(comparable(lean.values)).toEqual(comparable(await fullLoad(bytes)));
    expect(lean.sheetStates.map((s) => s.name)).toEqual(lean.values.sheets.map((s) => s.name));
    expect([...lean.tableNames].sort()).toEqual(
      (await (await ExcelJsWorkbook.fromBuffer(bytes)).rawModel()).worksheets
        .flatMap((w) => w.getTables() as unknown as { table?: { name?: string }; name?: string }[])
        .map((t) => (t.table?.name ?? t.name ?? '').toLowerCase())
        .sort(),
    );
    expect(lean.tableNames.size).toBeGreaterThan(0);
  });
});

const NS =
  'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A package written by hand, the shared strings placed after the sheets, elements prefixed `x:`. */
async function handWritten(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/book.xml"/></Relationships>`,
  );
  zip.file(
    'xl/book.xml',
    `<x:workbook ${NS}><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Data &amp; Nilai" sheetId="1" r:id="rId1"/><x:sheet name="Tersembunyi" sheetId="2" state="hidden" r:id="rId2"/></x:sheets></x:workbook>`,
  );
  zip.file(
    'xl/_rels/book.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="sheets/one.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="/xl/sheets/two.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId4" Type="${REL}/sharedStrings" Target="strings.xml"/></Relationships>`,
  );
  zip.file(
    'xl/styles.xml',
    `<x:styleSheet ${NS}><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="dd&quot; / &quot;mm&quot; / &quot;yyyy"/></x:numFmts><x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="164"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`,
  );
  zip.file(
    'xl/sheets/one.xml',
    `<x:worksheet ${NS}><x:sheetData>` +
      `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="s"><x:v>1</x:v></x:c></x:row>` +
      `<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>Baris_x000D_dua</x:t></x:is></x:c><x:c r="B3" t="b"><x:v>1</x:v></x:c><x:c r="C3" t="e"><x:v>#N/A</x:v></x:c><x:c r="D3" s="1"><x:v>0</x:v></x:c><x:c r="E3" s="2"><x:f>TODAY()</x:f><x:v>1</x:v></x:c><x:c r="F3"><x:f>1/0</x:f></x:c><x:c r="G3" t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c><x:c r="H3" t="s"><x:v>2</x:v></x:c></x:row>` +
      `<x:row r="4"><x:c r="A4"><x:v>12.5</x:v></x:c><x:c r="B4" s="1"/><x:c r="C4" t="s"><x:v>3</x:v></x:c><x:c r="D4"><x:v>7</x:v></x:c></x:row>` +
      `</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="C4:D4"/></x:mergeCells></x:worksheet>`,
  );
  zip.file(
    'xl/sheets/two.xml',
    `<x:worksheet ${NS}><x:sheetData><x:row><x:c><x:v>5</x:v></x:c><x:c t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
  );
  zip.file(
    'xl/strings.xml',
    `<x:sst ${NS}><x:si><x:t>NIP</x:t></x:si><x:si><x:r><x:t xml:space="preserve">Nama </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>Lengkap</x:t></x:r><x:rPh><x:t>ふりがな</x:t></x:rPh></x:si><x:si><x:t></x:t></x:si><x:si><x:t>Judul gabungan</x:t></x:si></x:sst>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

describe('the lean reader on packages ExcelJS does not write', () => {
  it('follows the relationships, reads prefixed elements, every cell type, 1904 dates and merges', async () => {
    const lean = await readXlsxValues(await handWritten());
    expect(lean.values.date1904).toBe(true);
    expect(lean.sheetStates).toEqual([
      { name: 'Data & Nilai', state: 'visible' },
      { name: 'Tersembunyi', state: 'hidden' },
    ]);
    const [one, two] = lean.values.sheets;
    // 1904 system: serial 0 is 1 January 1904; serial 1 is 2 January 1904.
    expect(one?.rows).toEqual([
      ['NIP', null, 'Nama Lengkap'],
      [],
      ['Baris\rdua', true, '#N/A', new Date(Date.UTC(1904, 0, 1)), new Date(Date.UTC(1904, 0, 2)), null, 'ab'],
      [12.5, null, 'Judul gabungan'],
    ]);
    expect(two?.rows).toEqual([[5, 'NIP']]);
  });

  it('reads numbers and shared-string indexes however their digits are written', async () => {
    const zip = await JSZip.loadAsync(await handWritten());
    const cells = ['007', '1234567890123456', '1<!-- split -->2', '&#52;2', '0', '3.0', '<![CDATA[15]]>', ' 8'];
    const v = (text: string) => `<x:v>${text}</x:v>`;
    zip.file(
      'xl/sheets/two.xml',
      `<x:worksheet ${NS}><x:sheetData><x:row>${cells.map((text) => `<x:c>${v(text)}</x:c>`).join('')}</x:row>` +
        `<x:row><x:c t="s">${v('01')}</x:c><x:c t="s">${v('3')}</x:c><x:c t="s">${v('1<!-- x -->')}</x:c><x:c t="n" s="1">${v('2')}</x:c></x:row></x:sheetData></x:worksheet>`,
    );
    const [, two] = (await readXlsxValues(await zip.generateAsync({ type: 'uint8array' }))).values.sheets;
    expect(two?.rows).toEqual([
      [7, 1234567890123456, 12, 42, 0, 3, 15, 8],
      ['Nama Lengkap', 'Judul gabungan', 'Nama Lengkap', new Date(Date.UTC(1904, 0, 3))],
    ]);
  });

  it('rejects a package without a workbook part', async () => {
    const zip = new JSZip();
    zip.file('_rels/.rels', '<Relationships/>');
    await expect(readXlsxValues(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow('no workbook part');
  });
});

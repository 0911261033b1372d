/**
 * The lean writer (src/workbook/xlsx/write/) against ExcelJS's: every sheet of a whole round
 * (the sample workbook made here, the plan, the review, the decree with its appendix and notices, the evaluation forms) is
 * written by both from the same models through the same layout code, and the two packages
 * must read the same: every cell's value and look, rows, columns, merges, validations,
 * protection, print setup, tables, the sheets' list and the defined names.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runDecree } from '../../src/domain/decree';
import { runEvaluate } from '../../src/domain/evaluation';
import { runPipeline } from '../../src/domain/pipeline';
import type { SheetModel } from '../../src/domain/output/sheetModel';
import { generateSample } from '../../src/sample/generateSample';
import { ExcelJsWorkbook } from '../../src/workbook/exceljs/ExcelJsWorkbook';
import { writeTableSheet } from '../../src/workbook/exceljs/writeTableSheet';
import { LeanWorkbook } from '../../src/workbook/xlsx/write/leanWorkbook';
import { leanSheetValues } from '../../src/workbook/xlsx/write/leanValues';
import { readXlsxValues } from '../../src/workbook/xlsx/readXlsxValues';
import { DEMO_DATE } from '../fairness/sampleRun';
import { readablePackage, type ReadablePackage } from '../support/packageCompare';

const hasFormulas = (model: SheetModel): boolean =>
  model.kind === 'table' ? (model.formulas?.length ?? 0) > 0 : model.sections.some((s) => (s.formulas?.length ?? 0) > 0);

/** The same models written by ExcelJS and by the lean writer, each read for comparison. */
async function bothWriters(models: readonly SheetModel[]): Promise<{ excelJs: ReadablePackage; lean: ReadablePackage }> {
  const excelJs = new ExcelJS.Workbook();
  const lean = new LeanWorkbook(false);
  const taken = [new Set<string>(), new Set<string>()] as const;
  for (const model of models) {
    writeTableSheet(excelJs.addWorksheet(model.name), model, taken[0]);
    writeTableSheet(lean.addWorksheet(model.name), model, taken[1]);
  }
  if (models.some(hasFormulas)) {
    excelJs.calcProperties.fullCalcOnLoad = true;
    lean.fullCalcOnLoad = true;
  }
  const written = new Uint8Array((await excelJs.xlsx.writeBuffer()) as ArrayBuffer);
  return { excelJs: await readablePackage(await JSZip.loadAsync(written)), lean: await readablePackage(lean.zip()) };
}

/** Sets `header`'s cell of the 1st..nth data rows of a sheet's table (the header found in its first 10 rows). */
function setColumn(sheet: ExcelJS.Worksheet, header: string, values: readonly ExcelJS.CellValue[]): void {
  for (let r = 1; r <= 10; r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= row.cellCount; c++) {
      if (row.getCell(c).value !== header) continue;
      values.forEach((value, i) => (sheet.getCell(r + 1 + i, c).value = value));
      return;
    }
  }
  throw new Error(`no column ${header} on ${sheet.name}`);
}

const stages: { name: string; sheets: readonly SheetModel[] }[] = [];

beforeAll(async () => {
  const sample = generateSample({ employees: 300, seed: 11 }).sheets;
  stages.push({ name: 'sample', sheets: sample });
  const made = ExcelJsWorkbook.empty();
  await made.addSheets(sample);
  const plan = await runPipeline(await made.readValues(), { command: 'plan', lang: 'id', effectiveDate: DEMO_DATE });
  if (plan.status !== 'ok') throw new Error(plan.status);
  stages.push({ name: 'plan', sheets: plan.sheets });
  await made.addSheets(plan.sheets);

  // The reviewers' decisions, entered as a user would: in the saved file.
  const model = new ExcelJS.Workbook();
  await model.xlsx.load((await made.toBuffer()) as unknown as ExcelJS.Buffer);
  const proposals = model.getWorksheet('Usulan Mutasi');
  if (proposals === undefined) throw new Error('no Usulan Mutasi');
  setColumn(proposals, 'Keputusan', ['Setuju', 'Setuju', 'Setuju', 'Tolak']);
  const workbook = await ExcelJsWorkbook.fromBuffer(new Uint8Array((await model.xlsx.writeBuffer()) as ArrayBuffer));
  const review = await runPipeline(await workbook.readValues(), { command: 'review', lang: 'id', effectiveDate: DEMO_DATE });
  if (review.status !== 'ok') throw new Error(review.status);
  stages.push({ name: 'review', sheets: review.sheets });

  const decree = runDecree(await workbook.readValues(), { lang: 'id', draft: false, effectiveDate: DEMO_DATE });
  if (decree.status !== 'ok') throw new Error(decree.status);
  stages.push({ name: 'decree', sheets: decree.sheets });
  await workbook.addSheets(decree.sheets);

  const evaluation = runEvaluate(await workbook.readValues(), { lang: 'id', effectiveDate: DEMO_DATE });
  if (evaluation.status !== 'ok') throw new Error(evaluation.status);
  stages.push({ name: 'evaluation', sheets: evaluation.sheets });
}, 120_000);

describe('the lean writer writes what ExcelJS writes', () => {
  it.each(['sample', 'plan', 'review', 'decree', 'evaluation'])('every sheet of the %s stage', async (name) => {
    const stage = stages.find((s) => s.name === name);
    expect(stage?.sheets.length).toBeGreaterThan(0);
    const { excelJs, lean } = await bothWriters(stage?.sheets ?? []);
    expect([...lean.sheets.keys()]).toEqual([...excelJs.sheets.keys()]);
    for (const [sheet, xml] of excelJs.sheets) expect({ sheet, xml: lean.sheets.get(sheet) }).toEqual({ sheet, xml });
    expect(lean.tables).toEqual(excelJs.tables);
    expect(lean.workbook).toEqual(excelJs.workbook);
  });

  it('the round covers every feature the writers use', async () => {
    const written = await Promise.all(stages.map(async (s) => (await bothWriters(s.sheets)).lean));
    const xml = written.flatMap((w) => [...w.sheets.values()]).join('');
    const workbooks = written.map((w) => w.workbook).join('\n');
    for (const feature of [
      '<mergeCell ',
      '<sheetProtection ',
      'type="whole"',
      'type="list"',
      '<f>',
      'state="frozen"',
      'ht="',
      'protection locked="0"',
    ]) {
      expect({ feature, found: xml.includes(feature) }).toEqual({ feature, found: true });
    }
    expect(workbooks).toMatch(/:hidden/);
    expect(workbooks).toMatch(/_xlnm\.Print_Area/);
    expect(workbooks).toMatch(/_xlnm\.Print_Titles/);
    expect(workbooks).toMatch(/fullCalcOnLoad/);
  });
});

describe("the lean writer's sheets read back without writing them", () => {
  it.each(['sample', 'plan', 'review', 'decree', 'evaluation'])('every sheet of the %s stage, in both date systems', async (name) => {
    const models = stages.find((s) => s.name === name)?.sheets ?? [];
    expect(models.length).toBeGreaterThan(0);
    for (const date1904 of [false, true]) {
      const lean = new LeanWorkbook(date1904);
      const taken = new Set<string>();
      for (const model of models) writeTableSheet(lean.addWorksheet(model.name), model, taken);
      const fromFile = (await readXlsxValues(lean.zip())).values;
      expect({ date1904: fromFile.date1904, sheets: leanSheetValues(lean.worksheets, date1904) }).toEqual(fromFile);
    }
  });
});

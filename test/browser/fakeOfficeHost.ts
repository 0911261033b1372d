/**
 * Bundled into the page before any of its scripts (Playwright init script) to play the
 * Excel host: an `Office` global whose onReady reports Excel, and `Excel.run` over the
 * in-memory workbook of src/workbook/officejs/fakeExcel.ts, exposed as `window.__excel`.
 * office.js itself is refused by the test's network filter, so it cannot replace these.
 */
import { FakeWorkbook } from '../../src/workbook/officejs/fakeExcel';

const excel = new FakeWorkbook();
const scope = window as unknown as Record<string, unknown>;
scope.__excel = excel;
scope.Excel = { run: excel.run };
scope.Office = {
  HostType: { Excel: 'Excel' },
  onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
  context: { requirements: { isSetSupported: (_name: string, version: string) => Number(version.split('.')[1]) <= 6 } },
};

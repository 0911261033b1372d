/**
 * Bundled into the page before any of its scripts (Playwright init script) to play the
 * Excel host: an `Office` global whose onReady reports Excel, and `Excel.run` over the
 * in-memory workbook of test/support/fakeExcel.ts, exposed as `window.__excel`, and
 * the document's add-in settings (Office.context.document.settings).
 * office.js itself is refused by the test's network filter, so it cannot replace these.
 */
import { FakeWorkbook } from '../support/fakeExcel';

const excel = new FakeWorkbook();
/** Office.context.document.settings: an in-memory property bag; `saved` is what saveAsync persisted. */
const bag = new Map<string, unknown>();
const settings = {
  saved: {} as Record<string, unknown>,
  get: (name: string) => (bag.has(name) ? bag.get(name) : null),
  set: (name: string, value: unknown) => void bag.set(name, JSON.parse(JSON.stringify(value))),
  remove: (name: string) => void bag.delete(name),
  saveAsync(callback?: (result: { status: string }) => void) {
    settings.saved = Object.fromEntries(bag);
    setTimeout(() => callback?.({ status: 'succeeded' }), 0);
  },
};
const scope = window as unknown as Record<string, unknown>;
scope.__excel = excel;
scope.Excel = { run: excel.run };
scope.Office = {
  HostType: { Excel: 'Excel' },
  onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  context: {
    requirements: { isSetSupported: (_name: string, version: string) => Number(version.split('.')[1]) <= 6 },
    document: { settings },
  },
};

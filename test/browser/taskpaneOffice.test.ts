/**
 * The task pane in Office mode, with Excel played by an in-memory workbook (no Excel on
 * this machine): the pane must choose Office mode, insert the sample sheets through
 * Excel.run, check and plan the open workbook, and write the new sheets as tables,
 * skipping (with a note) the features of requirement sets this "Excel" lacks (it stops at ExcelApi 1.6).
 */
import { buildSync } from 'esbuild';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM, haveChromium, openPaneSession, type PaneSession } from './paneSession';

const describeWithChromium = haveChromium ? describe : describe.skip;

interface FakeExcelView {
  sheets: { name: string; visibility: string }[];
  tableList: { name: string }[];
}

const sheetsInExcel = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __excel: FakeExcelView }).__excel.sheets.map((sheet) => sheet.name)));

describeWithChromium(`task pane in Office mode with a simulated Excel${haveChromium ? '' : ` (skipped: ${CHROMIUM} is missing)`}`, () => {
  let session: PaneSession;
  let page: Page;

  beforeAll(async () => {
    const bundle = buildSync({ entryPoints: [path.join(__dirname, 'fakeOfficeHost.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022' });
    session = await openPaneSession({ initScript: bundle.outputFiles[0]?.text ?? '' });
    page = session.page;
    await page.goto(`${session.server.url}taskpane.html`);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('chooses Office mode when Office.onReady reports Excel', async () => {
    await page.getByTestId('mode-office').waitFor({ timeout: 8000 });
    await expect(page.getByTestId('file-input').count()).resolves.toBe(0);
  });

  it('"Coba dengan data contoh" inserts the sample sheets into the workbook', async () => {
    await page.getByRole('button', { name: 'Coba dengan data contoh' }).click();
    await page.getByText(/^Sheet contoh ditambahkan/).waitFor({ timeout: 60_000 });
    expect((await sheetsInExcel(page)).length).toBeGreaterThanOrEqual(2);
  });

  it('checks the open workbook and plans it, writing the new sheets as tables', async () => {
    const before = await sheetsInExcel(page);
    await page.getByRole('button', { name: 'Periksa data' }).click();
    await page.getByTestId('validation-result').waitFor({ timeout: 60_000 });
    await expect(sheetsInExcel(page)).resolves.toEqual(before);

    await page.getByRole('button', { name: 'Susun rencana' }).click();
    await page.getByTestId('plan-result').waitFor({ timeout: 90_000 });
    const after = await sheetsInExcel(page);
    const listed = await page.getByTestId('new-sheets').locator('li').allTextContents();
    expect(after.slice(0, before.length)).toEqual(before);
    for (const name of listed) expect(after).toContain(name);
    const tables = await page.evaluate(() => (window as unknown as { __excel: FakeExcelView }).__excel.tableList.length);
    expect(tables).toBeGreaterThanOrEqual(after.length - 1);
  });

  it("selects a proposal's row in the new Usulan Mutasi sheet when asked", async () => {
    const links = page.getByTestId('select-proposal');
    expect(await links.count()).toBeGreaterThan(0);
    await links.nth(1).click();
    // Title line, blank row, header on row 3: the second proposal sits on row 5.
    await page.waitForFunction(() => (window as unknown as { __excel: { selected: string } }).__excel.selected !== '');
    await expect(page.evaluate(() => (window as unknown as { __excel: { selected: string } }).__excel.selected)).resolves.toBe('Usulan Mutasi!5:5');
  });

  it('saves the Kebijakan settings in the workbook (Office.context.document.settings), so every reviewer sees them', async () => {
    await page.getByRole('button', { name: /^3\. Kebijakan/ }).click();
    await page.getByText('Pengaturan disimpan di buku kerja', { exact: false }).waitFor();
    await page.getByRole('switch', { name: 'Masa jabatan minimal' }).click();
    await page.getByTestId('param-recentTransfer').fill('3');
    const saved = () => page.evaluate(() => (window as unknown as { Office: { context: { document: { settings: { saved: Record<string, unknown> } } } } }).Office.context.document.settings.saved['rencanaMutasi.policy']);
    await page.waitForFunction(() => {
      const stored = (window as unknown as { Office: { context: { document: { settings: { saved: Record<string, { policy?: { rules?: { recentTransfer?: { years?: number } } } }> } } } } }).Office.context.document.settings.saved['rencanaMutasi.policy'];
      return stored?.policy?.rules?.recentTransfer?.years === 3;
    }, undefined, { timeout: 5000 });
    await expect(saved()).resolves.toEqual({ version: 1, policy: { rules: { minTenure: { enabled: false }, recentTransfer: { years: 3 } } }, effectiveDate: null });
  });

  it('saves a corrected column mapping next to the policy in the workbook, and drops it on "Kembalikan deteksi otomatis"', async () => {
    const data = page.getByRole('button', { name: /^1\. Data/ });
    if ((await data.getAttribute('aria-expanded')) !== 'true') await data.click();
    const pegawai = page.getByTestId('mapping').locator('[data-table="pegawai"]');
    await pegawai.getByRole('button', { name: 'Ubah pemetaan kolom' }).click();
    await pegawai.getByLabel('Kolom untuk Potensi', { exact: true }).selectOption('');
    const stored = () => page.evaluate(() => (window as unknown as { Office: { context: { document: { settings: { saved: Record<string, { overrides?: unknown } | undefined> } } } } }).Office.context.document.settings.saved['rencanaMutasi.policy']?.overrides);
    await page.waitForFunction(() => {
      const saved = (window as unknown as { Office: { context: { document: { settings: { saved: Record<string, { overrides?: unknown } | undefined> } } } } }).Office.context.document.settings.saved['rencanaMutasi.policy'];
      return saved?.overrides !== undefined;
    }, undefined, { timeout: 5000 });
    await expect(stored()).resolves.toEqual({ pegawai: { columns: { potensi: null } } });
    await page.getByRole('button', { name: 'Kembalikan deteksi otomatis' }).click();
    await page.waitForFunction(() => {
      const saved = (window as unknown as { Office: { context: { document: { settings: { saved: Record<string, { overrides?: unknown } | undefined> } } } } }).Office.context.document.settings.saved['rencanaMutasi.policy'];
      return saved !== undefined && saved.overrides === undefined;
    }, undefined, { timeout: 60_000 });
    await page.locator('[data-step="data"] [data-status="done"], [data-step="data"] [data-status="attention"]').first().waitFor({ timeout: 60_000 });
  });

  it('says which Excel features it skipped for a missing requirement set', async () => {
    await expect(page.getByTestId('plan-result').textContent()).resolves.toContain('ExcelApi 1.7');
  });

  it('raised no page errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});

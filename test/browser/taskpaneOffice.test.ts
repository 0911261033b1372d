/**
 * The task pane in Office mode, with Excel played by an in-memory workbook (no Excel on
 * this machine): the pane must choose Office mode, insert the sample sheets through
 * Excel.run, check and plan the open workbook, and write the new sheets as tables,
 * skipping (with a note) the features of requirement sets this "Excel" lacks (it stops at ExcelApi 1.6).
 * Every test gets a fresh browser context (a fresh simulated Excel) and brings the pane to the
 * state it needs itself, so each can run and fail on its own.
 */
import { buildSync } from 'esbuild';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM, haveChromium, launchPaneBrowser, type PaneBrowser, type PaneSession } from './paneSession';

const describeWithChromium = haveChromium ? describe : describe.skip;

interface FakeExcelView {
  sheets: { name: string; visibility: string }[];
  tableList: { name: string }[];
}

const sheetsInExcel = (page: Page) =>
  page.evaluate(() => (window as unknown as { __excel: FakeExcelView }).__excel.sheets.map((sheet) => sheet.name));

/** Opens the pane and waits for Office mode. */
async function openInExcel(session: PaneSession): Promise<void> {
  await session.page.goto(`${session.server.url}taskpane.html`);
  await session.page.getByTestId('mode-office').waitFor({ timeout: 8000 });
}

/** "Coba dengan data contoh": the sample sheets inserted into the simulated workbook. */
async function insertSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Coba dengan data contoh' }).click();
  await page.getByText(/^Sheet contoh ditambahkan/).waitFor({ timeout: 60_000 });
}

async function checkData(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Periksa data' }).click();
  await page.getByTestId('validation-result').waitFor({ timeout: 60_000 });
}

async function runPlan(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Susun rencana' }).click();
  await page.getByTestId('plan-result').waitFor({ timeout: 90_000 });
}

/** The pane in Excel with the sample inserted, checked and planned. */
async function plannedSample(session: PaneSession): Promise<void> {
  await openInExcel(session);
  await insertSample(session.page);
  await checkData(session.page);
  await runPlan(session.page);
}

describeWithChromium(`task pane in Office mode with a simulated Excel${haveChromium ? '' : ` (skipped: ${CHROMIUM} is missing)`}`, () => {
  let pane: PaneBrowser;
  let fakeOffice: string;
  let session: PaneSession;
  let page: Page;

  beforeAll(async () => {
    const bundle = buildSync({
      entryPoints: [path.join(__dirname, 'fakeOfficeHost.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
    });
    fakeOffice = bundle.outputFiles[0]?.text ?? '';
    expect(fakeOffice).not.toBe('');
    pane = await launchPaneBrowser();
  }, 180_000);

  afterAll(async () => {
    await pane?.close();
  });

  beforeEach(async () => {
    session = await pane.openSession({ initScript: fakeOffice });
    page = session.page;
  });

  afterEach(async () => {
    const { pageErrors } = session;
    await session.close();
    expect(pageErrors).toEqual([]);
  });

  it('chooses Office mode when Office.onReady reports Excel', async () => {
    await openInExcel(session);
    await expect(page.getByTestId('file-input').count()).resolves.toBe(0);
  });

  it('"Coba dengan data contoh" inserts the sample sheets into the workbook', async () => {
    await openInExcel(session);
    await expect(sheetsInExcel(page)).resolves.toEqual([]);
    await insertSample(page);
    expect((await sheetsInExcel(page)).length).toBeGreaterThanOrEqual(2);
  });

  it('checks the open workbook and plans it, writing the new sheets as tables', async () => {
    await openInExcel(session);
    await insertSample(page);
    const before = await sheetsInExcel(page);
    await checkData(page);
    await expect(sheetsInExcel(page)).resolves.toEqual(before);

    await runPlan(page);
    const after = await sheetsInExcel(page);
    const listed = await page.getByTestId('new-sheets').locator('li').allTextContents();
    expect(listed.length).toBeGreaterThan(0);
    expect(after.slice(0, before.length)).toEqual(before);
    for (const name of listed) expect(after).toContain(name);
    const tables = await page.evaluate(() => (window as unknown as { __excel: FakeExcelView }).__excel.tableList.length);
    expect(tables).toBeGreaterThanOrEqual(after.length - 1);
    // Ringkasan carries the staffing chart (ExcelApi 1.1) over its block of figures from E4.
    const charts = await page.evaluate(() =>
      (window as unknown as { __excel: { sheets: { name: string; chartList: { type: string; source: string }[] }[] } }).__excel.sheets
        .filter((sheet) => sheet.name === 'Ringkasan')
        .flatMap((sheet) => sheet.chartList.map((chart) => `${chart.type} ${chart.source}`)),
    );
    expect(charts).toEqual([expect.stringMatching(/^BarClustered E4:H\d+$/)]);
  });

  it("selects a data issue's row in its sheet when asked", async () => {
    await openInExcel(session);
    await insertSample(page);
    await checkData(page);
    // The sample carries data warnings; each sheet's list folds open on its summary.
    const list = page.getByTestId('validation-result').locator('details').first();
    await list.locator('summary').click();
    const link = list.getByTestId('select-issue').first();
    const [, row, sheet] = /baris (\d+) di sheet (.+)$/.exec((await link.textContent()) ?? '') ?? [];
    expect(row).toMatch(/^\d+$/);
    await link.click();
    await page.waitForFunction(() => (window as unknown as { __excel: { selected: string } }).__excel.selected !== '');
    await expect(page.evaluate(() => (window as unknown as { __excel: { selected: string } }).__excel.selected)).resolves.toBe(
      `${sheet}!${row}:${row}`,
    );
  });

  it("selects a proposal's row in the new Usulan Mutasi sheet when asked", async () => {
    await plannedSample(session);
    const links = page.getByTestId('select-proposal');
    expect(await links.count()).toBeGreaterThan(0);
    await links.nth(1).click();
    // Title line, blank row, header on row 3: the second proposal sits on row 5.
    await page.waitForFunction(() => (window as unknown as { __excel: { selected: string } }).__excel.selected !== '');
    await expect(page.evaluate(() => (window as unknown as { __excel: { selected: string } }).__excel.selected)).resolves.toBe(
      'Usulan Mutasi!5:5',
    );
  });

  it('saves the Kebijakan settings in the workbook (Office.context.document.settings), so every reviewer sees them', async () => {
    await openInExcel(session);
    await page.getByRole('button', { name: /^3\. Kebijakan/ }).click();
    await page.getByText('Pengaturan disimpan di buku kerja', { exact: false }).waitFor();
    await page.getByRole('switch', { name: 'Masa jabatan minimal' }).click();
    await page.getByTestId('param-recentTransfer').fill('3');
    const saved = () =>
      page.evaluate(
        () =>
          (window as unknown as { Office: { context: { document: { settings: { saved: Record<string, unknown> } } } } }).Office.context
            .document.settings.saved['rencanaMutasi.policy'],
      );
    await page.waitForFunction(
      () => {
        const stored = (
          window as unknown as {
            Office: {
              context: {
                document: { settings: { saved: Record<string, { policy?: { rules?: { recentTransfer?: { years?: number } } } }> } };
              };
            };
          }
        ).Office.context.document.settings.saved['rencanaMutasi.policy'];
        return stored?.policy?.rules?.recentTransfer?.years === 3;
      },
      undefined,
      { timeout: 5000 },
    );
    await expect(saved()).resolves.toEqual({
      version: 1,
      policy: { rules: { minTenure: { enabled: false }, recentTransfer: { years: 3 } } },
      effectiveDate: null,
    });
  });

  it('saves a corrected column mapping next to the policy in the workbook, and drops it on "Kembalikan deteksi otomatis"', async () => {
    await openInExcel(session);
    await insertSample(page);
    await checkData(page);
    const data = page.getByRole('button', { name: /^1\. Data/ });
    if ((await data.getAttribute('aria-expanded')) !== 'true') await data.click();
    const pegawai = page.getByTestId('mapping').locator('[data-table="pegawai"]');
    await pegawai.getByRole('button', { name: 'Ubah pemetaan kolom' }).click();
    await pegawai.getByLabel('Kolom untuk Potensi', { exact: true }).selectOption('');
    const stored = () =>
      page.evaluate(
        () =>
          (
            window as unknown as {
              Office: { context: { document: { settings: { saved: Record<string, { overrides?: unknown } | undefined> } } } };
            }
          ).Office.context.document.settings.saved['rencanaMutasi.policy']?.overrides,
      );
    await page.waitForFunction(
      () => {
        const saved = (
          window as unknown as {
            Office: { context: { document: { settings: { saved: Record<string, { overrides?: unknown } | undefined> } } } };
          }
        ).Office.context.document.settings.saved['rencanaMutasi.policy'];
        return saved?.overrides !== undefined;
      },
      undefined,
      { timeout: 5000 },
    );
    await expect(stored()).resolves.toEqual({ pegawai: { columns: { potensi: null } } });
    await page.getByRole('button', { name: 'Kembalikan deteksi otomatis' }).click();
    await page.waitForFunction(
      () => {
        const saved = (
          window as unknown as {
            Office: { context: { document: { settings: { saved: Record<string, { overrides?: unknown } | undefined> } } } };
          }
        ).Office.context.document.settings.saved['rencanaMutasi.policy'];
        return saved !== undefined && saved.overrides === undefined;
      },
      undefined,
      { timeout: 60_000 },
    );
    await page
      .locator('[data-step="data"] [data-status="done"], [data-step="data"] [data-status="attention"]')
      .first()
      .waitFor({ timeout: 60_000 });
  });

  it('says which Excel features it skipped for a missing requirement set', async () => {
    await plannedSample(session);
    await expect(page.getByTestId('plan-result').textContent()).resolves.toContain('ExcelApi 1.7');
  });
});

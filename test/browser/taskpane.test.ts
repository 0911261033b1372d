/**
 * The task pane in Debian's headless Chromium, outside Office: it must open in preview
 * mode at once (office.js is blocked, as on a machine without Microsoft's CDN), switch
 * language, plan the sample data with visible progress, and download a result .xlsx
 * that holds the new sheets. Also: no horizontal scroll at 320 px, keyboard use, no
 * request leaves 127.0.0.1, and a screenshot for the README (assets/screenshot-taskpane.png).
 * Every test opens the pane in a fresh browser context and brings it to the state it needs
 * itself (sample chosen, data checked, plan run), so each can run and fail on its own.
 */
import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { sampleWorkbook } from '../../src/cli/commands/sample';
import {
  CHROMIUM,
  haveChromium,
  launchPaneBrowser,
  openStep,
  OFFICE_JS_CDN,
  readyDownload,
  type PaneBrowser,
  type PaneSession,
} from './paneSession';

// The README's screenshot is refreshed only on request (UPDATE_SCREENSHOT=1 npx jest test/browser);
// ordinary runs write it to a temporary folder so a test run never changes the work tree.
const SCREENSHOT = process.env.UPDATE_SCREENSHOT
  ? path.resolve(__dirname, '..', '..', 'assets', 'screenshot-taskpane.png')
  : path.join(mkdtempSync(path.join(tmpdir(), 'mutasi-shot-')), 'screenshot-taskpane.png');
const describeWithChromium = haveChromium ? describe : describe.skip;

/** A figure card's number ("1.234" in Indonesian) as a number. */
const figureValue = async (page: Page, key: string) =>
  Number(((await page.locator(`[data-figure="${key}"] dd`).textContent()) ?? '').replace(/[.,\s]/g, ''));
const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Opens the pane and waits for preview mode. */
async function openPreview(session: PaneSession): Promise<void> {
  await session.page.goto(`${session.server.url}taskpane.html`);
  await session.page.getByTestId('mode-preview').waitFor({ timeout: 8000 });
}

/** Chooses the embedded sample as the data source. */
async function chooseSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Coba dengan data contoh' }).click();
  await page.getByTestId('source-chosen').filter({ hasText: 'Data contoh' }).waitFor();
}

/** Runs "Periksa data" and waits for its result. */
async function checkData(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Periksa data' }).click();
  await page.getByTestId('validation-result').waitFor({ timeout: 60_000 });
}

/** Runs "Susun rencana" and waits for the result. */
async function runPlan(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Susun rencana' }).click();
  await page.getByTestId('plan-result').waitFor({ timeout: 90_000 });
}

/** The pane in preview mode with the sample planned under the default policy. */
async function plannedSample(session: PaneSession): Promise<void> {
  await openPreview(session);
  await chooseSample(session.page);
  await checkData(session.page);
  await runPlan(session.page);
}

describeWithChromium(`task pane in preview mode, headless Chromium${haveChromium ? '' : ` (skipped: ${CHROMIUM} is missing)`}`, () => {
  let pane: PaneBrowser;
  let session: PaneSession;
  let page: Page;

  beforeAll(async () => {
    pane = await launchPaneBrowser();
  }, 180_000);

  afterAll(async () => {
    await pane?.close();
  });

  beforeEach(async () => {
    session = await pane.openSession();
    page = session.page;
  });

  afterEach(async () => {
    const { blocked, pageErrors } = session;
    await session.close();
    // Whatever the test did: no request left 127.0.0.1 other than office.js, and the page raised no errors.
    expect(blocked.filter((url) => !url.startsWith(OFFICE_JS_CDN))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('opens in preview mode without waiting for office.js', async () => {
    await openPreview(session);
    // Preview mode because office.js failed to load, not because Excel's 3-second wait ran out.
    await expect(page.getByTestId('mode-preview').textContent()).resolves.toContain('office.js tidak dapat dimuat.');
    await expect(page.locator('h1').textContent()).resolves.toBe('Rencana Mutasi ASN');
    // office.js was asked for and refused; nothing else left 127.0.0.1.
    expect(session.blocked.filter((url) => url.startsWith(OFFICE_JS_CDN))).not.toEqual([]);
    expect(session.blocked.filter((url) => !url.startsWith(OFFICE_JS_CDN))).toEqual([]);
  });

  it('switches between Indonesian and English', async () => {
    await openPreview(session);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Civil Servant Transfer Plan');
    await page.getByRole('button', { name: /^4\. Plan/ }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Rencana Mutasi ASN');
    await page.getByRole('button', { name: /^4\. Rencana/ }).waitFor();
  });

  it('chooses the sample with the keyboard alone', async () => {
    await openPreview(session);
    const sample = page.getByRole('button', { name: 'Coba dengan data contoh' });
    await page.locator('h1').click();
    for (let i = 0; i < 20 && !(await sample.evaluate((element) => element === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(sample.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('source-chosen').textContent()).resolves.toContain('Data contoh');
  });

  it('checks the sample data and shows the result of the check', async () => {
    await openPreview(session);
    await chooseSample(page);
    await checkData(page);
    const step = page.locator('[data-step="data"] [data-status]');
    await expect(step.getAttribute('data-status')).resolves.toMatch(/^(done|attention)$/);
  });

  it('shows where each table was read from; a corrected column changes the check until automatic detection is restored', async () => {
    await openPreview(session);
    await chooseSample(page);
    await checkData(page);
    const dataStatus = (status: string) =>
      page.locator(`[data-step="data"] [data-status="${status}"]`).first().waitFor({ timeout: 60_000 });
    const summary = page.getByTestId('validation-summary');
    const detected = await summary.textContent();
    await expect(page.getByTestId('read-from-pegawai').textContent()).resolves.toBe('Sheet Pegawai, baris judul 1');
    await expect(page.getByTestId('read-from-jabatan').textContent()).resolves.toBe('Sheet Jabatan, baris judul 1');
    const pegawai = page.getByTestId('mapping').locator('[data-table="pegawai"]');
    await expect(pegawai.getByLabel('Sheet Pegawai', { exact: true }).inputValue()).resolves.toBe('Pegawai');

    await pegawai.getByRole('button', { name: 'Ubah pemetaan kolom' }).click();
    const tmtJabatan = pegawai.getByLabel('Kolom untuk TMT Jabatan', { exact: true });
    await expect(tmtJabatan.inputValue()).resolves.toBe('TMT Jabatan');
    await tmtJabatan.selectOption('TMT Mutasi Terakhir');
    await page.getByTestId('mapping-custom').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await dataStatus('attention');
    await expect(summary.textContent()).resolves.not.toBe(detected);
    await expect(summary.textContent()).resolves.toMatch(/[1-9]\d* galat/);
    await expect(tmtJabatan.inputValue()).resolves.toBe('TMT Mutasi Terakhir');
    // The column went to TMT Jabatan, so TMT Mutasi Terakhir is left without one.
    await expect(pegawai.getByLabel('Kolom untuk TMT Mutasi Terakhir', { exact: true }).inputValue()).resolves.toBe('');

    await page.getByRole('button', { name: 'Kembalikan deteksi otomatis' }).click();
    await dataStatus('done');
    await expect(summary.textContent()).resolves.toBe(detected);
    await expect(tmtJabatan.inputValue()).resolves.toBe('TMT Jabatan');
    await expect(page.getByTestId('mapping-custom').count()).resolves.toBe(0);
  });

  it("shows each unit's need against its staff after the check, largest shortage first, with bars and urgent vacancies", async () => {
    await openPreview(session);
    await chooseSample(page);
    await checkData(page);
    await openStep(page, /^2\. Kebutuhan/);
    const units = page.getByTestId('needs-list').locator('li[data-unit]');
    await units.first().waitFor();
    expect(await units.count()).toBeGreaterThan(3);
    const gaps = await units.evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-gap'))));
    expect(gaps.every((gap, i) => i === 0 || gap <= (gaps[i - 1] ?? Infinity))).toBe(true);
    expect(gaps[0]).toBeGreaterThan(0);
    await expect(units.first().getByRole('img').first().getAttribute('aria-label')).resolves.toMatch(/pegawai dari kebutuhan/);
    await expect(page.getByTestId('needs').textContent()).resolves.toContain('Kurang');
    await expect(page.getByTestId('needs').textContent()).resolves.toContain('Lowong segera');
    await expect(page.locator('[data-step="kebutuhan"] [data-status]').first().getAttribute('data-status')).resolves.toBe('done');
    // Before a plan, nothing "after".
    await expect(page.getByTestId('unit-after').count()).resolves.toBe(0);
  });

  it('plans the sample with progress to the end, shows figures and downloads the result', async () => {
    await openPreview(session);
    await chooseSample(page);
    await checkData(page);
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { __progress: number[] }).__progress = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="progress-bar"]');
        const now = Number(bar?.getAttribute('aria-valuenow'));
        if (bar && Number.isFinite(now) && seen[seen.length - 1] !== now) seen.push(now);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
    });
    await page.getByRole('button', { name: 'Susun rencana' }).click();
    await page.getByTestId('plan-result').waitFor({ timeout: 90_000 });

    // The bar's last mutation may be delivered just after the result renders: wait for it.
    await page.waitForFunction(
      () => {
        const seen = (window as unknown as { __progress: number[] }).__progress;
        return seen[seen.length - 1] === 1;
      },
      undefined,
      { timeout: 10_000 },
    );
    const progress = await page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
    expect(progress[progress.length - 1]).toBe(1);
    // Never backwards (the list itself is shown when it goes wrong).
    expect(progress.every((value, i) => i === 0 || value >= (progress[i - 1] ?? 0)) ? [] : progress).toEqual([]);
    await expect(page.getByTestId('progress-bar').getAttribute('aria-valuenow')).resolves.toBe('1');
    await expect(page.locator('[data-step="rencana"] [data-status]').getAttribute('data-status')).resolves.toBe('done');

    expect(await page.getByTestId('figures').locator('[data-figure]').count()).toBeGreaterThan(0);
    await page.getByTestId('plan-result').locator(`[data-figure="ready"]`).waitFor();

    // The result shows while its file is written: the button says so, then becomes usable.
    const button = await readyDownload(page.getByTestId('plan-result'));
    await expect(button.textContent()).resolves.toBe('Unduh hasil (.xlsx)');
    await expect(page.getByTestId('download-preparing').count()).resolves.toBe(0);
    const sheetNames = await page.getByTestId('new-sheets').locator('li').allTextContents();
    expect(sheetNames.length).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const saved = path.join(session.downloadDir, download.suggestedFilename());
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    for (const name of sheetNames) expect(names).toContain(name);
  });

  it('shows the fairness checks with status badges and the first 50 proposals after planning', async () => {
    await plannedSample(session);
    const checks = page.getByTestId('fairness').locator('li[data-check-status]');
    expect(await checks.count()).toBeGreaterThanOrEqual(11);
    const statuses = await checks.evaluateAll((items) => items.map((item) => item.getAttribute('data-check-status')));
    expect(statuses.every((status) => status === 'pass' || status === 'attention' || status === 'fail' || status === 'reported')).toBe(
      true,
    );
    // The move rate is reported, not judged: its badge gives no verdict.
    expect(await page.locator('[data-check="PARITY_MOVE_RATE"]').getAttribute('data-check-status')).toBe('reported');
    await expect(page.locator('[data-check="PARITY_MOVE_RATE"]').textContent()).resolves.toContain('Dilaporkan');
    await expect(page.locator('[data-check="RULE_RECHECK"]').textContent()).resolves.toContain('Lulus');

    const proposals = page.getByTestId('proposals').locator('li[data-proposal]');
    const moves = await figureValue(page, 'moves');
    expect(await proposals.count()).toBe(Math.min(50, moves));
    const first = (await proposals.first().textContent()) ?? '';
    expect(first).toMatch(/Dari.*Ke/);
    if (moves > 50) await expect(page.getByTestId('proposals-more').textContent()).resolves.toContain(`${moves - 50}`);
    // Preview mode has no sheet to select rows in.
    await expect(page.getByTestId('select-proposal').count()).resolves.toBe(0);

    // Kebutuhan now shows each unit before and after.
    await openStep(page, /^2\. Kebutuhan/);
    expect(await page.getByTestId('unit-after').count()).toBeGreaterThan(0);
    await expect(page.getByTestId('needs').textContent()).resolves.toMatch(/masuk.*keluar/);
  });

  it('draws the staffing chart after a plan: need, staff before and after for the units with the largest shortage', async () => {
    await plannedSample(session);
    await openStep(page, /^2\. Kebutuhan/);
    const chart = page.getByTestId('staffing-chart');
    await chart.waitFor();
    const count = Number(await chart.getAttribute('data-units'));
    expect(count).toBeGreaterThan(3);
    expect(count).toBeLessThanOrEqual(15);
    const groups = chart.locator('[data-chart-unit]');
    await expect(groups.count()).resolves.toBe(count);
    await expect(chart.locator('rect[data-series]').count()).resolves.toBe(count * 3);
    await expect(chart.locator('rect[data-series="after"]').count()).resolves.toBe(count);
    // The first unit is the one the list also puts first (largest shortage), with its full name in <title>.
    const firstUnit = await page.getByTestId('needs-list').locator('li[data-unit]').first().getAttribute('data-unit');
    await expect(groups.first().getAttribute('data-chart-unit')).resolves.toBe(firstUnit);
    await expect(groups.first().locator('title').textContent()).resolves.toBe(firstUnit);
    await expect(chart.getByRole('img').getAttribute('aria-label')).resolves.toMatch(/^Grafik batang: kebutuhan, pegawai sebelum/);
    await expect(page.getByTestId('staffing-chart-table').locator('tbody tr').count()).resolves.toBe(count);
    // The bars fit the pane: nothing scrolls sideways at 320 px.
    await expect(horizontalOverflow(page)).resolves.toBeLessThanOrEqual(0);
    const shots = path.resolve(__dirname, '..', '..', 'test-results');
    mkdirSync(shots, { recursive: true });
    await chart.screenshot({ path: path.join(shots, 'staffing-chart-320.png') });
    await chart.getByText('Angka grafik (tabel)').click();
    await page.getByTestId('staffing-chart-table').screenshot({ path: path.join(shots, 'staffing-chart-table-320.png') });
    // The words follow the language switch.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(chart.getByRole('img').getAttribute('aria-label')).resolves.toMatch(/^Bar chart: need, staff before/);
  });

  it('has no horizontal scroll at 320 px, and leaves a screenshot for the README', async () => {
    await plannedSample(session);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The README shows the top of the pane after a plan: Data folded away, the staffing chart, the first units' cards.
    await page.getByRole('button', { name: /^1\. Data/ }).click();
    await openStep(page, /^2\. Kebutuhan/);
    await page.evaluate(() => window.scrollTo(0, 0));
    const bottom = await page
      .locator('[data-unit]')
      .nth(2)
      .evaluate((element) => Math.ceil(element.getBoundingClientRect().top + window.scrollY) - 8);
    await page.screenshot({ path: SCREENSHOT, fullPage: true, clip: { x: 0, y: 0, width: 320, height: bottom } });
    await openStep(page, /^1\. Data/);
    expect(existsSync(SCREENSHOT)).toBe(true);
  });

  it('edits the policy: an invalid number is flagged inline and blocks the plan; turning off minimum tenure lets more employees move', async () => {
    await plannedSample(session);
    const readyBefore = await figureValue(page, 'ready');
    await openStep(page, /^3\. Kebijakan/);
    await expect(page.getByTestId('effective-date').inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await page.getByTestId('param-rotationDue').fill('0');
    await page.getByText('Isi bilangan bulat dari 1 sampai 40.').waitFor();
    await expect(page.getByRole('button', { name: 'Susun rencana' }).isDisabled()).resolves.toBe(true);
    await expect(page.locator('[data-step="kebijakan"] [data-status]').first().getAttribute('data-status')).resolves.toBe('attention');
    await page.getByTestId('param-rotationDue').fill('5');
    await expect(page.getByText('Isi bilangan bulat dari 1 sampai 40.').count()).resolves.toBe(0);

    const minTenure = page.getByRole('switch', { name: 'Masa jabatan minimal' });
    await expect(minTenure.isChecked()).resolves.toBe(true);
    await minTenure.press('Space');
    await expect(minTenure.isChecked()).resolves.toBe(false);
    await expect(page.getByTestId('param-minTenure').isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('policy-changed').textContent()).resolves.toContain('1 pengaturan');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'Susun rencana' }).click();
    await page.getByTestId('plan-result').waitFor({ state: 'detached', timeout: 10_000 });
    await page.getByTestId('plan-result').waitFor({ timeout: 90_000 });
    expect(await figureValue(page, 'ready')).toBeGreaterThan(readyBefore);

    // Back to the defaults: the switch is on again.
    await page.getByRole('button', { name: 'Kembalikan ke bawaan' }).click();
    await expect(minTenure.isChecked()).resolves.toBe(true);
    await expect(page.getByTestId('policy-changed').textContent()).resolves.toBe('Semua pengaturan sesuai bawaan.');
  });

  it('opens an .xlsx file chosen in the file picker', async () => {
    const saved = path.join(session.downloadDir, 'pegawai-contoh.xlsx');
    writeFileSync(saved, await (await sampleWorkbook(120, 7)).toBuffer());
    await openPreview(session);
    await page.getByTestId('file-input').setInputFiles(saved);
    await page
      .getByTestId('source-chosen')
      .filter({ hasText: path.basename(saved) })
      .waitFor();
    await checkData(page);
    await expect(page.locator('[data-step="data"] [data-status]').first().getAttribute('data-status')).resolves.toMatch(
      /^(done|attention)$/,
    );
  });

  it('opens a macro-enabled .xlsm, plans it and downloads the result as an .xlsx', async () => {
    const xlsm = path.resolve(__dirname, '..', 'fixtures', 'hardening', 'base.xlsm');
    await openPreview(session);
    await page.getByTestId('file-input').setInputFiles(xlsm);
    await page.getByTestId('source-chosen').filter({ hasText: 'base.xlsm' }).waitFor();
    await checkData(page);
    await page.getByRole('button', { name: 'Susun rencana' }).click();
    await page.getByTestId('plan-result').waitFor({ timeout: 90_000 });
    const button = await readyDownload(page.getByTestId('plan-result'));
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('base - Rencana Mutasi.xlsx');
    const saved = path.join(session.downloadDir, download.suggestedFilename());
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(['Pegawai', 'Ringkasan', 'Usulan Mutasi']));
  });
});

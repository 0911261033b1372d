/**
 * The whole round in the task pane, in Debian's headless Chromium in preview mode, on a small
 * sample (300 employees, seed 11): plan and download; reviewers type Setuju and Tolak into
 * Usulan Mutasi (ExcelJS, as Excel would save it); the edited file is opened again and
 * Tinjauan, SK & Implementasi and Evaluasi run one after another on the round's workbook;
 * the evaluation form is filled (one poor adaptation, one "Pertimbangkan Penempatan Ulang")
 * and Tindak Lanjut lists exactly those two placements and re-plans them. A stage whose
 * input is missing shows the engine's own message. Screenshots go to test-results/pane-round/.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { sampleWorkbook } from '../../src/cli/commands/sample';
import { CHROMIUM, haveChromium, launchPaneBrowser, openStep, readyDownload, type PaneBrowser, type PaneSession } from './paneSession';

const SHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'pane-round');
const describeWithChromium = haveChromium ? describe : describe.skip;
const APPROVED = 4;

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  writeFileSync(file, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The header row (the one holding NIP) and each header's column. */
function header(ws: ExcelJS.Worksheet): { row: number; col: (name: string) => number } {
  for (let r = 1; r <= 12; r++) {
    const names = new Map<string, number>();
    ws.getRow(r).eachCell((cell, c) => names.set(String(cell.value), c));
    if (names.has('NIP')) {
      return {
        row: r,
        col: (name) => {
          const c = names.get(name);
          if (c === undefined) throw new Error(`no column ${name} in ${ws.name}`);
          return c;
        },
      };
    }
  }
  throw new Error(`no header in ${ws.name}`);
}

const text = (value: ExcelJS.CellValue): string => (value === null || value === undefined ? '' : String(value));
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function openFile(page: Page, file: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(file);
  await page
    .getByTestId('source-chosen')
    .filter({ hasText: path.basename(file) })
    .waitFor();
}

/** Waits for the result file of a plan or stage (`scope`), clicks its download button and saves the file. */
async function download(page: Page, scope: Locator, file: string): Promise<void> {
  const button = await readyDownload(scope);
  const [event] = await Promise.all([page.waitForEvent('download'), button.click()]);
  await event.saveAs(file);
}

/** A picture of one step (the page at 320 px is long with every step open). */
const shot = (page: Page, step: string, name: string) =>
  page.locator(`[data-step="${step}"]`).screenshot({ path: path.join(SHOTS, `${name}.png`) });

/** Waits for a stage to end and fails with what the pane says when it did not succeed. */
async function stageResult(page: Page, slot: string, timeout = 120_000) {
  const result = page.getByTestId(`stage-${slot}-result`);
  await page
    .locator(`[data-testid="stage-${slot}-result"], [data-testid="stage-${slot}-errors"], [data-testid="pane-error"]`)
    .first()
    .waitFor({ timeout });
  if ((await result.count()) === 0) throw new Error(`stage ${slot} did not succeed: ${await page.locator('main').textContent()}`);
  // The next stage reads the workbook this one writes after showing its result.
  await readyDownload(result, timeout);
  return result;
}

/** The sheet names a stage lists as written. */
const written = (page: Page, slot: string) =>
  page.getByTestId(`stage-${slot}-result`).getByTestId('stage-sheets').locator('li').allTextContents();

// On a shared, loaded machine the first stage run has been seen to time out once in a full
// suite (never alone); a second attempt in a fresh session tells a real failure from that.
jest.retryTimes(1, { logErrorsBeforeRetry: true });

describeWithChromium(`the whole round in the pane${haveChromium ? '' : ` (skipped: ${CHROMIUM} is missing)`}`, () => {
  let pane: PaneBrowser;
  let session: PaneSession;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(path.join(tmpdir(), 'pane-round-'));
    const sample = await sampleWorkbook(300, 11);
    writeFileSync(path.join(dir, 'contoh.xlsx'), await sample.toBuffer());
    pane = await launchPaneBrowser();
  }, 180_000);

  afterAll(async () => {
    await pane?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    session = await pane.openSession();
    page = session.page;
  });

  afterEach(async () => {
    const { pageErrors, blocked } = session;
    await session.close();
    expect(pageErrors).toEqual([]);
    expect(blocked.filter((url) => !url.startsWith('https://appsforoffice.microsoft.com/'))).toEqual([]);
  });

  it('plans, reviews, decrees, evaluates and follows up on the round workbook', async () => {
    await page.goto(`${session.server.url}taskpane.html`);
    await page.getByTestId('mode-preview').waitFor({ timeout: 8000 });
    await openFile(page, path.join(dir, 'contoh.xlsx'));

    // Before any plan: SK has no Usulan Mutasi to read, and says so in the engine's words.
    await openStep(page, /^6\. SK & Implementasi/);
    await page.getByRole('button', { name: 'Susun SK' }).click();
    const decreeErrors = page.getByTestId('stage-decree-errors');
    await page
      .locator('[data-testid="stage-decree-errors"], [data-testid="stage-decree-result"], [data-testid="pane-error"]')
      .first()
      .waitFor({ timeout: 90_000 });
    if ((await decreeErrors.count()) === 0) throw new Error(`SK before a plan: ${await page.locator('main').textContent()}`);
    await expect(decreeErrors.textContent()).resolves.toContain("Tidak ada sheet 'Usulan Mutasi'");
    await expect(page.locator('[data-step="sk"] [data-status]').first().getAttribute('data-status')).resolves.toBe('attention');

    // Plan, then (no decision typed yet) Evaluasi has no approved transfer to evaluate.
    await page.getByRole('button', { name: 'Susun rencana' }).click();
    await page.getByTestId('plan-result').waitFor({ timeout: 90_000 });
    await readyDownload(page.getByTestId('plan-result'));
    await openStep(page, /^7\. Evaluasi/);
    await page.getByRole('button', { name: 'Siapkan evaluasi' }).click();
    await page.getByTestId('stage-evaluate-errors').waitFor({ timeout: 90_000 });
    await expect(page.getByTestId('stage-evaluate-errors').textContent()).resolves.toContain('Belum ada usulan berkeputusan Setuju');
    const planned = path.join(dir, 'planned.xlsx');
    await download(page, page.getByTestId('plan-result'), planned);

    // The reviewers: the first four proposals Setuju, the fifth Tolak.
    const workbook = await load(planned);
    const proposals = sheet(workbook, 'Usulan Mutasi');
    const { row, col } = header(proposals);
    let total = 0;
    for (let r = row + 1; r <= proposals.rowCount; r++) if (text(proposals.getCell(r, col('NIP')).value) !== '') total++;
    expect(total).toBeGreaterThan(APPROVED + 1);
    for (let r = row + 1; r <= row + APPROVED; r++) proposals.getCell(r, col('Keputusan')).value = 'Setuju';
    proposals.getCell(row + APPROVED + 1, col('Keputusan')).value = 'Tolak';
    const reviewed = path.join(dir, 'ditinjau.xlsx');
    await save(workbook, reviewed);
    await openFile(page, reviewed);

    // 5. Tinjauan: the decisions counted, the plan made again around them.
    await openStep(page, /^5\. Tinjauan/);
    await page.getByRole('button', { name: 'Susun ulang sesuai tinjauan' }).click();
    const review = await stageResult(page, 'review', 90_000);
    const count = (decision: string) => review.locator(`[data-decision="${decision}"] [data-count]`).textContent();
    await expect(count('approved')).resolves.toBe(String(APPROVED));
    await expect(count('rejected')).resolves.toBe('1');
    await expect(count('revise')).resolves.toBe('0');
    await expect(count('proposed')).resolves.toBe(String(total - APPROVED - 1));
    await expect(review.getByTestId('review-outcomes').locator('[data-outcome="kept"]').textContent()).resolves.toMatch(
      /Dipertahankan: \d/,
    );
    const reviewSheets = await written(page, 'review');
    expect(reviewSheets).toEqual(expect.arrayContaining(['Usulan Mutasi (2)', 'Ringkasan Tinjauan']));
    await shot(page, 'tinjauan', '5-tinjauan');

    // 6. SK & Implementasi on the reviewed round (approved rows only).
    await page.getByRole('button', { name: 'Susun SK' }).click();
    await stageResult(page, 'decree');
    expect(await written(page, 'decree')).toEqual(['Lampiran SK', 'Pemberitahuan', 'Dampak Layanan']);
    await expect(page.getByTestId('stage-decree-reads').textContent()).resolves.toContain('ditinjau - Rencana Mutasi.xlsx');
    await shot(page, 'sk', '6-sk');

    // 7. Evaluasi, then download the round's workbook with the forms.
    await page.getByRole('button', { name: 'Siapkan evaluasi' }).click();
    const evaluate = await stageResult(page, 'evaluate');
    expect(await written(page, 'evaluate')).toEqual(['Evaluasi Mutasi', 'IKM Layanan']);
    const evaluated = path.join(dir, 'evaluasi.xlsx');
    await expect(evaluate.getByTestId('download').textContent()).resolves.toBe('Unduh buku kerja (.xlsx)');
    await download(page, evaluate, evaluated);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // The supervisors: one poor adaptation, one recommendation to place again.
    const filledBook = await load(evaluated);
    for (const name of ['Lampiran SK', 'Pemberitahuan', 'Dampak Layanan', 'Usulan Mutasi (2)'])
      expect(filledBook.getWorksheet(name)).toBeDefined();
    const form = sheet(filledBook, 'Evaluasi Mutasi');
    const formHeader = header(form);
    const nips: string[] = [];
    const firstRows = new Map<string, number>();
    for (let r = formHeader.row + 1; r <= form.rowCount; r++) {
      const nip = text(form.getCell(r, formHeader.col('NIP')).value);
      if (nip !== '' && !firstRows.has(nip)) {
        firstRows.set(nip, r);
        nips.push(nip);
      }
    }
    expect(nips).toHaveLength(APPROVED);
    const [poor, replace] = nips as [string, string];
    form.getCell(firstRows.get(poor) ?? 0, formHeader.col('Adaptasi (1-5)')).value = 2;
    form.getCell(firstRows.get(replace) ?? 0, formHeader.col('Rekomendasi')).value = 'Pertimbangkan Penempatan Ulang';
    const filled = path.join(dir, 'evaluasi-terisi.xlsx');
    await save(filledBook, filled);
    await openFile(page, filled);

    // 8. Tindak Lanjut: exactly those two placements, then a re-plan of them.
    await openStep(page, /^8\. Tindak Lanjut/);
    await page.getByRole('button', { name: 'Baca hasil evaluasi' }).click();
    const followUp = await stageResult(page, 'followup');
    const listed = await followUp
      .getByTestId('followup-list')
      .locator('li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-nip')));
    expect([...listed].sort()).toEqual([poor, replace].sort());
    expect(await written(page, 'followup')).toEqual(['Tindak Lanjut']);
    await shot(page, 'tindakLanjut', '8-tindak-lanjut');
    await page.getByRole('button', { name: 'Rencanakan ulang penempatan ini' }).click();
    await stageResult(page, 'replan', 90_000);
    const replanned = await written(page, 'replan');
    expect(replanned[0]).toBe('Tindak Lanjut (2)');
    expect(replanned.filter((name) => /^Usulan Mutasi \(\d+\)$/.test(name))).toHaveLength(1);
    await expect(page.locator('[data-step="tindakLanjut"] [data-status]').first().getAttribute('data-status')).resolves.toBe('done');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shot(page, 'tindakLanjut', '8-rencana-ulang');
  }, 400_000);
});

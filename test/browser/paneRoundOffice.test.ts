/**
 * Stages 5-8 of the round in Office mode, with Excel played by the in-memory workbook of
 * test/support/fakeExcel.ts (fakeOfficeHost.ts), here an Excel with ExcelApi 1.10 (threaded
 * comments): the sample is inserted and planned; reviewers type Setuju and Tolak into the
 * newest Usulan Mutasi of the simulated workbook and leave one threaded comment with a reply;
 * Tinjauan counts the decisions and the comment and writes it into Ringkasan Tinjauan; SK writes
 * Lampiran SK; Evaluasi writes the forms; a supervisor scores one placement's adaptation 2, and
 * Tindak Lanjut lists exactly that placement. After each run the focus is on the outcome's
 * heading; after the switch to English the stages' figures and the follow-up's evidence and
 * action are in English without running again. Screenshots go to test-results/pane-round-office/.
 */
import { buildSync } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { FakeWorkbook } from '../support/fakeExcel';
import { CHROMIUM, haveChromium, launchPaneBrowser, openStep, type PaneBrowser, type PaneSession } from './paneSession';

const SHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'pane-round-office');
const describeWithChromium = haveChromium ? describe : describe.skip;
const APPROVED = 4;
const COMMENT = 'Mohon cek masa kerja; =SKP 2025 belum ada ';
const REPLY = 'Sudah dicek, tetap Setuju.';

/** This simulated Excel knows ExcelApi up to 1.10 (threaded comments), not only 1.6. */
const EXCEL_1_10 = `;window.Office.context.requirements.isSetSupported = (name, version) => Number(version.split('.')[1]) <= 10;`;

type Excel = { __excel: FakeWorkbook };

const sheetsInExcel = (page: Page) => page.evaluate(() => (window as unknown as Excel).__excel.sheets.map((sheet) => sheet.name));

/** Waits for a stage to end and fails with what the pane says when it did not succeed. */
async function stageResult(page: Page, slot: string, timeout = 120_000) {
  const result = page.getByTestId(`stage-${slot}-result`);
  await page
    .locator(`[data-testid="stage-${slot}-result"], [data-testid="stage-${slot}-errors"], [data-testid="pane-error"]`)
    .first()
    .waitFor({ timeout })
    .catch(async (cause: unknown) => {
      // What the pane showed when the stage never ended: a stage that hangs now and then is being tracked down.
      throw new Error(`stage ${slot} did not end: ${await page.locator('main').textContent()}`, { cause });
    });
  if ((await result.count()) === 0) throw new Error(`stage ${slot} did not succeed: ${await page.locator('main').textContent()}`);
  return result;
}

const written = (page: Page, slot: string) =>
  page.getByTestId(`stage-${slot}-result`).getByTestId('stage-sheets').locator('li').allTextContents();

/** Waits until the focus is on the element with this test id (the outcome's heading). */
async function focusOn(page: Page, testId: string): Promise<void> {
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === id, testId, { timeout: 5000 });
  await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H3');
}

const shot = (page: Page, step: string, name: string) =>
  page.locator(`[data-step="${step}"]`).screenshot({ path: path.join(SHOTS, `${name}.png`) });

describeWithChromium(`stages 5-8 in Office mode with a simulated Excel${haveChromium ? '' : ` (skipped: ${CHROMIUM} is missing)`}`, () => {
  let pane: PaneBrowser;
  let fakeOffice: string;
  let session: PaneSession;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
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
    session = await pane.openSession({ initScript: fakeOffice + EXCEL_1_10 });
    page = session.page;
  });

  afterEach(async () => {
    const { pageErrors } = session;
    await session.close();
    expect(pageErrors).toEqual([]);
  });

  it('reviews with a threaded comment, decrees, evaluates and follows up in the open workbook', async () => {
    await page.goto(`${session.server.url}taskpane.html`);
    await page.getByTestId('mode-office').waitFor({ timeout: 8000 });
    await page.getByRole('button', { name: 'Coba dengan data contoh' }).click();
    await page.getByText(/^Sheet contoh ditambahkan/).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Periksa data' }).click();
    await page.getByTestId('validation-result').waitFor({ timeout: 60_000 });

    // 4. Rencana: the focus lands on the outcome's heading, not on the page.
    await page.getByRole('button', { name: 'Susun rencana' }).click();
    await page.getByTestId('plan-result').waitFor({ timeout: 120_000 });
    await focusOn(page, 'plan-outcome-heading');
    expect(await sheetsInExcel(page)).toContain('Usulan Mutasi');

    // The reviewers, in Excel: the first four proposals Setuju, the fifth Tolak, and a threaded
    // comment with a reply on the first proposal's Keputusan cell.
    const typed = await page.evaluate(
      ({ approved, comment, reply }) => {
        const excel = (window as unknown as Excel).__excel;
        const sheet = excel.sheet('Usulan Mutasi');
        if (!sheet) throw new Error('no Usulan Mutasi');
        // Rows above the table may be holes in the sparse array.
        const rows = Array.from(sheet.rows(), (row) => row ?? []);
        const header = rows.findIndex((row) => row.includes('NIP') && row.includes('Keputusan'));
        const nip = rows[header]?.indexOf('NIP') ?? -1;
        const decision = rows[header]?.indexOf('Keputusan') ?? -1;
        const proposals = rows.slice(header + 1).filter((row) => String(row[nip] ?? '') !== '').length;
        for (let i = 1; i <= approved; i++) sheet.set(header + i, decision, 'Setuju');
        sheet.set(header + approved + 1, decision, 'Tolak');
        const letter = String.fromCharCode(65 + decision);
        sheet.addComment(`${letter}${header + 2}`, comment, 'Kepala BKPSDM', [{ content: reply, authorName: 'Sari' }]);
        return { proposals, nip: String(rows[header + 1]?.[nip] ?? ''), decision };
      },
      { approved: APPROVED, comment: COMMENT, reply: REPLY },
    );
    expect(typed.decision).toBeGreaterThanOrEqual(0);
    expect(typed.decision).toBeLessThan(26);
    expect(typed.proposals).toBeGreaterThan(APPROVED + 1);

    // 5. Tinjauan: decisions and the comment counted, the comment in Ringkasan Tinjauan as typed.
    await openStep(page, /^5\. Tinjauan/);
    await page.getByRole('button', { name: 'Susun ulang sesuai tinjauan' }).click();
    const review = await stageResult(page, 'review');
    await focusOn(page, 'stage-review-heading');
    const count = (decision: string) => review.locator(`[data-decision="${decision}"] [data-count]`).textContent();
    await expect(count('approved')).resolves.toBe(String(APPROVED));
    await expect(count('rejected')).resolves.toBe('1');
    await expect(count('proposed')).resolves.toBe(String(typed.proposals - APPROVED - 1));
    await expect(review.getByTestId('review-comments').textContent()).resolves.toBe(
      'Komentar peninjau pada baris usulan: 1 (disalin ke Ringkasan Tinjauan)',
    );
    expect(await written(page, 'review')).toEqual(expect.arrayContaining(['Usulan Mutasi (2)', 'Ringkasan Tinjauan']));
    const summary = await page.evaluate((nip) => {
      const sheet = (window as unknown as Excel).__excel.sheet('Ringkasan Tinjauan');
      if (!sheet) return null;
      // Rows above the table may be holes in the sparse array.
      const rows = Array.from(sheet.rows(), (row) => row ?? []);
      const header = rows.findIndex((row) => row.includes('NIP') && row.includes('Komentar di Excel'));
      const row = rows.find((cells) => cells[rows[header]?.indexOf('NIP') ?? -1] === nip);
      return { comment: row?.[rows[header]?.indexOf('Komentar di Excel') ?? -1], titles: rows.slice(0, header).flat() };
    }, typed.nip);
    expect(summary?.comment).toBe(`Kepala BKPSDM: ${COMMENT}\n↳ Sari: ${REPLY}`);
    expect(summary?.titles).toContain('Komentar peninjau di Excel pada baris usulan: 1');
    await shot(page, 'tinjauan', '5-tinjauan');

    // 6. SK & Implementasi on the reviewed version (approved rows only).
    await openStep(page, /^6\. SK & Implementasi/);
    await page.getByRole('button', { name: 'Susun SK' }).click();
    await stageResult(page, 'decree');
    await focusOn(page, 'stage-decree-heading');
    expect(await written(page, 'decree')).toEqual(['Lampiran SK', 'Pemberitahuan', 'Dampak Layanan']);
    expect(await sheetsInExcel(page)).toEqual(expect.arrayContaining(['Lampiran SK', 'Pemberitahuan', 'Dampak Layanan']));
    const decreeMoves = page.locator('[data-step="sk"] [data-figure="decreeMoves"]');
    await expect(decreeMoves.locator('dt').textContent()).resolves.toBe('Mutasi dalam Lampiran SK');
    await expect(decreeMoves.locator('dd').textContent()).resolves.toBe(String(APPROVED));

    // 7. Evaluasi: the forms, in Excel.
    await openStep(page, /^7\. Evaluasi/);
    await page.getByRole('button', { name: 'Siapkan evaluasi' }).click();
    await stageResult(page, 'evaluate');
    await focusOn(page, 'stage-evaluate-heading');
    expect(await written(page, 'evaluate')).toEqual(['Evaluasi Mutasi', 'IKM Layanan']);

    // The supervisor, in Excel: the first placement's adaptation at 3 months scored 2.
    const poor = await page.evaluate(() => {
      const sheet = (window as unknown as Excel).__excel.sheet('Evaluasi Mutasi');
      if (!sheet) throw new Error('no Evaluasi Mutasi');
      // Rows above the table may be holes in the sparse array.
      const rows = Array.from(sheet.rows(), (row) => row ?? []);
      const header = rows.findIndex((row) => row.includes('NIP') && row.includes('Adaptasi (1-5)'));
      const nip = rows[header]?.indexOf('NIP') ?? -1;
      sheet.set(header + 1, rows[header]?.indexOf('Adaptasi (1-5)') ?? -1, 2);
      return String(rows[header + 1]?.[nip] ?? '');
    });
    expect(poor).toMatch(/^\d{18}$/);

    // 8. Tindak Lanjut: exactly that placement, with its evidence and suggested action.
    await openStep(page, /^8\. Tindak Lanjut/);
    await page.getByRole('button', { name: 'Baca hasil evaluasi' }).click();
    const followUp = await stageResult(page, 'followup');
    await focusOn(page, 'stage-followup-heading');
    const listed = await followUp
      .getByTestId('followup-list')
      .locator('li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-nip')));
    expect(listed).toEqual([poor]);
    const evidence = followUp.getByTestId('followup-evidence').first();
    await expect(evidence.textContent()).resolves.toContain('Adaptasi 2 dari 5');
    expect(await written(page, 'followup')).toEqual(['Tindak Lanjut']);
    await shot(page, 'tindakLanjut', '8-tindak-lanjut');

    // The language switch re-renders the stages' words without running them again.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(evidence.textContent()).resolves.toContain('Adaptation 2 of 5');
    await expect(evidence.textContent()).resolves.not.toContain('Adaptasi');
    await expect(decreeMoves.locator('dt').textContent()).resolves.toBe('Transfers in the decree appendix');
    await expect(page.locator('[data-step="evaluasi"] [data-figure="evaluationMoves"] dt').textContent()).resolves.toBe(
      (await import('../../src/i18n/en/sheets.json'))['figure.evaluationMoves'],
    );
    await expect(review.getByTestId('review-comments').textContent()).resolves.toBe(
      "Reviewers' comments on proposal rows: 1 (copied into Review Summary)",
    );
    await shot(page, 'tindakLanjut', '8-tindak-lanjut-en');
  }, 600_000);
});

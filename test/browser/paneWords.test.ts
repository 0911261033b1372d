/**
 * The pane as a new user meets it, in Debian's headless Chromium in preview mode: every
 * workbook of the bad-input corpus opened and checked shows words, never a raw message key
 * (`issue.NIP_AS_NUMBER`), in Indonesian and, after the language switch (no new check), in
 * English; axe finds no serious or critical violation on the eight steps; nothing overflows at
 * 320 px; and the sample can be checked and planned with Tab, Enter and Space alone.
 * Screenshots are left in test-results/pane-words/.
 */
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { fixturesIn, type Fixture } from '../input/loadFixture';
import {
  animationsDone,
  CHROMIUM,
  haveChromium,
  launchPaneBrowser,
  openStep,
  readyDownload,
  type PaneBrowser,
  type PaneSession,
} from './paneSession';

const SHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'pane-words');
// A catalog key left unrendered (limited to the catalogs' namespaces: the page's text runs unit names together).
const RAW_KEY = /\b(?:issue|values|rules|solver|scoring|fairness|explain|sheets|cli|ui|common)\.[A-Z][A-Z_]+\b/g;
const describeWithChromium = haveChromium ? describe : describe.skip;

/** A corpus fixture as an .xlsx file, cells as typed as the JSON says (a number stays a number). */
async function writeXlsx(fixture: Fixture, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  if (fixture.date1904) workbook.properties.date1904 = true;
  for (const [name, rows] of Object.entries(fixture.sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) {
      sheet.addRow(row.map((cell) => (cell !== null && typeof cell === 'object' ? new Date(`${cell.date}T00:00:00Z`) : cell)));
    }
  }
  await workbook.xlsx.writeFile(file);
}

/** Every raw message key in the page's text, hidden parts (closed details) included. */
const rawKeys = async (page: Page): Promise<string[]> =>
  [...((await page.locator('main').textContent()) ?? '').matchAll(RAW_KEY)].map((m) => m[0]);
const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const main = document.querySelector('main');
    return Math.max(root.scrollWidth - root.clientWidth, main ? main.scrollWidth - main.clientWidth : 0);
  });

async function serious(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openPreview(session: PaneSession): Promise<void> {
  await session.page.goto(`${session.server.url}taskpane.html`);
  await session.page.getByTestId('mode-preview').waitFor({ timeout: 8000 });
}

/** Tabs forward until `target` has the focus (at most `limit` presses); true when it got there. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, limit = 80): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return true;
    await page.keyboard.press('Tab');
  }
  return target.evaluate((element) => element === document.activeElement);
}

describeWithChromium(`the pane's words and access${haveChromium ? '' : ` (skipped: ${CHROMIUM} is missing)`}`, () => {
  let pane: PaneBrowser;
  let session: PaneSession;
  let page: Page;
  let corpusDir: string;
  const corpus = fixturesIn('bad-input');

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    corpusDir = mkdtempSync(path.join(tmpdir(), 'pane-corpus-'));
    for (const [name, fixture] of corpus) await writeXlsx(fixture, path.join(corpusDir, name.replace(/\.json$/, '.xlsx')));
    pane = await launchPaneBrowser();
  }, 180_000);

  afterAll(async () => {
    await pane?.close();
    rmSync(corpusDir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    session = await pane.openSession();
    page = session.page;
  });

  afterEach(async () => {
    const { pageErrors } = session;
    await session.close();
    expect(pageErrors).toEqual([]);
  });

  it('shows every corpus workbook in words, in Indonesian and after the switch in English, without checking again', async () => {
    expect(corpus.length).toBeGreaterThan(30);
    await openPreview(session);
    const found: Record<string, string[]> = {};
    let withIssues = 0;
    for (const [name] of corpus) {
      const file = path.join(corpusDir, name.replace(/\.json$/, '.xlsx'));
      if ((await page.locator('html').getAttribute('lang')) !== 'id') await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
      await page.getByTestId('file-input').setInputFiles(file);
      await page
        .getByTestId('source-chosen')
        .filter({ hasText: path.basename(file) })
        .waitFor();
      await page.getByTestId('validation-result').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Periksa data' }).click();
      const result = page.getByTestId('validation-result');
      await page.locator('[data-testid="validation-result"], [data-testid="pane-error"]').first().waitFor({ timeout: 30_000 });
      if ((await result.count()) > 0 && (await page.getByTestId('issue-list').locator('li').count()) > 0) withIssues++;
      const summary = (await result.count()) > 0 ? await result.getByTestId('validation-summary').textContent() : null;
      const id = await rawKeys(page);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: 'Check data' }).waitFor();
      const en = await rawKeys(page);
      // The switch re-rendered the same result: nothing ran again.
      if (summary !== null)
        await expect(result.getByTestId('validation-summary').textContent()).resolves.toMatch(/error|warning|No problems|issue/i);
      if (id.length + en.length > 0) found[name] = [...id, ...en];
      if (name === 'nip-as-number.json') {
        await page.screenshot({ path: path.join(SHOTS, 'nip-as-number-en.png'), fullPage: true });
        await expect(page.getByTestId('issue-list').textContent()).resolves.toMatch(/stored as a number/);
      }
    }
    expect(found).toEqual({});
    expect(withIssues).toBeGreaterThan(30);
  }, 240_000);

  it('has no serious or critical axe violation on the step list and the eight steps; nothing overflows at 320 px', async () => {
    await openPreview(session);
    const violations: Record<string, string[]> = { start: await serious(page) };
    await page.getByRole('button', { name: 'Coba dengan data contoh' }).click();
    await page.getByRole('button', { name: 'Periksa data' }).click();
    await page.getByTestId('validation-result').waitFor({ timeout: 60_000 });
    violations.data = await serious(page, '[data-step="data"]');
    await openStep(page, /^2\. Kebutuhan/);
    await page.getByTestId('needs-list').waitFor();
    violations.kebutuhan = await serious(page, '[data-step="kebutuhan"]');
    await openStep(page, /^3\. Kebijakan/);
    await page.getByTestId('effective-date').waitFor();
    violations.kebijakan = await serious(page, '[data-step="kebijakan"]');
    await page.getByRole('button', { name: 'Susun rencana' }).click();
    await page.getByTestId('plan-result').waitFor({ timeout: 90_000 });
    // The stages read the plan's result file: SK below waits for it.
    await readyDownload(page.getByTestId('plan-result'));
    await animationsDone(page);
    violations.rencana = await serious(page, '[data-step="rencana"]');
    // Stages 5-8 open with their controls; SK (a draft, so without any decision typed) also with its result.
    for (const [name, step] of [
      [/^5\. Tinjauan/, 'tinjauan'],
      [/^6\. SK & Implementasi/, 'sk'],
      [/^7\. Evaluasi/, 'evaluasi'],
      [/^8\. Tindak Lanjut/, 'tindakLanjut'],
    ] as const) {
      await openStep(page, name);
      await page.locator(`[data-step="${step}"] [data-testid^="stage-"]`).first().waitFor();
    }
    await page.getByTestId('decree-draft').click();
    await page.getByRole('button', { name: 'Susun SK' }).click();
    await page.getByTestId('stage-decree-result').waitFor({ timeout: 60_000 });
    // The stages' buttons are enabled again once SK's file is written; their colours then fade in.
    await readyDownload(page.getByTestId('stage-decree-result'));
    await animationsDone(page);
    for (const step of ['tinjauan', 'sk', 'evaluasi', 'tindakLanjut']) violations[step] = await serious(page, `[data-step="${step}"]`);
    violations.all = await serious(page);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, 'planned-320-id.png'), fullPage: true });
    // Words rendered at display time: the switch turns figures, checks and reasons into English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: /^4\. Plan/ }).waitFor();
    await expect(page.getByTestId('plan-result').textContent()).resolves.toMatch(/Pass|Attention|Fail/);
    expect(await rawKeys(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    violations.english = await serious(page);
    await page.screenshot({ path: path.join(SHOTS, 'planned-320-en.png'), fullPage: true });
    expect(violations).toEqual({
      start: [],
      data: [],
      kebutuhan: [],
      kebijakan: [],
      rencana: [],
      tinjauan: [],
      sk: [],
      evaluasi: [],
      tindakLanjut: [],
      all: [],
      english: [],
    });
  }, 150_000);

  it('checks and plans the sample with the keyboard alone (Tab, Enter, Space)', async () => {
    await openPreview(session);
    await page.keyboard.press('Tab');
    expect(await tabTo(page, page.getByRole('button', { name: 'Coba dengan data contoh' }))).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByTestId('source-chosen').filter({ hasText: 'Data contoh' }).waitFor();
    expect(await tabTo(page, page.getByRole('button', { name: 'Periksa data' }))).toBe(true);
    await page.keyboard.press('Space');
    await page.getByTestId('validation-result').waitFor({ timeout: 60_000 });
    for (const name of [/^2\. Kebutuhan/, /^3\. Kebijakan/]) {
      const header = page.getByRole('button', { name });
      expect(await tabTo(page, header, 200)).toBe(true);
      await page.keyboard.press('Enter');
      await expect(header.getAttribute('aria-expanded')).resolves.toBe('true');
    }
    await page.getByTestId('needs-list').waitFor();
    await page.getByTestId('effective-date').waitFor();
    expect(await tabTo(page, page.getByRole('button', { name: 'Susun rencana' }), 300)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByTestId('plan-result').waitFor({ timeout: 90_000 });
    await page.screenshot({ path: path.join(SHOTS, 'keyboard-planned.png'), fullPage: true });
  }, 150_000);
});

/**
 * The browser for the browser tests: build (or reuse dist/) and serve the pane on 127.0.0.1,
 * and launch Debian's headless Chromium once per test file (`launchPaneBrowser`, in
 * beforeAll). Every test then opens its own session (`openSession`, in beforeEach): a fresh
 * browser context with its own storage, page and download folder, so no test depends on
 * what an earlier one did. Only the server can be reached (office.js from Microsoft's CDN
 * fails at once, as on a machine without it).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { builtPane } from './paneBuild';
import { serveDirectory, type StaticServer } from './staticServer';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/';

export interface PaneSession {
  readonly server: StaticServer;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly downloadDir: string;
  /** URLs the pane asked for outside 127.0.0.1 (none can be reached). */
  readonly blocked: string[];
  /** Uncaught errors and console errors (other than refused loads, e.g. office.js). */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

export interface PaneBrowser {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** A fresh context and page for one test; `initScript` runs in the page before the pane's own scripts. */
  openSession(options?: { initScript?: string }): Promise<PaneSession>;
  close(): Promise<void>;
}

async function openSession(browser: Browser, server: StaticServer, options: { initScript?: string }): Promise<PaneSession> {
  const downloadDir = mkdtempSync(path.join(tmpdir(), 'pane-downloads-'));
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 320, height: 900 } });
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  // Requests are watched, not intercepted: request interception is known to stall a Web Worker's
  // script loads in Chromium, and stages hung now and then at their start while every request
  // was intercepted here. No host but 127.0.0.1 resolves in this browser (launchPaneBrowser),
  // so office.js is refused at once.
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(server.url) && !url.startsWith('blob:') && !url.startsWith('data:')) blocked.push(url);
  });
  if (options.initScript) await context.addInitScript({ content: options.initScript });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) pageErrors.push(message.text());
  });
  return {
    server,
    context,
    page,
    downloadDir,
    blocked,
    pageErrors,
    async close() {
      await context.close();
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}

/** Builds and serves the pane and launches Chromium (a fresh temporary profile). */
export async function launchPaneBrowser(): Promise<PaneBrowser> {
  const server = await serveDirectory(await builtPane());
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      // Nothing leaves the machine: every host name fails to resolve (the server is 127.0.0.1).
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    server,
    browser,
    openSession: (options = {}) => openSession(browser, server, options),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens the pane's step whose header is named `name` and waits until its panel stands still. Fluent's
 * Collapse grows the panel's height, padding and margin after a short delay, so a button found at once
 * can slide away before the click lands (the click then falls on the text above it and nothing runs).
 */
export async function openStep(page: Page, name: RegExp): Promise<void> {
  const header = page.getByRole('button', { name });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  if ((await header.getAttribute('aria-expanded')) !== 'true') throw new Error(`step ${String(name)} did not open`);
  await animationsDone(page);
}

/** Waits for the page's running animations and transitions (not the endless ones, e.g. a spinner). */
export async function animationsDone(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished),
    ),
  );
}

/**
 * Waits until the download button inside `scope` (a plan's or a stage's result) can be used and
 * returns it. Preview mode shows a result before its file is written; the button, and the stages
 * that read the round's workbook, wait for the file.
 */
export async function readyDownload(scope: Locator, timeout = 90_000): Promise<Locator> {
  const button = scope.locator('[data-testid="download"][data-ready="true"]');
  await button.waitFor({ timeout });
  return button;
}

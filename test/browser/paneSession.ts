/**
 * One browser session over the built pane for the browser tests: build (or reuse dist/),
 * serve on 127.0.0.1, launch Debian's headless Chromium with a fresh profile, and let only
 * requests to that server through (office.js from Microsoft's CDN is refused at once).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
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
  /** URLs the pane asked for outside 127.0.0.1 (all refused). */
  readonly blocked: string[];
  /** Uncaught errors and console errors (other than refused loads, e.g. office.js). */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

export async function openPaneSession(options: { initScript?: string } = {}): Promise<PaneSession> {
  const server = await serveDirectory(await builtPane());
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'pane-chromium-'));
  const downloadDir = mkdtempSync(path.join(tmpdir(), 'pane-downloads-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    downloadsPath: downloadDir,
    viewport: { width: 320, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  if (options.initScript) await context.addInitScript({ content: options.initScript });
  const page = context.pages()[0] ?? (await context.newPage());
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
      await server.close();
      for (const dir of [userDataDir, downloadDir]) rmSync(dir, { recursive: true, force: true });
    },
  };
}

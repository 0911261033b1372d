#!/usr/bin/env node
// Renders assets/icon.svg to the PNG sizes the manifest and the stores use
// (16, 32, 64, 80, 128) with the machine's headless Chromium. The PNGs are committed;
// run this again only when the SVG changes: node scripts/make-icons.mjs
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 32, 64, 80, 128];
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const svg = await readFile(path.join(root, 'assets', 'icon.svg'), 'utf8');
const userDataDir = await mkdtemp(path.join(tmpdir(), 'icons-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await context.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<!doctype html><meta charset="utf-8"><style>html,body{margin:0;background:transparent}</style>` +
        `<img src="${dataUrl}" width="${size}" height="${size}" style="display:block">`,
    );
    await page.waitForFunction(() => document.images[0]?.complete);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await writeFile(path.join(root, 'assets', `icon-${size}.png`), png);
    process.stdout.write(`assets/icon-${size}.png\n`);
  }
} finally {
  await context.close();
  await rm(userDataDir, { recursive: true, force: true });
}

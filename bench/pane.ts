/**
 * The task pane in preview mode, in headless Chromium (Debian's /usr/bin/chromium, never a
 * downloaded one): plans the embedded 2,500-employee sample and a dropped 20,000-employee
 * workbook, timing "Susun rencana" until the result shows and until its file can be downloaded,
 * and sampling the tab's JS heap (the page and its planning Web Worker together) every 100 ms.
 * Each case gets a fresh
 * browser with a fresh profile. Served and driven as the browser tests do (test/browser/), but
 * from a production build (React's development build would slow the page, not the engine).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { sampleWorkbook } from '../src/cli/commands/sample';
import { CHROMIUM, haveChromium } from '../test/browser/paneSession';
import { serveDirectory, type StaticServer } from '../test/browser/staticServer';
import { round1, type Benchmark, type BenchContext } from './benchmark';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Nothing leaves the machine: every host name fails to resolve (the server is 127.0.0.1).
  // Requests are not intercepted: interception can stall a Web Worker's script loads.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

interface PaneFigures {
  employees: number;
  /** "Susun rencana" clicked until the plan's result shows (read, check and plan in the worker). */
  ms: number;
  /** "Susun rencana" clicked until the result file can be downloaded (written after the result shows). */
  file_ms: number;
  /** Peak JS heap of the tab (page + worker), MB. */
  heap_mb: number;
  /** Peak JS heap of the planning worker alone, MB. */
  worker_heap_mb: number;
  /** The file opened and checked ("Periksa data"), before planning. */
  check_ms: number;
}

/**
 * The tab's used JS heap in bytes: the page's main thread (CDP Performance.getMetrics) plus
 * each dedicated worker (Runtime.getHeapUsage through a non-flat auto-attach of the page's
 * session, as Playwright exposes no CDP session of a worker).
 */
class TabHeap {
  private readonly workerSessions = new Set<string>();
  private readonly pending = new Map<number, (used: number) => void>();
  private nextId = 1;

  private constructor(private readonly cdp: CDPSession) {
    cdp.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type === 'worker') this.workerSessions.add(event.sessionId);
    });
    cdp.on('Target.detachedFromTarget', (event) => this.workerSessions.delete(event.sessionId));
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
      const resolve = message.id === undefined ? undefined : this.pending.get(message.id);
      if (message.id !== undefined && resolve) {
        this.pending.delete(message.id);
        resolve(message.result?.usedSize ?? 0);
      }
    });
  }

  static async attach(browser: BrowserContext, page: Page): Promise<TabHeap> {
    const cdp = await browser.newCDPSession(page);
    const heap = new TabHeap(cdp);
    await cdp.send('Performance.enable');
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    return heap;
  }

  private workerHeap(sessionId: string): Promise<number> {
    const id = this.nextId++;
    return new Promise<number>((resolve) => {
      this.pending.set(id, resolve);
      setTimeout(() => {
        if (this.pending.delete(id)) resolve(0);
      }, 2000);
      this.cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) })
        .catch(() => {
          if (this.pending.delete(id)) resolve(0);
        });
    });
  }

  /** Main thread and workers: bytes in use now. */
  async used(): Promise<{ main: number; workers: number }> {
    const metrics = await this.cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }));
    const main = metrics.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    const workers = await Promise.all([...this.workerSessions].map((s) => this.workerHeap(s)));
    return { main, workers: workers.reduce((a, b) => a + b, 0) };
  }
}

async function runCase(server: StaticServer, ctx: BenchContext, file: string | null, employees: number): Promise<PaneFigures> {
  const profile = mkdtempSync(join(ctx.tmpDir, 'chromium-'));
  const browser: BrowserContext = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    const heap = await TabHeap.attach(browser, page);
    let peak = 0;
    let peakWorker = 0;
    const sample = async () => {
      const used = await heap.used();
      peak = Math.max(peak, used.main + used.workers);
      peakWorker = Math.max(peakWorker, used.workers);
    };
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        await sample();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId('mode-preview').waitFor({ timeout: 30_000 });
    const checkStart = performance.now();
    if (file === null) {
      await page.getByRole('button', { name: 'Coba dengan data contoh' }).click();
      await page.getByTestId('source-chosen').filter({ hasText: 'Data contoh' }).waitFor();
    } else {
      await page.getByTestId('file-input').setInputFiles(file);
      await page.getByTestId('source-chosen').waitFor({ timeout: 120_000 });
    }
    await page.getByRole('button', { name: 'Periksa data' }).click();
    await page.getByTestId('validation-result').waitFor({ timeout: 300_000 });
    const checkMs = performance.now() - checkStart;
    const start = performance.now();
    await page.getByRole('button', { name: 'Susun rencana' }).click();
    await page.getByTestId('plan-result').waitFor({ timeout: 600_000 });
    const ms = performance.now() - start;
    await page.getByTestId('plan-result').locator('[data-testid="download"][data-ready="true"]').waitFor({ timeout: 600_000 });
    const fileMs = performance.now() - start;
    await sample();
    sampling = false;
    await sampler;
    return {
      employees,
      ms: Math.round(ms),
      file_ms: Math.round(fileMs),
      heap_mb: round1(peak / 2 ** 20),
      worker_heap_mb: round1(peakWorker / 2 ** 20),
      check_ms: Math.round(checkMs),
    };
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

let production: Promise<string> | null = null;

/** One production build of the pane per bench run, in the run's scratch folder. */
function productionPane(ctx: BenchContext): Promise<string> {
  production ??= (async () => {
    const outDir = join(ctx.tmpDir, 'pane');
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--env', `outDir=${outDir}`], {
      cwd: join(__dirname, '..'),
      stdio: 'pipe',
      env: { ...process.env, ADDIN_PUBLIC_URL: '' },
    });
    return outDir;
  })();
  return production;
}

async function paneFigures(ctx: BenchContext, employees: number): Promise<PaneFigures | { skipped: string }> {
  if (!haveChromium) return { skipped: `${CHROMIUM} is missing` };
  let file: string | null = null;
  if (employees !== 2500) {
    file = join(ctx.tmpDir, `pane-${employees}.xlsx`);
    writeFileSync(file, await (await sampleWorkbook(employees, 1)).toBuffer());
  }
  const server = await serveDirectory(await productionPane(ctx));
  try {
    const figures = await runCase(server, ctx, file, employees);
    ctx.log(
      `pane ${employees} employees: plan ${figures.ms} ms, file ready ${figures.file_ms} ms (check ${figures.check_ms} ms), peak JS heap ${figures.heap_mb} MB (worker ${figures.worker_heap_mb} MB)`,
    );
    return figures;
  } finally {
    await server.close();
  }
}

export const pane2500Benchmark: Benchmark = {
  name: 'pane2500',
  run: (ctx) => paneFigures(ctx, 2500),
};

export const pane20kBenchmark: Benchmark = {
  name: 'pane20k',
  run: (ctx) => paneFigures(ctx, 20000),
};

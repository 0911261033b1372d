/**
 * LibreOffice Calc (`soffice`) for tests that convert workbooks live. Absent on many machines:
 * callers skip with the reason {@link findSoffice} gives.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['soffice', '/usr/bin/soffice'];

/** The first runnable soffice, or the reason none can be used. */
export function findSoffice(): { soffice: string } | { reason: string } {
  const tried: string[] = [];
  for (const soffice of CANDIDATES) {
    const probe = spawnSync(soffice, ['--version'], { encoding: 'utf8', timeout: 60_000 });
    if (probe.error) tried.push(`${soffice}: not runnable`);
    else if (probe.status !== 0) tried.push(`${soffice}: exit ${probe.status}`);
    else return { soffice };
  }
  return { reason: `LibreOffice not found (${tried.join('; ')})` };
}

/**
 * Converts `file` with `soffice --convert-to <format>` into `outDir`; returns the new file's
 * path. Each call gets its own throw-away profile, so parallel runs do not clash on its lock.
 */
export function convertWithSoffice(soffice: string, file: string, format: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    const run = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        format,
        '--outdir',
        outDir,
        file,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    const target = join(outDir, `${basename(file, extname(file))}.${format.split(':')[0]}`);
    if (run.error || run.status !== 0 || !existsSync(target)) {
      throw new Error(`soffice --convert-to ${format} failed (exit ${run.status}): ${run.error?.message ?? run.stderr}`);
    }
    return target;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

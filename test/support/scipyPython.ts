/**
 * The python that can serve as the scipy oracle: `python3` on the PATH, else Debian's
 * `/usr/bin/python3` (where .ci/run installs python3-scipy when the first has none).
 */
import { spawnSync } from 'node:child_process';

const CANDIDATES = ['python3', '/usr/bin/python3'];

/** The first python with scipy and numpy, or the reason none can be used. */
export function findScipyPython(): { python: string } | { reason: string } {
  const tried: string[] = [];
  for (const python of CANDIDATES) {
    const probe = spawnSync(python, ['-c', 'import scipy.stats, scipy.optimize, numpy'], { encoding: 'utf8' });
    if (probe.error) tried.push(`${python}: not runnable`);
    else if (probe.status !== 0) tried.push(`${python}: no scipy`);
    else return { python };
  }
  return { reason: tried.join('; ') };
}

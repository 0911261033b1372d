/**
 * `npm run licenses` (scripts/licenses.mjs): every package that ships in the pane or the CLI
 * has a licence we may ship, and the classifier turns away the GPL family and the unknown.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
// The policy is CommonJS so the ESM script and this test share it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const policy = require('../../scripts/licensePolicy.cjs') as {
  classifyLicense: (expression: string | null | undefined) => 'allowed' | 'forbidden' | 'unknown';
  declaredLicense: (pkg: object) => string | null;
};

describe('licence classifier', () => {
  it.each(['MIT', 'ISC', 'Apache-2.0', 'BSD-3-Clause', '(MIT OR GPL-3.0-or-later)', '(MIT AND Zlib)', 'MIT OR Apache-2.0'])(
    'allows %s',
    (id) => {
      expect(policy.classifyLicense(id)).toBe('allowed');
    },
  );

  it.each(['GPL-3.0-only', 'GPL-2.0-or-later', 'AGPL-3.0', 'LGPL-2.1-only', 'GPL-3.0+', '(MIT AND GPL-3.0-only)', 'GPL-2.0 OR AGPL-3.0'])(
    'rejects %s',
    (id) => {
      expect(policy.classifyLicense(id)).toBe('forbidden');
    },
  );

  it.each([null, undefined, '', 'SEE LICENSE IN LICENSE.txt', 'UNLICENSED', 'MIT/X11', '(MIT AND Proprietary)'])(
    'calls %p unknown',
    (id) => {
      expect(policy.classifyLicense(id)).toBe('unknown');
    },
  );

  it('reads the old licence shapes of package.json', () => {
    expect(policy.declaredLicense({ license: { type: 'MIT' } })).toBe('MIT');
    expect(policy.declaredLicense({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe('MIT OR Apache-2.0');
    expect(policy.declaredLicense({})).toBeNull();
  });
});

describe('npm run licenses', () => {
  it('passes: every shipped package has an allowed licence, the pane and CLI both counted', () => {
    const out = execFileSync(process.execPath, [join(root, 'scripts', 'licenses.mjs'), '--json', '--no-sbom'], {
      cwd: root,
      encoding: 'utf8',
    });
    const report = JSON.parse(out) as {
      problems: string[];
      cli: number;
      pane: number;
      packages: { name: string; status: string; ships: string[] }[];
    };
    expect(report.problems).toEqual([]);
    expect(report.cli).toBeGreaterThan(0);
    expect(report.pane).toBeGreaterThan(0);
    const names = new Set(report.packages.map((p) => p.name));
    for (const shipped of ['exceljs', 'react', 'react-dom', '@fluentui/react-components', 'jszip']) expect(names).toContain(shipped);
    expect(report.packages.filter((p) => p.status !== 'allowed')).toEqual([]);
  });
});

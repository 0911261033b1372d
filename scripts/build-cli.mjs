// Bundles the command line (src/cli/main.ts and the engine) into build/cli.cjs with esbuild.
// Takes well under a second; run by "prepare" (npm ci) and before every CLI script.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [join(root, 'src/cli/main.ts')],
  outfile: join(root, 'build/cli.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['exceljs', 'jszip'],
  logLevel: 'warning',
});

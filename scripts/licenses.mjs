// `npm run licenses`: the licence of every package that ships, and a bill of materials.
// Offline: reads node_modules and asks npm and esbuild only about what is installed here.
//
// What ships, and how it is found:
// - build/cli.cjs (esbuild, scripts/build-cli.mjs): the CLI is bundled again into a temporary
//   directory with esbuild's metafile, which names every node_modules file compiled in; exceljs
//   is left external there and loaded from node_modules at run time, so it and its production
//   dependencies ship too.
// - dist/ (webpack, the pane): every production dependency (`npm ls --omit dev --all`) - a
//   superset of what webpack keeps after tree shaking, without running the slow build - plus
//   the packages compiled into prebuilt bundles that webpack takes whole (exceljs's
//   dist/exceljs.min.js, through its "browser" field), read from their source maps.
// Every package's licence comes from its package.json (scripts/licensePolicy.cjs holds the
// few reviewed exceptions); GPL-family or unknown licences fail the check (exit 1).
// The CycloneDX SBOM of the production tree (`npm sbom`) is written to build/sbom.cdx.json.
//
// Usage: node scripts/licenses.mjs [--json] [--no-sbom]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { classifyLicense, declaredLicense, REVIEWED, EMBEDDED } = require('./licensePolicy.cjs');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Package directory (relative to root) -> package.json. */
function readPackage(dir) {
  return JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
}

/** The package directory that holds a node_modules file path ("node_modules/a/node_modules/@b/c/x.js" -> ".../@b/c"). */
function packageDirOf(file) {
  const parts = file.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return null;
  const length = parts[at + 1]?.startsWith('@') ? 3 : 2;
  return parts.slice(0, at + length).join('/');
}

/** Production dependency tree: directories of every installed package, from `npm ls --parseable`. */
function productionTree() {
  const out = execFileSync(npm, ['ls', '--omit', 'dev', '--all', '--parseable'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  return out
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== root)
    .map((line) => relative(root, line).split(sep).join('/'));
}

/** The production dependencies reachable from one installed package (its own directory included). */
function closureOf(dir, tree) {
  const inTree = new Set(tree);
  const seen = new Set();
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop();
    if (seen.has(current)) continue;
    seen.add(current);
    const pkg = readPackage(current);
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
      // Node's resolution: the nearest node_modules up from the dependent.
      let base = current;
      for (;;) {
        const candidate = `${base}/node_modules/${name}`;
        if (inTree.has(candidate)) {
          stack.push(candidate);
          break;
        }
        const up = base.lastIndexOf('/node_modules/');
        if (up < 0) {
          if (inTree.has(`node_modules/${name}`)) stack.push(`node_modules/${name}`);
          break;
        }
        base = base.slice(0, up);
      }
    }
  }
  return seen;
}

/** node_modules packages compiled into the CLI bundle, from esbuild's metafile. */
async function cliBundlePackages() {
  const dir = mkdtempSync(join(tmpdir(), 'mutasi-licenses-'));
  try {
    const result = await build({
      entryPoints: [join(root, 'src/cli/main.ts')],
      outfile: join(dir, 'cli.cjs'),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: ['exceljs'],
      metafile: true,
      logLevel: 'silent',
    });
    const dirs = new Set();
    for (const input of Object.keys(result.metafile.inputs)) {
      const pkg = packageDirOf(input);
      if (pkg) dirs.add(pkg);
    }
    return dirs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Package names compiled into a prebuilt bundle, from its source map's sources. */
function embeddedIn(mapFile) {
  if (!existsSync(join(root, mapFile))) return [];
  const map = JSON.parse(readFileSync(join(root, mapFile), 'utf8'));
  const names = new Set();
  for (const source of map.sources ?? []) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
    if (match) names.add(match[1]);
  }
  return [...names].sort();
}

async function main() {
  const tree = productionTree();
  const inTree = new Set(tree);
  const entries = new Map(); // key name@version -> entry

  const add = (name, version, license, ships, source) => {
    const key = `${name}@${version}`;
    const entry = entries.get(key) ?? { name, version, license, status: classifyLicense(license), ships: new Set(), source };
    for (const s of ships) entry.ships.add(s);
    entries.set(key, entry);
  };
  const addInstalled = (dir, ships) => {
    const pkg = readPackage(dir);
    const reviewed = REVIEWED[`${pkg.name}@${pkg.version}`];
    const license = reviewed?.license ?? declaredLicense(pkg);
    add(pkg.name, pkg.version, license, ships, reviewed ? `reviewed: ${reviewed.source}` : 'package.json');
  };

  // The CLI: what esbuild compiles in, plus exceljs (external) and its production dependencies.
  const problems = [];
  const cli = await cliBundlePackages();
  for (const dir of cli) {
    if (!inTree.has(dir)) problems.push(`${dir} is compiled into the CLI bundle but is not a production dependency`);
    addInstalled(dir, ['cli']);
  }
  for (const dir of closureOf('node_modules/exceljs', tree)) addInstalled(dir, ['cli']);

  // The pane: every production dependency, and what exceljs's prebuilt browser bundle embeds.
  for (const dir of tree) addInstalled(dir, ['pane']);
  let unchecked = 0;
  for (const name of embeddedIn('node_modules/exceljs/dist/exceljs.min.js.map')) {
    // Read above, from the installed copy (hoisted, or exceljs's own).
    if (inTree.has(`node_modules/${name}`) || inTree.has(`node_modules/exceljs/node_modules/${name}`)) continue;
    if (existsSync(join(root, 'node_modules', name, 'package.json'))) {
      // Installed (as some tool's dependency), perhaps at another version than the one embedded.
      addInstalled(`node_modules/${name}`, ['pane']);
      continue;
    }
    const known = EMBEDDED[name];
    if (known && !known.checked) unchecked++;
    add(
      name,
      'embedded',
      known?.license ?? null,
      ['pane'],
      known
        ? `embedded in exceljs.min.js; ${known.checked ? 'checked upstream' : 'recorded, not checked here'}`
        : 'embedded in exceljs.min.js; not installed',
    );
  }

  const list = [...entries.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  for (const entry of list) {
    if (entry.status !== 'allowed') problems.push(`${entry.name}@${entry.version}: ${entry.status} licence "${entry.license ?? 'none'}"`);
  }

  if (!args.has('--no-sbom')) {
    const sbom = execFileSync(npm, ['sbom', '--omit', 'dev', '--sbom-format', 'cyclonedx'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    mkdirSync(join(root, 'build'), { recursive: true });
    writeFileSync(join(root, 'build', 'sbom.cdx.json'), sbom);
  }

  const summary = {
    packages: list.length,
    cli: list.filter((e) => e.ships.has('cli')).length,
    pane: list.filter((e) => e.ships.has('pane')).length,
    uncheckedEmbedded: unchecked,
    problems,
  };
  if (args.has('--json')) {
    const packages = list.map((e) => ({
      name: e.name,
      version: e.version,
      license: e.license,
      status: e.status,
      ships: [...e.ships],
      source: e.source,
    }));
    process.stdout.write(`${JSON.stringify({ ...summary, packages }, null, 2)}\n`);
  } else {
    for (const e of list)
      process.stdout.write(
        `${e.status.padEnd(9)} ${`${e.name}@${e.version}`.padEnd(48)} ${String(e.license).padEnd(28)} ${[...e.ships].join('+')}\n`,
      );
    process.stdout.write(`\n${summary.packages} packages (${summary.cli} in the CLI, ${summary.pane} in the pane).`);
    if (unchecked > 0)
      process.stdout.write(` ${unchecked} embedded in exceljs.min.js have a recorded licence not checked on this machine.`);
    process.stdout.write(args.has('--no-sbom') ? '\n' : ' SBOM: build/sbom.cdx.json\n');
    for (const problem of problems) process.stderr.write(`Licence problem: ${problem}\n`);
  }
  process.exitCode = problems.length > 0 ? 1 : 0;
}

await main();

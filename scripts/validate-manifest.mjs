#!/usr/bin/env node
// Validates Office add-in manifests offline against Microsoft's XSDs:
// `office-addin-manifest validate` posts the manifest to an online service, which this
// machine cannot reach. Usage: node scripts/validate-manifest.mjs [manifest.xml ...]
// (no argument: manifest.xml, and dist/manifest.xml when a build left one).
// Schemas: env MANIFEST_SCHEMAS_DIR, else ../shared/schemas/office-addin-manifest
// relative to the repository root. Exit 0 when every file is valid, 1 otherwise,
// 2 when the schemas cannot be found.
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/** The folder holding the XSDs, or null when there is none. */
export function schemasDir(env = process.env) {
  const candidates = [env.MANIFEST_SCHEMAS_DIR, path.resolve(repoRoot, '..', 'shared', 'schemas', 'office-addin-manifest')];
  for (const dir of candidates) {
    if (dir && existsSync(path.join(dir, MAIN_SCHEMA))) return dir;
  }
  return null;
}

/**
 * Validates one manifest text. Returns `{ valid, errors: string[] }`.
 * @param {string} xml
 * @param {string} fileName
 * @param {string} dir the schemas folder
 */
export async function validateManifest(xml, fileName, dir) {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.xsd'));
  const load = async (n) => ({ fileName: n, contents: await readFile(path.join(dir, n), 'utf8') });
  const schema = await load(MAIN_SCHEMA);
  const preload = await Promise.all(names.filter((n) => n !== MAIN_SCHEMA).map(load));
  const result = await validateXML({ xml: [{ fileName, contents: xml }], schema: [schema], preload });
  const errors = result.errors.map((e) => (e.loc ? `${e.loc.fileName}:${e.loc.lineNumber}: ${e.message}` : e.rawMessage));
  return { valid: result.valid, errors };
}

async function main(argv) {
  const defaults = [path.join(repoRoot, 'manifest.xml'), path.join(repoRoot, 'dist', 'manifest.xml')].filter((file) => existsSync(file));
  const files = argv.length > 0 ? argv : defaults.map((file) => path.relative(process.cwd(), file));
  const dir = schemasDir();
  if (!dir) {
    process.stderr.write(
      `Manifest schemas not found: set MANIFEST_SCHEMAS_DIR or provide ../shared/schemas/office-addin-manifest (looked from ${repoRoot}).\n`,
    );
    return 2;
  }
  let ok = true;
  for (const file of files) {
    let xml;
    try {
      xml = await readFile(file, 'utf8');
    } catch (error) {
      process.stderr.write(`${file}: cannot read (${error.message})\n`);
      ok = false;
      continue;
    }
    const { valid, errors } = await validateManifest(xml, path.basename(file), dir);
    if (valid) {
      process.stdout.write(`${file}: valid against ${MAIN_SCHEMA}\n`);
    } else {
      ok = false;
      process.stderr.write(`${file}: NOT valid against ${MAIN_SCHEMA}\n`);
      for (const line of errors) process.stderr.write(`  ${line}\n`);
    }
  }
  return ok ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`validate-manifest failed: ${error.stack ?? error}\n`);
      process.exit(1);
    },
  );
}

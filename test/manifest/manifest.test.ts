/**
 * manifest.xml (and the production copy webpack writes into dist/) must be valid against
 * Microsoft's manifest XSDs, checked offline with xmllint-wasm. Skipped, with
 * the reason in its name, only when the schemas folder is missing.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'validate-manifest.mjs');
const SCHEMAS = process.env.MANIFEST_SCHEMAS_DIR ?? path.resolve(ROOT, '..', 'shared', 'schemas', 'office-addin-manifest');
const haveSchemas = existsSync(path.join(SCHEMAS, 'OfficeAppManifestV1_1.xsd'));
const run = promisify(execFile);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_URL, rewriteManifest } = require('../../scripts/manifest-url.cjs') as {
  DEV_URL: string;
  rewriteManifest: (xml: string, url: string) => string;
};

async function validate(file: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [SCRIPT, file], {
      cwd: ROOT,
      env: { ...process.env, MANIFEST_SCHEMAS_DIR: SCHEMAS },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

const describeWithSchemas = haveSchemas ? describe : describe.skip;

describeWithSchemas(`add-in manifest${haveSchemas ? '' : ` (skipped: no schemas at ${SCHEMAS})`}`, () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'manifest-test-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('manifest.xml is valid against OfficeAppManifestV1_1.xsd', async () => {
    const { code, output } = await validate(path.join(ROOT, 'manifest.xml'));
    expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining('valid against') });
  });

  it('the production manifest (dist/, or rewritten as webpack does) is valid and points at the public URL', async () => {
    const dist = path.join(ROOT, 'dist', 'manifest.xml');
    let file = dist;
    if (!existsSync(dist)) {
      file = path.join(scratch, 'manifest.xml');
      writeFileSync(file, rewriteManifest(readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'), 'https://mutasi.example.go.id/addin/'));
      expect(readFileSync(file, 'utf8')).not.toContain(DEV_URL);
    }
    const { code, output } = await validate(file);
    expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining('valid against') });
  });

  it('declares an Excel task pane with a Home-tab button, id-ID default and an en-US override', () => {
    const xml = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    expect(xml).toContain('<Host Name="Workbook"/>');
    expect(xml).toContain('<DefaultLocale>id-ID</DefaultLocale>');
    expect(xml).toMatch(/<Override Locale="en-US"/);
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(xml).toContain('<Action xsi:type="ShowTaskpane">');
    expect(xml).toContain('<Permissions>ReadWriteDocument</Permissions>');
    for (const size of [16, 32, 64, 80, 128]) expect(existsSync(path.join(ROOT, 'assets', `icon-${size}.png`))).toBe(true);
  });

  it('rejects a manifest that breaks the schema, naming the problem', async () => {
    const broken = path.join(scratch, 'broken.xml');
    writeFileSync(broken, readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8').replace(/<Version>[^<]*<\/Version>/, ''));
    const { code, output } = await validate(broken);
    expect(code).toBe(1);
    expect(output).toMatch(/ProviderName.*not expected/);
  });
});

// Which licences may ship in the pane (dist/) and the CLI (build/cli.cjs), and the few
// packages whose licence their package.json does not state in SPDX. Used by
// scripts/licenses.mjs and its test (test/licenses/licenses.test.ts). CommonJS so both can load it.

/** Permissive licences: may be bundled and shipped with a notice. */
const ALLOWED = new Set([
  'MIT',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'Zlib',
  'Unlicense',
  'CC0-1.0',
  'BlueOak-1.0.0',
  'Python-2.0',
]);

/** Copyleft that a bundled web add-in cannot honour as shipped: any GPL family member. */
const FORBIDDEN = /^(A|L)?GPL-|^GPL$|^AGPL$|^LGPL$|^SSPL|^EUPL|^OSL-/i;

/**
 * Classifies an SPDX licence expression: `allowed` when it can be shipped, `forbidden` when
 * it must not, `unknown` when it cannot be judged (missing, not SPDX). `A OR B` is allowed
 * when either side is (the choice is ours: jszip's "MIT OR GPL-3.0-or-later" ships as MIT);
 * `A AND B` only when both are.
 * @param {string | null | undefined} expression
 * @returns {'allowed' | 'forbidden' | 'unknown'}
 */
function classifyLicense(expression) {
  if (typeof expression !== 'string' || expression.trim() === '') return 'unknown';
  const text = expression.trim();
  const inner = text.startsWith('(') && text.endsWith(')') && balanced(text.slice(1, -1)) ? text.slice(1, -1) : text;
  const or = splitTop(inner, 'OR');
  if (or.length > 1) {
    const parts = or.map(classifyLicense);
    if (parts.includes('allowed')) return 'allowed';
    return parts.includes('unknown') ? 'unknown' : 'forbidden';
  }
  const and = splitTop(inner, 'AND');
  if (and.length > 1) {
    const parts = and.map(classifyLicense);
    if (parts.includes('forbidden')) return 'forbidden';
    return parts.every((p) => p === 'allowed') ? 'allowed' : 'unknown';
  }
  const id = inner
    .replace(/\+$/, '')
    .replace(/ WITH .*$/, '')
    .trim();
  if (FORBIDDEN.test(id)) return 'forbidden';
  return ALLOWED.has(id) ? 'allowed' : 'unknown';
}

function balanced(text) {
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Splits on ` OP ` outside parentheses. */
function splitTop(text, op) {
  const parts = [];
  let depth = 0;
  let start = 0;
  const token = ` ${op} `;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (depth === 0 && text.startsWith(token, i)) {
      parts.push(text.slice(start, i).trim());
      start = i + token.length;
      i += token.length - 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/**
 * The licence a package.json states, as an SPDX expression: `license` (a string, or the old
 * `{ type }` object) or the old `licenses: [{ type }]` array (joined with OR).
 */
function declaredLicense(pkg) {
  const license = pkg.license;
  if (typeof license === 'string') return license;
  if (license && typeof license.type === 'string') return license.type;
  if (Array.isArray(pkg.licenses) && pkg.licenses.length > 0) {
    return pkg.licenses.map((l) => (typeof l === 'string' ? l : l && l.type)).join(' OR ');
  }
  return null;
}

/**
 * Packages whose package.json states no SPDX licence, with the licence found by reading the
 * package's own repository. Keyed by name@version: a new version must be looked at again.
 */
const REVIEWED = {
  'buffers@0.1.1': { license: 'MIT', source: 'no licence field; LICENSE file of github.com/substack/node-buffers is the MIT License' },
  'chainsaw@0.1.0': { license: 'MIT', source: 'package.json says "MIT/X11", i.e. the MIT License' },
};

/**
 * Packages compiled into exceljs's prebuilt browser bundle (node_modules/exceljs/dist/
 * exceljs.min.js, which the pane's webpack build takes through exceljs's "browser" field),
 * found in that bundle's source map, that are not installed here, so their package.json
 * cannot be read. `checked`: the licence was read from the package's upstream package.json
 * (GitHub) when this table was written; the others are recorded from the packages' known
 * npm metadata and should be confirmed with `npm view <name> license` on a machine online.
 */
const EMBEDDED = {
  'asn1.js': { license: 'MIT', checked: false },
  'bn.js': { license: 'MIT', checked: false },
  brorand: { license: 'MIT', checked: false },
  'browser-pack': { license: 'MIT', checked: false },
  browserify: { license: 'MIT', checked: false },
  'browserify-aes': { license: 'MIT', checked: false },
  'browserify-cipher': { license: 'MIT', checked: false },
  'browserify-des': { license: 'MIT', checked: false },
  'browserify-rsa': { license: 'MIT', checked: false },
  'browserify-sign': { license: 'ISC', checked: true },
  'buffer-xor': { license: 'MIT', checked: false },
  'cipher-base': { license: 'MIT', checked: false },
  'core-js': { license: 'MIT', checked: true },
  'create-ecdh': { license: 'MIT', checked: false },
  'create-hash': { license: 'MIT', checked: false },
  'create-hmac': { license: 'MIT', checked: false },
  'crypto-browserify': { license: 'MIT', checked: true },
  'des.js': { license: 'MIT', checked: false },
  'diffie-hellman': { license: 'MIT', checked: false },
  elliptic: { license: 'MIT', checked: true },
  evp_bytestokey: { license: 'MIT', checked: false },
  'hash-base': { license: 'MIT', checked: false },
  'hash.js': { license: 'MIT', checked: false },
  'hmac-drbg': { license: 'MIT', checked: false },
  'md5.js': { license: 'MIT', checked: false },
  'miller-rabin': { license: 'MIT', checked: false },
  'minimalistic-crypto-utils': { license: 'MIT', checked: false },
  'parse-asn1': { license: 'ISC', checked: true },
  pbkdf2: { license: 'MIT', checked: true },
  process: { license: 'MIT', checked: false },
  'public-encrypt': { license: 'MIT', checked: false },
  randombytes: { license: 'MIT', checked: false },
  randomfill: { license: 'MIT', checked: false },
  'regenerator-runtime': { license: 'MIT', checked: true },
  ripemd160: { license: 'MIT', checked: false },
  'sha.js': { license: 'MIT', checked: true },
  'stream-browserify': { license: 'MIT', checked: false },
  'timers-browserify': { license: 'MIT', checked: false },
  util: { license: 'MIT', checked: false },
};

module.exports = { classifyLicense, declaredLicense, REVIEWED, EMBEDDED };

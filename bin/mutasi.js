#!/usr/bin/env node
// The `mutasi` command. The TypeScript sources are bundled once into build/cli.cjs
// (scripts/build-cli.mjs, run by `npm ci` through "prepare" and by the npm scripts).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'build', 'cli.cjs');
if (!existsSync(bundle)) {
  require('node:child_process').execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'build-cli.mjs')], { stdio: 'inherit' });
}
require(bundle)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });

/**
 * A minimal process entry for `solveInstanceText`: `node solveMain.mjs FILE.json`. The
 * benchmark times it as a whole process against a Python script doing the same with scipy.
 */

import { readFileSync } from 'node:fs';
import { solveInstanceText } from '../../src/domain/solver/instanceJson';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node solveMain.mjs FILE.json\n');
  process.exit(2);
}
const { exitCode, lines } = solveInstanceText(readFileSync(file, 'utf8'));
(exitCode === 2 ? process.stderr : process.stdout).write(lines.join('\n') + '\n');
process.exitCode = exitCode;

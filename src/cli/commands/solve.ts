import { readFile } from 'node:fs/promises';
import { solveInstanceText } from '../../domain/solver/instanceJson';
import { UsageError, type CliArgs } from '../args';
import type { CliConsole } from '../console';
import type { ExitCode } from '../exit';

/**
 * `mutasi solve FILE.json`: solves `{"rows","cols","capacity","edges":[[i,j,w],…]}` exactly.
 * The last line printed is JSON `{"objective","assignment","bound"}`; exit 1 when infeasible.
 */
export async function solveCommand(args: CliArgs, io: CliConsole): Promise<ExitCode> {
  if (!args.file) throw new UsageError('missingFile', { file: '' });
  let text: string;
  try {
    text = await readFile(args.file, 'utf8');
  } catch {
    throw new UsageError('missingFile', { file: args.file });
  }
  const { exitCode, lines } = solveInstanceText(text);
  for (const line of lines) (exitCode === 2 ? io.err : io.out)(line);
  return exitCode;
}

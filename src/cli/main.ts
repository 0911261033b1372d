/**
 * The `mutasi` command line. Exit codes (README.md): 0 ok, 1 data errors, 2 usage
 * (including a file that is not a readable .xlsx), 3 internal failure. Users never see a
 * stack trace; input files are never modified.
 */
import { t, type Lang } from '../i18n';
import { parseCliArgs, UsageError, type CliArgs } from './args';
import { processConsole, type CliConsole } from './console';
import { decreeCommand } from './commands/decree';
import { demoCommand } from './commands/demo';
import { evaluateCommand, followupCommand } from './commands/evaluate';
import { planCommand } from './commands/plan';
import { reviewCommand } from './commands/review';
import { sampleCommand } from './commands/sample';
import { solveCommand } from './commands/solve';
import { validateCommand } from './commands/validate';
import { EXIT, type ExitCode } from './exit';

export { EXIT, type ExitCode };

export async function main(argv: readonly string[], makeConsole: (lang: Lang) => CliConsole = processConsole): Promise<ExitCode> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    const io = makeConsole(argv.includes('en') ? 'en' : 'id');
    if (error instanceof UsageError) {
      io.err(t(io.lang, `cli.usageError.${error.key}`, error.params));
      io.err('');
      io.err(t(io.lang, 'cli.usage'));
      return EXIT.usage;
    }
    throw error;
  }
  const io = makeConsole(args.lang);
  if (args.help) {
    io.out(t(io.lang, 'cli.usage'));
    return EXIT.ok;
  }
  try {
    switch (args.command) {
      case 'demo':
        return await demoCommand(args, io);
      case 'sample':
        return await sampleCommand(args, io);
      case 'validate':
        return await validateCommand(args, io);
      case 'plan':
        return await planCommand(args, io);
      case 'review':
        return await reviewCommand(args, io);
      case 'decree':
        return await decreeCommand(args, io);
      case 'evaluate':
        return await evaluateCommand(args, io);
      case 'followup':
        return await followupCommand(args, io);
      case 'solve':
        return await solveCommand(args, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(t(io.lang, `cli.usageError.${error.key}`, error.params));
      return EXIT.usage;
    }
    // No stack trace, no data: only the error's own message (never a cell value).
    io.err(t(io.lang, 'cli.internalError', { detail: error instanceof Error ? error.message : String(error) }));
    return EXIT.internal;
  }
}

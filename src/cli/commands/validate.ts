import { runPipeline } from '../../domain/pipeline';
import type { CliArgs } from '../args';
import { UsageError } from '../args';
import type { CliConsole } from '../console';
import { openWorkbook } from '../io';
import { printIssues, printSources, progressReporter } from '../report';
import { EXIT, type ExitCode } from '../exit';
import { t } from '../../i18n';

/** `mutasi validate FILE`: issues grouped by sheet with Excel row and column; exit 1 on errors. */
export async function validateCommand(args: CliArgs, io: CliConsole): Promise<ExitCode> {
  if (!args.file) throw new UsageError('missingFile', { file: '' });
  const workbook = await openWorkbook(args.file);
  const values = await workbook.readValues();
  const result = await runPipeline(values, { command: 'validate', lang: io.lang, onProgress: progressReporter(io) });
  if (result.status === 'cancelled') return EXIT.internal;
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.filter((i) => i.severity === 'warning').length;
  if (args.json) {
    io.out(
      JSON.stringify({
        status: result.status,
        errors,
        warnings,
        sources: result.sources,
        issues: result.issues,
        figures: result.status === 'ok' ? result.figures : [],
      }),
    );
  } else {
    printSources(io, result.sources);
    printIssues(io, result.issues);
    if (result.status === 'ok') {
      const figure = (key: string) => result.figures.find((f) => f.key === key)?.value ?? 0;
      io.out(
        t(io.lang, 'cli.validate.ok', {
          employees: figure('employees'),
          positions: figure('positions'),
          units: figure('units'),
          errors,
          warnings,
        }),
      );
    } else {
      io.out(t(io.lang, 'cli.validate.failed', { errors, warnings }));
    }
  }
  return result.status === 'ok' ? EXIT.ok : EXIT.dataErrors;
}

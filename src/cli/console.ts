/** Where the CLI speaks: results on stdout, progress on stderr (only when it is a terminal). */
import type { Lang } from '../i18n';

export interface CliConsole {
  readonly lang: Lang;
  out(line: string): void;
  err(line: string): void;
  /** True when stderr is a terminal, so progress lines are worth drawing. */
  readonly interactive: boolean;
}

export function processConsole(lang: Lang): CliConsole {
  return {
    lang,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    interactive: Boolean(process.stderr.isTTY),
  };
}

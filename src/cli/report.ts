/** How the CLI prints issues, progress and figures for people. */
import type { Issue } from '../domain/model/issue';
import type { Figure, SourceSummary, Stage } from '../domain/pipelineTypes';
import { renderIssue } from '../domain/input/renderIssue';
import { t, type MessageKey } from '../i18n';
import type { CliConsole } from './console';

const MAX_PER_SHEET = 50;

/** Issues grouped by sheet, in row order, each with its Excel row and column. */
export function printIssues(io: CliConsole, issues: readonly Issue[]): void {
  const bySheet = new Map<string | null, Issue[]>();
  for (const issue of issues) {
    const list = bySheet.get(issue.sheet) ?? [];
    list.push(issue);
    bySheet.set(issue.sheet, list);
  }
  for (const [sheet, list] of bySheet) {
    io.out(sheet === null ? t(io.lang, 'cli.validate.workbookHeader') : t(io.lang, 'cli.validate.sheetHeader', { sheet }));
    const sorted = [...list].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    for (const issue of sorted.slice(0, MAX_PER_SHEET)) {
      io.out(`  [${t(io.lang, `common.severity.${issue.severity}`)}] ${renderIssue(io.lang, issue)}`);
    }
    if (sorted.length > MAX_PER_SHEET) io.out(`  ${t(io.lang, 'cli.validate.more', { count: sorted.length - MAX_PER_SHEET })}`);
  }
}

export function printFigures(io: CliConsole, figures: readonly Figure[]): void {
  io.out(t(io.lang, 'cli.figures'));
  const width = Math.max(...figures.map((f) => f.label.length));
  for (const figure of figures) io.out(`  ${figure.label.padEnd(width)}  ${figure.value}`);
}

/** Progress lines on stderr, only when stderr is a terminal. */
export function progressReporter(io: CliConsole): (stage: Stage, fraction: number) => void {
  if (!io.interactive) return () => undefined;
  let last = '';
  return (stage, fraction) => {
    const line = `${t(io.lang, `cli.stage.${stage}`)} ${Math.round(fraction * 100)}%`;
    if (line !== last) io.err(line);
    last = line;
  };
}

/** Where each table was read from, so the user can check the automatic detection. */
export function printSources(io: CliConsole, sources: readonly SourceSummary[]): void {
  for (const source of sources) {
    const extra = source.extra.length === 0 ? '' : t(io.lang, 'cli.validate.sourceExtra', { columns: source.extra.join(', ') });
    io.out(
      t(io.lang, 'cli.validate.source', {
        table: t(io.lang, `cli.table.${source.table}`),
        sheet: source.sheet,
        row: source.headerRow,
        count: source.columns.length,
      }) + extra,
    );
  }
}

/**
 * Reports a run stopped by data errors and returns its exit code: a policy file that does not
 * parse is a usage problem (exit 2), anything else a data problem (exit 1).
 */
export function reportDataErrors(
  io: CliConsole,
  issues: readonly Issue[],
  options: { json: boolean; policyFile: string | null | undefined; dataErrorsKey: MessageKey },
): 1 | 2 {
  const policyOnly = issues.length > 0 && issues.every((i) => i.code.startsWith('POLICY_'));
  if (options.json) io.out(JSON.stringify({ status: policyOnly ? 'policy-errors' : 'data-errors', issues }));
  else {
    printIssues(io, issues);
    io.out(t(io.lang, policyOnly ? 'cli.plan.policyErrors' : options.dataErrorsKey, { file: options.policyFile ?? '' }));
  }
  return policyOnly ? 2 : 1;
}

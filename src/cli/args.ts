/** Command-line arguments: parsed with Node's own parseArgs, checked into a typed shape. */
import { parseArgs } from 'node:util';
import type { Lang } from '../i18n';

export const COMMANDS = ['demo', 'sample', 'validate', 'plan', 'review', 'decree', 'evaluate', 'followup', 'solve'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface CliArgs {
  readonly command: CommandName;
  readonly file: string | null;
  readonly out: string | null;
  readonly lang: Lang;
  readonly json: boolean;
  readonly policy: string | null;
  readonly date: string | null;
  readonly employees: number | null;
  readonly seed: number | null;
  readonly skipInvalidRows: boolean;
  /** `--group-by "Col A,Col B"`: extra employee columns to group by in the fairness checks. */
  readonly groupBy: readonly string[];
  /** `decree --draft`: every proposal not rejected or sent back, not only the approved ones. */
  readonly draft: boolean;
  /** `followup --replan`: re-plan exactly the placements that need action. */
  readonly replan: boolean;
  readonly help: boolean;
}

/** A file we cannot read, by what it is (src/cli/io.ts picks one). */
export type UnreadableFileKey =
  | 'unreadableFile'
  | 'unreadableOds'
  | 'unreadableXls'
  | 'unreadableXlsb'
  | 'unreadableEncrypted'
  | 'unreadableText'
  | 'unreadableNotWorkbook';

/** A usage problem: exit code 2, with a message key and its parameters. */
export class UsageError extends Error {
  constructor(
    readonly key:
      'unknownCommand' | 'missingFile' | UnreadableFileKey | 'missingOut' | 'badNumber' | 'badLang' | 'badDate' | 'badOption' | 'sameInOut',
    readonly params: Record<string, string> = {},
  ) {
    super(key);
    this.name = 'UsageError';
  }
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        policy: { type: 'string' },
        date: { type: 'string' },
        employees: { type: 'string' },
        seed: { type: 'string' },
        'skip-invalid-rows': { type: 'boolean' },
        'group-by': { type: 'string' },
        draft: { type: 'boolean' },
        replan: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (cause) {
    throw new UsageError('badOption', { detail: cause instanceof Error ? cause.message : String(cause) });
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? 'id';
  if (lang !== 'id' && lang !== 'en') throw new UsageError('badLang', { value: lang });
  const help = values.help ?? false;
  const [command, file] = positionals;
  if (command === undefined && help) return { ...defaults(lang), help: true };
  if (!COMMANDS.includes(command as CommandName)) throw new UsageError('unknownCommand', { value: command ?? '' });
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError('badDate', { value: values.date });
  return {
    command: command as CommandName,
    file: file ?? null,
    out: values.out ?? null,
    lang,
    json: values.json ?? false,
    policy: values.policy ?? null,
    date: values.date ?? null,
    employees: positiveInteger('--employees', values.employees),
    seed: positiveInteger('--seed', values.seed),
    skipInvalidRows: values['skip-invalid-rows'] ?? false,
    groupBy: (values['group-by'] ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== ''),
    draft: values.draft ?? false,
    replan: values.replan ?? false,
    help,
  };
}

function defaults(lang: Lang): CliArgs {
  return {
    command: 'demo',
    file: null,
    out: null,
    lang,
    json: false,
    policy: null,
    date: null,
    employees: null,
    seed: null,
    skipInvalidRows: false,
    groupBy: [],
    draft: false,
    replan: false,
    help: false,
  };
}

function positiveInteger(option: string, raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new UsageError('badNumber', { option, value: raw });
  return n;
}

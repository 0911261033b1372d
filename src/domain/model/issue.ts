/**
 * Problems are data (after zod): a code, where it is, and the parameters its
 * message needs. Words come from the i18n catalogs (`messageOf`), so the same issue
 * reads in Indonesian or English without re-running anything.
 */

import type { IssueCode } from './issueCodes';

export type { IssueCode } from './issueCodes';

export type Severity = 'error' | 'warning' | 'info';

export interface Issue {
  /** Stable machine code (e.g. `NIP_DUPLICATE`); its words are found by `messageOf` in `src/i18n`. */
  readonly code: IssueCode;
  readonly severity: Severity;
  /** Sheet name as the user sees it; null for workbook-level issues. */
  readonly sheet: string | null;
  /** Excel row number as the user sees it (1-based); null when not tied to a row. */
  readonly row: number | null;
  /** Column header text as found in the sheet (or the field's canonical name when missing). */
  readonly column: string | null;
  /** The offending cell value rendered as text, when there is one. */
  readonly value: string | null;
  readonly params: Readonly<Record<string, string | number>>;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

/** Builds an issue with empty defaults, so call sites only name what they know. */
export function issue(
  code: IssueCode,
  severity: Severity,
  where: { sheet?: string | null; row?: number | null; column?: string | null; value?: string | null } = {},
  params: Record<string, string | number> = {},
): Issue {
  return {
    code,
    severity,
    sheet: where.sheet ?? null,
    row: where.row ?? null,
    column: where.column ?? null,
    value: where.value ?? null,
    params,
  };
}

export const hasErrors = (issues: readonly Issue[]): boolean => issues.some((i) => i.severity === 'error');

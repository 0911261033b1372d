/**
 * A rule's finding as data: a code (its words live in `rules.<code>`) and the numbers and
 * names its message needs.
 */
export interface RuleNote {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Builds a rule note. */
export const note = (code: string, params: Record<string, string | number> = {}): RuleNote => ({ code, params });

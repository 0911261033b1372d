/**
 * A rule's finding as data: a code (its words live in `rules.<code>`) and the numbers and
 * names its message needs.
 */
export interface RuleNote<C extends string = string> {
  readonly code: C;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Builds a rule note. */
export const note = <C extends string>(code: C, params: Record<string, string | number> = {}): RuleNote<C> => ({ code, params });

/** Exit codes (README.md, Command line): 0 ok, 1 data errors, 2 usage, 3 internal failure. */
export const EXIT = { ok: 0, dataErrors: 1, usage: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

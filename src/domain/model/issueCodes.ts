/**
 * Every code an {@link Issue} can carry, in one typed union (`IssueCode`), listed by the part
 * of the engine that emits it. The lists live on the ground floor so that `Issue` itself is
 * typed; each part re-exports its own list. Every code has an Indonesian and an English
 * message (`issue.`, `values.` or `rules.<code>`); `src/domain/input/renderIssue.test.ts`
 * keeps the lists and the catalogs in step.
 */

/** Codes of the table layer of the input (finding tables, reading rows, across tables); messages under `issue.<code>`. */
export const INPUT_ISSUE_CODES = [
  // Finding the tables (detectTables)
  'NO_EMPLOYEE_SHEET',
  'NO_POSITION_SHEET',
  'HEADER_NOT_FOUND',
  'OVERRIDE_SHEET_NOT_FOUND',
  'TABLES_SHARE_SHEET',
  'MISSING_COLUMN',
  'MISSING_POSITION_COLUMN',
  'DUPLICATE_COLUMN',
  'OVERRIDE_COLUMN_NOT_FOUND',
  // Reading rows
  'ROW_NOT_RECORD',
  'MISSING_VALUE',
  'MISSING_POSITION_VALUE',
  'GENDER_UNKNOWN',
  'NIP_GENDER_MISMATCH',
  'NIP_BIRTH_MISMATCH',
  'NIP_PPPK_STATUS',
  'GOLONGAN_PPPK_IGNORED',
  'TMT_BEFORE_BIRTH',
  'KELAS_OUT_OF_RANGE',
  'ESELON_UNKNOWN',
  'FORMASI_NOT_POSITIVE',
  'GOLONGAN_RANGE',
  'NUMBER_NEGATIVE',
  // Across tables
  'NIP_DUPLICATE',
  'POSITION_CODE_DUPLICATE',
  'UNIT_DUPLICATE',
  'POSITION_NOT_FOUND',
  'POSITION_ROW_INVALID',
  'POSITION_NAME_NOT_FOUND',
  'POSITION_AMBIGUOUS',
  'POSITION_NAME_MISMATCH',
  'UNIT_MISMATCH',
  'PILIHAN_UNKNOWN',
  'UNIT_AVOID_UNKNOWN',
  'FORMASI_SURPLUS',
  'UNIT_NOT_IN_UNIT_SHEET',
  'UNIT_WITHOUT_POSITIONS',
  // The outcome
  'ROW_EXCLUDED',
  'TABLE_EMPTY',
  // Reading a reviewed proposals sheet (reviewedProposals)
  'REVIEW_SHEET_NOT_FOUND',
  'REVIEW_HEADER_NOT_FOUND',
  'REVIEW_COLUMN_MISSING',
  'REVIEW_ROW_INCOMPLETE',
  'REVIEW_DECISION_UNKNOWN',
  // Reading the approved moves for the decree appendix (decree.ts)
  'DECREE_NO_PROPOSALS',
  'DECREE_NO_MOVES',
  'DECREE_UNKNOWN_NIP',
  'DECREE_UNKNOWN_POSITION',
  // Reading the approved moves and the filled evaluation forms (evaluation.ts, evaluationForms)
  'EVALUATION_NO_APPROVED',
  'EVALUATION_SHEET_NOT_FOUND',
  'EVALUATION_HEADER_NOT_FOUND',
  'EVALUATION_VALUE_UNKNOWN',
  'EVALUATION_NOT_NUMBER',
  'EVALUATION_OUT_OF_RANGE',
  'EVALUATION_UNKNOWN_NIP',
  'EVALUATION_UNKNOWN_POSITION',
  'IKM_ANSWER_INVALID',
] as const;

export type InputIssueCode = (typeof INPUT_ISSUE_CODES)[number];

/** Every code a value parser can return; each has a message in `i18n/{id,en}/values.json`. */
export const VALUE_CODES = [
  'CELL_FORMULA_ERROR',
  'NIP_AS_NUMBER',
  'NIP_NOT_DIGITS',
  'NIP_LENGTH',
  'NIP_BIRTH_DATE',
  'NIP_CPNS_MONTH',
  'NIP_CPNS_YEAR',
  'NIP_GENDER_DIGIT',
  'DATE_UNREADABLE',
  'DATE_MONTH_NAME',
  'DATE_IMPOSSIBLE',
  'DATE_MONTH_FIRST',
  'DATE_TWO_DIGIT_YEAR',
  'DATE_OUT_OF_RANGE',
  'GOLONGAN_UNKNOWN',
  'GOLONGAN_MISMATCH',
  'PENDIDIKAN_UNKNOWN',
  'YESNO_UNKNOWN',
  'NUMBER_UNREADABLE',
  'NUMBER_NOT_INTEGER',
  'PREDIKAT_UNKNOWN',
  'POTENSI_UNKNOWN',
  'HUKDIS_UNKNOWN',
  'JENIS_JABATAN_UNKNOWN',
  'PRIORITAS_UNKNOWN',
  'STATUS_UNKNOWN',
] as const;
export type ValueCode = (typeof VALUE_CODES)[number];

/** Issue codes of policy parsing; messages under `rules.<code>`. */
export const POLICY_ISSUE_CODES = [
  'POLICY_NOT_JSON',
  'POLICY_EXPECTED_OBJECT',
  'POLICY_UNKNOWN_KEY',
  'POLICY_EXPECTED_BOOLEAN',
  'POLICY_EXPECTED_INTEGER',
  'POLICY_EXPECTED_NUMBER',
  'POLICY_EXPECTED_DATE',
  'POLICY_EXPECTED_LIST',
  'POLICY_EXPECTED_TEXT',
  'POLICY_UNKNOWN_VALUE',
  'POLICY_VERSION',
  'POLICY_ELECTION_WINDOW_MISSING',
  'POLICY_ELECTION_WINDOW_ORDER',
  'POLICY_WEIGHTS_TOO_LARGE',
  'POLICY_ROTATION_ALONE',
] as const;
export type PolicyIssueCode = (typeof POLICY_ISSUE_CODES)[number];

/** Codes of the election freeze, a plan-level warning (messages under `rules.<code>`). */
export const ELECTION_FREEZE_CODES = ['ELECTION_FREEZE', 'INAUGURATION_FREEZE'] as const;
export type ElectionFreezeCode = (typeof ELECTION_FREEZE_CODES)[number];

/** Codes of the solver's own input checks (a programming error, never the user's data); messages under `solver.<code>`. */
export const SOLVER_INPUT_CODES = [
  'SOLVER_ROWS_INVALID',
  'SOLVER_COLS_INVALID',
  'SOLVER_CAPACITY_LENGTH',
  'SOLVER_CAPACITY_INVALID',
  'SOLVER_EDGE_ARRAYS_LENGTH',
  'SOLVER_EDGE_ROW_RANGE',
  'SOLVER_EDGE_COL_RANGE',
  'SOLVER_EDGE_WEIGHT_INVALID',
  'SOLVER_EDGE_DUPLICATE',
  'SOLVER_GROUP_COLUMNS_LENGTH',
  'SOLVER_GROUP_INDEX_RANGE',
  'SOLVER_GROUP_TAIL_LENGTH',
  'SOLVER_GROUP_MARGINAL_INVALID',
  'SOLVER_GROUP_NOT_CONCAVE',
  'SOLVER_GROUP_TAIL_INVALID',
  'SOLVER_GROUP_TAIL_ABOVE_MARGINAL',
] as const;
export type SolverInputCode = (typeof SOLVER_INPUT_CODES)[number];

/** Every issue code, in one list. */
export const ISSUE_CODES = [
  ...INPUT_ISSUE_CODES,
  ...VALUE_CODES,
  ...POLICY_ISSUE_CODES,
  ...ELECTION_FREEZE_CODES,
  ...SOLVER_INPUT_CODES,
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

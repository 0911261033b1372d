/**
 * Every issue code the table layer of the input emits (value-parser codes are listed in
 * values/result.ts). Each has a message in i18n/{id,en}/issue.json; a test keeps this
 * list, the sources and the catalogs in step.
 */
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
] as const;

export type InputIssueCode = (typeof INPUT_ISSUE_CODES)[number];

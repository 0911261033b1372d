/**
 * Every issue code the table layer of the input emits (value-parser codes are listed in
 * values/result.ts). Each has a message in i18n/{id,en}/issue.json; a test keeps this
 * list, the sources and the catalogs in step.
 */
export { INPUT_ISSUE_CODES, type InputIssueCode } from '../model/issueCodes';

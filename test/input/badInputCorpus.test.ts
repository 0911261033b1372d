/**
 * The bad-input corpus (test/fixtures/README.md): each fixture is the clean base workbook with
 * one defect and names the issue codes it must produce. Every expected code must appear,
 * and no error other than the expected ones may appear.
 */
import { readInput } from '../../src/domain/input/readInput';
import { renderIssue } from '../../src/domain/input/renderIssue';
import { fixturesIn, workbookOf } from './loadFixture';

const corpus = fixturesIn('bad-input');

describe('bad-input corpus', () => {
  it('has at least 40 fixtures, each expecting at least one code', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    for (const [, fixture] of corpus) expect(fixture.expect.length).toBeGreaterThan(0);
  });

  it.each(corpus)('%s yields its expected codes and no other errors', (_name, fixture) => {
    const result = readInput(workbookOf(fixture));
    const codes = new Set<string>(result.issues.map((i) => i.code));
    const unexpectedErrors = result.issues
      .filter((i) => i.severity === 'error' && !fixture.expect.includes(i.code))
      .map((i) => renderIssue('en', i));
    expect({ missing: fixture.expect.filter((c) => !codes.has(c)), unexpectedErrors }).toEqual({ missing: [], unexpectedErrors: [] });
    const hasError = result.issues.some((i) => i.severity === 'error');
    expect(result.tables === null).toBe(hasError);
  });

  it.each(corpus)('%s renders every issue in both languages with all placeholders filled', (_name, fixture) => {
    for (const found of readInput(workbookOf(fixture)).issues) {
      for (const lang of ['id', 'en'] as const) {
        const text = renderIssue(lang, found);
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text).not.toMatch(/^(?:issue|values)\./);
      }
    }
  });
});

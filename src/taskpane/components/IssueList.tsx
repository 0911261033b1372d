/**
 * Data issues grouped by sheet, each with its Excel row and column and the words of its
 * code in the chosen language (the engine's `issueMessage`, rendered at display time). In Office mode a row can be shown in the sheet. Each sheet
 * is a native disclosure (details/summary): keyboard-operable with no script.
 */
import { Badge, Caption1, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Issue, Severity } from '../../domain/model/issue';
import { issueMessage } from '../../domain/input/renderIssue';
import { t as translate } from '../../i18n';
import { useLang, useT } from '../useT';

const MAX_PER_SHEET = 100;

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalS },
  summary: {
    cursor: 'pointer',
    padding: `${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  line: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'baseline' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
});

const SEVERITY_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

/** Issues by sheet name, in first-seen order; workbook-level issues under null. */
export function groupBySheet(issues: readonly Issue[]): [string | null, Issue[]][] {
  const groups = new Map<string | null, Issue[]>();
  for (const issue of issues) {
    const list = groups.get(issue.sheet) ?? [];
    list.push(issue);
    groups.set(issue.sheet, list);
  }
  return [...groups.entries()];
}

export interface IssueListProps {
  issues: readonly Issue[];
  onSelectRow?: ((sheet: string, row: number) => void) | undefined;
}

export function IssueList({ issues, onSelectRow }: IssueListProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  return (
    <div data-testid="issue-list">
      {groupBySheet(issues).map(([sheet, list]) => (
        // A sheet's list starts open only when it holds errors: warnings alone stay one line.
        <details
          key={sheet ?? ''}
          className={styles.group}
          open={list.some((issue) => issue.severity === 'error')}
          data-sheet={sheet ?? ''}
        >
          <summary className={styles.summary}>
            {sheet ?? t('ui.issues.workbook')} <Caption1>({t('ui.issues.count', { count: list.length })})</Caption1>
          </summary>
          <ul className={styles.list}>
            {list.slice(0, MAX_PER_SHEET).map((issue, i) => (
              <li key={i} className={styles.item}>
                <div className={styles.line}>
                  <Badge className={styles.badge} size="small" appearance="tint" color={SEVERITY_COLOR[issue.severity]}>
                    {translate(lang, `common.severity.${issue.severity}`)}
                  </Badge>
                  <Text size={200}>{issueMessage(lang, issue)}</Text>
                </div>
                <Caption1>
                  {where(t, issue)}
                  {issue.value !== null ? ` · ${t('ui.issues.value', { value: issue.value })}` : ''}
                </Caption1>
                {onSelectRow && issue.sheet !== null && issue.row !== null ? (
                  <>
                    {' '}
                    <Link as="button" data-testid="select-issue" onClick={() => onSelectRow(issue.sheet ?? '', issue.row ?? 1)}>
                      {t('ui.issues.select', { row: issue.row, sheet: issue.sheet })}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          {list.length > MAX_PER_SHEET ? <Caption1>{t('ui.issues.more', { count: list.length - MAX_PER_SHEET })}</Caption1> : null}
        </details>
      ))}
    </div>
  );
}

function where(t: ReturnType<typeof useT>, issue: Issue): string {
  if (issue.row !== null && issue.column !== null) return t('ui.issues.rowColumn', { row: issue.row, column: issue.column });
  if (issue.row !== null) return t('ui.issues.row', { row: issue.row });
  if (issue.column !== null) return t('ui.issues.column', { column: issue.column });
  return '';
}

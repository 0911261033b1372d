/**
 * Step 1 (Data): choose the workbook (preview) or use the open one (Office), check it,
 * and read the issues by sheet, row and column.
 */
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import type { PaneHost } from '../host/paneHost';
import type { PaneState } from '../state/paneState';
import type { PaneActions } from '../usePaneController';
import { useT } from '../useT';
import { IssueList } from './IssueList';
import { MappingPanel } from './MappingPanel';
import { SourcePicker } from './SourcePicker';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export function DataStep({ state, actions, host }: { state: PaneState; actions: PaneActions; host: PaneHost }) {
  const styles = useStyles();
  const t = useT();
  const busy = state.running !== null || state.sample?.state === 'inserting';
  const canValidate = !busy && (host.mode === 'office' || state.source !== null);
  const issues = state.validation?.issues ?? null;
  const count = (severity: string) => issues?.filter((issue) => issue.severity === severity).length ?? 0;

  return (
    <div className={styles.stack}>
      <Text>{host.mode === 'office' ? t('ui.data.intro.office') : t('ui.data.intro.preview')}</Text>
      {host.mode === 'preview' ? (
        <SourcePicker
          source={state.source}
          disabled={busy}
          onFile={(file) => void actions.chooseFile(file)}
          onSample={actions.chooseSample}
        />
      ) : (
        <div className={styles.row}>
          <Button disabled={busy} onClick={() => void actions.insertSample()}>
            {t('ui.source.sample')}
          </Button>
          {state.sample?.state === 'inserting' ? <Spinner size="tiny" label={t('ui.sample.inserting')} /> : null}
          {state.sample?.state === 'inserted' ? (
            <Caption1>{t('ui.sample.inserted', { names: state.sample.names.join(', ') })}</Caption1>
          ) : null}
        </div>
      )}
      <div className={styles.row}>
        <Button
          appearance={host.mode === 'office' ? 'primary' : 'secondary'}
          disabled={!canValidate}
          onClick={() => void actions.run('validate')}
        >
          {t('ui.data.validate')}
        </Button>
        {state.running?.command === 'validate' ? <Spinner size="tiny" label={t('ui.status.running')} /> : null}
      </div>
      {issues !== null ? (
        <div data-testid="validation-result">
          <MessageBar intent={count('error') > 0 ? 'warning' : 'success'} data-testid="validation-summary">
            <MessageBarBody>
              {issues.length === 0
                ? t('ui.data.noIssues')
                : t('ui.data.summary', { errors: count('error'), warnings: count('warning'), infos: count('info') })}
            </MessageBarBody>
          </MessageBar>
          <IssueList issues={issues} onSelectRow={host.selectRow ? actions.selectRow : undefined} />
        </div>
      ) : null}
      <MappingPanel state={state} actions={actions} />
    </div>
  );
}

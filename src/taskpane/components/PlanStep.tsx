/**
 * Step 4 (Rencana): run the plan in the worker with progress and Cancel, then show the key
 * figures, the fairness checks, the proposals, the new sheets and (preview mode) the
 * result file to download.
 */
import { Button, Caption1, Checkbox, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import type { SheetModel } from '../../domain/output/sheetModel';
import type { PaneHost } from '../host/paneHost';
import type { PaneState } from '../state/paneState';
import { checkDraft } from '../state/policyDraft';
import type { PaneActions } from '../usePaneController';
import { useT } from '../useT';
import { FairnessList } from './FairnessList';
import { FigureGrid } from './FigureGrid';
import { OutcomeHeading } from './OutcomeHeading';
import { ProposalList } from './ProposalList';
import { RunProgress } from './RunProgress';
import { WrittenSheets } from './WrittenSheets';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  heading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export function PlanStep({ state, actions, host }: { state: PaneState; actions: PaneActions; host: PaneHost }) {
  const styles = useStyles();
  const t = useT();
  const planning = state.running?.command === 'plan';
  const needsSource = host.mode === 'preview' && state.source === null;
  const outcome = state.plan;
  const result = outcome?.result ?? null;
  const policyOk = checkDraft(state.policy).ok;
  const policyErrors = result?.status === 'data-errors' && result.issues.some((issue) => issue.code.startsWith('POLICY_'));

  return (
    <div className={styles.stack}>
      <Text>{t('ui.plan.intro')}</Text>
      {needsSource ? <Caption1>{t('ui.plan.needsSource')}</Caption1> : null}
      {!policyOk ? <Caption1 data-testid="plan-policy-invalid">{t('ui.plan.policyInvalid')}</Caption1> : null}
      <Checkbox
        checked={state.skipInvalidRows}
        disabled={state.running !== null}
        onChange={(_, data) => actions.setSkipInvalidRows(data.checked === true)}
        label={t('ui.plan.skipInvalid')}
      />
      <div className={styles.row}>
        <Button appearance="primary" disabled={state.running !== null || needsSource || !policyOk} onClick={() => void actions.run('plan')}>
          {t('ui.plan.run')}
        </Button>
        <Button disabled={!planning || state.running?.cancelling === true} onClick={actions.cancel}>
          {state.running?.cancelling ? t('ui.plan.cancelling') : t('ui.plan.cancel')}
        </Button>
      </div>
      {state.planProgress ? <RunProgress progress={state.planProgress} finished={result?.status === 'ok'} /> : null}
      {result?.status === 'cancelled' ? (
        <MessageBar intent="info">
          <MessageBarBody>
            <OutcomeHeading>{t('ui.plan.cancelled')}</OutcomeHeading>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result?.status === 'data-errors' ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <OutcomeHeading>{policyErrors ? t('ui.plan.policyErrors') : t('ui.plan.dataErrors')}</OutcomeHeading>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result?.status === 'ok' && outcome ? (
        <div className={styles.stack} data-testid="plan-result">
          <MessageBar intent="success">
            <MessageBarBody>
              <OutcomeHeading testId="plan-outcome-heading">{t('ui.plan.done')}</OutcomeHeading>
            </MessageBarBody>
          </MessageBar>
          <h3 className={styles.heading}>{t('ui.plan.figures')}</h3>
          <FigureGrid figures={result.figures} />
          {result.fairness ? (
            <>
              <h3 className={styles.heading}>{t('ui.fairness.title')}</h3>
              <FairnessList checks={result.fairness} />
            </>
          ) : null}
          {result.proposals ? (
            <>
              <h3 className={styles.heading}>{t('ui.proposals.title', { count: result.proposals.items.length })}</h3>
              <ProposalList
                items={result.proposals.items}
                sheet={writtenName(outcome.sheetNames, result.sheets, result.proposals.sheet)}
                onSelect={
                  host.selectRow && outcome.sheetNames.length > 0
                    ? (row) => actions.selectRow(writtenName(outcome.sheetNames, result.sheets, result.proposals?.sheet ?? ''), row)
                    : undefined
                }
              />
            </>
          ) : null}
          <WrittenSheets
            mode={host.mode}
            names={visibleSheetNames(outcome.sheetNames, result.sheets)}
            download={outcome.download}
            preparing={state.pendingFile?.slot === 'plan'}
            notes={outcome.notes}
            downloadLabel={t('ui.plan.download')}
            testId="new-sheets"
          />
        </div>
      ) : null}
    </div>
  );
}

/** Names actually used (or planned, when nothing was written), without the hidden sheets. */
function visibleSheetNames(written: readonly string[], models: readonly SheetModel[]): string[] {
  const names = written.length > 0 ? written : models.map((model) => model.name);
  return names.filter((_, i) => models[i]?.hidden !== true);
}

/** The name a sheet model got in the workbook (a taken name gets " (2)"). */
function writtenName(written: readonly string[], models: readonly SheetModel[], name: string): string {
  const index = models.findIndex((model) => model.name === name);
  return written[index] ?? name;
}

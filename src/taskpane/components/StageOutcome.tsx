/**
 * What every one of stages 5-8 shows after it ran: progress while it runs, then "cancelled",
 * the engine's own messages when the stage could not run (e.g. no Usulan Mutasi yet), or
 * the stage's own view, its key figures, messages, the sheets written and (preview mode)
 * the workbook to download. The outcome starts with a heading that takes the focus when the
 * run ends (OutcomeHeading.tsx).
 */
import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { PaneHost, StageRunOutcome } from '../host/paneHost';
import type { PaneState, StageSlot } from '../state/paneState';
import { useT } from '../useT';
import { FigureGrid } from './FigureGrid';
import { IssueList } from './IssueList';
import { OutcomeHeading } from './OutcomeHeading';
import { RunProgress } from './RunProgress';
import { WrittenSheets } from './WrittenSheets';

export const useStageStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  heading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

export interface StageOutcomeProps {
  readonly slot: StageSlot;
  readonly state: PaneState;
  readonly host: PaneHost;
  /** The success line. */
  readonly done: string;
  /** The stage's own view of a successful run (counts, flagged placements). */
  readonly children?: ReactNode;
}

export function StageOutcome({ slot, state, host, done, children }: StageOutcomeProps) {
  const styles = useStageStyles();
  const t = useT();
  const running = state.running?.command === slot ? state.running : null;
  const outcome = running ? null : (state.stages[slot] ?? null);
  const result = outcome?.result ?? null;
  return (
    <div className={styles.stack} data-testid={`stage-${slot}`}>
      {running ? <RunProgress progress={running.progress} finished={false} /> : null}
      {result?.status === 'cancelled' ? (
        <MessageBar intent="info">
          <MessageBarBody>
            <OutcomeHeading>{t('ui.stageRun.cancelled')}</OutcomeHeading>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result?.status === 'data-errors' ? (
        <div className={styles.stack} data-testid={`stage-${slot}-errors`}>
          <MessageBar intent="warning">
            <MessageBarBody>
              <OutcomeHeading>{t('ui.stageRun.dataErrors')}</OutcomeHeading>
            </MessageBarBody>
          </MessageBar>
          <IssueList issues={result.issues} />
        </div>
      ) : null}
      {result?.status === 'ok' && outcome ? (
        <div className={styles.stack} data-testid={`stage-${slot}-result`}>
          <MessageBar intent="success">
            <MessageBarBody>
              <OutcomeHeading testId={`stage-${slot}-heading`}>{done}</OutcomeHeading>
            </MessageBarBody>
          </MessageBar>
          {children}
          <Written outcome={outcome} host={host} preparing={state.pendingFile?.slot === slot} />
        </div>
      ) : null}
    </div>
  );
}

/** Figures, messages, the sheets written and the download of a successful stage. */
function Written({ outcome, host, preparing }: { outcome: StageRunOutcome; host: PaneHost; preparing: boolean }) {
  const styles = useStageStyles();
  const t = useT();
  const { result } = outcome;
  if (result.status !== 'ok') return null;
  const names = (outcome.sheetNames.length > 0 ? outcome.sheetNames : result.sheets.map((sheet) => sheet.name)).filter(
    (_, i) => result.sheets[i]?.hidden !== true,
  );
  return (
    <>
      {result.figures.length > 0 ? (
        <>
          <h3 className={styles.heading}>{t('ui.plan.figures')}</h3>
          <FigureGrid figures={result.figures} />
        </>
      ) : null}
      {result.issues.length > 0 ? (
        <>
          <h3 className={styles.heading}>{t('ui.stageRun.issues')}</h3>
          <IssueList issues={result.issues} />
        </>
      ) : null}
      <WrittenSheets
        mode={host.mode}
        names={names}
        download={outcome.download}
        preparing={preparing}
        notes={outcome.notes}
        downloadLabel={t('ui.stageRun.download')}
        testId="stage-sheets"
      />
    </>
  );
}

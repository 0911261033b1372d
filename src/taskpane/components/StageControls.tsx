/**
 * The top of each of stages 5-8: what it does, which workbook it reads (preview mode: the
 * round's latest result, else the one opened), its run button (waiting for the last result file
 * while it is written) and Cancel.
 */
import { Button, Caption1, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { PaneHost } from '../host/paneHost';
import type { PaneState, StageSlot } from '../state/paneState';
import type { PaneActions } from '../usePaneController';
import { useT } from '../useT';
import { useStageStyles } from './StageOutcome';

export interface StageControlsProps {
  readonly slot: StageSlot;
  readonly state: PaneState;
  readonly actions: PaneActions;
  readonly host: PaneHost;
  readonly intro: string;
  readonly label: string;
  /** Choices shown above the button (SK's draft switch). */
  readonly children?: ReactNode;
  readonly onRun: () => void;
}

export function StageControls({ slot, state, actions, host, intro, label, children, onRun }: StageControlsProps) {
  const styles = useStageStyles();
  const t = useT();
  const source = state.working ?? state.source;
  const needsSource = host.mode === 'preview' && source === null;
  // The stage reads the round's workbook: in preview mode it waits for the last result file.
  const waiting = host.mode === 'preview' && state.pendingFile !== null;
  const mine = state.running?.command === slot;
  return (
    <>
      <Text>{intro}</Text>
      {needsSource ? <Caption1>{t('ui.plan.needsSource')}</Caption1> : null}
      {waiting ? <Caption1 data-testid={`stage-${slot}-waits`}>{t('ui.stageRun.waitFile')}</Caption1> : null}
      {source?.kind === 'file' && !waiting ? (
        <Caption1 data-testid={`stage-${slot}-reads`}>{t('ui.stageRun.reads', { name: source.name })}</Caption1>
      ) : null}
      {host.mode === 'office' ? <Caption1>{t('ui.stageRun.readsOpen')}</Caption1> : null}
      {children}
      <div className={styles.row}>
        <Button appearance="primary" disabled={state.running !== null || needsSource || waiting} onClick={onRun}>
          {label}
        </Button>
        {mine ? (
          <Button disabled={state.running?.cancelling === true} onClick={actions.cancel}>
            {state.running?.cancelling ? t('ui.plan.cancelling') : t('ui.plan.cancel')}
          </Button>
        ) : null}
      </div>
    </>
  );
}

/** Step 7 (Evaluasi): the supervisors' evaluation forms and the IKM survey of the service units touched. */
import type { PaneHost } from '../host/paneHost';
import type { PaneState } from '../state/paneState';
import type { PaneActions } from '../usePaneController';
import { useT } from '../useT';
import { StageControls } from './StageControls';
import { StageOutcome, useStageStyles } from './StageOutcome';

export function EvaluateStep({ state, actions, host }: { state: PaneState; actions: PaneActions; host: PaneHost }) {
  const styles = useStageStyles();
  const t = useT();
  return (
    <div className={styles.stack}>
      <StageControls
        slot="evaluate"
        state={state}
        actions={actions}
        host={host}
        intro={t('ui.evaluate.intro')}
        label={t('ui.evaluate.run')}
        onRun={() => void actions.runStage('evaluate')}
      />
      <StageOutcome slot="evaluate" state={state} host={host} done={t('ui.evaluate.done')} />
    </div>
  );
}

/**
 * Step 6 (SK & Implementasi): Lampiran SK, Pemberitahuan and Dampak Layanan from the newest
 * reviewed Usulan Mutasi — the approved rows, or (draft) every row not rejected or revised.
 */
import { Switch } from '@fluentui/react-components';
import { useState } from 'react';
import type { PaneHost } from '../host/paneHost';
import type { PaneState } from '../state/paneState';
import type { PaneActions } from '../usePaneController';
import { useT } from '../useT';
import { StageControls } from './StageControls';
import { StageOutcome, useStageStyles } from './StageOutcome';

export function DecreeStep({ state, actions, host }: { state: PaneState; actions: PaneActions; host: PaneHost }) {
  const styles = useStageStyles();
  const t = useT();
  const [draft, setDraft] = useState(false);
  return (
    <div className={styles.stack}>
      <StageControls
        slot="decree"
        state={state}
        actions={actions}
        host={host}
        intro={t('ui.decree.intro')}
        label={t('ui.decree.run')}
        onRun={() => void actions.runStage('decree', { draft })}
      >
        <Switch
          checked={draft}
          disabled={state.running !== null}
          onChange={(_, data) => setDraft(data.checked)}
          label={t('ui.decree.draft')}
          data-testid="decree-draft"
        />
      </StageControls>
      <StageOutcome slot="decree" state={state} host={host} done={t('ui.decree.done')} />
    </div>
  );
}

/**
 * The eight steps of the workflow (docs/pane.md) as an accordion: each header is a real button with the step's
 * number, name and state; Data and Rencana start open. A closed step's panel is not
 * rendered at all (Fluent marks a closing panel `inert`, which React 18 does not know).
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { PaneHost } from '../host/paneHost';
import { STEP_IDS, type PaneState, type StepId } from '../state/paneState';
import { stepStatus } from '../state/paneSteps';
import type { PaneActions } from '../usePaneController';
import { useT } from '../useT';
import { DataStep } from './DataStep';
import { NeedsStep } from './NeedsStep';
import { PolicyStep } from './PolicyStep';
import { PlanStep } from './PlanStep';
import { StatusBadge } from './StatusBadge';
import { DecreeStep } from './DecreeStep';
import { EvaluateStep } from './EvaluateStep';
import { FollowUpStep } from './FollowUpStep';
import { ReviewStep } from './ReviewStep';

const useStyles = makeStyles({
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold },
  panel: { paddingBottom: tokens.spacingVerticalM },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

export function StepList({ state, actions, host }: { state: PaneState; actions: PaneActions; host: PaneHost }) {
  const styles = useStyles();
  const t = useT();
  const [open, setOpen] = useState<readonly StepId[]>(['data', 'rencana']);
  return (
    <nav aria-label={t('ui.steps.label')}>
      <Accordion multiple collapsible openItems={[...open]} onToggle={(_, data) => setOpen(data.openItems as StepId[])}>
        {STEP_IDS.map((step, i) => (
          <AccordionItem key={step} value={step} className={styles.item} data-step={step}>
            <AccordionHeader as="h2" size="medium">
              <span className={styles.header}>
                <span className={styles.name}>
                  {i + 1}. {t(`ui.step.${step}`)}
                </span>
                <StatusBadge status={stepStatus(state, step)} />
              </span>
            </AccordionHeader>
            {open.includes(step) ? <AccordionPanel className={styles.panel}>{panel(step, state, actions, host)}</AccordionPanel> : null}
          </AccordionItem>
        ))}
      </Accordion>
    </nav>
  );
}

function panel(step: StepId, state: PaneState, actions: PaneActions, host: PaneHost) {
  if (step === 'data') return <DataStep state={state} actions={actions} host={host} />;
  if (step === 'kebutuhan') return <NeedsStep state={state} />;
  if (step === 'kebijakan') return <PolicyStep state={state} actions={actions} host={host} />;
  if (step === 'rencana') return <PlanStep state={state} actions={actions} host={host} />;
  if (step === 'tinjauan') return <ReviewStep state={state} actions={actions} host={host} />;
  if (step === 'sk') return <DecreeStep state={state} actions={actions} host={host} />;
  if (step === 'evaluasi') return <EvaluateStep state={state} actions={actions} host={host} />;
  return <FollowUpStep state={state} actions={actions} host={host} />;
}

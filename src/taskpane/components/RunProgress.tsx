/** Progress over the engine's stages (reading … writing), announced politely to readers. */
import { Field, ProgressBar } from '@fluentui/react-components';
import { STAGES } from '../../domain/pipelineTypes';
import type { Progress } from '../state/paneState';
import { overallFraction } from '../state/paneSteps';
import { useT } from '../useT';

export function RunProgress({ progress, finished }: { progress: Progress; finished: boolean }) {
  const t = useT();
  const value = finished ? 1 : overallFraction(progress);
  const n = STAGES.indexOf(progress.stage) + 1;
  const hint = finished
    ? t('ui.progress.done')
    : t('ui.progress.stage', { n, total: STAGES.length, stage: t(`ui.stage.${progress.stage}`) });
  return (
    <Field label={t('ui.progress.label')} hint={{ children: hint, 'aria-live': 'polite' }} data-testid="run-progress">
      <ProgressBar value={value} max={1} thickness="large" aria-valuetext={hint} data-testid="progress-bar" />
    </Field>
  );
}

/** A step's state as a small badge with words (colour is never the only signal). */
import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { StepStatus } from '../state/paneSteps';
import { useT } from '../useT';

const COLOR: Record<StepStatus, NonNullable<BadgeProps['color']>> = {
  todo: 'informative',
  running: 'brand',
  done: 'success',
  ready: 'success',
  attention: 'warning',
  unavailable: 'informative',
};

export function StatusBadge({ status }: { status: StepStatus }) {
  const t = useT();
  return (
    <Badge
      appearance={status === 'unavailable' || status === 'ready' ? 'tint' : status === 'todo' ? 'outline' : 'filled'}
      color={COLOR[status]}
      data-status={status}
    >
      {t(`ui.status.${status}`)}
    </Badge>
  );
}

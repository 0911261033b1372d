/** A failed run or file, in words; the technical detail (never cell values) below. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PaneError } from '../state/paneState';
import { useT } from '../useT';

export function ErrorBar({ error }: { error: PaneError | null }) {
  const t = useT();
  if (!error) return null;
  return (
    <MessageBar intent="error" role="alert" data-testid="pane-error">
      <MessageBarBody>
        <MessageBarTitle>{t('ui.error.title')}</MessageBarTitle> {t(`ui.error.${error.code}`)}{' '}
        {error.detail ? t('ui.error.detail', { detail: error.detail }) : null}
      </MessageBarBody>
    </MessageBar>
  );
}

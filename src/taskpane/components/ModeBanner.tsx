/** Tells the user where the pane runs: connected to Excel, or preview mode (and why). */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { HostInfo } from '../host/detectHost';
import { useT } from '../useT';

export function ModeBanner({ info }: { info: HostInfo }) {
  const t = useT();
  if (info.mode === 'office') {
    return (
      <MessageBar intent="success" data-testid="mode-office">
        <MessageBarBody>
          <MessageBarTitle>{t('ui.mode.office.title')}</MessageBarTitle> {t('ui.mode.office.body')}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="info" data-testid="mode-preview">
      <MessageBarBody>
        <MessageBarTitle>{t('ui.mode.preview.title')}</MessageBarTitle> {t('ui.mode.preview.body')} {t(`ui.mode.reason.${info.reason}`)}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * Entry of the task pane. Renders at once, then decides the mode: Office mode when
 * office.js reports Excel, otherwise preview mode (never waiting more than ~3 s).
 * No router: office.js nulls `history.pushState`.
 */
import { FluentProvider, Spinner, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { t } from '../i18n';
import { App } from './components/App';
import { detectHost, type HostInfo } from './host/detectHost';
import { officeHost } from './host/officeHost';
import type { PaneHost } from './host/paneHost';
import { previewHost } from './host/previewHost';

function Shell({ host, info }: { host: PaneHost | null; info: HostInfo | null }) {
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      {host && info ? <App host={host} info={info} /> : <Spinner style={{ padding: 24 }} label={t('id', 'ui.mode.detecting')} />}
    </FluentProvider>
  );
}

const container = document.getElementById('container');
if (container) {
  const root = createRoot(container);
  root.render(<Shell host={null} info={null} />);
  void detectHost().then((info) => {
    const host = info.mode === 'office' ? officeHost() : previewHost();
    root.render(<Shell host={host} info={info} />);
  });
}

/** The task pane: header, mode, the steps, and the privacy line. */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { HostInfo } from '../host/detectHost';
import type { PaneHost } from '../host/paneHost';
import { usePaneController } from '../usePaneController';
import { LangContext, useT } from '../useT';
import { ErrorBar } from './ErrorBar';
import { Header } from './Header';
import { ModeBanner } from './ModeBanner';
import { StepList } from './StepList';

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '720px',
    minWidth: 0,
  },
});

export function App({ host, info }: { host: PaneHost; info: HostInfo }) {
  const { state, actions } = usePaneController(host);
  useEffect(() => {
    document.documentElement.lang = state.lang;
  }, [state.lang]);
  return (
    <LangContext.Provider value={state.lang}>
      <AppBody info={info}>
        <Header lang={state.lang} onLang={actions.setLang} />
        <ModeBanner info={info} />
        <ErrorBar error={state.error} />
        <StepList state={state} actions={actions} host={host} />
      </AppBody>
    </LangContext.Provider>
  );
}

function AppBody({ info, children }: { info: HostInfo; children: React.ReactNode }) {
  const styles = useStyles();
  const t = useT();
  return (
    <main className={styles.root} data-mode={info.mode}>
      {children}
      <Caption1>{t('ui.privacy')}</Caption1>
    </main>
  );
}

/**
 * What a plan or a stage wrote: the new sheets' names, the download button (preview mode: it
 * waits, saying so, while the result file is being written) and the notes on features the running
 * Excel skipped. Shared by the Rencana step and stages 5-8.
 */
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components';
import type { FeatureNote } from '../../workbook/officejs/features';
import { saveDownload } from '../download';
import type { Download, PaneHost } from '../host/paneHost';
import { useT } from '../useT';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  preparing: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  heading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

export interface WrittenSheetsProps {
  readonly mode: PaneHost['mode'];
  readonly names: readonly string[];
  readonly download: Download | null;
  /** Preview mode: the result file is still being written (the button waits for it). */
  readonly preparing: boolean;
  readonly notes: readonly FeatureNote[];
  /** The download button's words (`ui.plan.download` or `ui.stageRun.download`). */
  readonly downloadLabel: string;
  /** The list's test id (the browser tests read the names from it). */
  readonly testId: string;
}

export function WrittenSheets({ mode, names, download, preparing, notes, downloadLabel, testId }: WrittenSheetsProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <>
      <h3 className={styles.heading}>{mode === 'office' ? t('ui.plan.sheets.office') : t('ui.plan.sheets.preview')}</h3>
      <ul className={styles.list} data-testid={testId}>
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      {download || preparing ? (
        <div className={styles.row}>
          <Button
            appearance="primary"
            disabled={!download}
            data-testid="download"
            data-ready={download ? 'true' : 'false'}
            onClick={() => download && saveDownload(download)}
          >
            {downloadLabel}
          </Button>
          {download ? null : (
            <span className={styles.preparing} role="status" data-testid="download-preparing">
              <Spinner size="extra-tiny" />
              <Caption1>{t('ui.file.preparing')}</Caption1>
            </span>
          )}
        </div>
      ) : null}
      {notes.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t('ui.note.title')}</MessageBarTitle>
            {notes.map((note) => t(`ui.note.${note}`)).join(' ')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}

/** Title and the language switch (Indonesian default, English on request); each button's name starts with its visible code (WCAG 2.5.3). */
import { Caption1, makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import type { Lang } from '../../i18n';
import { useT } from '../useT';

const useStyles = makeStyles({
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  titles: { minWidth: 0, flex: '1 1 160px' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  switch: { display: 'flex', gap: tokens.spacingHorizontalXXS, flexShrink: 0 },
});

export function Header({ lang, onLang }: { lang: Lang; onLang: (lang: Lang) => void }) {
  const styles = useStyles();
  const t = useT();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <h1 className={styles.title}>{t('ui.appTitle')}</h1>
        <Caption1>{t('ui.appSubtitle')}</Caption1>
      </div>
      <div role="group" aria-label={t('ui.language.label')} className={styles.switch}>
        <ToggleButton size="small" checked={lang === 'id'} onClick={() => onLang('id')} lang="id" aria-label="ID, Bahasa Indonesia">
          ID
        </ToggleButton>
        <ToggleButton size="small" checked={lang === 'en'} onClick={() => onLang('en')} lang="en" aria-label="EN, English">
          EN
        </ToggleButton>
      </div>
    </header>
  );
}

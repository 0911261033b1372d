/**
 * The heading a run's outcome starts with (a plan, or one of stages 5-8). While a run goes
 * on its button is disabled and the focus falls to the page; when the outcome appears the
 * focus moves here, so keyboard and screen-reader users land on the result. Focus the user
 * put somewhere else meanwhile stays where it is.
 */
import { makeStyles } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: 'inherit', fontWeight: 'inherit', lineHeight: 'inherit' },
});

export function OutcomeHeading({ children, testId }: { children: ReactNode; testId?: string }) {
  const styles = useStyles();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) ref.current?.focus();
  }, []);
  return (
    <h3 ref={ref} tabIndex={-1} className={styles.heading} data-testid={testId} data-outcome-heading>
      {children}
    </h3>
  );
}

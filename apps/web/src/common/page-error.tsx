import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { useTitle } from './title';

/**
 * A page that cannot render (its code did not load: a dropped connection, or a new version of the app whose
 * files replaced the old) says so, with a way to try again, instead of leaving the screen blank. Another page
 * of the menu renders afresh.
 */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary FallbackComponent={PageFailed} resetKeys={[pathname]}>
      {children}
    </ErrorBoundary>
  );
}

function PageFailed() {
  const { t } = useTranslation();
  useTitle(t('app.pageFailed'));
  return (
    <>
      <Heading variant="h1">{t('app.pageFailed')}</Heading>
      <Paragraph mb="m">{t('app.pageFailedHelp')}</Paragraph>
      <Button onClick={() => location.reload()}>{t('app.reloadPage')}</Button>
    </>
  );
}

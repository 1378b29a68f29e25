import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The page names itself in the tab and to a screen reader, in the reader's language (WCAG 2.4.2). */
export function useTitle(page: string | null): void {
  const { t } = useTranslation();
  const app = t('app.title');
  useEffect(() => {
    document.title = page ? `${page} – ${app}` : app;
  }, [page, app]);
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The family's page names itself in the tab and to a screen reader, under the family view's name. */
export function useFamilyTitle(page: string | null): void {
  const { t } = useTranslation();
  const app = t('family.title');
  useEffect(() => {
    document.title = page ? `${page} – ${app}` : app;
  }, [page, app]);
}

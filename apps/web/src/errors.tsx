import { useTranslation } from 'react-i18next';
import { InlineAlert } from 'suomifi-ui-components';
import { ApiFailure } from './api/client';

/** An error from the API as the user's language says it; the API's own message when it has no translation. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const code = error instanceof ApiFailure ? error.error.code : 'generic';
  const key = `errors.${code}`;
  const text = i18n.exists(key) ? t(key) : error instanceof ApiFailure ? error.error.message : t('errors.generic');
  return (
    <InlineAlert status="error" role="alert">
      {text}
    </InlineAlert>
  );
}

import { useTranslation } from 'react-i18next';
import { InlineAlert } from 'suomifi-ui-components';
import { ApiFailure } from './api/client';

type FieldStatus = { status?: 'error'; statusText?: string };

/**
 * An error from the API as the user's language says it, the API's own message when it has no translation;
 * a refusal naming fields points to them, each field saying its own problem (useFieldStatus).
 */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const problems = error instanceof ApiFailure ? error.error.problems.filter((p) => p.field !== '(body)') : [];
  if (problems.length > 0) {
    return (
      <InlineAlert status="error" role="alert">
        {t('errors.fix', { count: problems.length })}
        <ul>
          {problems.map((p) => (
            <li key={p.field}>{i18n.exists(`rules.${p.rule}`) ? t(`rules.${p.rule}`) : p.message}</li>
          ))}
        </ul>
      </InlineAlert>
    );
  }
  const code = error instanceof ApiFailure ? error.error.code : 'generic';
  const key = `errors.${code}`;
  const text = i18n.exists(key) ? t(key) : error instanceof ApiFailure ? error.error.message : t('errors.generic');
  return (
    <InlineAlert status="error" role="alert">
      {text}
    </InlineAlert>
  );
}

/**
 * The status a form field shows for an API refusal that names it: the rule translated (`rules.*`), or the
 * API's own message when the rule has no translation; nothing for the fields the refusal does not name.
 */
export function useFieldStatus(error: unknown): (field: string) => FieldStatus {
  const { t, i18n } = useTranslation();
  const problems = error instanceof ApiFailure ? error.error.problems : [];
  return (field) => {
    const p = problems.find((x) => x.field === field);
    if (!p) return {};
    const key = `rules.${p.rule}`;
    return { status: 'error', statusText: i18n.exists(key) ? t(key) : p.message };
  };
}

import { useRef } from 'react';
import type { FieldError, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert } from 'suomifi-ui-components';
import { ApiFailure } from '../api/client';
import { useStandsAlone } from './focus';

type FieldStatus = { status?: 'error'; statusText?: string };

/** A rule's text in the reader's language, by the rule's code: the same code the API names in `problems[].rule`. */
export function useRuleText(): (rule: string) => string {
  const { t, i18n } = useTranslation();
  return (rule) => (i18n.exists(`rules.${rule}`) ? t(`rules.${rule}`) : t('rules.unknown'));
}

/**
 * An error from the API as the user's language says it; a refusal naming fields lists each field's rule
 * in the reader's language (never the API's English message). Where the error is all its page shows (the
 * API refused or could not find the page's record), it comes under the page's one h1.
 */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const alone = useStandsAlone(box, error);
  if (!error) return null;
  return (
    <div ref={box}>
      {alone && <Heading variant="h1">{t('errors.page')}</Heading>}
      <ErrorAlert error={error} />
    </div>
  );
}

function ErrorAlert({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const ruleText = useRuleText();
  const problems = error instanceof ApiFailure ? error.error.problems : [];
  if (problems.length > 0) {
    return (
      <InlineAlert status="error" role="alert">
        {t('errors.fix', { count: problems.length })}
        <ul>
          {problems.map((p) => (
            <li key={`${p.field}:${p.rule}`}>{ruleText(p.rule)}</li>
          ))}
        </ul>
      </InlineAlert>
    );
  }
  const key = `errors.${error instanceof ApiFailure ? error.error.code : 'generic'}`;
  return (
    <InlineAlert status="error" role="alert">
      {i18n.exists(key) ? t(key) : t('errors.generic')}
    </InlineAlert>
  );
}

/** A form field's status for its error: the rule (the error's type) in the reader's language. */
export function useFieldStatus(): (error: FieldError | undefined) => FieldStatus {
  const ruleText = useRuleText();
  return (error) => (error ? { status: 'error', statusText: ruleText(error.type || 'unknown') } : {});
}

/**
 * The API's refusal put on the form's fields it names (`setError` with the rule as the error's type),
 * so that each field says its own problem in the reader's language; `fields` maps an API field to a
 * form field where their names differ.
 */
export function showProblems<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  known: readonly string[],
  fields: Record<string, string> = {},
): void {
  if (!(error instanceof ApiFailure)) return;
  for (const p of error.error.problems) {
    const field = fields[p.field] ?? p.field;
    if (known.includes(field)) setError(field as Path<T>, { type: p.rule, message: p.rule });
  }
}

/** A 4xx refusal: the request was not taken, so a new one needs a new Idempotency-Key. */
export function isRefusal(error: unknown): boolean {
  return error instanceof ApiFailure && error.status >= 400 && error.status < 500;
}

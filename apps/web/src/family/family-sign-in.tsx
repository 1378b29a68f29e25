import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { api, session, sessionApi, unwrap } from '../api/client';
import { ErrorMessage } from '../common/errors';
import type { EndReason } from '../auth/session';
import { useFamilyTitle } from './family-title';

const FAILURES = ['provider_unavailable', 'provider_refused', 'not_started_here', 'unknown_user', 'throttled'] as const;
const SESSION = ['family', 'session'];

/**
 * Signing in to the family's view: with strong identification through the county's identification broker;
 * in development, the persons of the register by name. It says why the last session ended, if it did.
 */
export function FamilySignIn({ ended }: { ended: EndReason | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  useFamilyTitle(t('family.signIn.title'));
  const [failure] = useState(() => {
    const reason = new URLSearchParams(location.search).get('signInError');
    if (reason) history.replaceState(null, '', location.pathname);
    return FAILURES.find((f) => f === reason) ?? null;
  });
  const { data: config, error: configError } = useQuery({
    queryKey: ['family-sign-in', 'config'],
    queryFn: () => unwrap(api.GET('/family/sign-in/config')),
  });
  const { data: persons = [] } = useQuery({
    queryKey: ['family-sign-in', 'persons'],
    queryFn: () => unwrap(api.GET('/family/sign-in/persons')),
    enabled: config?.development === true,
  });
  const choose = useMutation({
    mutationFn: async (personId: string) => {
      const facts = await unwrap(sessionApi.POST('/family/sign-in', { body: { personId } }));
      session.begin(facts.csrfToken);
      queryClient.setQueryData(SESSION, facts);
    },
  });
  const withProvider = () =>
    location.assign(`/family/auth/oidc/start?${new URLSearchParams({ returnTo: location.pathname })}`);
  return (
    <>
      <Heading variant="h1">{t('family.signIn.title')}</Heading>
      <Paragraph mb="m">{t('family.signIn.intro')}</Paragraph>
      {failure ? (
        <InlineAlert status="error" className="sign-in-notice">
          {t(`family.signIn.failed.${failure}`)}
        </InlineAlert>
      ) : (
        (ended === 'idle' || ended === 'ended') && (
          <InlineAlert status="neutral" className="sign-in-notice">
            {t(`signIn.ended.${ended}`)}
          </InlineAlert>
        )
      )}
      <ErrorMessage error={configError ?? choose.error} />
      {config?.provider && (
        <Button mt="m" onClick={withProvider}>
          {t('family.signIn.withProvider')}
        </Button>
      )}
      {config?.development && (
        <>
          <Paragraph mb="m">{t('family.signIn.development')}</Paragraph>
          <ul className="people">
            {persons.map((p) => (
              <li key={p.id}>
                <Button variant="secondary" onClick={() => choose.mutate(p.id)}>
                  {t('signIn.as', { name: p.name })}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

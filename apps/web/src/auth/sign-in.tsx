import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { api, sessionApi, unwrap } from '../api/client';
import { ErrorMessage } from '../common/errors';
import { useTitle } from '../common/title';
import { useSession } from './session';

const FAILURES = ['provider_unavailable', 'provider_refused', 'not_started_here', 'unknown_user', 'throttled'] as const;

/**
 * Signing in: through the county's identity provider when the API is configured with one (the API
 * takes the browser there and back, and comes back to this page's address); in development, the people
 * of the register by name and role, one button each. It says why the last session ended, if it did.
 */
export function SignIn() {
  const { t } = useTranslation();
  const { signedIn, ended } = useSession();
  useTitle(t('signIn.title'));
  // Why a sign-in through the provider failed, as the API's redirect back named it; read once.
  const [failure] = useState(() => {
    const reason = new URLSearchParams(location.search).get('signInError');
    if (reason) history.replaceState(null, '', location.pathname);
    return FAILURES.find((f) => f === reason) ?? null;
  });
  const { data: config, error: configError } = useQuery({
    queryKey: ['sign-in', 'config'],
    queryFn: () => unwrap(api.GET('/sign-in/config')),
  });
  const { data: people = [] } = useQuery({
    queryKey: ['sign-in', 'users'],
    queryFn: () => unwrap(api.GET('/sign-in/users')),
    enabled: config?.development === true,
  });
  const choose = useMutation({
    mutationFn: async (username: string) => signedIn(await unwrap(sessionApi.POST('/sign-in', { body: { username } }))),
  });
  const withProvider = () =>
    location.assign(`/auth/oidc/start?${new URLSearchParams({ returnTo: location.pathname + location.search })}`);
  const notice = failure ? t(`signIn.failed.${failure}`) : ended ? t(`signIn.ended.${ended}`) : null;
  return (
    <>
      <Heading variant="h1">{t('signIn.title')}</Heading>
      {notice && (
        <InlineAlert
          status={
            failure || ended === 'sign_out_failed' || ended === 'provider_sign_out_unavailable' ? 'error' : 'neutral'
          }
          className="sign-in-notice"
        >
          {notice}
        </InlineAlert>
      )}
      <ErrorMessage error={configError ?? choose.error} />
      {config?.provider && (
        <Button mt="m" onClick={withProvider}>
          {t('signIn.withProvider')}
        </Button>
      )}
      {config?.development && (
        <>
          <Paragraph mb="m">{t('signIn.development')}</Paragraph>
          <Heading variant="h2" mb="s">
            {t('signIn.people')}
          </Heading>
          <ul className="people">
            {people.map((p) => (
              <li key={p.username}>
                <Button variant="secondary" onClick={() => choose.mutate(p.username)}>
                  {t('signIn.as', { name: p.name })}
                </Button>
                <span>
                  {t(`roles.${p.role}`)}
                  {p.supplierName ? ` · ${p.supplierName}` : p.teamId ? ` · ${p.teamId}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { api, unwrap } from '../api/client';
import { ErrorMessage } from '../common/errors';
import { Loading } from '../common/loading';
import { useTitle } from '../common/title';
import { beginSignIn, finishSignIn } from './oidc';
import { useSession } from './session';

/**
 * Signing in: with the county's identity provider when the API is configured with one; in development,
 * the people of the register by name and role, one button each.
 */
export function SignIn() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  useTitle(t('signIn.title'));
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
    mutationFn: async (username: string) => signIn((await unwrap(api.POST('/sign-in', { body: { username } }))).token),
  });
  const provider = useMutation({ mutationFn: beginSignIn });
  const error = configError ?? choose.error ?? provider.error;
  return (
    <>
      <Heading variant="h1">{t('signIn.title')}</Heading>
      <ErrorMessage error={error} />
      {config?.oidc && (
        <Button mt="m" onClick={() => provider.mutate(config.oidc!)}>
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

/** Where the identity provider sends the browser back: the code becomes the session's token. */
export function SignedIn() {
  const { t } = useTranslation();
  useTitle(t('signIn.title'));
  const { signIn } = useSession();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    // Once, when the provider has sent the browser back; signed in, the app's routes take over.
    finishSignIn(new URLSearchParams(location.search)).then(signIn).catch(setError);
  }, []);
  return error ? <ErrorMessage error={error} /> : <Loading />;
}

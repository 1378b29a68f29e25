import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { api, unwrap } from '../api/client';
import type { SignInUser } from '../api/types';
import { ErrorMessage } from '../errors';
import { beginSignIn, finishSignIn, type OidcSettings } from '../oidc';
import { useSession } from '../session';

interface SignInConfig {
  development: boolean;
  oidc: OidcSettings | null;
}

/**
 * Signing in: with the county's identity provider when the API is configured with one; in development,
 * the people of the register by name and role, one button each.
 */
export function SignIn() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [config, setConfig] = useState<SignInConfig | null>(null);
  const [people, setPeople] = useState<SignInUser[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    unwrap(api.GET('/sign-in/config')).then(async (c) => {
      setConfig(c);
      if (c.development) setPeople(await unwrap(api.GET('/sign-in/users')));
    }, setError);
  }, []);
  const choose = async (username: string) => {
    try {
      const { token } = await unwrap(api.POST('/sign-in', { body: { username } }));
      await signIn(token);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <Heading variant="h1">{t('signIn.title')}</Heading>
      <ErrorMessage error={error} />
      {config?.oidc && (
        <Button mt="m" onClick={() => void beginSignIn(config.oidc!).catch(setError)}>
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
                <Button variant="secondary" onClick={() => void choose(p.username)}>
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
  const { signIn } = useSession();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    // Once, when the provider has sent the browser back; signed in, the app's routes take over.
    finishSignIn(new URLSearchParams(location.search)).then(signIn).catch(setError);
  }, []);
  return error ? <ErrorMessage error={error} /> : <Paragraph>{t('app.loading')}</Paragraph>;
}

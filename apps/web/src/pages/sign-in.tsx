import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { api, unwrap } from '../api/client';
import type { SignInUser } from '../api/types';
import { ErrorMessage } from '../errors';
import { useSession } from '../session';

/** The development sign-in: the people of the register by name and role, one button each. */
export function SignIn() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [people, setPeople] = useState<SignInUser[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    unwrap<SignInUser[]>(api.GET('/sign-in/users')).then(setPeople, setError);
  }, []);
  const choose = async (username: string) => {
    try {
      const { token } = await unwrap<{ token: string }>(api.POST('/sign-in', { body: { username } }));
      await signIn(token);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <Heading variant="h1">{t('signIn.title')}</Heading>
      <Paragraph mb="m">{t('signIn.development')}</Paragraph>
      <ErrorMessage error={error} />
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
  );
}

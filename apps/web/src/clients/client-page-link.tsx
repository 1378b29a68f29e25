import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RouterLink } from 'suomifi-ui-components';
import type { ClientPageState } from './client-page';

/** The link to a client's page (their aftercare), named by the client so that a list's links tell apart. */
export function ClientPageLink({ client }: { client: { id: string } & ClientPageState }) {
  const { t } = useTranslation();
  const state: ClientPageState = { fullName: client.fullName, dateOfBirth: client.dateOfBirth };
  return (
    <RouterLink asComponent={Link} to={`/clients/${client.id}`} state={state}>
      {t('aftercare.clientPage.link')}
      <span className="visually-hidden">: {client.fullName}</span>
    </RouterLink>
  );
}

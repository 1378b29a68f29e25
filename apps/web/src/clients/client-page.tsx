import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { AftercareSection } from '../aftercare/aftercare-section';
import { finnishDate } from '../common/format';
import { useTitle } from '../common/title';

/** What the link that opened the page knew of the client: their name and birth date, never in the address. */
export interface ClientPageState {
  fullName: string;
  dateOfBirth: string;
}

/**
 * A client's page, opened from the own worker's list of clients or the team lead's lists: the client's aftercare
 * (child welfare's, across counties). The client's name comes with the link that opened the page; opened afresh
 * (a reload), the page names the client generally.
 */
export default function ClientPage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const known = useLocation().state as ClientPageState | null;
  const title = known?.fullName ?? t('aftercare.clientPage.title');
  useTitle(title);
  return (
    <>
      <Heading variant="h1">{title}</Heading>
      {known && <Paragraph mb="m">{t('myClients.born', { date: finnishDate(known.dateOfBirth) })}</Paragraph>}
      <AftercareSection clientId={clientId} />
    </>
  );
}

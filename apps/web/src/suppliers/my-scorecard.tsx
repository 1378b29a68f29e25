import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { useSession } from '../auth/session';
import { ErrorMessage } from '../common/errors';
import { Loading } from '../common/loading';
import { useTitle } from '../common/title';
import { useScorecard } from './queries';
import { ScorecardSections } from './scorecard';

/**
 * The supplier's own scorecard: its NPS and the survey items' means by service and quarter as charts with
 * their numbers, its supervision cases by outcome and its running services (counts). The families' words
 * are not shown to the supplier, who could tell which family wrote them.
 */
export default function MyScorecard() {
  const { t } = useTranslation();
  const { me } = useSession();
  const card = useScorecard(me?.supplierId ?? null);
  useTitle(t('suppliers.myTitle'));
  return (
    <>
      <Heading variant="h1">{t('suppliers.myTitle')}</Heading>
      {card.data && <Paragraph mb="m">{t('suppliers.myIntro', { name: card.data.supplier.name })}</Paragraph>}
      <ErrorMessage error={card.error} />
      {card.isPending && <Loading />}
      {card.data && <ScorecardSections card={card.data} />}
    </>
  );
}

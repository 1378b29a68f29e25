import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Heading, Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import type { ListedArrangement } from '../api/types';
import { arrangementsQuery } from '../arrangements/queries';
import { useServiceName } from '../catalogue/catalogue';
import { ErrorMessage } from '../common/errors';
import { finnishDate } from '../common/format';
import { useTitle } from '../common/title';
import { ClientPageLink } from './client-page-link';
import { ClientSearch } from './client-search';
import { clientsQuery } from './clients-query';

/** The own worker's clients, each with its arrangements in every state and what waits for the worker. */
export default function MyClients() {
  const { t } = useTranslation();
  const serviceName = useServiceName();
  useTitle(t('titles.myClients'));
  const [q, setQ] = useState('');
  const { data: clients, error } = useQuery(clientsQuery(q));
  const { data: arrangements = [] } = useQuery(arrangementsQuery());
  return (
    <>
      <Heading variant="h1">{t('myClients.title')}</Heading>
      <Paragraph mb="m">{t('myClients.intro')}</Paragraph>
      <ClientSearch id="my-clients-search" onSearch={setQ} />
      <ErrorMessage error={error} />
      {!clients && !error && <Paragraph>{t('app.loading')}</Paragraph>}
      {clients?.length === 0 && q && <Paragraph>{t('clientSearch.none', { q })}</Paragraph>}
      {clients?.map((c) => {
        const own = arrangements.filter((a) => a.client?.id === c.id);
        return (
          <section key={c.id} className="card" aria-labelledby={`client-${c.id}`}>
            <Heading variant="h2" id={`client-${c.id}`}>
              {c.fullName}
            </Heading>
            <Paragraph>{t('myClients.born', { date: finnishDate(c.dateOfBirth) })}</Paragraph>
            <div className="actions">
              <RouterLink asComponent={Link} to={`/clients/${c.id}/new-proposal`}>
                {t('myClients.newProposal', { name: c.fullName })}
              </RouterLink>
              <ClientPageLink client={c} />
            </div>
            {own.length === 0 ? (
              <Paragraph>{t('myClients.noServices')}</Paragraph>
            ) : (
              <ul className="rows">
                {own.map((a) => (
                  <li key={a.id} className={a.waitsFor ? 'waits' : undefined}>
                    <RouterLink asComponent={Link} to={`/arrangements/${a.id}`} className="row-main">
                      {serviceName(a.serviceCode)}
                    </RouterLink>
                    <StaticChip>
                      {t('facts.since', { status: t(`status.${a.status}`), date: finnishDate(a.statusOn) })}
                    </StaticChip>
                    <RowFacts a={a} />
                    {a.waitsFor && (
                      <strong className="waits-for">
                        {t('myClients.waiting')}: {t(`waitsFor.${a.waitsFor}`)}
                      </strong>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}

/** What tells two services of one client apart: the period, the hours and who provides it. */
function RowFacts({ a }: { a: ListedArrangement }) {
  const { t } = useTranslation();
  return (
    <>
      {a.periodStart && (
        <span>
          {t('facts.period')} {finnishDate(a.periodStart)}–{finnishDate(a.periodEnd)}
        </span>
      )}
      {a.hoursPerMonth !== null && <span>{t('facts.hoursPerMonth', { hours: a.hoursPerMonth })}</span>}
      {a.supplierName && (
        <span>
          {t('facts.supplier')}: {a.supplierName}
        </span>
      )}
    </>
  );
}

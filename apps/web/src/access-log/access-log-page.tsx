import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { addDays } from '../../../../libs/domain/dates';
import { api, sessionHeaders, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { ClientSearch } from '../clients/client-search';
import { type Column, DataTable } from '../common/data-table';
import { DateField } from '../common/date-field';
import { ErrorMessage } from '../common/errors';
import { finnishDate, finnishDay, finnishTime, helsinkiToday } from '../common/format';
import type { Language } from '../common/i18n';
import { Loading } from '../common/loading';
import { useTitle } from '../common/title';

type FoundClient = components['schemas']['FoundClient'];
type Entry = components['schemas']['AccessLogEntry'];

/**
 * A client's access log (registrar, team lead), as the client may ask for it (703/2023): the client found
 * by name or birth date, a period, the log as a table in the reader's language, and the same log as a
 * printable PDF in the client's language. Every search, view and print is itself logged by the API.
 */
export default function AccessLogPage() {
  const { t } = useTranslation();
  useTitle(t('titles.accessLog'));
  const [q, setQ] = useState('');
  const [client, setClient] = useState<FoundClient | null>(null);
  const found = useQuery({
    queryKey: ['clients', 'find', q],
    queryFn: () => unwrap(api.GET('/clients/find', { params: { query: { q } } })),
    enabled: q.length >= 2,
  });
  return (
    <>
      <Heading variant="h1">{t('accessLog.title')}</Heading>
      <Paragraph>{t('accessLog.intro')}</Paragraph>
      <section className="card" aria-labelledby="find-client">
        <Heading variant="h2" id="find-client">
          {t('accessLog.findClient')}
        </Heading>
        <ClientSearch
          id="access-log-search"
          onSearch={(text) => {
            setQ(text);
            setClient(null);
          }}
        />
        <ErrorMessage error={found.error} />
        {found.isFetching && <Loading />}
        {found.data && found.data.length === 0 && <Paragraph>{t('clientSearch.none', { q })}</Paragraph>}
        {found.data && found.data.length > 0 && (
          <ul className="rows" data-list="found-clients">
            {found.data.map((c) => (
              <li key={c.id}>
                <span className="row-main">
                  {c.fullName}, {t('accessLog.born', { date: finnishDate(c.dateOfBirth) })}
                </span>
                <Button
                  variant="secondary"
                  aria-label={t('accessLog.chooseClient', { name: c.fullName })}
                  onClick={() => setClient(c)}
                >
                  {t('accessLog.choose')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {client && <ClientLog key={client.id} client={client} />}
    </>
  );
}

function ClientLog({ client }: { client: FoundClient }) {
  const { t, i18n } = useTranslation();
  const today = helsinkiToday();
  const [from, setFrom] = useState(addDays(today, -30));
  const [to, setTo] = useState(today);
  const [failure, setFailure] = useState<unknown>(null);
  const ready = from !== '' && to !== '' && from <= to;
  const lang = i18n.language as Language;
  const log = useQuery({
    queryKey: ['clients', client.id, 'access-log', from, to, lang],
    queryFn: () =>
      unwrap(api.GET('/clients/{id}/access-log', { params: { path: { id: client.id }, query: { from, to, lang } } })),
    enabled: ready,
  });
  const download = async () => {
    try {
      // The session cookie goes with it (same origin); a read needs no CSRF token.
      const res = await fetch(`/clients/${client.id}/access-log.pdf?from=${from}&to=${to}`, {
        headers: sessionHeaders('GET', new Headers()),
      });
      if (!res.ok) throw new Error(`access log ${res.status}`);
      const url = URL.createObjectURL(await res.blob());
      const link = Object.assign(document.createElement('a'), {
        href: url,
        download: `${t('accessLog.fileName')}-${from}-${to}.pdf`,
      });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setFailure(null);
    } catch (err) {
      setFailure(err);
    }
  };
  const columns: Column<Entry>[] = [
    { key: 'at', label: t('accessLog.at'), header: 'row', cell: (e) => `${finnishDay(e.at)} ${finnishTime(e.at)}` },
    { key: 'who', label: t('accessLog.who'), cell: (e) => e.name ?? t('accessLog.unknownUser') },
    { key: 'role', label: t('accessLog.role'), cell: (e) => e.roleText },
    { key: 'record', label: t('accessLog.record'), cell: (e) => e.recordText },
    { key: 'action', label: t('accessLog.action'), cell: (e) => e.actionText },
    { key: 'purpose', label: t('accessLog.purpose'), cell: (e) => e.purposeText },
  ];
  return (
    <section className="card" aria-labelledby="client-log">
      <Heading variant="h2" id="client-log">
        {t('accessLog.logOf', { name: client.fullName })}
      </Heading>
      <div className="period">
        <DateField labelText={t('accessLog.from')} value={from} onChange={setFrom} />
        <DateField labelText={t('accessLog.to')} value={to} onChange={setTo} />
      </div>
      {!ready && <Paragraph>{t('accessLog.periodHint')}</Paragraph>}
      <Button disabled={!ready} onClick={() => void download()}>
        {t('accessLog.downloadPdf')}
      </Button>
      <ErrorMessage error={log.error ?? failure} />
      {log.isFetching && <Loading />}
      <DataTable
        data-list="access-log"
        caption={t('accessLog.caption', { from: finnishDate(from), to: finnishDate(to) })}
        columns={columns}
        rows={log.data}
        empty={t('accessLog.empty')}
        rowKey={(e) => `${e.at}-${e.userId}-${e.record}-${e.recordId ?? ''}-${e.action}`}
      />
    </section>
  );
}

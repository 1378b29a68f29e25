import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Link, Paragraph, StaticChip } from 'suomifi-ui-components';
import { sessionHeaders } from '../api/client';
import { type Column, DataTable } from '../common/data-table';
import { ErrorMessage } from '../common/errors';
import { ResultRegion, useResult } from '../common/focus';
import { euros, finnishDate, monthText } from '../common/format';
import type { Language } from '../common/i18n';
import { Loading } from '../common/loading';
import { Fact } from '../common/step';
import { CostForm, RecordForm, ServiceElsewhereForm } from './aftercare-forms';
import {
  type AftercareContact,
  type AftercareRecord,
  allowsOnAftercare,
  type ServiceElsewhere,
  useAftercare,
  useCountyName,
  useSendPlan,
} from './queries';

type ServiceHere = AftercareRecord['servicesHere'][number];

/**
 * A young person's aftercare across counties (seed 003), as the client's page shows it: who placed them and where
 * they live, whom they contact in each county, the services here (and who pays) and elsewhere (with the costs the
 * other county told), the client plan as a PDF; and the forms the API's `allowedActions` offer: record or correct
 * the aftercare, add a service elsewhere, record a month's cost, send the plan to the other county.
 */
export function AftercareSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const aftercare = useAftercare(clientId);
  const { result, say } = useResult();
  // A record saved starts its form afresh, folded, with the record as it now stands.
  const [round, setRound] = useState(0);
  const data = aftercare.data;
  const record = data?.aftercare ?? null;
  return (
    <div data-aftercare={clientId}>
      <section className="card" aria-labelledby={id} data-loaded={data ? 'true' : undefined}>
        <Heading variant="h2" id={id}>
          {t('aftercare.title')}
        </Heading>
        <ResultRegion result={result} />
        <ErrorMessage error={aftercare.error} />
        {aftercare.isPending && <Loading />}
        {data && !record && <Paragraph>{t('aftercare.none')}</Paragraph>}
        {data && record && (
          <>
            <AftercareFacts a={record} />
            <Contacts a={record} />
            <ServicesHere a={record} />
            <ServicesElsewhere a={record} />
            <Plan clientId={clientId} maySend={allowsOnAftercare(data, 'sendPlan')} say={say} />
          </>
        )}
      </section>
      {data && allowsOnAftercare(data, 'record') && (
        <RecordForm
          key={round}
          clientId={clientId}
          record={record}
          onSaved={() => {
            say(t('aftercare.saved'));
            setRound((r) => r + 1);
          }}
        />
      )}
      {data && record && allowsOnAftercare(data, 'recordServiceElsewhere') && (
        <ServiceElsewhereForm clientId={clientId} say={say} />
      )}
      {data && record && allowsOnAftercare(data, 'recordCost') && record.servicesElsewhere.length > 0 && (
        <CostForm clientId={clientId} services={record.servicesElsewhere} say={say} />
      )}
    </div>
  );
}

function AftercareFacts({ a }: { a: AftercareRecord }) {
  const { t, i18n } = useTranslation();
  const countyName = useCountyName(i18n.language as Language);
  return (
    <dl className="facts" data-facts="aftercare">
      <Fact label={t('aftercare.basis')}>{t(`aftercare.bases.${a.basis}`)}</Fact>
      <Fact label={t('aftercare.period')}>
        {t('aftercare.periodText', { from: finnishDate(a.startedOn), to: finnishDate(a.endsOn) })}
      </Fact>
      <Fact label={t('aftercare.placingCounty')}>{countyName(a.placingCounty)}</Fact>
      <Fact label={t('aftercare.residenceCounty')}>{countyName(a.residenceCounty)}</Fact>
      <Fact label={t('aftercare.planAgreedOn')}>
        {a.planAgreedOn ? finnishDate(a.planAgreedOn) : t('aftercare.planNotAgreed')}
      </Fact>
    </dl>
  );
}

/** Whom the young person contacts (seed 003: they know whom to contact about their own matters). */
function Contacts({ a }: { a: AftercareRecord }) {
  const { t } = useTranslation();
  const id = useId();
  const contacts: { key: string; role: string; c: AftercareContact }[] = [
    { key: 'responsible', role: t('aftercare.contacts.responsible'), c: a.responsibleWorker },
    { key: 'own', role: t('aftercare.contacts.own'), c: a.ownWorker },
    ...(a.otherCountyContact ? [{ key: 'other', role: t('aftercare.contacts.other'), c: a.otherCountyContact }] : []),
  ];
  return (
    <section aria-labelledby={id}>
      <Heading variant="h3" id={id} mt="m">
        {t('aftercare.contacts.title')}
      </Heading>
      <ul className="rows contacts">
        {contacts.map(({ key, role, c }) => (
          <li key={key} data-contact={key}>
            <ContactCard role={role} c={c} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ContactCard({ role, c }: { role: string; c: AftercareContact }) {
  const { i18n } = useTranslation();
  const countyName = useCountyName(i18n.language as Language);
  return (
    <>
      <span className="row-main">{role}</span>
      <span data-name>{c.name}</span>
      {c.team && <span>{c.team}</span>}
      <span>{countyName(c.county)}</span>
      {c.phone && <Link href={`tel:${c.phone.replace(/\s/g, '')}`}>{c.phone}</Link>}
      {c.email && <Link href={`mailto:${c.email}`}>{c.email}</Link>}
    </>
  );
}

function ServicesHere({ a }: { a: AftercareRecord }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const lang = i18n.language as Language;
  const countyName = useCountyName(lang);
  const columns: Column<ServiceHere>[] = [
    {
      key: 'service',
      label: t('aftercare.servicesHere.service'),
      header: 'row',
      cell: (s) => (
        <>
          {s.service?.[lang] ?? s.serviceCode}
          {s.aftercare && (
            <>
              {' '}
              <StaticChip>{t('aftercare.servicesHere.noCap')}</StaticChip>
            </>
          )}
        </>
      ),
    },
    { key: 'status', label: t('aftercare.servicesHere.status'), cell: (s) => t(`status.${s.status}`) },
    {
      key: 'period',
      label: t('aftercare.servicesHere.period'),
      cell: (s) => (s.periodStart ? `${finnishDate(s.periodStart)}–${finnishDate(s.periodEnd)}` : ''),
    },
    {
      key: 'paidBy',
      label: t('aftercare.servicesHere.paidBy'),
      cell: (s) => (s.payingCounty ? countyName(s.payingCounty) : t('aftercare.servicesHere.paidByUs')),
    },
  ];
  return (
    <section aria-labelledby={id}>
      <Heading variant="h3" id={id} mt="m">
        {t('aftercare.servicesHere.title')}
      </Heading>
      <DataTable
        data-list="aftercare-services-here"
        caption={t('aftercare.servicesHere.title')}
        captionHidden
        columns={columns}
        rows={a.servicesHere}
        empty={t('aftercare.servicesHere.none')}
        rowKey={(s) => s.arrangementId}
        rowAttributes={(s) => ({ 'data-arrangement': s.arrangementId })}
      />
    </section>
  );
}

function ServicesElsewhere({ a }: { a: AftercareRecord }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const countyName = useCountyName(i18n.language as Language);
  const columns: Column<ServiceElsewhere>[] = [
    { key: 'service', label: t('aftercare.servicesElsewhere.service'), header: 'row', cell: (s) => s.service },
    { key: 'county', label: t('aftercare.servicesElsewhere.county'), cell: (s) => countyName(s.countyCode) },
    {
      key: 'period',
      label: t('aftercare.servicesElsewhere.period'),
      cell: (s) => `${finnishDate(s.arrangedFrom)}–${finnishDate(s.arrangedTo)}`,
    },
    {
      key: 'costs',
      label: t('aftercare.servicesElsewhere.costs'),
      cell: (s) =>
        s.costs.length === 0 ? (
          t('aftercare.servicesElsewhere.noCosts')
        ) : (
          <ul className="plain">
            {s.costs.map((c) => (
              <li key={c.month} data-month={c.month}>
                {monthText(c.month)}: {euros(c.amountCents)}
              </li>
            ))}
          </ul>
        ),
    },
  ];
  // Placed from here and living here, no other county arranges anything: nothing to show.
  if (a.servicesElsewhere.length === 0 && (!a.placedHere || a.livesHere)) return null;
  return (
    <section aria-labelledby={id}>
      <Heading variant="h3" id={id} mt="m">
        {t('aftercare.servicesElsewhere.title')}
      </Heading>
      <DataTable
        data-list="aftercare-services-elsewhere"
        caption={t('aftercare.servicesElsewhere.title')}
        captionHidden
        columns={columns}
        rows={a.servicesElsewhere}
        empty={t('aftercare.servicesElsewhere.none')}
        rowKey={(s) => s.id}
        rowAttributes={(s) => ({ 'data-service': s.id })}
      />
    </section>
  );
}

/**
 * The client plan as it stands now, a PDF in the young person's language, opened in a new tab: fetched with the
 * session, since the app's server answers a browser's own navigation to a path with the app's page. With
 * `sendPlan` allowed, it is sent to the other county concerned.
 */
function Plan({ clientId, maySend, say }: { clientId: string; maySend: boolean; say: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const countyName = useCountyName(i18n.language as Language);
  const [failure, setFailure] = useState<unknown>(null);
  const send = useSendPlan(clientId);
  const open = async () => {
    // The tab opens at once (a popup blocker allows it on the click), the plan arrives into it.
    const tab = window.open('', '_blank');
    try {
      // The session cookie goes with it (same origin); a read needs no CSRF token.
      const res = await fetch(`/clients/${clientId}/aftercare/plan.pdf`, {
        headers: sessionHeaders('GET', new Headers()),
      });
      if (!res.ok) throw new Error(`client plan ${res.status}`);
      const url = URL.createObjectURL(await res.blob());
      if (tab) tab.location.href = url;
      else window.location.href = url;
      setFailure(null);
    } catch (err) {
      tab?.close();
      setFailure(err);
    }
  };
  return (
    <section aria-labelledby={id}>
      <Heading variant="h3" id={id} mt="m">
        {t('aftercare.plan.title')}
      </Heading>
      <ErrorMessage error={failure ?? send.error} />
      <div className="actions">
        <Button variant="secondary" data-plan-pdf onClick={() => void open()}>
          {t('aftercare.plan.open')}
        </Button>
        {maySend && (
          <Button
            disabled={send.isPending}
            onClick={() =>
              send.mutate(undefined, {
                onSuccess: (sent) => say(t('aftercare.plan.sent', { county: countyName(sent.countyCode) })),
              })
            }
          >
            {t('aftercare.plan.send')}
          </Button>
        )}
      </div>
    </section>
  );
}

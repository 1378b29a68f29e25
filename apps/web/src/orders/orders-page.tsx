import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button, Heading, InlineAlert, Paragraph, RouterLink, StaticChip, Textarea } from 'suomifi-ui-components';
import { api, unwrap } from '../api/client';
import type { ListedArrangement } from '../api/types';
import { useServiceName } from '../catalogue';
import { ErrorMessage } from '../errors';
import { finnishDate } from '../format';

const RUNNING = ['arranged', 'granted', 'committed', 'active', 'reassessment_overdue'];

/** A supplier's orders waiting for an answer (accept, or decline with a reason) and the services it provides. */
export default function Orders() {
  const { t } = useTranslation();
  const serviceName = useServiceName();
  const [rows, setRows] = useState<ListedArrangement[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setRows(await unwrap(api.GET('/arrangements', { params: { query: {} } })));
    } catch (err) {
      setError(err);
    }
  }, []);
  useEffect(() => void load(), [load]);

  const respond = async (id: string, accept: boolean, reason: string | null) => {
    try {
      await unwrap(
        api.POST('/arrangements/{id}/order-response', { params: { path: { id } }, body: { accept, reason } }),
      );
      setDone(accept ? t('orders.accepted') : t('orders.declined'));
      setError(null);
      await load();
    } catch (err) {
      setError(err);
    }
  };

  const waiting = rows?.filter((r) => r.status === 'ordered') ?? [];
  const running = rows?.filter((r) => RUNNING.includes(r.status)) ?? [];
  return (
    <>
      <Heading variant="h1">{t('orders.title')}</Heading>
      <Paragraph mb="m">{t('orders.intro')}</Paragraph>
      <ErrorMessage error={error} />
      {done && (
        <InlineAlert status="neutral" role="status">
          {done}
        </InlineAlert>
      )}
      <Heading variant="h2" mt="l">
        {t('orders.waiting')}
      </Heading>
      {rows && waiting.length === 0 && <Paragraph>{t('orders.none')}</Paragraph>}
      {waiting.map((o) => (
        <Order key={o.id} order={o} serviceName={serviceName} onRespond={respond} />
      ))}
      <Heading variant="h2" mt="l">
        {t('orders.running')}
      </Heading>
      {rows && running.length === 0 && <Paragraph>{t('orders.noneRunning')}</Paragraph>}
      <ul className="rows">
        {running.map((r) => (
          <li key={r.id}>
            <span className="row-main">
              <RouterLink asComponent={Link} to={`/arrangements/${r.id}`}>
                {serviceName(r.serviceCode)}
                {r.client ? ` · ${r.client.name}` : ''}
              </RouterLink>
            </span>
            <StaticChip>{t(`status.${r.status}`)}</StaticChip>
            <span>{t('orders.hours', { hours: r.hoursPerMonth })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Order({
  order,
  serviceName,
  onRespond,
}: {
  order: ListedArrangement;
  serviceName: (code: string) => string;
  onRespond: (id: string, accept: boolean, reason: string | null) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const headingId = `order-${order.id}`;
  return (
    <section className="card" aria-labelledby={headingId} data-arrangement={order.id}>
      <Heading variant="h3" id={headingId}>
        {serviceName(order.serviceCode)}
      </Heading>
      <Paragraph>
        {t('orders.hours', { hours: order.hoursPerMonth })}
        {order.desiredStartOn ? ` · ${t('orders.startsOn', { date: finnishDate(order.desiredStartOn) })}` : ''}
      </Paragraph>
      {!declining ? (
        <div className="actions">
          <Button onClick={() => void onRespond(order.id, true, null)}>{t('orders.accept')}</Button>
          <Button variant="secondary" onClick={() => setDeclining(true)}>
            {t('orders.decline')}
          </Button>
        </div>
      ) : (
        <>
          <Textarea labelText={t('orders.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="actions">
            <Button disabled={!reason.trim()} onClick={() => void onRespond(order.id, false, reason.trim())}>
              {t('orders.confirmDecline')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

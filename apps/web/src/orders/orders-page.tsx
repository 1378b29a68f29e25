import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button, Dropdown, DropdownItem, Heading, Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import type { z } from 'zod';
import { OrderResponseSchema } from '../../../../libs/contracts/arrangement-commands';
import { api, unwrap } from '../api/client';
import { allows, type ListedArrangement } from '../api/types';
import { OrderFacts } from '../arrangements/record-cards';
import { arrangementsQuery, useArrangement, useArrangementCommand } from '../arrangements/queries';
import { useServiceName } from '../catalogue/catalogue';
import { ErrorMessage, showProblems } from '../common/errors';
import { ResultRegion, useResult } from '../common/focus';
import { TextareaField } from '../common/fields';
import { finnishDate } from '../common/format';
import { rulesResolver } from '../common/forms';
import { useTitle } from '../common/title';
import { PROVIDED } from './provided';

/** A supplier's orders waiting for an answer (accept, or decline with a reason) and the services it provides. */
export default function OrdersPage() {
  const { t } = useTranslation();
  const serviceName = useServiceName();
  useTitle(t('titles.orders'));
  const { result, say } = useResult();
  const all = useQuery(arrangementsQuery());
  const provided = useQuery(arrangementsQuery(PROVIDED));
  const waiting = all.data?.filter((r) => allows(r, 'respondToOrder')) ?? [];
  const running = provided.data ?? [];
  return (
    <>
      <Heading variant="h1">{t('orders.title')}</Heading>
      <Paragraph mb="m">{t('orders.intro')}</Paragraph>
      <ErrorMessage error={all.error ?? provided.error} />
      {/* The answer is told here and takes the focus: the answered order's card, and its buttons, are gone. */}
      <ResultRegion result={result} />
      <Heading variant="h2" mt="l">
        {t('orders.waiting')}
      </Heading>
      {all.data && waiting.length === 0 && <Paragraph>{t('orders.none')}</Paragraph>}
      {waiting.map((o) => (
        <Order
          key={o.id}
          order={o}
          serviceName={serviceName}
          onDone={(accepted) => say(t(accepted ? 'orders.accepted' : 'orders.declined'))}
        />
      ))}
      <Heading variant="h2" mt="l">
        {t('orders.running')}
      </Heading>
      {provided.data && running.length === 0 && <Paragraph>{t('orders.noneRunning')}</Paragraph>}
      <ul className="rows">
        {running.map((r) => (
          <li key={r.id} data-arrangement={r.id}>
            <span className="row-main">
              <RouterLink asComponent={Link} to={`/arrangements/${r.id}`}>
                {serviceName(r.serviceCode)}
                {r.client ? ` · ${r.client.name}` : ''}
              </RouterLink>
            </span>
            <StaticChip>
              {t('facts.since', { status: t(`status.${r.status}`), date: finnishDate(r.statusOn) })}
            </StaticChip>
            {r.periodStart && (
              <span>
                {t('facts.period')} {finnishDate(r.periodStart)}–{finnishDate(r.periodEnd)}
              </span>
            )}
            <span>{t('orders.hours', { hours: r.hoursPerMonth })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

type Answer = z.output<typeof OrderResponseSchema>;

function Order({
  order,
  serviceName,
  onDone,
}: {
  order: ListedArrangement;
  serviceName: (code: string) => string;
  onDone: (accepted: boolean) => void;
}) {
  const { t } = useTranslation();
  const [declining, setDeclining] = useState(false);
  const { data: detail } = useArrangement(order.id);
  const form = useForm<z.input<typeof OrderResponseSchema>, unknown, Answer>({
    resolver: rulesResolver(OrderResponseSchema),
    defaultValues: { accept: false, reason: null, workerId: null, cause: null },
  });
  // An own-production unit names the worker who works with the family, or says it has no capacity.
  const ownUnit = detail?.parties.supplier?.ownProduction ?? false;
  const workers = useQuery({
    queryKey: ['own-production', 'workers'],
    queryFn: () => unwrap(api.GET('/own-production/workers')),
    enabled: ownUnit,
  });
  const [workerId, setWorkerId] = useState<string | null>(null);
  const respond = useArrangementCommand(order.id, (body: Answer, api) =>
    unwrap(api.POST('/arrangements/{id}/order-response', { params: { path: { id: order.id } }, body })),
  );
  // The answer is told by the page, not by this card: an answered order leaves the waiting list (its
  // allowedActions no longer hold the answer, and a declining supplier no longer reaches it at all), so
  // the card is gone once the command has read the lists again. Its promise is awaited rather than
  // mutate's own callbacks, which TanStack Query never calls on a card that is gone.
  const send = (body: Answer) =>
    respond.mutateAsync(body).then(
      () => onDone(body.accept),
      (err: unknown) => showProblems(err, form.setError, ['reason', 'workerId']),
    );
  const headingId = `order-${order.id}`;
  return (
    <section className="card" aria-labelledby={headingId} data-arrangement={order.id}>
      <Heading variant="h3" id={headingId}>
        {serviceName(order.serviceCode)}
      </Heading>
      {/* What the supplier decides on is the order's own record (where, an age band, by when), not the list's row. */}
      {detail ? <OrderFacts a={detail} /> : <Paragraph>{t('app.loading')}</Paragraph>}
      <ErrorMessage error={respond.error ?? workers.error} />
      {/* The design system's dropdown cannot be drawn without items: it waits for the unit's workers. */}
      {ownUnit && !declining && workers.data && workers.data.length > 0 && (
        <Dropdown
          labelText={t('orders.worker')}
          visualPlaceholder={t('orders.workerPlaceholder')}
          value={workerId ?? ''}
          onChange={setWorkerId}
        >
          {workers.data.map((w) => (
            <DropdownItem key={w.id} value={w.id}>
              {w.name}
            </DropdownItem>
          ))}
        </Dropdown>
      )}
      {!declining ? (
        <div className="actions">
          <Button
            disabled={respond.isPending}
            onClick={() => void send({ accept: true, reason: null, workerId: ownUnit ? workerId : null, cause: null })}
          >
            {t('orders.accept')}
          </Button>
          {ownUnit && (
            <Button
              variant="secondary"
              disabled={respond.isPending}
              onClick={() => void send({ accept: false, reason: null, workerId: null, cause: 'no_capacity' })}
            >
              {t('orders.noCapacity')}
            </Button>
          )}
          <Button variant="secondary" onClick={() => setDeclining(true)}>
            {t('orders.decline')}
          </Button>
        </div>
      ) : (
        <>
          <TextareaField control={form.control} name="reason" nullable labelText={t('orders.reason')} />
          <div className="actions">
            <Button disabled={respond.isPending} onClick={() => void form.handleSubmit(send)()}>
              {t('orders.confirmDecline')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

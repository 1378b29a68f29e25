import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { api, unwrap } from '../api/client';
import { useCommand } from '../api/command';
import type { components } from '../api/schema';
import { attentionKeys } from '../attention/queries';
import { type Column, DataTable } from '../common/data-table';
import { ErrorMessage } from '../common/errors';
import { ResultRegion, useResult } from '../common/focus';
import { finnishDay, finnishTime } from '../common/format';
import { useTitle } from '../common/title';

type Delivery = components['schemas']['Delivery'];

const parkedKey = ['deliveries', 'parked'] as const;

/**
 * The messages to other systems and people parked for an operator: what, to whom (by kind: never the
 * address), why, since when; each sent again where the API's `allowedActions` has `retry`.
 */
export default function DeliveriesPage() {
  const { t } = useTranslation();
  useTitle(t('deliveries.title'));
  const parked = useQuery({
    queryKey: parkedKey,
    queryFn: () => unwrap(api.GET('/deliveries', { params: { query: { status: 'parked' } } })),
  });
  const queryClient = useQueryClient();
  const { result, say } = useResult();
  const what = (d: Delivery) => t(`deliveries.topics.${d.topic}`, { defaultValue: d.topic });
  const retry = useCommand({
    mutationFn: (d: Delivery, api) => unwrap(api.POST('/deliveries/{id}/retry', { params: { path: { id: d.id } } })),
    onSuccess: async (_answer, d) => {
      await Promise.all([parkedKey, attentionKeys.now].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      // The pressed button has left with its row: the focus goes on from the words that say what was done.
      say(t('deliveries.retried', { what: what(d) }));
    },
  });
  const columns: Column<Delivery>[] = [
    { key: 'what', label: t('deliveries.what'), header: 'row', cell: what },
    { key: 'to', label: t('deliveries.to'), cell: (d) => t(`deliveries.destinations.${d.destination}`) },
    { key: 'why', label: t('deliveries.why'), cell: (d) => d.lastError ?? t('deliveries.noAnswer') },
    {
      key: 'when',
      label: t('deliveries.when'),
      cell: (d) => (d.parkedAt ? `${finnishDay(d.parkedAt)} ${finnishTime(d.parkedAt)}` : ''),
    },
    {
      key: 'actions',
      label: t('deliveries.actions'),
      cell: (d) =>
        d.allowedActions.includes('retry') && (
          <Button
            variant="secondary"
            aria-label={`${t('deliveries.retry')}: ${what(d)} ${d.id}`}
            disabled={retry.isPending}
            onClick={() => retry.mutate(d)}
          >
            {t('deliveries.retry')}
          </Button>
        ),
    },
  ];
  return (
    <>
      <Heading variant="h1">{t('deliveries.title')}</Heading>
      <Paragraph>{t('deliveries.intro')}</Paragraph>
      <ErrorMessage error={parked.error ?? retry.error} />
      <ResultRegion result={result} />
      {parked.isPending && <Paragraph>{t('app.loading')}</Paragraph>}
      <DataTable
        data-list="parked-deliveries"
        caption={t('deliveries.caption')}
        columns={columns}
        rows={parked.data}
        empty={t('deliveries.empty')}
        rowKey={(d) => d.id}
        rowAttributes={(d) => ({ 'data-delivery': d.id })}
      />
    </>
  );
}

import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button, Heading, Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import { unwrap } from '../api/client';
import { allows, type QueueItem } from '../api/types';
import { keys } from '../arrangements/queries';
import { useSession } from '../auth/session';
import { useServiceName } from '../catalogue/catalogue';
import { type Column, DataTable } from '../common/data-table';
import { ErrorMessage } from '../common/errors';
import { ResultRegion, useResult } from '../common/focus';
import { finnishDate } from '../common/format';
import { useTitle } from '../common/title';
import { useCommand } from '../api/command';
import { queueQuery } from './queue-query';

/** The arranging team's queue by due date: who has each proposal, claim and release, page by page. */
export default function QueuePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const serviceName = useServiceName();
  useTitle(t('titles.queue'));
  const queue = useInfiniteQuery(queueQuery(me?.teamId ?? ''));
  const queryClient = useQueryClient();
  const { result, say } = useResult();
  const act = useCommand({
    mutationFn: ({ id, action }: { id: string; action: 'claim' | 'release'; client: string }, api) =>
      unwrap(api.POST(`/arrangements/{id}/${action}`, { params: { path: { id } }, body: {} })),
    onSuccess: async (_answer, { id, action, client }) => {
      await Promise.all(
        [keys.queue, keys.arrangement(id), keys.timeline(id)].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
      // The pressed button has left the row: the focus goes on from the words that say what was done.
      say(t(action === 'claim' ? 'queue.claimed' : 'queue.released', { name: client }));
    },
  });
  const items: QueueItem[] | undefined = queue.data?.pages.flatMap((p) => p.items);
  const columns: Column<QueueItem>[] = [
    {
      key: 'due',
      label: t('queue.due'),
      cell: (a) => (
        <>
          {finnishDate(a.dueOn)}
          {a.overdue && <StaticChip className="chip-alert">{t('queue.overdue')}</StaticChip>}
        </>
      ),
    },
    {
      key: 'client',
      label: t('queue.client'),
      cell: (a) => (
        <RouterLink asComponent={Link} to={`/arrangements/${a.id}`}>
          {a.client.name}
        </RouterLink>
      ),
    },
    {
      key: 'service',
      label: t('queue.service'),
      cell: (a) => (
        <>
          {serviceName(a.serviceCode)}
          {a.specialConsiderations.length > 0 && <StaticChip>{t('queue.special')}</StaticChip>}
        </>
      ),
    },
    { key: 'status', label: t('queue.status'), cell: (a) => t(`status.${a.status}`) },
    // Who has it, in words: the reader's own name reads "you".
    {
      key: 'assignee',
      label: t('queue.assignee'),
      cell: (a) => (a.assigneeId === me?.userId ? t('queue.you') : (a.assigneeName ?? t('queue.nobody'))),
    },
    {
      key: 'actions',
      label: t('queue.actions'),
      cell: (a) => (
        <>
          {allows(a, 'claim') && (
            <Button
              variant="secondary"
              aria-label={`${t('queue.claim')}: ${a.client.name}`}
              disabled={act.isPending}
              onClick={() => act.mutate({ id: a.id, action: 'claim', client: a.client.name })}
            >
              {t('queue.claim')}
            </Button>
          )}
          {allows(a, 'release') && (
            <Button
              variant="secondaryNoBorder"
              aria-label={`${t('queue.release')}: ${a.client.name}`}
              disabled={act.isPending}
              onClick={() => act.mutate({ id: a.id, action: 'release', client: a.client.name })}
            >
              {t('queue.release')}
            </Button>
          )}
        </>
      ),
    },
  ];

  return (
    <>
      <Heading variant="h1">{t('queue.title')}</Heading>
      <ErrorMessage error={queue.error ?? act.error} />
      <ResultRegion result={result} />
      {queue.isPending && <Paragraph>{t('app.loading')}</Paragraph>}
      <DataTable
        caption={t('queue.caption')}
        columns={columns}
        rows={items}
        empty={t('queue.empty')}
        rowKey={(a) => a.id}
        rowAttributes={(a) => ({ 'data-arrangement': a.id })}
      />
      {queue.hasNextPage && (
        <Button
          variant="secondary"
          mt="m"
          disabled={queue.isFetchingNextPage}
          onClick={() => void queue.fetchNextPage()}
        >
          {t('queue.more')}
        </Button>
      )}
    </>
  );
}

import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button, Heading, Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import { api, unwrap } from '../api/client';
import { allows, type QueueItem } from '../api/types';
import { keys } from '../arrangements/queries';
import { useSession } from '../auth/session';
import { useServiceName } from '../catalogue/catalogue';
import { ErrorMessage } from '../common/errors';
import { ResultRegion, useResult } from '../common/focus';
import { finnishDate } from '../common/format';
import { useTitle } from '../common/title';

const PAGE = 50;

/** The arranging team's queue by due date: who has each proposal, claim and release, page by page. */
export default function QueuePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const serviceName = useServiceName();
  useTitle(t('titles.queue'));
  const teamId = me?.teamId ?? '';
  const filters = { limit: PAGE };
  const queue = useInfiniteQuery({
    queryKey: [...keys.queue, teamId, filters],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/teams/{teamId}/queue', { params: { path: { teamId }, query: { ...filters, after: pageParam } } }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const queryClient = useQueryClient();
  const { result, say } = useResult();
  const act = useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'claim' | 'release'; client: string }) =>
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
  // Each column's name, in its header and on each cell, which a phone shows as a card of labelled values.
  const column = {
    due: t('queue.due'),
    client: t('queue.client'),
    service: t('queue.service'),
    status: t('queue.status'),
    assignee: t('queue.assignee'),
    actions: t('queue.actions'),
  };

  return (
    <>
      <Heading variant="h1">{t('queue.title')}</Heading>
      <ErrorMessage error={queue.error ?? act.error} />
      <ResultRegion result={result} />
      {queue.isPending && <Paragraph>{t('app.loading')}</Paragraph>}
      {items?.length === 0 && <Paragraph>{t('queue.empty')}</Paragraph>}
      {items && items.length > 0 && (
        <table className="table">
          <caption>{t('queue.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{column.due}</th>
              <th scope="col">{column.client}</th>
              <th scope="col">{column.service}</th>
              <th scope="col">{column.status}</th>
              <th scope="col">{column.assignee}</th>
              <th scope="col">{column.actions}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id} data-arrangement={a.id}>
                <td data-label={column.due}>
                  {finnishDate(a.dueOn)}
                  {a.overdue && <StaticChip className="chip-alert">{t('queue.overdue')}</StaticChip>}
                </td>
                <td data-label={column.client}>
                  <RouterLink asComponent={Link} to={`/arrangements/${a.id}`}>
                    {a.client.name}
                  </RouterLink>
                </td>
                <td data-label={column.service}>
                  {serviceName(a.serviceCode)}
                  {a.specialConsiderations.length > 0 && <StaticChip>{t('queue.special')}</StaticChip>}
                </td>
                <td data-label={column.status}>{t(`status.${a.status}`)}</td>
                {/* Who has it, in words: the reader's own name reads "you". */}
                <td data-label={column.assignee}>
                  {a.assigneeId === me?.userId ? t('queue.you') : (a.assigneeName ?? t('queue.nobody'))}
                </td>
                <td data-label={column.actions}>
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
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
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

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
  const act = useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'claim' | 'release' }) =>
      unwrap(api.POST(`/arrangements/{id}/${action}`, { params: { path: { id } }, body: {} })),
    onSuccess: (_answer, { id }) =>
      Promise.all(
        [keys.queue, keys.arrangement(id), keys.timeline(id)].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
  const items: QueueItem[] | undefined = queue.data?.pages.flatMap((p) => p.items);

  return (
    <>
      <Heading variant="h1">{t('queue.title')}</Heading>
      <ErrorMessage error={queue.error ?? act.error} />
      {queue.isPending && <Paragraph>{t('app.loading')}</Paragraph>}
      {items?.length === 0 && <Paragraph>{t('queue.empty')}</Paragraph>}
      {items && items.length > 0 && (
        <table className="table">
          <caption>{t('queue.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('queue.due')}</th>
              <th scope="col">{t('queue.client')}</th>
              <th scope="col">{t('queue.service')}</th>
              <th scope="col">{t('queue.status')}</th>
              <th scope="col">{t('queue.assignee')}</th>
              <th scope="col">{t('queue.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id} data-arrangement={a.id}>
                <td>
                  {finnishDate(a.dueOn)}
                  {a.overdue && <StaticChip className="chip-alert">{t('queue.overdue')}</StaticChip>}
                </td>
                <td>
                  <RouterLink asComponent={Link} to={`/arrangements/${a.id}`}>
                    {a.client.name}
                  </RouterLink>
                </td>
                <td>
                  {serviceName(a.serviceCode)}
                  {a.specialConsiderations.length > 0 && <StaticChip>{t('queue.special')}</StaticChip>}
                </td>
                <td>{t(`status.${a.status}`)}</td>
                {/* Who has it, in words: the reader's own name reads "you". */}
                <td>{a.assigneeId === me?.userId ? t('queue.you') : (a.assigneeName ?? t('queue.nobody'))}</td>
                <td>
                  {allows(a, 'claim') && (
                    <Button
                      variant="secondary"
                      aria-label={`${t('queue.claim')}: ${a.client.name}`}
                      disabled={act.isPending}
                      onClick={() => act.mutate({ id: a.id, action: 'claim' })}
                    >
                      {t('queue.claim')}
                    </Button>
                  )}
                  {allows(a, 'release') && (
                    <Button
                      variant="secondaryNoBorder"
                      aria-label={`${t('queue.release')}: ${a.client.name}`}
                      disabled={act.isPending}
                      onClick={() => act.mutate({ id: a.id, action: 'release' })}
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

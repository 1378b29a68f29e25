import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button, Heading, Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import { api, unwrap } from '../api/client';
import type { QueueItem } from '../api/types';
import { useServiceName } from '../catalogue';
import { ErrorMessage } from '../errors';
import { finnishDate } from '../format';
import { useSession } from '../session';

/** The arranging team's queue by due date: who has each proposal, claim and release, page by page. */
export default function Queue() {
  const { t } = useTranslation();
  const { me } = useSession();
  const serviceName = useServiceName();
  const teamId = me?.teamId ?? '';
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    async (after?: string) => {
      try {
        const page = await unwrap(
          api.GET('/teams/{teamId}/queue', { params: { path: { teamId }, query: { limit: 50, after } } }),
        );
        setItems((before) => (after ? [...(before ?? []), ...page.items] : page.items));
        setNext(page.nextCursor);
        setError(null);
      } catch (err) {
        setError(err);
      }
    },
    [teamId],
  );
  useEffect(() => void load(), [load]);

  const act = async (id: string, action: 'claim' | 'release') => {
    try {
      await unwrap(api.POST(`/arrangements/{id}/${action}`, { params: { path: { id } }, body: {} }));
      await load();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <>
      <Heading variant="h1">{t('queue.title')}</Heading>
      <ErrorMessage error={error} />
      {items === null && !error && <Paragraph>{t('app.loading')}</Paragraph>}
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
            {items.map((a) => {
              const mine = a.assigneeId === me?.userId;
              return (
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
                  <td>{mine ? t('queue.you') : (a.assigneeName ?? t('queue.nobody'))}</td>
                  <td>
                    {a.assigneeId === null && (
                      <Button
                        variant="secondary"
                        aria-label={`${t('queue.claim')}: ${a.client.name}`}
                        onClick={() => void act(a.id, 'claim')}
                      >
                        {t('queue.claim')}
                      </Button>
                    )}
                    {mine && (
                      <Button
                        variant="secondaryNoBorder"
                        aria-label={`${t('queue.release')}: ${a.client.name}`}
                        onClick={() => void act(a.id, 'release')}
                      >
                        {t('queue.release')}
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {next && (
        <Button variant="secondary" mt="m" onClick={() => void load(next)}>
          {t('queue.more')}
        </Button>
      )}
    </>
  );
}

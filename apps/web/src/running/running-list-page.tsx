import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Heading, Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { useSession } from '../auth/session';
import { useServiceName } from '../catalogue/catalogue';
import { type Column, DataTable } from '../common/data-table';
import { ErrorMessage } from '../common/errors';
import { finnishDate, finnishDay } from '../common/format';
import { useTitle } from '../common/title';

type RunningRow = components['schemas']['RunningService'];

/**
 * The running services the reader reaches (an own worker's clients', a team's): status, next evaluation,
 * period end and what each waits for, as the API flags it; each opens its arrangement.
 */
export default function RunningListPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  useTitle(t('runningList.title'));
  const serviceName = useServiceName();
  const running = useQuery({
    queryKey: ['running-services', 'all'],
    queryFn: () => unwrap(api.GET('/running-services', { params: { query: { limit: 500 } } })),
  });
  const columns: Column<RunningRow>[] = [
    {
      key: 'client',
      label: t('runningList.client'),
      header: 'row',
      cell: (r) => (
        <RouterLink asComponent={Link} to={`/arrangements/${r.id}`}>
          {r.client.name}
        </RouterLink>
      ),
    },
    { key: 'service', label: t('runningList.service'), cell: (r) => serviceName(r.serviceCode) },
    { key: 'status', label: t('runningList.status'), cell: (r) => t(`status.${r.status}`) },
    {
      key: 'evaluation',
      label: t('runningList.nextEvaluation'),
      cell: (r) => (r.nextEvaluationDueAt ? finnishDay(r.nextEvaluationDueAt) : ''),
    },
    { key: 'periodEnd', label: t('runningList.periodEnd'), cell: (r) => finnishDate(r.periodEnd) },
    {
      key: 'attention',
      label: t('runningList.attention'),
      cell: (r) =>
        r.attention.map((f) => (
          <StaticChip key={f} className="chip-alert">
            {t(`runningList.flags.${f}`)}
          </StaticChip>
        )),
    },
  ];
  return (
    <>
      <Heading variant="h1">{t('runningList.title')}</Heading>
      <Paragraph>{t(me?.role === 'own_worker' ? 'runningList.introOwn' : 'runningList.introTeam')}</Paragraph>
      <ErrorMessage error={running.error} />
      {running.isPending && <Paragraph>{t('app.loading')}</Paragraph>}
      <DataTable
        data-list="running-services"
        caption={t('runningList.caption')}
        captionHidden
        columns={columns}
        rows={running.data}
        empty={t('runningList.empty')}
        rowKey={(r) => r.id}
        rowAttributes={(r) => ({ 'data-arrangement': r.id })}
      />
    </>
  );
}

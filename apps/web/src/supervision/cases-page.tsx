import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Dropdown, DropdownItem, Heading, Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import type { CaseStatus, SupervisionCaseSummary } from '../api/types';
import { useCatalogue, useServiceName } from '../catalogue/catalogue';
import { type Column, DataTable } from '../common/data-table';
import { ErrorMessage } from '../common/errors';
import { finnishDate, finnishDay } from '../common/format';
import { lastDay } from './deadlines';
import { CaseKind, statusText } from './kind';
import { useTitle } from '../common/title';
import { type CaseFilters, useCases } from './queries';
import { SelfMonitoringReport } from './self-monitoring-report';

/** The statuses in the order a case goes through them (every one: the record is checked by the compiler). */
const STATUS_ORDER = {
  assessment: 1,
  awaiting_clarification: 2,
  clarification_received: 3,
  escalated: 4,
  corrective_action: 5,
  closed: 6,
} satisfies Record<CaseStatus, number>;
const STATUSES = Object.keys(STATUS_ORDER) as CaseStatus[];

/** "All": the filter's choice that is not sent. */
const ALL = 'all';

/**
 * The supervision cases the reader takes part in (the arranging team, the team lead, procurement, a
 * supplier its own, a unit's lead the unit's self-monitoring): open ones first, as the API orders them, each
 * marked supervision or self-monitoring, a clarification awaited past its deadline flagged; filtered by
 * supplier, service and status. Below them, for those the API gives it, the self-monitoring findings per
 * unit and quarter.
 */
export default function CasesPage() {
  const { t, i18n } = useTranslation();
  const serviceName = useServiceName();
  const { data: services = [] } = useCatalogue();
  useTitle(t('supervision.title'));
  // A supplier's page links here with its id: the list opens filtered to that supplier.
  const [search] = useSearchParams();
  const [filters, setFilters] = useState<CaseFilters>(() => ({ supplierId: search.get('supplierId') ?? undefined }));
  const cases = useCases(filters);
  // The suppliers to choose from are those with cases the reader sees: the unfiltered list.
  const { data: all = [] } = useCases({});
  const suppliers = [...new Map(all.map((c) => [c.supplierId, c.supplierName])).entries()].sort((a, b) =>
    a[1].localeCompare(b[1], i18n.language),
  );
  const choose = (name: keyof CaseFilters) => (value: string) =>
    setFilters((f) => ({ ...f, [name]: value === ALL ? undefined : value }));
  const columns: Column<SupervisionCaseSummary>[] = [
    {
      key: 'case',
      label: t('supervision.case'),
      cell: (c) => (
        <RouterLink asComponent={Link} to={`/supervision/cases/${c.id}`}>
          {t('supervision.caseName', { supplier: c.supplierName, number: c.number })}
        </RouterLink>
      ),
    },
    { key: 'kind', label: t('supervision.kind'), cell: (c) => <CaseKind c={c} /> },
    {
      key: 'services',
      label: t('supervision.services'),
      cell: (c) => c.serviceCodes.map(serviceName).join(', ') || '–',
    },
    {
      key: 'status',
      label: t('supervision.status'),
      cell: (c) => (
        <>
          {statusText(t, c)}
          {c.outcome && ` · ${t(`supervision.outcomes.${c.outcome}`)}`}
          {c.clarificationOverdue && <StaticChip className="chip-alert">{t('supervision.overdue')}</StaticChip>}
        </>
      ),
    },
    { key: 'opened', label: t('supervision.opened'), cell: (c) => finnishDay(c.openedAt) },
    {
      key: 'deadline',
      label: t('supervision.deadline'),
      cell: (c) =>
        c.clarificationDeadlineAt && c.status !== 'closed'
          ? t('supervision.answerBy', { date: lastDay(c.clarificationDeadlineAt) })
          : c.correctiveActionDueOn && c.status !== 'closed'
            ? t('supervision.planBy', { date: finnishDate(c.correctiveActionDueOn) })
            : '–',
    },
    { key: 'findings', label: t('supervision.findings'), cell: (c) => c.findings },
  ];

  return (
    <>
      <Heading variant="h1">{t('supervision.title')}</Heading>
      <div className="filters" role="search" aria-label={t('supervision.filters')}>
        <Dropdown
          labelText={t('supervision.supplier')}
          value={filters.supplierId ?? ALL}
          onChange={choose('supplierId')}
        >
          <DropdownItem value={ALL}>{t('supervision.all')}</DropdownItem>
          {suppliers.map(([id, name]) => (
            <DropdownItem key={id} value={id}>
              {name}
            </DropdownItem>
          ))}
        </Dropdown>
        <Dropdown
          labelText={t('supervision.service')}
          value={filters.serviceCode ?? ALL}
          onChange={choose('serviceCode')}
        >
          <DropdownItem value={ALL}>{t('supervision.all')}</DropdownItem>
          {services.map((s) => (
            <DropdownItem key={s.code} value={s.code}>
              {serviceName(s.code)}
            </DropdownItem>
          ))}
        </Dropdown>
        <Dropdown labelText={t('supervision.status')} value={filters.status ?? ALL} onChange={choose('status')}>
          <DropdownItem value={ALL}>{t('supervision.all')}</DropdownItem>
          {STATUSES.map((s) => (
            <DropdownItem key={s} value={s}>
              {t(`supervision.statuses.${s}`)}
            </DropdownItem>
          ))}
        </Dropdown>
      </div>
      <ErrorMessage error={cases.error} />
      {cases.isPending && <Paragraph>{t('app.loading')}</Paragraph>}
      <DataTable
        caption={t('supervision.caption')}
        columns={columns}
        rows={cases.data}
        empty={t('supervision.empty')}
        rowKey={(c) => c.id}
        rowAttributes={(c) => ({ 'data-case': c.id })}
      />
      <SelfMonitoringReport />
    </>
  );
}

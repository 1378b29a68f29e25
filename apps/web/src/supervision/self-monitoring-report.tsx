import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem, Heading } from 'suomifi-ui-components';
import { api, unwrap } from '../api/client';
import { useSession } from '../auth/session';
import { type Column, DataTable } from '../common/data-table';
import { ErrorMessage } from '../common/errors';
import { helsinkiToday } from '../common/format';

interface Row {
  unitName: string;
  quarter: string;
  feedback: number;
  plannedVisit: number;
  total: number;
}

/** The years offered: this one and the two before it, in the county's calendar. */
const YEARS = 3;

/**
 * The self-monitoring plan's findings per own-production unit and quarter: the service line's leads see
 * every unit, a unit's lead their own (GET /reports/self-monitoring, which is theirs to read).
 */
export function SelfMonitoringReport() {
  const { me } = useSession();
  return me?.allowedActions.includes('readSelfMonitoring') ? <Report /> : null;
}

function Report() {
  const { t } = useTranslation();
  const id = useId();
  const thisYear = Number(helsinkiToday().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const report = useQuery({
    queryKey: ['self-monitoring-report', year],
    queryFn: () => unwrap(api.GET('/reports/self-monitoring', { params: { query: { year } } })),
  });
  const rows: Row[] | undefined = report.data?.units.flatMap((u) =>
    u.quarters.map((q) => ({ unitName: u.unitName, ...q })),
  );
  const columns: Column<Row>[] = [
    { key: 'unit', label: t('supervision.report.unit'), header: 'row', cell: (r) => r.unitName },
    { key: 'quarter', label: t('supervision.report.quarter'), cell: (r) => r.quarter },
    { key: 'feedback', label: t('supervision.report.feedback'), cell: (r) => r.feedback },
    { key: 'plannedVisit', label: t('supervision.report.plannedVisit'), cell: (r) => r.plannedVisit },
    { key: 'total', label: t('supervision.report.total'), cell: (r) => r.total },
  ];
  return (
    <section className="card" aria-labelledby={id} data-report="self-monitoring">
      <Heading variant="h2" id={id}>
        {t('supervision.report.title')}
      </Heading>
      <Dropdown labelText={t('supervision.report.year')} value={String(year)} onChange={(v) => setYear(Number(v))}>
        {Array.from({ length: YEARS }, (_, i) => thisYear - i).map((y) => (
          <DropdownItem key={y} value={String(y)}>
            {String(y)}
          </DropdownItem>
        ))}
      </Dropdown>
      <ErrorMessage error={report.error} />
      <DataTable
        caption={t('supervision.report.caption', { year })}
        columns={columns}
        rows={rows}
        empty={t('supervision.report.empty')}
        rowKey={(r) => `${r.unitName}:${r.quarter}`}
        rowAttributes={(r) => ({ 'data-quarter': r.quarter })}
      />
    </section>
  );
}

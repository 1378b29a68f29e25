import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, StaticChip } from 'suomifi-ui-components';
import { useServiceName } from '../catalogue/catalogue';
import { type Column, DataTable } from '../common/data-table';
import { ErrorMessage } from '../common/errors';
import { FigureChart } from '../common/figure-chart';
import { monthText } from '../common/format';
import { Loading } from '../common/loading';
import { figureText, npsText } from '../suppliers/figures';
import { useChartTexts } from './chart-parts';
import { type UnitFigures, useUnitFigures } from './queries';
import { monthsBetween } from './series';

type UnitRow = UnitFigures['units'][number];

/**
 * The county's own-production units beside its suppliers (team leads' figures, procurement's register): per
 * unit and service, the year's hours delivered against its capacity (a table, and a chart a month with the
 * capacity drawn), the access time of the services it started and the families' NPS. Counts only, never whose.
 */
export function UnitFiguresSection({ year }: { year: number }) {
  const { t } = useTranslation();
  const id = useId();
  const serviceName = useServiceName();
  const figures = useUnitFigures(year);
  const columns: Column<UnitRow>[] = [
    {
      key: 'unit',
      label: t('figures.units.unit'),
      header: 'row',
      cell: (u) => (
        <>
          {u.unitName} <StaticChip>{t('suppliers.ownProduction')}</StaticChip>
        </>
      ),
    },
    { key: 'service', label: t('figures.units.service'), cell: (u) => serviceName(u.serviceCode) },
    { key: 'capacity', label: t('figures.units.capacity'), cell: (u) => figureText(u.hoursPerMonth, 0) },
    { key: 'takenOn', label: t('figures.units.takenOn'), cell: (u) => figureText(u.hoursTakenOn, 0) },
    { key: 'delivered', label: t('figures.units.delivered'), cell: (u) => figureText(u.deliveredHours, 2) },
    { key: 'started', label: t('figures.units.started'), cell: (u) => u.started },
    {
      key: 'accessDays',
      label: t('figures.units.accessDays'),
      cell: (u) => (u.medianAccessDays === null ? '–' : figureText(u.medianAccessDays, 1)),
    },
    {
      key: 'nps',
      label: t('figures.units.nps'),
      cell: (u) =>
        u.nps === null ? t('figures.units.withheld', { count: figures.data?.minimumAnswersShown }) : npsText(u.nps),
    },
  ];
  return (
    <section className="card" aria-labelledby={id} data-figures="units">
      <Heading variant="h2" id={id}>
        {t('figures.units.title', { year })}
      </Heading>
      <Paragraph>{t('figures.units.intro')}</Paragraph>
      <ErrorMessage error={figures.error} />
      {figures.isPending && <Loading />}
      {figures.data && (
        <>
          <DataTable
            data-list="unit-figures"
            caption={t('figures.units.caption', { year })}
            captionHidden
            columns={columns}
            rows={figures.data.units}
            rowKey={(u) => `${u.supplierId} ${u.serviceCode}`}
            rowAttributes={(u) => ({ 'data-unit': u.supplierId, 'data-service': u.serviceCode })}
            empty={t('figures.units.none')}
          />
          {figures.data.units.map((u) => (
            <UnitHoursChart key={`${u.supplierId} ${u.serviceCode}`} u={u} year={year} />
          ))}
        </>
      )}
    </section>
  );
}

/** A unit's hours delivered a month in the year, against its capacity a month. */
function UnitHoursChart({ u, year }: { u: UnitRow; year: number }) {
  const { t } = useTranslation();
  const serviceName = useServiceName();
  const common = useChartTexts(t('figures.month'));
  const delivered = new Map(u.months.map((m) => [m.month, m.deliveredHours]));
  const rows = monthsBetween(`${year}-01-01`, `${year}-12-31`).map((month) => ({
    key: month,
    label: monthText(month),
    values: { delivered: delivered.get(month) ?? 0 },
  }));
  return (
    <div data-chart="unit-hours" data-unit={u.supplierId} data-service={u.serviceCode}>
      <FigureChart
        {...common}
        title={t('figures.units.chart', { unit: u.unitName, service: serviceName(u.serviceCode) })}
        kind="bar"
        series={[{ key: 'delivered', label: t('figures.units.deliveredSeries') }]}
        rows={rows}
        format={(n) => figureText(n, 1)}
        references={[{ key: 'capacity', label: t('figures.units.capacityReference'), value: u.hoursPerMonth }]}
        download={{ label: t('figures.csv'), fileName: `unit-hours_${u.supplierId}_${u.serviceCode}_${year}.csv` }}
      />
    </div>
  );
}

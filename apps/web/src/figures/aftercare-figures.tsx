import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { useAftercareFigures, useCountyName } from '../aftercare/queries';
import { type Column, DataTable } from '../common/data-table';
import { ErrorMessage } from '../common/errors';
import { FigureChart } from '../common/figure-chart';
import { euros, finnishDate } from '../common/format';
import type { Language } from '../common/i18n';
import { Loading } from '../common/loading';
import { figureText } from '../suppliers/figures';
import { NotSet, useChartTexts } from './chart-parts';

type Figures = NonNullable<ReturnType<typeof useAftercareFigures>['data']>;
type CostRow = Figures['costs'][number];

/**
 * Aftercare's figures (seed 003) over the young people the lead's workers answer for: each responsible worker's
 * young people beside the county's aftercare norm for their profession (said to be unset where it is), the young
 * people placed from here living in another county and those another county placed living here, and what the
 * counties pay each other, by county and year.
 */
export function AftercareFiguresSection() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const lang = i18n.language as Language;
  const figures = useAftercareFigures();
  const f = figures.data;
  const count = (n: number) => figureText(n, 0);
  const workers = useChartTexts(t('aftercare.figures.worker'));
  const counties = useChartTexts(t('aftercare.figures.county'));
  const countyName = useCountyName(lang);
  const costColumns: Column<CostRow>[] = [
    { key: 'year', label: t('aftercare.figures.year'), header: 'row', cell: (c) => String(c.year) },
    { key: 'county', label: t('aftercare.figures.county'), cell: (c) => countyName(c.countyCode) },
    { key: 'paidByThem', label: t('aftercare.figures.paidByThem'), cell: (c) => euros(c.paidByThemCents) },
    { key: 'paidByUs', label: t('aftercare.figures.paidByUs'), cell: (c) => euros(c.paidByUsCents) },
  ];
  const over = f?.responsibleWorkers.filter((w) => w.overNorm) ?? [];
  return (
    <section className="card" aria-labelledby={id} data-figures="aftercare" data-loaded={f ? 'true' : undefined}>
      <Heading variant="h2" id={id}>
        {f ? t('aftercare.figures.title', { on: finnishDate(f.on) }) : t('aftercare.title')}
      </Heading>
      <Paragraph>{t('aftercare.figures.intro')}</Paragraph>
      <ErrorMessage error={figures.error} />
      {figures.isPending && <Loading />}
      {f && (
        <>
          <div data-chart="aftercare-workers">
            <FigureChart
              {...workers}
              title={t('aftercare.figures.workersChart')}
              kind="bar"
              series={[
                { key: 'youngPeople', label: t('aftercare.figures.youngPeople') },
                { key: 'norm', label: t('aftercare.figures.norm') },
              ]}
              rows={f.responsibleWorkers.map((w) => ({
                key: w.userId,
                label: w.name,
                values: { youngPeople: w.youngPeople, norm: w.norm },
              }))}
              missing={t('figures.noValue')}
              format={count}
              download={{ label: t('figures.csv'), fileName: `aftercare-workers_${f.on}.csv` }}
            />
            {f.responsibleWorkers.length > 0 && (
              <Paragraph data-over-norm>
                {over.length === 0
                  ? t('aftercare.figures.noneOverNorm')
                  : t('aftercare.figures.overNorm', { names: over.map((w) => w.name).join(', ') })}
              </Paragraph>
            )}
            {f.responsibleWorkers.some((w) => w.norm === null) && <NotSet />}
          </div>
          <div data-chart="aftercare-counties">
            <FigureChart
              {...counties}
              title={t('aftercare.figures.countiesChart')}
              kind="bar"
              series={[
                { key: 'placedFromHere', label: t('aftercare.figures.placedFromHere') },
                { key: 'placedHere', label: t('aftercare.figures.placedHere') },
              ]}
              rows={f.counties.map((c) => ({
                key: c.countyCode,
                label: c.name[lang],
                values: { placedFromHere: c.placedFromHere, placedHere: c.placedHere },
              }))}
              missing={t('figures.noValue')}
              format={count}
              download={{ label: t('figures.csv'), fileName: `aftercare-counties_${f.on}.csv` }}
            />
          </div>
          <Heading variant="h3" mt="m">
            {t('aftercare.figures.costsTitle')}
          </Heading>
          <Paragraph>{t('aftercare.figures.costsIntro')}</Paragraph>
          <DataTable
            data-list="aftercare-costs"
            caption={t('aftercare.figures.costsTitle')}
            captionHidden
            columns={costColumns}
            rows={f.costs}
            empty={t('aftercare.figures.noCosts')}
            rowKey={(c) => `${c.year} ${c.countyCode}`}
            rowAttributes={(c) => ({ 'data-cost': `${c.year}:${c.countyCode}` })}
          />
        </>
      )}
    </section>
  );
}

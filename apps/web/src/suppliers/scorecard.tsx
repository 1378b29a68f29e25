import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useServiceName } from '../catalogue/catalogue';
import { type Column, DataTable } from '../common/data-table';
import { FigureChart, type FigureRow } from '../common/figure-chart';
import { Fact } from '../common/step';
import { meanText, npsText, SURVEY_ITEMS } from './figures';
import type { Scorecard, ScorecardFigures } from './queries';

/** 2026-Q3 as the reader's language writes a quarter. */
export function useQuarterText(): (period: string) => string {
  const { t } = useTranslation();
  return (period) => {
    const [year, q] = period.split('-Q');
    return t('suppliers.quarter', { year, q });
  };
}

/**
 * A supplier's scorecard as charts with their numbers: per service, the families' NPS and the survey items'
 * means by quarter (a value from fewer answers than the API shows is told as such), then its supervision
 * cases by outcome and its running services by service (counts only). `casesLink` leads to its cases.
 */
export function ScorecardSections({ card, casesLink }: { card: Scorecard; casesLink?: string }) {
  return (
    <>
      <FeedbackFigures card={card} />
      <CasesByOutcome card={card} link={casesLink} />
      <RunningByService card={card} />
    </>
  );
}

function FeedbackFigures({ card }: { card: Scorecard }) {
  const { t } = useTranslation();
  const id = useId();
  const byService = new Map<string, ScorecardFigures[]>();
  for (const row of card.services) byService.set(row.serviceCode, [...(byService.get(row.serviceCode) ?? []), row]);
  return (
    <section className="card" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {t('suppliers.feedbackTitle')}
      </Heading>
      <Paragraph>{t('suppliers.withheldNote', { count: card.minimumAnswersShown })}</Paragraph>
      {byService.size === 0 && <Paragraph>{t('suppliers.noFeedback')}</Paragraph>}
      {[...byService].map(([code, rows]) => (
        <ServiceFigures key={code} code={code} rows={rows} minimum={card.minimumAnswersShown} />
      ))}
    </section>
  );
}

function ServiceFigures({ code, rows, minimum }: { code: string; rows: ScorecardFigures[]; minimum: number }) {
  const { t } = useTranslation();
  const id = useId();
  const serviceName = useServiceName();
  const quarterText = useQuarterText();
  const service = serviceName(code);
  const overall = rows.find((r) => r.period === 'all');
  const quarters = rows.filter((r) => r.period !== 'all').sort((a, b) => a.period.localeCompare(b.period));
  const missing = t('suppliers.withheld', { count: minimum });
  const common = {
    missing,
    rowHeader: t('suppliers.quarterHeader'),
    tableView: t('suppliers.tableView'),
    latest: t('suppliers.latest'),
  };
  const axis = (values: (r: ScorecardFigures) => FigureRow['values']): FigureRow[] =>
    quarters.map((r) => ({ key: r.period, label: quarterText(r.period), values: values(r) }));
  return (
    <section className="service-figures" aria-labelledby={id} data-service={code}>
      <Heading variant="h3" id={id}>
        {service}
      </Heading>
      {overall && (
        <dl className="facts">
          <Fact label={t('suppliers.answers')}>{overall.answers}</Fact>
          <Fact label={t('suppliers.npsAll')}>{overall.nps === null ? missing : npsText(overall.nps)}</Fact>
          <Fact label={t('suppliers.seriousConcerns')}>
            {overall.seriousConcerns === null ? missing : overall.seriousConcerns}
          </Fact>
          <Fact label={t('suppliers.ownWorkerAnswers')}>{overall.ownWorkers.answers}</Fact>
        </dl>
      )}
      <FigureChart
        {...common}
        title={t('suppliers.npsChart', { service })}
        kind="bar"
        series={[{ key: 'nps', label: t('suppliers.nps') }]}
        rows={axis((r) => ({ nps: r.nps }))}
        domain={[-100, 100]}
        ticks={[-100, -50, 0, 50, 100]}
        format={npsText}
      />
      <FigureChart
        {...common}
        title={t('suppliers.meansChart', { service })}
        kind="line"
        series={SURVEY_ITEMS.map((k) => ({ key: k, label: t(`suppliers.items.${k}`) }))}
        rows={axis((r) => Object.fromEntries(SURVEY_ITEMS.map((k) => [k, r.means[k] ?? null])))}
        domain={[1, 4]}
        ticks={[1, 2, 3, 4]}
        format={meanText}
      />
    </section>
  );
}

/** The cases still open, then the closed ones by their outcome. */
const OUTCOMES = ['open', 'closedWithoutAction', 'resolved', 'sanctions', 'contractsTerminated'] as const;

function CasesByOutcome({ card, link }: { card: Scorecard; link?: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {t('suppliers.casesTitle')}
      </Heading>
      <dl className="facts" data-facts="cases">
        {OUTCOMES.map((key) => (
          <Fact key={key} label={t(`suppliers.outcomes.${key}`)}>
            {card.cases[key]}
          </Fact>
        ))}
      </dl>
      {link && (
        <Paragraph>
          <RouterLink asComponent={Link} to={link}>
            {t('suppliers.casesLink')}
          </RouterLink>
        </Paragraph>
      )}
    </section>
  );
}

function RunningByService({ card }: { card: Scorecard }) {
  const { t } = useTranslation();
  const id = useId();
  const serviceName = useServiceName();
  const columns: Column<Scorecard['running'][number]>[] = [
    { key: 'service', label: t('suppliers.service'), cell: (r) => serviceName(r.serviceCode) },
    { key: 'count', label: t('suppliers.runningCount'), cell: (r) => r.count },
  ];
  return (
    <section className="card" aria-labelledby={id}>
      <Heading variant="h2" id={id}>
        {t('suppliers.runningTitle')}
      </Heading>
      <DataTable
        data-list="running"
        caption={t('suppliers.runningCaption')}
        columns={columns}
        rows={card.running}
        empty={t('suppliers.noneRunning')}
        rowKey={(r) => r.serviceCode}
        rowAttributes={(r) => ({ 'data-service': r.serviceCode })}
      />
    </section>
  );
}

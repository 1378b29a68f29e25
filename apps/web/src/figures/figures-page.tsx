import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Dropdown, DropdownItem, Heading, Paragraph } from 'suomifi-ui-components';
import { useCatalogue, useServiceName } from '../catalogue/catalogue';
import { DateField } from '../common/date-field';
import { ErrorMessage } from '../common/errors';
import { FigureChart, type FigureReference } from '../common/figure-chart';
import { euros, finnishDate, helsinkiToday, monthText } from '../common/format';
import { Loading } from '../common/loading';
import { useTitle } from '../common/title';
import { figureText, npsText } from '../suppliers/figures';
import { csvFile, NotSet, useChartTexts } from './chart-parts';
import { AftercareFiguresSection } from './aftercare-figures';
import { BoardReportDownloads } from './board-report';
import { CaseloadFigure } from './caseloads';
import { CompareMunicipalities } from './compare';
import { type FigureChoice, type Municipality, useFigures, useMunicipalities, usePurchases } from './queries';
import { accessRows, APPEAL_SERIES, appealRows, monthsBetween, purchaseRows, unmetRows } from './series';
import { SurveyStatisticsFigure } from './survey-statistics';
import { UnitFiguresSection } from './unit-figures';

/** The period chooser's other choice than a year. */
const CUSTOM = 'custom';
const WHOLE_COUNTY = 'county';

/**
 * The county's figures for its team leads: for a period (a year, or from–to), a service and a municipality
 * (or the whole county), each figure by month as a chart with its numbers, a table and a CSV file; the
 * county's targets and baselines drawn where it has set them, and said to be unset where it has not; then
 * one figure of every municipality side by side. The choices live in the address, to share or reload.
 */
export default function FiguresPage() {
  const { t } = useTranslation();
  useTitle(t('figures.title'));
  const catalogue = useCatalogue();
  const municipalities = useMunicipalities();
  const choice = useChoice(catalogue.data?.[0]?.code ?? '');
  return (
    <>
      <Heading variant="h1">{t('figures.title')}</Heading>
      <Paragraph>{t('figures.intro')}</Paragraph>
      <ErrorMessage error={catalogue.error ?? municipalities.error} />
      {(catalogue.isPending || municipalities.isPending) && <Loading />}
      {catalogue.data && municipalities.data && choice.value.serviceCode && (
        <>
          <Choosers choice={choice} municipalities={municipalities.data} />
          <MonthlyFigures choice={choice.value} municipalities={municipalities.data} />
          <SurveyStatisticsFigure choice={choice.value} />
          <CompareMunicipalities choice={choice.value} municipalities={municipalities.data} />
          <UnitFiguresSection year={Number(choice.value.to.slice(0, 4))} />
          <CaseloadFigure municipalityCode={choice.value.municipalityCode} />
          <AftercareFiguresSection />
          <BoardReportDownloads />
        </>
      )}
    </>
  );
}

interface Choice {
  value: FigureChoice;
  /** The year chosen, or null for a period of its own. */
  year: number | null;
  set: (changes: Record<string, string | null>) => void;
}

/** The choices read from the address: a year (this one unless told), or from–to; the first service; the whole county. */
function useChoice(firstService: string): Choice {
  const [search, setSearch] = useSearchParams();
  const thisYear = Number(helsinkiToday().slice(0, 4));
  const from = search.get('from');
  const to = search.get('to');
  const custom = from !== null && to !== null;
  const year = custom ? null : Number(search.get('year') ?? thisYear);
  return {
    value: {
      from: custom ? from : `${year}-01-01`,
      to: custom ? to : `${year}-12-31`,
      serviceCode: search.get('service') ?? firstService,
      municipalityCode: search.get('municipality'),
    },
    year,
    set: (changes) =>
      setSearch(
        (s) => {
          for (const [k, v] of Object.entries(changes)) {
            if (v === null) s.delete(k);
            else s.set(k, v);
          }
          return s;
        },
        { replace: true },
      ),
  };
}

function Choosers({ choice, municipalities }: { choice: Choice; municipalities: Municipality[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as 'fi' | 'sv' | 'en';
  const { data: services = [] } = useCatalogue();
  const thisYear = Number(helsinkiToday().slice(0, 4));
  // Five years back and the next: a baseline set for next year is seen before the year begins.
  const years = Array.from({ length: 7 }, (_, i) => thisYear + 1 - i);
  const { value } = choice;
  return (
    <section className="card" aria-label={t('figures.choices')}>
      <div className="fields-row">
        <Dropdown
          labelText={t('figures.period')}
          value={choice.year === null ? CUSTOM : String(choice.year)}
          onChange={(v) =>
            choice.set(
              v === CUSTOM ? { year: null, from: value.from, to: value.to } : { year: v, from: null, to: null },
            )
          }
        >
          {[
            ...years.map((y) => (
              <DropdownItem key={y} value={String(y)}>
                {String(y)}
              </DropdownItem>
            )),
            <DropdownItem key={CUSTOM} value={CUSTOM}>
              {t('figures.customPeriod')}
            </DropdownItem>,
          ]}
        </Dropdown>
        <Dropdown
          labelText={t('figures.service')}
          value={value.serviceCode}
          onChange={(v) => choice.set({ service: v })}
        >
          {services.map((s) => (
            <DropdownItem key={s.code} value={s.code}>
              {s.name[lang]}
            </DropdownItem>
          ))}
        </Dropdown>
        <Dropdown
          labelText={t('figures.municipality')}
          value={value.municipalityCode ?? WHOLE_COUNTY}
          onChange={(v) => choice.set({ municipality: v === WHOLE_COUNTY ? null : v })}
        >
          {[
            <DropdownItem key={WHOLE_COUNTY} value={WHOLE_COUNTY}>
              {t('figures.wholeCounty')}
            </DropdownItem>,
            ...municipalities.map((m) => (
              <DropdownItem key={m.code} value={m.code}>
                {m.name[lang]}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
      </div>
      {choice.year === null && (
        <div className="fields-row">
          <DateField
            labelText={t('figures.from')}
            value={value.from}
            onChange={(iso) => iso && iso <= value.to && choice.set({ from: iso })}
          />
          <DateField
            labelText={t('figures.to')}
            value={value.to}
            onChange={(iso) => iso && iso >= value.from && choice.set({ to: iso })}
          />
        </div>
      )}
    </section>
  );
}

function MonthlyFigures({ choice, municipalities }: { choice: FigureChoice; municipalities: Municipality[] }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const lang = i18n.language as 'fi' | 'sv' | 'en';
  const serviceName = useServiceName();
  const figures = useFigures(choice);
  const year = Number(choice.to.slice(0, 4));
  const purchases = usePurchases(year, choice.municipalityCode);
  const common = useChartTexts(t('figures.month'));
  const download = (figure: string) => csvFile(figure, choice, t('figures.csv'));
  const place = municipalities.find((m) => m.code === choice.municipalityCode)?.name[lang] ?? t('figures.wholeCounty');
  const months = monthsBetween(choice.from, choice.to);
  const f = figures.data;
  const p = purchases.data;
  const series = (keys: readonly string[]) => keys.map((key) => ({ key, label: t(`figures.series.${key}`) }));
  const count = (n: number) => figureText(n, 0);
  return (
    <section className="card" aria-labelledby={id} data-figures="monthly" data-loaded={f && p ? 'true' : undefined}>
      <Heading variant="h2" id={id}>
        {t('figures.monthlyTitle', {
          service: serviceName(choice.serviceCode),
          place,
          from: finnishDate(choice.from),
          to: finnishDate(choice.to),
        })}
      </Heading>
      <ErrorMessage error={figures.error ?? purchases.error} />
      {(figures.isPending || purchases.isPending) && <Loading />}
      {f && (
        <>
          <div data-chart="accessDays">
            <FigureChart
              {...common}
              title={t('figures.charts.accessDays')}
              kind="bar"
              series={series(['medianDays'])}
              rows={accessRows(f, months, monthText)}
              format={(n) => figureText(n, 1)}
              download={download('access_days')}
            />
          </div>
          <div data-chart="accessShare">
            <FigureChart
              {...common}
              title={t('figures.charts.accessShare')}
              kind="bar"
              series={series(['withinTarget'])}
              rows={accessRows(f, months, monthText)}
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              format={(n) => `${figureText(n, 1)} %`}
              download={download('access_within_target')}
            />
          </div>
          <div data-chart="appeals">
            <FigureChart
              {...common}
              title={t('figures.charts.appeals')}
              kind="bar"
              series={series(APPEAL_SERIES)}
              rows={appealRows(f, months, monthText)}
              format={count}
              download={download('appeals')}
            />
          </div>
          <div data-chart="unmetNeeds">
            <FigureChart
              {...common}
              title={t('figures.charts.unmetNeeds')}
              kind="bar"
              series={series(['recorded', 'stillOpen'])}
              rows={unmetRows(f, months, monthText)}
              format={count}
              download={download('unmet_needs')}
            />
          </div>
          <NpsFigure f={f} choice={choice} />
        </>
      )}
      {p && <PurchasesFigure p={p} choice={choice} />}
    </section>
  );
}

/** The families' NPS for the period against the county's target for the service, when it has set one. */
function NpsFigure({ f, choice }: { f: NonNullable<ReturnType<typeof useFigures>['data']>; choice: FigureChoice }) {
  const { t } = useTranslation();
  const common = useChartTexts(t('figures.periodHeader'));
  const row = f.satisfaction.find((s) => s.serviceCode === choice.serviceCode);
  const references: FigureReference[] =
    row?.npsTarget != null
      ? [{ key: 'npsTarget', label: t('figures.references.npsTarget'), value: row.npsTarget }]
      : [];
  const period = `${finnishDate(choice.from)}–${finnishDate(choice.to)}`;
  return (
    <div data-chart="nps">
      <FigureChart
        {...common}
        missing={t('figures.npsWithheld')}
        title={t('figures.charts.nps')}
        kind="bar"
        series={[{ key: 'nps', label: t('figures.series.nps') }]}
        rows={[{ key: 'period', label: period, values: { nps: row?.nps ?? null } }]}
        domain={[-100, 100]}
        ticks={[-100, -50, 0, 50, 100]}
        format={npsText}
        references={references}
        download={csvFile('nps', choice, t('figures.csv'))}
      />
      {references.length === 0 && <NotSet />}
    </div>
  );
}

/** The year's purchases of the service month by month and summed, against the county's baseline and target. */
function PurchasesFigure({
  p,
  choice,
}: {
  p: NonNullable<ReturnType<typeof usePurchases>['data']>;
  choice: FigureChoice;
}) {
  const { t } = useTranslation();
  const common = useChartTexts(t('figures.month'));
  const line = p.services.find((s) => s.serviceCode === choice.serviceCode);
  // The year's months up to the period's last: the cost followed as far as the period reaches.
  const months = monthsBetween(`${p.year}-01-01`, choice.to);
  const example = line?.baselineIsExample ? ` (${t('settings.example')})` : '';
  const references: FigureReference[] = [
    ...(line?.baselineCents != null
      ? [{ key: 'baseline', label: `${t('figures.references.baseline')}${example}`, value: line.baselineCents / 100 }]
      : []),
    ...(line?.targetCents != null
      ? [{ key: 'target', label: t('figures.references.target'), value: line.targetCents / 100 }]
      : []),
  ];
  return (
    <div data-chart="purchases">
      <FigureChart
        {...common}
        title={t('figures.charts.purchases', { year: p.year })}
        kind="line"
        series={[
          { key: 'spent', label: t('figures.series.spent') },
          { key: 'cumulative', label: t('figures.series.cumulative') },
        ]}
        rows={purchaseRows(p, choice.serviceCode, months, monthText)}
        format={(n) => euros(Math.round(n * 100))}
        references={references}
        download={csvFile('purchases', { ...choice, from: `${p.year}-01-01` }, t('figures.csv'))}
      />
      {references.length === 0 && <NotSet />}
    </div>
  );
}

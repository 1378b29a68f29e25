import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem, Heading } from 'suomifi-ui-components';
import { ErrorMessage } from '../common/errors';
import { FigureChart, type FigureReference } from '../common/figure-chart';
import { euros } from '../common/format';
import { Loading } from '../common/loading';
import { figureText, npsText } from '../suppliers/figures';
import { csvFile, NotSet, useChartTexts } from './chart-parts';
import { type FigureChoice, type Figures, type Municipality, useFiguresOfEach, usePurchasesOfEach } from './queries';

/** The figures one municipality's may be compared by: each read from its figures of the period, or its purchases. */
const COMPARED = {
  medianDays: { of: (f: Figures, s: string) => f.accessTime.find((a) => a.serviceCode === s)?.medianDays ?? null },
  withinTarget: {
    of: (f: Figures, s: string) => {
      const a = f.accessTime.find((x) => x.serviceCode === s);
      return a ? Math.round(a.withinTargetShare * 1000) / 10 : null;
    },
  },
  negativeDecisions: { of: (f: Figures, s: string) => sum(f.appeals, s, 'negativeDecisions') },
  rectificationRequests: { of: (f: Figures, s: string) => sum(f.appeals, s, 'rectificationRequests') },
  unmetNeeds: { of: (f: Figures) => f.unmetNeeds.recorded },
  nps: { of: (f: Figures, s: string) => f.satisfaction.find((x) => x.serviceCode === s)?.nps ?? null },
  spent: { of: null },
} as const;
type Compared = keyof typeof COMPARED;

function sum(rows: Figures['appeals'], serviceCode: string, key: 'negativeDecisions' | 'rectificationRequests') {
  return rows.filter((r) => r.serviceCode === serviceCode).reduce((n, r) => n + r[key], 0);
}

/**
 * One figure of every municipality side by side, a bar each: the same period and service, the figure chosen.
 * The NPS is drawn against the county's target where it has set one; the others have none per municipality.
 */
export function CompareMunicipalities({
  choice,
  municipalities,
}: {
  choice: FigureChoice;
  municipalities: Municipality[];
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const lang = i18n.language as 'fi' | 'sv' | 'en';
  const [figure, setFigure] = useState<Compared>('medianDays');
  const codes = municipalities.map((m) => m.code);
  const year = Number(choice.to.slice(0, 4));
  const figures = useFiguresOfEach(choice, figure === 'spent' ? [] : codes);
  const purchases = usePurchasesOfEach(year, figure === 'spent' ? codes : []);
  const results = figure === 'spent' ? purchases : figures;
  const common = useChartTexts(t('figures.municipality'));
  const pending = results.some((r) => r.isPending);
  const error = results.find((r) => r.error)?.error;
  const value = (i: number): number | null => {
    if (figure === 'spent') {
      const p = purchases[i]?.data;
      const cents = p?.services.find((s) => s.serviceCode === choice.serviceCode)?.spentCents ?? 0;
      return p ? cents / 100 : null;
    }
    const f = figures[i]?.data;
    return f ? COMPARED[figure].of(f, choice.serviceCode) : null;
  };
  const target = figures
    .map((r) => r.data?.satisfaction.find((s) => s.serviceCode === choice.serviceCode)?.npsTarget)
    .find((v) => v != null);
  const references: FigureReference[] =
    figure === 'nps' && typeof target === 'number'
      ? [{ key: 'npsTarget', label: t('figures.references.npsTarget'), value: target }]
      : [];
  const format =
    figure === 'spent'
      ? (n: number) => euros(Math.round(n * 100))
      : figure === 'nps'
        ? npsText
        : figure === 'withinTarget'
          ? (n: number) => `${figureText(n, 1)} %`
          : (n: number) => figureText(n, 1);
  const label = t(`figures.compared.${figure}`);
  return (
    <section className="card" aria-labelledby={id} data-figures="compare">
      <Heading variant="h2" id={id}>
        {t('figures.compareTitle')}
      </Heading>
      <Dropdown labelText={t('figures.comparedFigure')} value={figure} onChange={(v) => setFigure(v)}>
        {(Object.keys(COMPARED) as Compared[]).map((k) => (
          <DropdownItem key={k} value={k}>
            {t(`figures.compared.${k}`)}
          </DropdownItem>
        ))}
      </Dropdown>
      <ErrorMessage error={error} />
      {pending ? (
        <Loading />
      ) : (
        <div data-chart="compare">
          <FigureChart
            {...common}
            title={
              figure === 'spent'
                ? t('figures.compareChartYear', { figure: label, year })
                : t('figures.compareChart', { figure: label })
            }
            kind="bar"
            series={[{ key: 'value', label }]}
            rows={municipalities.map((m, i) => ({ key: m.code, label: m.name[lang], values: { value: value(i) } }))}
            format={format}
            references={references}
            download={csvFile(`compare_${figure}`, { ...choice, municipalityCode: 'all' }, t('figures.csv'))}
          />
          {figure === 'nps' && references.length === 0 && <NotSet />}
        </div>
      )}
    </section>
  );
}

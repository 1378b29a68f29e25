import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { FigureChart } from '../common/figure-chart';
import { ErrorMessage } from '../common/errors';
import { Loading } from '../common/loading';
import { figureText } from '../suppliers/figures';
import { NotSet, useChartTexts } from './chart-parts';
import { useCaseloads } from './queries';

/**
 * Each own worker's clients beside the county's norm for their profession (a pair of bars a worker), in the
 * municipality chosen; a profession without a norm shows no norm bar, and the page says the norm is not set.
 */
export function CaseloadFigure({ municipalityCode }: { municipalityCode: string | null }) {
  const { t } = useTranslation();
  const id = useId();
  const caseloads = useCaseloads(municipalityCode);
  const common = useChartTexts(t('figures.worker'));
  const rows = (caseloads.data ?? []).map((c) => ({
    key: c.userId,
    label: c.name,
    values: { clients: c.clients, norm: c.norm },
  }));
  return (
    <section className="card" aria-labelledby={id} data-chart="caseloads">
      <Heading variant="h2" id={id}>
        {t('figures.charts.caseloads')}
      </Heading>
      <ErrorMessage error={caseloads.error} />
      {caseloads.isPending && <Loading />}
      {caseloads.data && (
        <>
          <FigureChart
            {...common}
            title={t('figures.charts.caseloads')}
            kind="bar"
            series={[
              { key: 'clients', label: t('figures.series.clients') },
              { key: 'norm', label: t('figures.series.norm') },
            ]}
            rows={rows}
            format={(n) => figureText(n, 0)}
            download={{ label: t('figures.csv'), fileName: `caseloads_${municipalityCode ?? 'county'}.csv` }}
          />
          {caseloads.data.some((c) => c.norm === null) && <NotSet />}
        </>
      )}
    </section>
  );
}

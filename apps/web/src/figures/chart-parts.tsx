import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import type { FigureChartProps } from '../common/figure-chart';
import type { FigureChoice } from './queries';

/** What every chart of the page shares: the month's header, the table's button, the words beside it. */
export function useChartTexts(rowHeader: string) {
  const { t } = useTranslation();
  return {
    rowHeader,
    tableView: t('figures.tableView'),
    latest: t('figures.latest'),
    missing: t('figures.noValue'),
  } satisfies Partial<FigureChartProps>;
}

/** The chart's CSV file: named by the figure and the choices, so that two downloads never share a name. */
export function csvFile(figure: string, c: FigureChoice, label: string) {
  return {
    label,
    fileName: `${[figure, c.serviceCode, c.municipalityCode ?? 'county', c.from, c.to].join('_')}.csv`,
  };
}

/** Where the county has set no target: said, never drawn, with the way to set one. */
export function NotSet() {
  const { t } = useTranslation();
  return (
    <Paragraph className="figure-not-set" data-not-set>
      {t('figures.notSet')}{' '}
      <RouterLink asComponent={Link} to="/settings">
        {t('figures.settingsLink')}
      </RouterLink>
    </Paragraph>
  );
}

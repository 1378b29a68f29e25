import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { SURVEY_ITEMS, WORKED_WITH } from '../../../../libs/domain/feedback';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { useServiceName } from '../catalogue/catalogue';
import { type Column, DataTable } from '../common/data-table';
import { ErrorMessage } from '../common/errors';
import { Loading } from '../common/loading';
import { figureText } from '../suppliers/figures';
import { useQuarterText } from '../suppliers/scorecard';
import { figureKeys, type FigureChoice } from './queries';

type Statistics = components['schemas']['SurveyStatistics'];
type Group = Statistics['groups'][number];
type Question = keyof Group['questions'];
type QuestionFigures = components['schemas']['SurveyQuestionFigures'];

/** The survey's questions answered as numbers, in the survey's order: the 1–4 items, then the recommendation. */
const QUESTIONS: readonly Question[] = [...SURVEY_ITEMS, 'recommend'];
const FIGURES = ['min', 'max', 'mean', 'median', 'sd'] as const;

/**
 * The client survey's statistics for the service, period and municipality chosen, a table a quarter: each
 * question's respondents, lowest and highest answer, mean, median and standard deviation, as the API gives
 * them (figures from too few answers withheld there, and said to be here); then with whom the work was done.
 */
export function SurveyStatisticsFigure({ choice }: { choice: FigureChoice }) {
  const { t } = useTranslation();
  const id = useId();
  const serviceName = useServiceName();
  const quarterText = useQuarterText();
  const statistics = useQuery({
    queryKey: [...figureKeys.all, 'survey', choice] as const,
    queryFn: () =>
      unwrap(
        api.GET('/feedback/statistics', {
          params: {
            query: {
              from: choice.from,
              to: choice.to,
              serviceCode: choice.serviceCode,
              ...(choice.municipalityCode && { municipalityCode: choice.municipalityCode }),
            },
          },
        }),
      ),
  });
  const s = statistics.data;
  const groups = (s?.groups ?? []).filter((g) => g.serviceCode === choice.serviceCode);
  return (
    <section
      className="card"
      aria-labelledby={id}
      data-figures="survey"
      data-loaded={s ? 'true' : undefined}
      data-service={choice.serviceCode}
    >
      <Heading variant="h2" id={id}>
        {`${t('surveyStatistics.title')}: ${serviceName(choice.serviceCode)}`}
      </Heading>
      <ErrorMessage error={statistics.error} />
      {statistics.isPending && <Loading />}
      {s && (
        <>
          <Paragraph>{t('surveyStatistics.intro', { count: s.minimumAnswersShown })}</Paragraph>
          {groups.length === 0 && <Paragraph>{t('surveyStatistics.none')}</Paragraph>}
          {groups.map((g) => (
            <QuarterTable key={g.quarter} group={g} quarter={quarterText(g.quarter)} minimum={s.minimumAnswersShown} />
          ))}
        </>
      )}
    </section>
  );
}

function QuarterTable({ group, quarter, minimum }: { group: Group; quarter: string; minimum: number }) {
  const { t } = useTranslation();
  const withheld = t('surveyStatistics.withheld', { count: minimum });
  const shown = (f: QuestionFigures, value: number | null, digits: number) =>
    f.withheld ? withheld : value === null ? '–' : figureText(value, digits);
  const label = (q: Question) => (q === 'recommend' ? t('feedback.recommend') : t(`feedback.items.${q}`));
  const columns: Column<Question>[] = [
    { key: 'question', label: t('surveyStatistics.question'), header: 'row', cell: label },
    { key: 'n', label: t('surveyStatistics.n'), cell: (q) => group.questions[q].n },
    ...FIGURES.map((k) => ({
      key: k,
      label: t(`surveyStatistics.${k}`),
      cell: (q: Question) => shown(group.questions[q], group.questions[q][k], 2),
    })),
  ];
  const counts = { quarter, respondents: group.respondents, count: minimum };
  const w = group.workedWith;
  return (
    <div data-quarter={group.quarter}>
      {group.withheld ? (
        <Paragraph>{t('surveyStatistics.withheldGroup', counts)}</Paragraph>
      ) : (
        <>
          <DataTable
            caption={t('surveyStatistics.caption', counts)}
            columns={columns}
            rows={QUESTIONS}
            rowKey={(q) => q}
            rowAttributes={(q) => ({ 'data-question': q })}
          />
          <Paragraph>
            {w.choices === null
              ? t('surveyStatistics.workedWithWithheld', { count: minimum })
              : t('surveyStatistics.workedWith', {
                  respondents: w.respondents,
                  selections: w.selections,
                  choices: WORKED_WITH.map((c) => `${t(`feedback.workedWithChoices.${c}`)} ${w.choices![c]}`).join(
                    ', ',
                  ),
                })}
          </Paragraph>
        </>
      )}
    </div>
  );
}

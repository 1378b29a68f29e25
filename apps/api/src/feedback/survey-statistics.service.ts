import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  COUNTED_IN_SURVEY,
  MIN_ANSWERS_SHOWN,
  nps,
  SURVEY_ITEMS,
  type SurveyItem,
  WORKED_WITH,
  type WorkedWith,
} from '../../../../libs/domain/feedback';
import { shownFigures, type ShownFigures } from '../../../../libs/domain/survey-statistics';
import { reach } from '../access/record-policy';
import type { AuthUser } from '../auth/auth';
import { DomainError } from '../common/domain-error';
import { select } from '../common/postgres';
import { ITEM_COLUMN } from './survey-columns';

/** Which answers the statistics are of. */
export interface SurveyStatisticsFilter {
  /** The days the answers were given on, both included. */
  from: string;
  to: string;
  serviceCode?: string | null;
  /** The clients of one municipality only (their home municipality, as the other figures count it). */
  municipalityCode?: string | null;
  supplierId?: string | null;
}

/** The questions answered as numbers: the 1–4 items and the recommendation (0–10). */
export type SurveyQuestion = SurveyItem | 'recommend';
export const NUMERIC_QUESTIONS: readonly SurveyQuestion[] = [...SURVEY_ITEMS, 'recommend'];

/** One service in one quarter: each question's figures, with whom the work was done, the NPS. */
export interface SurveyGroup {
  serviceCode: string;
  /** 2026-Q3. */
  quarter: string;
  /** Families who answered the survey in the quarter. */
  respondents: number;
  /** Fewer respondents than MIN_ANSWERS_SHOWN: every figure of the group is withheld, its counts shown. */
  withheld: boolean;
  questions: Record<SurveyQuestion, ShownFigures>;
  /** Null when withheld: then the choices could tell a family. */
  nps: number | null;
  /** "Worked with mainly": who answered it, the choices made in all, and each choice's count. */
  workedWith: {
    respondents: number;
    selections: number | null;
    choices: Record<WorkedWith, number> | null;
  };
}

export interface SurveyStatistics {
  period: { from: string; to: string };
  municipalityCode: string | null;
  minimumAnswersShown: number;
  groups: SurveyGroup[];
}

interface AnswerRow {
  serviceCode: string;
  quarter: string;
  values: Record<SurveyQuestion, number | null>;
  workedWith: WorkedWith[] | null;
}

/**
 * The client survey's statistics per service and quarter (seed 002's report: for each question the
 * respondents, the lowest and highest answer, mean, median and standard deviation), of the families' answers
 * only: the own workers' forms are their assessment, never mixed in. No client and no free text: the words
 * stay with the answer, for those who read the families' words. The answers are read here and the figures
 * computed by libs/domain/survey-statistics.ts, their one home.
 *
 * For other reports to call: without a reader, the whole county's answers; with one, those of the
 * arrangements the reader reaches (a team lead's teams'), as the other figures count them.
 */
@Injectable()
export class SurveyStatisticsService {
  constructor(private readonly ds: DataSource) {}

  async statistics(filter: SurveyStatisticsFilter, reader?: AuthUser): Promise<SurveyStatistics> {
    const code = filter.municipalityCode;
    if (code && !(await select(this.ds, 'select 1 from municipality where code = $1', [code])).length) {
      throw DomainError.invalidField('municipalityCode', 'known_municipality', `no municipality ${code} in the county`);
    }
    const params: unknown[] = [
      filter.from,
      filter.to,
      filter.serviceCode ?? null,
      filter.municipalityCode ?? null,
      filter.supplierId ?? null,
      COUNTED_IN_SURVEY,
    ];
    const reached = reader ? reach(reader, 'arrangement', (v) => `$${params.push(v)}`) : 'true';
    const rows = await select<Omit<AnswerRow, 'values'> & Record<string, unknown>>(
      this.ds,
      `select f.service_code as "serviceCode",
              to_char(date_trunc('quarter', f.answered_on::timestamp), 'YYYY-"Q"Q') as quarter,
              ${SURVEY_ITEMS.map((k) => `f.${ITEM_COLUMN[k]} as "${k}"`).join(', ')}, f.recommend,
              f.worked_with as "workedWith"
       from feedback f join arrangement a on a.id = f.arrangement_id
       where f.answered_on between $1 and $2 and ($3::text is null or f.service_code = $3)
         and ($4::text is null or a.client_id in (select c.id from client c where c.municipality_code = $4))
         and ($5::uuid is null or f.supplier_id = $5) and f.respondent = $6 and ${reached}
       order by 1, 2`,
      params,
    );
    const groups = new Map<string, AnswerRow[]>();
    for (const r of rows) {
      const key = `${r.serviceCode} ${r.quarter}`;
      const values = Object.fromEntries(NUMERIC_QUESTIONS.map((q) => [q, r[q] as number | null]));
      groups.set(key, [
        ...(groups.get(key) ?? []),
        { serviceCode: r.serviceCode, quarter: r.quarter, values, workedWith: r.workedWith } as AnswerRow,
      ]);
    }
    return {
      period: { from: filter.from, to: filter.to },
      municipalityCode: filter.municipalityCode ?? null,
      minimumAnswersShown: MIN_ANSWERS_SHOWN,
      groups: [...groups.values()].map(groupFigures),
    };
  }
}

function groupFigures(answers: AnswerRow[]): SurveyGroup {
  const { serviceCode, quarter } = answers[0]!;
  const withheld = answers.length < MIN_ANSWERS_SHOWN;
  const valuesOf = (q: SurveyQuestion) => answers.flatMap((a) => (a.values[q] === null ? [] : [a.values[q]]));
  const chosen = answers.flatMap((a) => (a.workedWith === null ? [] : [a.workedWith]));
  const shownChoices = !withheld && chosen.length >= MIN_ANSWERS_SHOWN;
  const recommend = valuesOf('recommend');
  return {
    serviceCode,
    quarter,
    respondents: answers.length,
    withheld,
    questions: Object.fromEntries(NUMERIC_QUESTIONS.map((q) => [q, shownFigures(valuesOf(q))])) as Record<
      SurveyQuestion,
      ShownFigures
    >,
    nps: recommend.length >= MIN_ANSWERS_SHOWN ? nps(recommend) : null,
    workedWith: {
      respondents: chosen.length,
      selections: shownChoices ? chosen.reduce((n, c) => n + c.length, 0) : null,
      choices: shownChoices
        ? (Object.fromEntries(WORKED_WITH.map((w) => [w, chosen.filter((c) => c.includes(w)).length])) as Record<
            WorkedWith,
            number
          >)
        : null,
    },
  };
}

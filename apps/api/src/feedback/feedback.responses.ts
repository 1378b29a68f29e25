import { z } from 'zod';
import { FEEDBACK_RULES_ACTIONS } from '../../../../libs/contracts/actions';
import { SURVEY_ITEMS, type SurveyItem, WORKED_WITH, type WorkedWith } from '../../../../libs/domain/feedback';
import { Shapes } from '../common/responses';

const { date, timestamp } = Shapes;
const item = z.number().int().nullable();
const ARRANGEMENT_ID = '0b6f8a52-3c1e-4f7a-9d2b-5e8c1a7f4b60';

export const Feedback = z
  .object({
    id: z.uuid(),
    arrangementId: z.uuid(),
    serviceCode: z.string(),
    supplierId: z.uuid().nullable(),
    respondent: z.enum(['family', 'own_worker']),
    answeredOn: date,
    recommend: z.number().int().nullable().describe('0–10'),
    seriousConcern: z.boolean().nullable(),
    badReasons: z.array(z.string()).describe('Why the answer counts as bad (item_low:…, serious_concern, nps_low)'),
    heard: item,
    rightThings: item,
    lifeSituation: item.describe('Null when not answered, and in answers imported before the question was asked'),
    parentCoping: item,
    familyRelations: item,
    influence: item,
    workedWith: z
      .array(z.enum(WORKED_WITH))
      .nullable()
      .describe('With whom the work was mainly done; null when not answered'),
    duration: z.string().nullable().describe('How long the service lasted, as the respondent put it'),
    municipality: z.string().nullable().describe('Where the service was given, a municipality code'),
    caseId: z.uuid().nullable().describe('The supervision case the bad answer was brought to'),
  })
  .meta({
    id: 'Feedback',
    example: {
      id: '7f3b9d15-6a2c-4e8b-b4d1-9c7e5a3f1b28',
      arrangementId: ARRANGEMENT_ID,
      serviceCode: 'family_work',
      supplierId: '2a8c4e61-9b3d-4f5a-8c7e-1b3d5f7a9c42',
      respondent: 'own_worker',
      answeredOn: '2026-11-27',
      recommend: 3,
      seriousConcern: true,
      badReasons: ['serious_concern'],
      heard: 2,
      rightThings: 2,
      lifeSituation: 2,
      parentCoping: 3,
      familyRelations: 2,
      influence: 1,
      workedWith: ['parents', 'whole_family'],
      duration: '6 kk',
      municipality: 'lohja',
      caseId: '4c9e2a73-1d5b-4f8c-9a6e-3b7d1f5c9e36',
    },
  });

export const FeedbackRequest = z
  .object({
    arrangementId: z.uuid(),
    serviceCode: z.string(),
    supplierId: z.uuid().nullable(),
    endedOn: date,
    requestedAt: timestamp,
    clientName: z.string(),
    clientId: z.uuid(),
  })
  .meta({
    id: 'FeedbackRequest',
    example: {
      arrangementId: ARRANGEMENT_ID,
      serviceCode: 'family_work',
      supplierId: '2a8c4e61-9b3d-4f5a-8c7e-1b3d5f7a9c42',
      endedOn: '2026-11-20',
      requestedAt: '2026-11-20T22:00:05.000Z',
      clientName: 'Aino Esimerkki',
      clientId: '5d2c7e19-8a4b-4c6d-b1f3-2e9a7c5d8b14',
    },
  });

const place = { row: z.number().int(), line: z.number().int().nullable() };
const problem = z.object({ field: z.string(), rule: z.string(), message: z.string() });

export const ImportReport = z
  .object({
    received: z.number().int(),
    blankLines: z.number().int(),
    accepted: z.array(z.object({ ...place, responseId: z.string(), id: z.uuid(), badReasons: z.array(z.string()) })),
    alreadyImported: z.array(z.object({ ...place, responseId: z.string(), id: z.uuid() })),
    rejected: z.array(z.object({ ...place, responseId: z.string().nullable(), problems: z.array(problem) })),
  })
  .meta({
    id: 'FeedbackImportReport',
    description: 'Every row sent is in exactly one of accepted, alreadyImported and rejected',
    example: {
      received: 2,
      blankLines: 0,
      accepted: [{ row: 1, line: 2, responseId: 'S-1001', id: '7f3b9d15-6a2c-4e8b-b4d1-9c7e5a3f1b28', badReasons: [] }],
      alreadyImported: [],
      rejected: [
        {
          row: 2,
          line: 3,
          responseId: 'S-1002',
          problems: [{ field: 'heard', rule: 'too_big', message: 'must be at most 4' }],
        },
      ],
    },
  });

export const FeedbackRuleSet = z
  .object({
    version: z.number().int(),
    rules: z.object({
      itemAtOrBelow: z.number().int().nullable(),
      seriousConcern: z.boolean(),
      nps: z.object({ window: z.number().int(), minAnswers: z.number().int(), below: z.number() }).nullable(),
    }),
    note: z.string().nullable(),
    changedBy: z.uuid().nullable(),
    changedByName: z.string().nullable().describe('Who changed the rules last; none for the first rules'),
    changedAt: timestamp,
    allowedActions: z
      .array(z.enum(FEEDBACK_RULES_ACTIONS))
      .describe('Whether the caller may change the rules: a screen offers the change exactly when it is here'),
  })
  .meta({
    id: 'FeedbackRuleSet',
    example: {
      version: 2,
      rules: { itemAtOrBelow: 1, seriousConcern: true, nps: { window: 20, minAnswers: 5, below: 0 } },
      note: 'NPS window widened',
      changedBy: '8b4d6f28-3e1a-4c7b-9d5f-2a4c6e8b1d37',
      changedByName: 'Petra Holm',
      changedAt: '2026-11-02T10:00:00.000Z',
      allowedActions: ['changeRules'],
    },
  });

/** One question's figures in one service and quarter; all but the count null when withheld. */
const QuestionFigures = z
  .object({
    n: z.number().int().describe('Families who answered the question'),
    withheld: z.boolean().describe('Fewer answers than are shown: the figures are null'),
    min: z.number().nullable(),
    max: z.number().nullable(),
    sum: z.number().nullable(),
    mean: z.number().nullable().describe('Rounded to two decimals'),
    median: z.number().nullable(),
    sd: z
      .number()
      .nullable()
      .describe(
        'The sample standard deviation (n − 1), rounded to two decimals: the families who answered are a sample',
      ),
  })
  .meta({ id: 'SurveyQuestionFigures' });

const questionExample = { n: 7, withheld: false, min: 2, max: 4, sum: 25, mean: 3.57, median: 4, sd: 0.79 };

export const SurveyStatistics = z
  .object({
    period: z.object({ from: date, to: date }),
    municipalityCode: z
      .string()
      .nullable()
      .describe("The clients' home municipality the figures are of; null for the whole county"),
    minimumAnswersShown: z.number().int(),
    groups: z.array(
      z.object({
        serviceCode: z.string(),
        quarter: z.string().describe('The quarter the answers were given in, YYYY-"Q"Q'),
        respondents: z.number().int().describe('Families who answered the survey'),
        withheld: z.boolean().describe('Fewer respondents than are shown: every figure of the group is null'),
        questions: z.object(
          Object.fromEntries([...SURVEY_ITEMS, 'recommend'].map((q) => [q, QuestionFigures])) as Record<
            SurveyItem | 'recommend',
            typeof QuestionFigures
          >,
        ),
        nps: z.number().nullable().describe('The families’ NPS; null under the number of answers shown'),
        workedWith: z
          .object({
            respondents: z.number().int(),
            selections: z.number().int().nullable().describe('Choices made in all (one family may make several)'),
            choices: z
              .object(
                Object.fromEntries(WORKED_WITH.map((w) => [w, z.number().int()])) as Record<WorkedWith, z.ZodNumber>,
              )
              .nullable(),
          })
          .describe('"Worked with mainly": null counts when withheld'),
      }),
    ),
  })
  .meta({
    id: 'SurveyStatistics',
    example: {
      period: { from: '2026-01-01', to: '2026-06-30' },
      municipalityCode: null,
      minimumAnswersShown: 5,
      groups: [
        {
          serviceCode: 'family_work',
          quarter: '2026-Q1',
          respondents: 7,
          withheld: false,
          questions: Object.fromEntries([...SURVEY_ITEMS, 'recommend'].map((q) => [q, questionExample])) as Record<
            SurveyItem | 'recommend',
            typeof questionExample
          >,
          nps: 42.9,
          workedWith: { respondents: 7, selections: 9, choices: { parents: 5, children: 2, whole_family: 2 } },
        },
      ],
    },
  });

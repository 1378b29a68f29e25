/**
 * One feedback answer as the API validates it and the web's feedback form checks it: pure zod, shared.
 */
import { z } from 'zod';
import { WORKED_WITH } from '../domain/feedback';
import { isoDate, POSTGRES_INT_MAX, rule } from './rules';

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
/** A number from JSON or from a CSV cell; an empty cell is no answer. */
const answer = (min: number, max: number) =>
  z.preprocess(
    (v) => (blank(v) ? null : typeof v === 'string' ? Number(v.trim().replace(',', '.')) : v),
    z.number().int(`must be a whole number from ${min} to ${max}`).min(min).max(max).nullable(),
  );
const freeText = (max: number) =>
  z.preprocess(
    (v) => (blank(v) ? null : v),
    z.string().trim().max(max, `must be at most ${max} characters`).nullable(),
  );
const YES = ['1', 'true', 'yes', 'kyllä', 'ja', 'x'];
const NO = ['0', 'false', 'no', 'ei', 'nej'];
const flag = z.preprocess((v) => {
  if (blank(v)) return false;
  if (typeof v !== 'string') return v;
  const w = v.trim().toLowerCase();
  return YES.includes(w) ? true : NO.includes(w) ? false : v;
}, z.boolean('must be yes or no'));
/**
 * One choice or more: a JSON array, or in a CSV cell the codes separated by `|` (or commas, semicolons or
 * spaces inside a quoted cell); an empty cell is no answer. A choice given twice counts once.
 */
const choices = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) => {
      if (blank(v)) return null;
      const list = typeof v === 'string' ? v.split(/[|,;\s]+/).filter((x) => x !== '') : v;
      return Array.isArray(list) ? (list.length ? [...new Set(list)] : null) : list;
    },
    z.array(z.enum(values)).nullable(),
  );

/** One answer: the client survey's items and questions (seed 002), or the own worker's form. */
export const feedbackFields = {
  arrangementId: z.uuid('must be the id of an arrangement'),
  respondent: z.enum(['family', 'own_worker']),
  answeredOn: z.string().trim().pipe(isoDate),
  heard: answer(1, 4).describe('Have you felt heard, understood and respected? (1–4)'),
  rightThings: answer(1, 4).describe('Have the right things been discussed? (1–4)'),
  lifeSituation: answer(1, 4)
    .optional()
    .describe('The life situation now compared with before (1–4); absent in older exports'),
  parentCoping: answer(1, 4).describe('Coping as a parent now compared with before (1–4)'),
  familyRelations: answer(1, 4).describe('Family relations now compared with before (1–4)'),
  influence: answer(1, 4).describe('Could you influence how and where the work was done? (1–4)'),
  workedWith: choices(WORKED_WITH)
    .optional()
    .describe(`With whom the work was mainly done, one or more of ${WORKED_WITH.join(', ')}; absent in older exports`),
  recommend: answer(0, 10).describe('Would you recommend the service? (0–10, gives the NPS)'),
  seriousConcern: flag.describe('The own worker is seriously concerned about the service'),
  helpedMost: freeText(5_000),
  didNotHelp: freeText(5_000),
  wished: freeText(5_000),
  comments: freeText(5_000),
  duration: freeText(100).describe('How long the service lasted, as the respondent put it'),
  municipality: freeText(32).describe('Municipality code, e.g. espoo'),
};

export const FeedbackSchema = z.object(feedbackFields).strict();

/**
 * What the web's form asks: every question of the survey (seed 002), the own worker's concern and other
 * feedback; the arrangement, the respondent and the day are the form's own.
 */
export const OwnWorkerAnswersSchema = FeedbackSchema.omit({ arrangementId: true, respondent: true, answeredOn: true });

/**
 * What the family answers online: the survey's questions (seed 002), the 1–4 items, with whom the work was
 * done, the 0–10 recommendation and the free texts; the service, the respondent and the day are the API's.
 */
export const FamilySurveySchema = FeedbackSchema.pick({
  heard: true,
  rightThings: true,
  lifeSituation: true,
  parentCoping: true,
  familyRelations: true,
  influence: true,
  workedWith: true,
  recommend: true,
  helpedMost: true,
  didNotHelp: true,
  wished: true,
  comments: true,
}).strict();

/** What counts as bad feedback, as a change of the rules sends it: the API's rule and the web's form alike. */
export const FeedbackRulesSchema = z
  .object({
    basedOnVersion: z.number().int().positive().max(POSTGRES_INT_MAX),
    note: z.string().trim().min(1, 'say why the rules change').max(2_000),
    rules: z
      .object({
        itemAtOrBelow: z.number().int().min(1).max(3).nullable(),
        seriousConcern: z.boolean(),
        nps: z
          .object({
            window: z.number().int().min(1).max(1_000),
            minAnswers: z.number().int().min(1).max(1_000),
            below: z.number().min(-100).max(100),
          })
          .strict()
          .refine((n) => n.minAnswers <= n.window, rule('range', 'must not exceed window', ['minAnswers']))
          .nullable(),
      })
      .strict(),
  })
  .strict();

/**
 * The column the web's download of rejected rows adds, saying each row's problems: an import reads past
 * it, so that the mended file can be sent back as it is.
 */
export const IMPORT_PROBLEMS_COLUMN = 'importProblems';

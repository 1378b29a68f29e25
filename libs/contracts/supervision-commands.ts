/**
 * The bodies of a supervision case's steps as the API validates them (its DTOs wrap these) and the web's
 * forms check them before sending: pure zod, so that a field's rule is written once.
 */
import { z } from 'zod';
import { today } from '../domain/dates';
import { isWorkingDay } from '../domain/working-days';
import { isoDate, rule, text } from './rules';

/** A duration the caller may set: a county's (days or longer), or the development API's (seconds too). */
type Duration = z.ZodType<string, string>;

export const CloseCaseSchema = z.object({ reason: text(5_000) }).strict();

export const clarificationSchema = (within: Duration) =>
  z
    .object({
      respondWithin: within
        .optional()
        .describe('How long the supplier has to answer; reminded then, escalated as long after'),
      respondBy: isoDate
        .optional()
        .describe('Or the day the supplier has to answer by: a Finnish working day after today'),
      question: text(10_000),
    })
    .strict()
    .refine(
      (v) => (v.respondWithin === undefined) !== (v.respondBy === undefined),
      rule('required', 'give either respondBy (a day) or respondWithin (a duration)', ['respondBy']),
    )
    // A day told to the supplier is one it can answer on: the person choosing it is told, not silently moved.
    .refine(
      (v) => v.respondBy === undefined || isWorkingDay(v.respondBy),
      rule('working_day', 'must be a Finnish working day: not a weekend, a public holiday or an eve', ['respondBy']),
    )
    .refine(
      (v) => v.respondBy === undefined || v.respondBy > today(),
      rule('not_in_past', 'must be after today', ['respondBy']),
    );

export const ClarificationAnswerSchema = z.object({ answer: text(20_000) }).strict();
export const ProcurementSchema = z.object({ note: text(5_000) }).strict();
export const StatementSchema = z.object({ statement: text(20_000) }).strict();

export const correctiveActionSchema = (followUp: Duration) =>
  z
    .object({
      dueOn: isoDate.describe('When the plan must be carried out'),
      followUpAfter: followUp.describe('When the follow-up check falls due'),
      plan: text(20_000),
    })
    .strict();

export const OutcomeSchema = z
  .object({
    outcome: z.enum(['resolved', 'sanction', 'contract_terminated']),
    serviceCode: z.string().min(1).max(64).nullable().default(null).describe('The contract that ends'),
    reason: text(10_000),
  })
  .strict()
  .refine(
    (v) => v.outcome !== 'contract_terminated' || v.serviceCode !== null,
    rule('required', 'name the service whose contract ends', ['serviceCode']),
  );

/** A planned visit's findings: the day it was made, whether they give cause for concern, and what was found. */
export const PlannedVisitFindingsSchema = z
  .object({
    visitedOn: isoDate,
    concern: z.boolean().describe('The findings give cause for reactive supervision'),
    findings: text(20_000),
  })
  .strict();

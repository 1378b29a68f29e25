/**
 * The bodies of the arrangement's commands as the API validates them (its DTOs wrap these) and the web's
 * forms check them before sending: pure zod, so that a field's rule is written once.
 */
import { z } from 'zod';
import { today } from '../domain/dates';
import { END_REASONS, GOALS_PROGRESS, PARTICIPANTS } from './arrangement';
import { MAX_HOURS_PER_MONTH, NOTIFICATION_METHODS, ORDER_DECLINE_CAUSES, WAYS_OF_ARRANGING } from './codes';
import { isoDate, isoDuration, rule, text } from './rules';

const date = isoDate;

/** Hours a month: a whole number no month can exceed; null where the service is not measured in hours. */
const hours = z.number().int().positive().max(MAX_HOURS_PER_MONTH).nullable().default(null);

const proposalFields = {
  hoursPerMonth: hours.describe('Intensity, where the service is measured in hours'),
  needsAssessedOn: date
    .refine(
      (d) => d <= today(),
      rule('not_in_future', 'must not be in the future: a needs assessment is recorded once it has been made'),
    )
    .describe('Date of the needs assessment (not in the future); the access-time target counts from it'),
  desiredStartOn: date.nullable().default(null),
  justification: text(10_000).describe('Why this service, for this client, now'),
  goals: text(10_000).describe('The goals of the work, as agreed with the family'),
  notRightWhenPresent: z
    .array(z.string().min(1).max(64))
    .max(30)
    .default([])
    .describe(
      'Codes of the principle card\'s "not right when" criteria that are present; each needs a special consideration',
    ),
  plannedDuration: isoDuration('P6M')
    .nullable()
    .default(null)
    .describe(
      'How long the service is expected to be needed in all; past the catalogue maximum needs a special consideration',
    ),
  specialConsideration: text(10_000)
    .nullable()
    .default(null)
    .describe(
      'The written justification the principle card asks for (age, a "not right when" criterion, an extension, ' +
        'a client without special support needs where the card is primarily for them)',
    ),
  // What the proposal records besides (issue 24): the birth it is made before, the family's agreement, the fit.
  expectedBirthOn: date
    .nullable()
    .default(null)
    .describe(
      'For a pregnant person, before the child is born: the expected day of birth, after the needs assessment; only a card that allows it (24-hour family rehabilitation) takes it',
    ),
  familyAgreedOn: date
    .refine((d) => d <= today(), rule('not_in_future', 'must not be in the future: the family has agreed already'))
    .nullable()
    .default(null)
    .describe(
      "The day the family agreed to a voluntary service; a voluntary card's proposal is submitted only with it",
    ),
  fitWithOtherServices: text(10_000)
    .nullable()
    .default(null)
    .describe(
      "How the service fits with the client's other services (seed 004: always assessed); every proposal is submitted only with it",
    ),
};

export const CreateArrangementSchema = z
  .object({ clientId: z.uuid(), serviceCode: z.string().min(1).max(64), ...proposalFields })
  .strict();

export const ProposalSchema = z.object(proposalFields).strict();

export const ReasonSchema = z.object({ reason: text(5_000) }).strict();
export const QuestionSchema = z.object({ question: text(5_000) }).strict();
export const AnswerSchema = z.object({ answer: text(5_000) }).strict();
/** Commands that carry nothing may be sent with no body at all, as `curl -X POST` does. */
export const EmptySchema = z.object({}).strict().default({});

export const ChooseWaySchema = z
  .object({
    way: z.enum(WAYS_OF_ARRANGING),
    supplierId: z
      .uuid()
      .nullable()
      .default(null)
      .describe(
        "The supplier of a purchase, the provider of a service voucher, or the county's own-production unit ordered " +
          'from: every way names one',
      ),
  })
  .strict()
  .refine(
    (v) => v.supplierId !== null,
    rule(
      'supplier_required',
      'a purchase needs the supplier, a service voucher the provider the family chose, own production its unit',
      ['supplierId'],
    ),
  );

export const OrderResponseSchema = z
  .object({
    accept: z.boolean(),
    reason: text(5_000).nullable().default(null),
    workerId: z
      .uuid()
      .nullable()
      .default(null)
      .describe("Accepting an own-production order: the unit's worker who will work with the family"),
    cause: z
      .enum(ORDER_DECLINE_CAUSES)
      .nullable()
      .default(null)
      .describe('Declining: the cause, where a code says it (an own-production unit with no capacity left)'),
  })
  .strict()
  .refine(
    (v) => v.accept || v.reason !== null || v.cause !== null,
    rule('required', 'a decline needs a reason or a cause', ['reason']),
  );

const notification = z
  .enum(NOTIFICATION_METHODS)
  .default('post')
  .describe(
    'How the decision reaches the client: by post it counts as received on the 7th day, electronically on the 3rd, ' +
      'handed over in person on the day (434/2003 § 59); the rectification deadline counts from then',
  );

export const DecisionSchema = z
  .object({
    outcome: z.enum(['granted', 'denied']),
    reason: text(10_000).nullable().default(null),
    notification,
  })
  .strict()
  .refine(
    (v) => v.outcome === 'granted' || v.reason !== null,
    rule('required', 'a denied decision needs its reasons (the client may appeal against them)', ['reason']),
  );

export const PaymentCommitmentSchema = z.object({ costCentreCode: z.string().min(1).max(32) }).strict();

/** The gap between evaluation meetings agreed with the family; the process holds it within the card's bounds. */
const evaluationInterval = isoDuration('P1M')
  .nullable()
  .optional()
  .describe("The gap between evaluation meetings agreed with the family, within the card's bounds (e.g. P1M)");

export const StartSchema = z
  .object({
    startedOn: date.describe('Date of the starting negotiation'),
    goals: text(10_000),
    evaluationInterval: evaluationInterval.describe(
      "The gap between evaluation meetings agreed at the start, within the card's bounds; absent, the card's longest",
    ),
  })
  .strict();

export const StepSchema = z
  .object({
    step: z.string().min(1).max(64).describe("The code of one of the card's required steps recorded by hand"),
    doneOn: date.describe('The day it was done'),
  })
  .strict();

export const EvaluationSchema = z
  .object({
    heldOn: date.describe('Date of the evaluation meeting'),
    participants: z.array(z.enum(PARTICIPANTS)).min(1).max(PARTICIPANTS.length).describe('Who took part, by role'),
    goalsProgress: z.enum(GOALS_PROGRESS).describe('How the goals of the client plan are going'),
    notes: text(10_000).describe('What was agreed; kept in the database, never in the process engine'),
    newGoals: text(10_000).nullable().optional().describe('The new goals set at the meeting, when any'),
    evaluationInterval: evaluationInterval.describe(
      'A new gap to the next evaluation, agreed at this one; absent, the gap stays as it was',
    ),
  })
  .strict();

export const ContinuationSchema = z
  .object({
    outcome: z.enum(['continue', 'end']),
    reassessedOn: date.describe('When the need was reassessed with the family'),
    specialConsideration: text(10_000)
      .nullable()
      .default(null)
      .describe('Needed to continue past the catalogue maximum'),
    reason: text(10_000).nullable().default(null).describe('Why the service is not continued (appealable)'),
    notification,
  })
  .strict()
  .refine(
    (v) => v.outcome === 'continue' || v.reason !== null,
    rule('required', 'a decision not to continue needs its reasons (the client may appeal against them)', ['reason']),
  );

export const TerminationSchema = z
  .object({
    reason: z.enum(END_REASONS).exclude(['not_continued']),
    endsOn: date.optional().describe('The last day of the service; default: today'),
    explanation: text(5_000),
  })
  .strict();

export const ChangeSchema = z
  .object({
    hoursPerMonth: hours.describe('The new intensity'),
    supplierId: z.uuid().nullable().default(null).describe('The new supplier, for a purchased service'),
    effectiveOn: date.describe('The first day the change applies'),
    reason: text(5_000),
  })
  .strict()
  .refine(
    (v) => v.hoursPerMonth !== null || v.supplierId !== null,
    rule('required', 'a change needs new hours per month, a new supplier, or both', ['hoursPerMonth']),
  );

import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  ARRANGEMENT_STATUSES,
  END_REASONS,
  GOALS_PROGRESS,
  MAX_HOURS_PER_MONTH,
  NOTIFICATION_METHODS,
  PARTICIPANTS,
  WAYS_OF_ARRANGING,
} from '../../../../libs/contracts';
import { today } from '../../../../libs/domain/dates';
import { isoDate, isoDuration, rule } from '../common/schemas';

const date = isoDate;
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

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
      'The written justification the principle card asks for (age, a "not right when" criterion, an extension)',
    ),
};

export const CreateArrangementSchema = z
  .object({ clientId: z.uuid(), serviceCode: z.string().min(1).max(64), ...proposalFields })
  .strict();
export class CreateArrangementDto extends createZodDto(CreateArrangementSchema) {}

export const ProposalSchema = z.object(proposalFields).strict();
export class ProposalDto extends createZodDto(ProposalSchema) {}

export class ReasonDto extends createZodDto(z.object({ reason: text(5_000) }).strict()) {}
export class QuestionDto extends createZodDto(z.object({ question: text(5_000) }).strict()) {}
export class AnswerDto extends createZodDto(z.object({ answer: text(5_000) }).strict()) {}
/** Commands that carry nothing may be sent with no body at all, as `curl -X POST` does. */
export class EmptyDto extends createZodDto(z.object({}).strict().default({})) {}

export class ChooseWayDto extends createZodDto(
  z
    .object({ way: z.enum(WAYS_OF_ARRANGING), supplierId: z.uuid().nullable().default(null) })
    .strict()
    .refine(
      (v) => v.way !== 'purchase' || v.supplierId !== null,
      rule('supplier_required', 'a purchase needs the supplier', ['supplierId']),
    ),
) {}

export class OrderResponseDto extends createZodDto(
  z
    .object({ accept: z.boolean(), reason: text(5_000).nullable().default(null) })
    .strict()
    .refine((v) => v.accept || v.reason !== null, rule('required', 'a decline needs a reason', ['reason'])),
) {}

const notification = z
  .enum(NOTIFICATION_METHODS)
  .default('post')
  .describe(
    'How the decision reaches the client: by post it counts as received on the 7th day, electronically on the 3rd, ' +
      'handed over in person on the day (434/2003 § 59); the rectification deadline counts from then',
  );

export class DecisionDto extends createZodDto(
  z
    .object({
      outcome: z.enum(['granted', 'denied']),
      reason: text(10_000).nullable().default(null),
      notification,
    })
    .strict()
    .refine(
      (v) => v.outcome === 'granted' || v.reason !== null,
      rule('required', 'a denied decision needs its reasons (the client may appeal against them)', ['reason']),
    ),
) {}

export class PaymentCommitmentDto extends createZodDto(
  z.object({ costCentreCode: z.string().min(1).max(32) }).strict(),
) {}

export class StartDto extends createZodDto(
  z.object({ startedOn: date.describe('Date of the starting negotiation'), goals: text(10_000) }).strict(),
) {}

export class EvaluationDto extends createZodDto(
  z
    .object({
      heldOn: date.describe('Date of the evaluation meeting'),
      participants: z.array(z.enum(PARTICIPANTS)).min(1).max(PARTICIPANTS.length).describe('Who took part, by role'),
      goalsProgress: z.enum(GOALS_PROGRESS).describe('How the goals of the client plan are going'),
      notes: text(10_000).describe('What was agreed; kept in the database, never in the process engine'),
    })
    .strict(),
) {}

export class ContinuationDto extends createZodDto(
  z
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
    ),
) {}

export class TerminationDto extends createZodDto(
  z
    .object({
      reason: z.enum(END_REASONS).exclude(['not_continued']),
      endsOn: date.optional().describe('The last day of the service; default: today'),
      explanation: text(5_000),
    })
    .strict(),
) {}

export class ChangeDto extends createZodDto(
  z
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
    ),
) {}

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Statuses in a query string, comma-separated. */
const statuses = (what: string) =>
  z
    .string()
    .transform((v) => v.split(','))
    .pipe(z.array(z.enum(ARRANGEMENT_STATUSES)))
    .optional()
    .describe(`Comma-separated statuses; default: ${what}`);

export const QueueQuerySchema = z
  .object({
    status: statuses('everything the team works on, and open consultations'),
    service: z.string().min(1).max(64).optional(),
    overdue: bool.optional(),
    assignee: z.union([z.uuid(), z.enum(['me', 'none'])]).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    after: z.string().max(200).optional().describe('The nextCursor of the previous page'),
  })
  .strict();
export class QueueQueryDto extends createZodDto(QueueQuerySchema) {}

export class ArrangementListQueryDto extends createZodDto(
  z
    .object({
      status: statuses('all'),
      clientId: z.uuid().optional(),
      limit: z.coerce.number().int().min(1).max(500).default(200),
    })
    .strict(),
) {}

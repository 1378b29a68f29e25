import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { countyDuration, isoDate, rule } from '../common/schemas';

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
/** Deadlines, follow-ups and visits a county sets: in days or longer (the development API takes any). */
const duration = countyDuration('P14D');
type Duration = z.ZodType<string, string>;

export class CloseCaseDto extends createZodDto(z.object({ reason: text(5_000) }).strict()) {}
export const clarificationSchema = (within: Duration) =>
  z
    .object({
      respondWithin: within.describe('How long the supplier has to answer; reminded then, escalated as long after'),
      question: text(10_000),
    })
    .strict();
export class ClarificationDto extends createZodDto(clarificationSchema(duration)) {}
export class ClarificationAnswerDto extends createZodDto(z.object({ answer: text(20_000) }).strict()) {}
export class ProcurementDto extends createZodDto(z.object({ note: text(5_000) }).strict()) {}
export const correctiveActionSchema = (followUp: Duration) =>
  z
    .object({
      dueOn: isoDate.describe('When the plan must be carried out'),
      followUpAfter: followUp.describe('When the follow-up check falls due'),
      plan: text(20_000),
    })
    .strict();
export class CorrectiveActionDto extends createZodDto(correctiveActionSchema(duration)) {}
export class OutcomeDto extends createZodDto(
  z
    .object({
      outcome: z.enum(['resolved', 'sanction', 'contract_terminated']),
      serviceCode: z.string().min(1).max(64).nullable().default(null).describe('The contract that ends'),
      reason: text(10_000),
    })
    .strict()
    .refine(
      (v) => v.outcome !== 'contract_terminated' || v.serviceCode !== null,
      rule('required', 'name the service whose contract ends', ['serviceCode']),
    ),
) {}

export class CaseListQueryDto extends createZodDto(
  z
    .object({
      supplierId: z.uuid().optional(),
      open: z
        .enum(['true', 'false'])
        .transform((v) => v === 'true')
        .optional(),
    })
    .strict(),
) {}

export class ScorecardQueryDto extends createZodDto(
  z.object({ serviceCode: z.string().min(1).max(64).optional() }).strict(),
) {}

export const plannedSupervisionSchema = (every: Duration) =>
  z.object({ every: every.describe('How often the supplier is visited, e.g. P6M') }).strict();
export class PlannedSupervisionDto extends createZodDto(plannedSupervisionSchema(duration)) {}

export class PlannedVisitFindingsDto extends createZodDto(
  z
    .object({
      visitedOn: isoDate,
      concern: z.boolean().describe('The findings give cause for reactive supervision'),
      findings: text(20_000),
    })
    .strict(),
) {}

export class PlannedVisitQueryDto extends createZodDto(
  z.object({ supplierId: z.uuid().optional(), status: z.enum(['due', 'done']).optional() }).strict(),
) {}

export class StatementDto extends createZodDto(z.object({ statement: text(20_000) }).strict()) {}

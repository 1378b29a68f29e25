import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CASE_STATUSES } from '../../../../libs/contracts';
import {
  ClarificationAnswerSchema,
  clarificationSchema,
  CloseCaseSchema,
  correctiveActionSchema,
  OutcomeSchema,
  PlannedVisitFindingsSchema,
  ProcurementSchema,
  StatementSchema,
} from '../../../../libs/contracts/supervision-commands';
import { countyDuration } from '../common/schemas';

/** Deadlines, follow-ups and visits a county sets: in days or longer (the development API takes any). */
const duration = countyDuration('P14D');
type Duration = z.ZodType<string, string>;

export { clarificationSchema, correctiveActionSchema };
export class CloseCaseDto extends createZodDto(CloseCaseSchema) {}
export class ClarificationDto extends createZodDto(clarificationSchema(duration)) {}
export class ClarificationAnswerDto extends createZodDto(ClarificationAnswerSchema) {}
export class ProcurementDto extends createZodDto(ProcurementSchema) {}
export class CorrectiveActionDto extends createZodDto(correctiveActionSchema(duration)) {}
export class OutcomeDto extends createZodDto(OutcomeSchema) {}

export class CaseListQueryDto extends createZodDto(
  z
    .object({
      supplierId: z.uuid().optional(),
      serviceCode: z.string().min(1).max(64).optional().describe('Cases with a finding about this service'),
      status: z.enum(CASE_STATUSES).optional(),
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

export class PlannedVisitFindingsDto extends createZodDto(PlannedVisitFindingsSchema) {}

export class PlannedVisitQueryDto extends createZodDto(
  z.object({ supplierId: z.uuid().optional(), status: z.enum(['due', 'done']).optional() }).strict(),
) {}

export class StatementDto extends createZodDto(StatementSchema) {}

import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ARRANGEMENT_STATUSES } from '../../../../libs/contracts';
import {
  CreateArrangementSchema,
  ProposalSchema,
  ReasonSchema,
  QuestionSchema,
  AnswerSchema,
  EmptySchema,
  ChooseWaySchema,
  OrderResponseSchema,
  DecisionSchema,
  PaymentCommitmentSchema,
  StartSchema,
  StepSchema,
  EvaluationSchema,
  ContinuationSchema,
  TerminationSchema,
  ChangeSchema,
} from '../../../../libs/contracts/arrangement-commands';

/** The commands' bodies are the shared schemas of libs/contracts, which the web's forms validate with too. */
export { CreateArrangementSchema, ProposalSchema } from '../../../../libs/contracts/arrangement-commands';
export class CreateArrangementDto extends createZodDto(CreateArrangementSchema) {}
export class ProposalDto extends createZodDto(ProposalSchema) {}
export class ReasonDto extends createZodDto(ReasonSchema) {}
export class QuestionDto extends createZodDto(QuestionSchema) {}
export class AnswerDto extends createZodDto(AnswerSchema) {}
export class EmptyDto extends createZodDto(EmptySchema) {}
export class ChooseWayDto extends createZodDto(ChooseWaySchema) {}
export class OrderResponseDto extends createZodDto(OrderResponseSchema) {}
export class DecisionDto extends createZodDto(DecisionSchema) {}
export class PaymentCommitmentDto extends createZodDto(PaymentCommitmentSchema) {}
export class StartDto extends createZodDto(StartSchema) {}
export class EvaluationDto extends createZodDto(EvaluationSchema) {}
export class StepDto extends createZodDto(StepSchema) {}
export class ContinuationDto extends createZodDto(ContinuationSchema) {}
export class TerminationDto extends createZodDto(TerminationSchema) {}
export class ChangeDto extends createZodDto(ChangeSchema) {}

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

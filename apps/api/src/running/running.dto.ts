import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { VisitCorrectionSchema, VisitSchema } from '../../../../libs/contracts/running-commands';
import { isoDuration, isoMonth } from '../common/schemas';

export class VisitDto extends createZodDto(VisitSchema) {}

export class VisitCorrectionDto extends createZodDto(VisitCorrectionSchema) {}

export class UseQueryDto extends createZodDto(z.object({ month: isoMonth }).strict()) {}

export const RUNNING_LISTS = [
  'evaluation_overdue',
  'continuation_due',
  'continuation_overdue',
  'ending_soon',
  'change_pending',
  'contract_ending',
  'needs_attention',
] as const;

export class RunningListQueryDto extends createZodDto(
  z
    .object({
      list: z
        .enum(RUNNING_LISTS)
        .optional()
        .describe(
          'Without it, every running service (running, or stopped for want of a continuation decision). ' +
            'evaluation_overdue: the next evaluation meeting is past due; continuation_due: the continuation decision ' +
            'is due and not made; continuation_overdue: the period ended with no decision (the service has stopped); ' +
            'ending_soon: the period ends within `within` and the service will not continue; ' +
            'change_pending: a change of intensity or supplier waits for its decision or commitment; ' +
            "contract_ending: the payment commitment ends with the supplier's contract before the granted period " +
            'does (renew the contract or re-arrange); needs_attention: an event of the arrangement could not be ' +
            'recorded in the read model (an operator looks at the alert)',
        ),
      teamId: z.string().min(1).max(64).optional(),
      within: isoDuration('P1M').default('P1M'),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    })
    .strict(),
) {}

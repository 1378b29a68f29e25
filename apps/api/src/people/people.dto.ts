import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { today } from '../../../../libs/domain/dates';
import { isoDate, rule } from '../common/schemas';

export class HandOverDto extends createZodDto(
  z
    .object({
      ownWorkerId: z.uuid().describe('The own worker the client is handed over to'),
      on: isoDate
        .refine(
          (d) => d <= today(),
          rule('not_in_future', 'must not be in the future: record a handover as it happens'),
        )
        .optional()
        .describe('The day of the handover; default today'),
      reason: z.string().trim().min(1, 'must not be empty').max(2_000),
    })
    .strict(),
) {}

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

export class HandOverManyDto extends createZodDto(
  z
    .object({
      clientIds: z
        .array(z.uuid())
        .min(1)
        .max(200)
        .refine((ids) => new Set(ids).size === ids.length, rule('unique', 'must not name a client twice'))
        .describe('The clients handed over together: all of them, or none'),
      ownWorkerId: z.uuid().describe('The own worker the clients are handed over to'),
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

export class LeavingDayDto extends createZodDto(
  z
    .object({
      leavingOn: isoDate.nullable().describe("The worker's last day; null when they are not leaving after all"),
    })
    .strict(),
) {}

import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { today } from '../../../../libs/domain/dates';
import { isoDate, rule } from '../common/schemas';

/** A handover, of one client or several: to whom, on which day, and why. */
const Handover = z.object({
  ownWorkerId: z.uuid().describe('The own worker the client or clients are handed over to'),
  on: isoDate
    .refine((d) => d <= today(), rule('not_in_future', 'must not be in the future: record a handover as it happens'))
    .optional()
    .describe('The day of the handover; default today'),
  reason: z.string().trim().min(1, 'must not be empty').max(2_000),
});

export class HandOverDto extends createZodDto(Handover.strict()) {}

export class HandOverManyDto extends createZodDto(
  Handover.extend({
    clientIds: z
      .array(z.uuid())
      .min(1)
      .max(200)
      .refine((ids) => new Set(ids).size === ids.length, rule('unique', 'must not name a client twice'))
      .describe('The clients handed over together: all of them, or none'),
  }).strict(),
) {}

export class LeavingDayDto extends createZodDto(
  z
    .object({
      leavingOn: isoDate.nullable().describe("The worker's last day; null when they are not leaving after all"),
    })
    .strict(),
) {}

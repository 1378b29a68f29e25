import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { durationMonths } from '../../../../libs/domain/dates';
import { ServiceDefinitionSchema } from '../catalogue/catalogue.dto';
import { isoDuration, POSTGRES_INT_MAX, rule } from '../common/schemas';

/** Any ISO 8601 duration, seconds too: the tests run a "three-month" period in six seconds. */
const duration = isoDuration('P3M or PT6S');
const positive = duration.refine((iso) => durationMonths(iso) > 0, rule('range', 'must be longer than nothing'));

/** A service as the public catalogue takes it, except that its durations may be of any length. */
export const DevServiceSchema = ServiceDefinitionSchema.extend({
  periods: z
    .object({ first: positive, step: positive, max: duration, specialExtra: duration.nullable() })
    .strict()
    .refine(
      (p) => durationMonths(p.first) <= durationMonths(p.max) + 1e-9,
      rule('range', 'the first period must fit within the maximum', ['max']),
    ),
  evaluationInterval: positive.nullable(),
  evaluationIntervalShortest: positive.nullable().optional(),
  accessTarget: duration,
});

export class DevPublishServiceDto extends createZodDto(
  z
    .object({
      basedOnVersion: z.number().int().positive().max(POSTGRES_INT_MAX),
      note: z.string().trim().min(1, 'say why the catalogue changes').max(2_000),
      service: DevServiceSchema,
    })
    .strict(),
) {}

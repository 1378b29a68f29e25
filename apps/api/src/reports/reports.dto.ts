import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate as date, rule } from '../common/schemas';

export class FiguresQueryDto extends createZodDto(
  z
    .object({
      from: date.describe('First day of the period reported on'),
      to: date.describe('Last day of the period reported on'),
      serviceCode: z.string().min(1).max(64).optional(),
    })
    .strict()
    .refine((q) => q.from <= q.to, rule('date_order', 'must not be before from', ['to'])),
) {}

export class PurchasesQueryDto extends createZodDto(
  z.object({ year: z.coerce.number().int().min(2020).max(2100) }).strict(),
) {}

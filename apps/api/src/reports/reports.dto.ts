import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isIsoDate } from '../../../../libs/domain/dates';

const date = z.string().refine(isIsoDate, 'must be a date YYYY-MM-DD');

export class FiguresQueryDto extends createZodDto(
  z
    .object({
      from: date.describe('First day of the period reported on'),
      to: date.describe('Last day of the period reported on'),
      serviceCode: z.string().min(1).max(64).optional(),
    })
    .strict()
    .refine((q) => q.from <= q.to, { path: ['to'], message: 'must not be before from' }),
) {}

export class PurchasesQueryDto extends createZodDto(
  z.object({ year: z.coerce.number().int().min(2020).max(2100) }).strict(),
) {}

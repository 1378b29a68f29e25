import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate as date, rule } from '../common/schemas';

/** One of the county's municipalities (checked against its reference data where the figure is read). */
const municipalityCode = z
  .string()
  .min(1)
  .max(64)
  .optional()
  .describe("The client's home municipality the figure is broken down by; the whole county when absent");

export class FiguresQueryDto extends createZodDto(
  z
    .object({
      from: date.describe('First day of the period reported on'),
      to: date.describe('Last day of the period reported on'),
      serviceCode: z.string().min(1).max(64).optional(),
      municipalityCode,
    })
    .strict()
    .refine((q) => q.from <= q.to, rule('date_order', 'must not be before from', ['to'])),
) {}

export class PurchasesQueryDto extends createZodDto(
  z.object({ year: z.coerce.number().int().min(2020).max(2100), municipalityCode }).strict(),
) {}

export class CaseloadsQueryDto extends createZodDto(z.object({ municipalityCode }).strict()) {}

export class UnitFiguresQueryDto extends createZodDto(
  z.object({ year: z.coerce.number().int().min(2020).max(2100) }).strict(),
) {}

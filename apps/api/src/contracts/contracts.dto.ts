import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate, POSTGRES_INT_MAX, rule, text } from '../common/schemas';

const price = z.number().int().positive().max(POSTGRES_INT_MAX).describe('Price of one unit, in cents');
const reason = text(5_000).describe('Why: kept in the contract’s history with who changed it');

export const CONTRACT_STATUSES = ['active', 'suspended', 'terminated'] as const;

export class ContractListQueryDto extends createZodDto(
  z
    .object({
      supplierId: z.uuid().optional(),
      serviceCode: z.string().min(1).max(64).optional(),
      status: z.enum(CONTRACT_STATUSES).optional(),
      endingWithinDays: z.coerce
        .number()
        .int()
        .min(0)
        .max(3_650)
        .optional()
        .describe('Only contracts not ended whose validity ends within this many days from today'),
    })
    .strict(),
) {}

export class EndingQueryDto extends createZodDto(
  z.object({ withinDays: z.coerce.number().int().min(0).max(3_650).default(90) }).strict(),
) {}

export class CreateContractDto extends createZodDto(
  z
    .object({
      supplierId: z.uuid(),
      serviceCode: z.string().min(1).max(64),
      procurementDecision: text(200).describe('The procurement decision the contract rests on (its reference)'),
      unit: z.enum(['hour', 'day', 'month']),
      unitPriceCents: price,
      validFrom: isoDate,
      validTo: isoDate,
      cancellationTerms: z
        .object({
          freeCancellationHours: z.number().int().min(0).max(720).optional(),
          lateCancellationChargePercent: z.number().int().min(0).max(100).optional(),
        })
        .strict()
        .default({}),
      orderEmail: z.email().max(320).nullable().default(null).describe('Where the supplier’s orders are sent'),
      orderAnswerWorkingDays: z.number().int().min(1).max(60).nullable().default(null),
      reason,
    })
    .strict()
    .refine((v) => v.validFrom <= v.validTo, rule('date_order', 'must not be before validFrom', ['validTo'])),
) {}

export class RenewContractDto extends createZodDto(
  z.object({ validTo: isoDate.describe('The new last day of the contract'), reason }).strict(),
) {}

export class RepriceContractDto extends createZodDto(
  z
    .object({ unitPriceCents: price, fromDate: isoDate.describe('The first day the new price applies'), reason })
    .strict(),
) {}

export class ReasonDto extends createZodDto(z.object({ reason }).strict()) {}

export class EndContractDto extends createZodDto(
  z.object({ endsOn: isoDate.describe('The contract’s last day'), reason }).strict(),
) {}

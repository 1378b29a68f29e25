/**
 * The bodies of procurement's commands on a supplier's contract as the API validates them (its DTOs wrap
 * these) and the web's forms check them before sending: pure zod, so that a field's rule is written once.
 */
import { z } from 'zod';
import { isoDate, POSTGRES_INT_MAX, rule, text } from './rules';

const price = z.number().int().positive().max(POSTGRES_INT_MAX).describe('Price of one unit, in cents');
const reason = text(5_000).describe('Why: kept in the contract’s history with who changed it');

export const CONTRACT_STATUSES = ['active', 'suspended', 'terminated'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
export const CONTRACT_UNITS = ['hour', 'visit', 'day', 'month'] as const;

export const CreateContractSchema = z
  .object({
    supplierId: z.uuid(),
    serviceCode: z.string().min(1).max(64),
    procurementDecision: text(200).describe('The procurement decision the contract rests on (its reference)'),
    unit: z.enum(CONTRACT_UNITS),
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
  .refine((v) => v.validFrom <= v.validTo, rule('date_order', 'must not be before validFrom', ['validTo']));

export const RenewContractSchema = z
  .object({ validTo: isoDate.describe('The new last day of the contract'), reason })
  .strict();

export const RepriceContractSchema = z
  .object({ unitPriceCents: price, fromDate: isoDate.describe('The first day the new price applies'), reason })
  .strict();

export const ContractReasonSchema = z.object({ reason }).strict();

export const EndContractSchema = z.object({ endsOn: isoDate.describe('The contract’s last day'), reason }).strict();

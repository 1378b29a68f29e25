/**
 * Service vouchers (palveluseteli): the county's value of a service's voucher, and the suppliers it approves
 * as the voucher's providers. Pure zod, shared by the API's DTOs and the web's forms.
 */
import { z } from 'zod';
import { isoDate, rule } from './rules';

/** What a voucher's value is counted in: the hours of a service measured in hours, or its visits. */
export const VOUCHER_UNITS = ['hour', 'visit'] as const;
export type VoucherUnit = (typeof VOUCHER_UNITS)[number];

const serviceCode = z.string().min(1).max(64);

export const SetVoucherValueSchema = z
  .object({
    serviceCode,
    unit: z.enum(VOUCHER_UNITS).describe('Per hour or per visit'),
    valueCents: z.number().int().min(1).max(1_000_000).describe("The voucher's value per unit, in cents"),
    validFrom: isoDate.describe(
      'The first day the value applies: a commitment takes the value in force on its first day',
    ),
    source: z.string().trim().min(3).max(500).describe('The decision the value comes from'),
  })
  .strict();

export const VoucherProviderSchema = z
  .object({
    supplierId: z.uuid(),
    serviceCode,
    approvedOn: isoDate.describe('The day the supplier was approved as a provider of the voucher'),
    withdrawnOn: isoDate
      .nullable()
      .default(null)
      .describe('The day the approval was withdrawn: from then on no family may choose it'),
  })
  .strict()
  .refine(
    (v) => v.withdrawnOn === null || v.withdrawnOn >= v.approvedOn,
    rule('date_order', 'a withdrawal must not be before the approval', ['withdrawnOn']),
  );

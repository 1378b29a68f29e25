/**
 * A supplier's record as procurement keeps it, validated by the API (its DTOs wrap these) and checked by the
 * web's forms before sending: pure zod, so that a field's rule is written once.
 */
import { z } from 'zod';
import { isBusinessId } from '../domain/business-id';
import { rule, text } from './rules';

/** An https address with a host: where the county posts a supplier's or another county's messages. */
export const isHttpsUrl = (v: string): boolean => {
  try {
    const url = new URL(v);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
};

export const SupplierRecordSchema = z
  .object({
    name: text(200),
    businessId: z
      .string()
      .trim()
      .refine(isBusinessId, rule('business_id', 'must be a Finnish business id 1234567-8 with its check digit'))
      .describe('The Finnish business id (Y-tunnus), one supplier each'),
    orderEmail: z.email().max(320).describe('Where orders are sent when the contract names no address of its own'),
    webhookUrl: z
      .string()
      .trim()
      .max(2_000)
      .refine(isHttpsUrl, rule('https_url', 'must be an https address'))
      .nullable()
      .default(null)
      .describe('Where orders and answers are also posted, signed with the secret; none removes the webhook'),
    webhookSecret: z
      .string()
      .trim()
      .min(16)
      .max(200)
      .nullish()
      .describe('The webhook’s signing secret: never shown again; left out (or null) keeps the present one'),
  })
  .strict();
export type SupplierRecordBody = z.output<typeof SupplierRecordSchema>;

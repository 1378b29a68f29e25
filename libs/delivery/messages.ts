import { z } from 'zod';

/**
 * The JSON the county's systems and the suppliers' webhooks receive, one schema per topic: the outbox
 * payload with the message's key, topic and time. `messages.schema.json` beside this file is made from
 * these (a unit test keeps the two the same); the delivery tests check every message received against them.
 */
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('A day in Europe/Helsinki, YYYY-MM-DD');
const id = z.uuid();
const envelope = {
  messageId: z.string().describe('The idempotency key: a receiver drops a key it has taken'),
  createdAt: z.string().describe('When the message was written, ISO 8601'),
};

/** What every aftercare notice to another county carries: the arrangement, the county told, the young person's id. */
const countyNotice = {
  arrangementId: id,
  countyCode: z.string().describe('The receiving county, which placed the young person'),
  clientId: id.describe("The young person, by this county's id for them"),
  serviceCode: z.string(),
};

export const MESSAGE_SCHEMAS = {
  'finance.payment_commitment': z
    .object({
      ...envelope,
      topic: z.literal('finance.payment_commitment'),
      arrangementId: id,
      kind: z.enum(['payment_commitment', 'internal_order', 'service_voucher']),
      supplierId: id.nullable(),
      contractId: id.nullable(),
      costCentreCode: z.string(),
      unitsPerMonth: z.number().int().nullable(),
      validFrom: date,
      validTo: date,
    })
    .describe('A payment commitment opened (also when a change opens a new one)'),
  'finance.payment_commitment_extended': z
    .object({
      ...envelope,
      topic: z.literal('finance.payment_commitment_extended'),
      arrangementId: id,
      supplierId: id.nullable(),
      validTo: date,
    })
    .describe('The open commitment runs on to a new last day: the service continues'),
  'finance.payment_commitment_closed': z
    .object({
      ...envelope,
      topic: z.literal('finance.payment_commitment_closed'),
      arrangementId: id,
      closedOn: date,
      reason: z
        .enum(['ended', 'no_decision'])
        .optional()
        .describe(
          'ended: the service ended; no_decision: its period ended with no continuation decision, so nothing after ' +
            'closedOn is paid (a late decision opens a new commitment from its day). Absent before reasons were sent',
        ),
    })
    .describe('The commitment closes on its last day: the service ended, or stopped with no decision'),
  'client_information.decision': z
    .object({
      ...envelope,
      topic: z.literal('client_information.decision'),
      arrangementId: id,
      clientId: id.nullable(),
      outcome: z.enum(['granted', 'denied']),
      decidedOn: date,
      letter: z
        .object({ contentType: z.literal('application/pdf'), base64: z.string() })
        .describe('The decision letter as the client gets it'),
    })
    .describe('A decision on a proposal, with its letter'),
  'client_information.service_started': z
    .object({
      ...envelope,
      topic: z.literal('client_information.service_started'),
      arrangementId: id,
      serviceCode: z.string(),
      startedOn: date,
    })
    .describe('A granted service started (the starting meeting was held)'),
  'client_information.service_ended': z
    .object({
      ...envelope,
      topic: z.literal('client_information.service_ended'),
      arrangementId: id,
      serviceCode: z.string(),
      endedOn: date,
      reason: z.string(),
      letter: z
        .object({ contentType: z.literal('application/pdf'), base64: z.string() })
        .optional()
        .describe("For an early end, the county's decision letter"),
    })
    .describe('A service ended: its last day and why'),
  'supplier.order': z
    .object({
      ...envelope,
      topic: z.literal('supplier.order'),
      arrangementId: id,
      supplierId: id,
      contractId: id
        .nullable()
        .describe('The contract a purchase is bought under; null for a service voucher and own production'),
      way: z
        .enum(['purchase', 'service_voucher', 'own_production'])
        .optional()
        .describe(
          "A purchase, a service voucher the family chose the supplier for, or an order to the county's own unit " +
            '(absent in older orders)',
        ),
      serviceCode: z.string(),
      hoursPerMonth: z.number().int().nullable(),
    })
    .describe("An order to the supplier's webhook: who the family is is shown once the order is accepted"),
  'supplier.service_ended': z
    .object({
      ...envelope,
      topic: z.literal('supplier.service_ended'),
      arrangementId: id,
      supplierId: id,
      endsOn: date,
      reason: z.string(),
    })
    .describe('A service the supplier provides ends'),
  'supplier.service_stopped': z
    .object({
      ...envelope,
      topic: z.literal('supplier.service_stopped'),
      arrangementId: id,
      supplierId: id.describe("The supplier, or the county's own-production unit"),
      contractId: id.nullable(),
      serviceCode: z.string(),
      lastDay: date.describe('The last day with a decision in force: visits after it are not paid'),
    })
    .describe('A service stopped: its period ended with no continuation decision. Make no visits until it goes on'),
  'supplier.service_resumed': z
    .object({
      ...envelope,
      topic: z.literal('supplier.service_resumed'),
      arrangementId: id,
      supplierId: id.describe("The supplier, or the county's own-production unit"),
      contractId: id.nullable(),
      serviceCode: z.string(),
      resumesOn: date.describe('The first day of the late decision: visits from it are paid again'),
    })
    .describe('A stopped service goes on: a late continuation decision was made'),
  'county.aftercare_decision': z
    .object({
      ...envelope,
      topic: z.literal('county.aftercare_decision'),
      ...countyNotice,
      outcome: z.enum(['granted', 'denied']),
      decidedOn: date,
    })
    .describe("A decision on aftercare's service for a young person the receiving county placed: it pays"),
  'county.aftercare_service_started': z
    .object({
      ...envelope,
      topic: z.literal('county.aftercare_service_started'),
      ...countyNotice,
      startedOn: date,
    })
    .describe("Aftercare's service the receiving county pays for started"),
  'county.aftercare_monthly_use': z
    .object({
      ...envelope,
      topic: z.literal('county.aftercare_monthly_use'),
      ...countyNotice,
      month: z
        .string()
        .regex(/^\d{4}-\d{2}$/)
        .describe('YYYY-MM, a month that has ended'),
      chargedHours: z.number().describe('The hours charged in the month: delivered, and late cancellations'),
      costCents: z.number().int().describe('What they cost, in cents; the receiving county pays it'),
    })
    .describe("A month's use of aftercare's service the receiving county pays for, once the month has ended"),
  'county.aftercare_service_ended': z
    .object({
      ...envelope,
      topic: z.literal('county.aftercare_service_ended'),
      ...countyNotice,
      endedOn: date,
      reason: z.string(),
    })
    .describe("Aftercare's service the receiving county pays for ended"),
  'county.client_plan': z
    .object({
      ...envelope,
      topic: z.literal('county.client_plan'),
      clientId: id.describe("The young person, by this county's id for them"),
      countyCode: z.string().describe('The receiving county'),
      planAgreedOn: date,
      plan: z
        .object({ contentType: z.literal('application/pdf'), base64: z.string() })
        .describe('The client plan as the young person got it, in their language'),
    })
    .describe("A young person's client plan in aftercare, to the other county concerned"),
} as const;

/** The file's content: JSON Schema 2020-12, a definition per topic. */
export function messagesJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'LUVN outgoing messages',
    description:
      'What the finance system, the client information system and the suppliers\u2019 webhooks receive. Each is ' +
      'POSTed as JSON with the header Idempotency-Key equal to messageId; a webhook call also carries ' +
      'X-LUVN-Timestamp and X-LUVN-Signature (sha256=HMAC-SHA256 of "<timestamp>.<body>" with the supplier\u2019s secret).',
    $defs: Object.fromEntries(
      Object.entries(MESSAGE_SCHEMAS).map(([topic, schema]) => [topic, z.toJSONSchema(schema)]),
    ),
    oneOf: Object.keys(MESSAGE_SCHEMAS).map((topic) => ({ $ref: `#/$defs/${topic}` })),
  };
}

if (require.main === module) {
  process.stdout.write(`${JSON.stringify(messagesJsonSchema(), null, 2)}\n`);
}

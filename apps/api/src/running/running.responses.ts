import { z } from 'zod';
import { ARRANGEMENT_STATUSES, VISIT_ACTIONS } from '../../../../libs/contracts';
import { Shapes } from '../common/responses';
import { allowedActions } from '../arrangements/arrangements.responses';
import { RUNNING_FLAGS } from './running-flags';

const { date, timestamp } = Shapes;

export const Visit = z
  .object({
    id: z.uuid(),
    visitOn: date,
    startsAt: timestamp,
    hours: z.number(),
    status: z.enum(['delivered', 'cancelled']),
    cancelledBy: z.enum(['client', 'supplier']).nullable(),
    cancelledAt: timestamp.nullable(),
    noticeHours: z.number().nullable().describe('Hours between the cancellation and the visit'),
    chargedHours: z.number().describe('Hours the county pays: a delivered visit, or a late cancellation by the client'),
    recordedBy: z.uuid(),
    recordedAt: timestamp,
    voided: z.boolean().describe('Cancelled as a record: it was recorded wrongly and counts in no use'),
    corrections: z
      .array(
        z.object({
          kind: z.enum(['edit', 'cancel']),
          reason: z.string().nullable().describe("Why it was corrected; none to a supplier (the county's case text)"),
          before: z
            .object({
              visitOn: date,
              startsAt: timestamp,
              hours: z.number(),
              status: z.enum(['delivered', 'cancelled']),
              cancelledBy: z.enum(['client', 'supplier']).nullable(),
              cancelledAt: timestamp.nullable(),
            })
            .describe('The visit as it was before the correction'),
          correctedBy: z.uuid(),
          correctedByName: z.string().nullable(),
          correctedAt: timestamp,
        }),
      )
      .describe('Corrections of a visit recorded wrongly, oldest first'),
    allowedActions: z
      .array(z.enum(VISIT_ACTIONS))
      .optional()
      .describe('How the caller may correct the visit now: edit its values or cancel the record'),
  })
  .meta({
    id: 'Visit',
    example: {
      id: '3e7a1c95-2b4d-4f8e-9a6c-1d5b7e3f9a20',
      visitOn: '2026-11-24',
      startsAt: '2026-11-24T14:00:00.000Z',
      hours: 2,
      status: 'cancelled',
      cancelledBy: 'client',
      cancelledAt: '2026-11-24T08:00:00.000Z',
      noticeHours: 6,
      chargedHours: 1,
      recordedBy: '6c2e8a41-5d7f-4b9c-8e1a-3f5d7b9c1e24',
      recordedAt: '2026-11-24T16:05:00.000Z',
      voided: false,
      corrections: [],
      allowedActions: ['edit', 'cancel'],
    },
  });

export const MonthUse = z
  .object({
    arrangementId: z.uuid(),
    month: z.string().describe('YYYY-MM'),
    commitment: z
      .object({
        kind: z.enum(['payment_commitment', 'internal_order', 'service_voucher']),
        status: z.enum(['open', 'closed']),
        unitsPerMonth: z.number().int().nullable(),
        unit: z.string().nullable(),
        unitPriceCents: z.number().int().nullable(),
        validFrom: date,
        validTo: date,
        closedOn: date.nullable(),
      })
      .nullable()
      .describe('The latest payment commitment'),
    deliveredVisits: z.number().int(),
    deliveredHours: z.number(),
    clientCancellations: z.number().int(),
    lateClientCancellations: z.number().int(),
    supplierCancellations: z.number().int(),
    cancelledHours: z.number(),
    chargedHours: z.number(),
    remainingHours: z.number().nullable(),
    overCommitment: z.boolean(),
    amountCents: z
      .number()
      .int()
      .nullable()
      .describe(
        "The month's charge: each visit at the price of the commitment in force on its day, in its contract's unit " +
          '(charged hours; visits; days with a visit; months with a visit), none on days with no decision in force',
      ),
  })
  .meta({
    id: 'MonthUse',
    example: {
      arrangementId: '0b6f8a52-3c1e-4f7a-9d2b-5e8c1a7f4b60',
      month: '2026-11',
      commitment: {
        kind: 'payment_commitment',
        status: 'open',
        unitsPerMonth: 12,
        unit: 'hour',
        unitPriceCents: 6200,
        validFrom: '2026-11-02',
        validTo: '2027-05-01',
        closedOn: null,
      },
      deliveredVisits: 4,
      deliveredHours: 8,
      clientCancellations: 1,
      lateClientCancellations: 1,
      supplierCancellations: 0,
      cancelledHours: 2,
      chargedHours: 9,
      remainingHours: 3,
      overCommitment: false,
      amountCents: 55800,
    },
  });

export const RunningService = z
  .object({
    id: z.uuid(),
    status: z.enum(ARRANGEMENT_STATUSES),
    serviceCode: z.string(),
    teamId: z.string(),
    ownWorkerId: z.uuid(),
    supplierId: z.uuid().nullable(),
    period: z.number().int().nullable(),
    periodEnd: date.nullable(),
    periodEndsAt: timestamp.nullable(),
    continuationDueAt: timestamp.nullable(),
    continuationOutcome: z.enum(['continue', 'end']).nullable(),
    nextEvaluationDueAt: timestamp.nullable(),
    reassessmentOverdueSince: timestamp.nullable(),
    attention: z
      .array(z.enum(RUNNING_FLAGS))
      .describe('What the service waits for now, by the same rules as the lists: nothing when all is in order'),
    client: z.object({ id: z.uuid(), name: z.string() }),
    allowedActions,
  })
  .meta({ id: 'RunningService' });

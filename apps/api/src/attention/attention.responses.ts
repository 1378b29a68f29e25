import { z } from 'zod';
import { ARRANGEMENT_STATUSES } from '../../../../libs/contracts';
import { Shapes } from '../common/responses';

const { date } = Shapes;

/** What needs someone to act now, in the order the screen shows it: the stopped services first. */
export const ATTENTION_CATEGORIES = [
  'continuation_overdue',
  'continuation_due',
  'evaluation_overdue',
  'access_overdue',
  'change_pending',
  'unmet_need',
] as const;
export type AttentionCategory = (typeof ATTENTION_CATEGORIES)[number];

export const AttentionRow = z
  .object({
    arrangementId: z.uuid(),
    status: z.enum(ARRANGEMENT_STATUSES),
    serviceCode: z.string(),
    municipalityCode: z.string(),
    municipality: z
      .object({ fi: z.string(), sv: z.string(), en: z.string() })
      .describe("The client's municipality by name, in Finnish and Swedish (English uses the Finnish)"),
    dueOn: date.nullable().describe('The day it was or is due (Europe/Helsinki): none for a change or an unmet need'),
    daysLate: z.number().int().nullable().describe('Whole days from `dueOn` to today: 0 or less when not yet late'),
    waitingSince: date
      .nullable()
      .describe('For a change or an unmet need, the day it was asked for or recorded (Europe/Helsinki)'),
    client: z
      .object({ id: z.uuid(), name: z.string() })
      .nullable()
      .describe("The client, for a role that sees clients' names"),
  })
  .meta({ id: 'AttentionRow' });

export const Attention = z
  .object({
    sections: z
      .array(
        z.object({
          category: z.enum(ATTENTION_CATEGORIES),
          count: z.number().int().describe('How many there are; `rows` holds the first `limit` of them'),
          rows: z.array(AttentionRow),
        }),
      )
      .describe('Every category, in this order, empty or not'),
    parkedDeliveries: z
      .number()
      .int()
      .nullable()
      .describe('Messages parked for an operator (`GET /deliveries`): null for a role that does not read them'),
  })
  .meta({
    id: 'Attention',
    example: {
      sections: [
        {
          category: 'continuation_overdue',
          count: 1,
          rows: [
            {
              arrangementId: '0b6f8a52-3c1e-4f7a-9d2b-5e8c1a7f4b60',
              status: 'reassessment_overdue',
              serviceCode: 'family_work',
              municipalityCode: 'espoo',
              municipality: { fi: 'Espoo', sv: 'Esbo', en: 'Espoo' },
              dueOn: '2026-11-27',
              daysLate: 3,
              waitingSince: null,
              client: { id: '6c2e8a41-5d7f-4b9c-8e1a-3f5d7b9c1e24', name: 'Eetu Esimerkki' },
            },
          ],
        },
      ],
      parkedDeliveries: 2,
    },
  });

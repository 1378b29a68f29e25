import { z } from 'zod';
import { RECTIFICATION_ACTIONS } from '../../../../libs/contracts/actions';
import { RECTIFICATION_OUTCOMES } from '../../../../libs/domain/actions/appeal-actions';
import { DECISION_KINDS, DECISION_OUTCOMES } from '../../../../libs/domain/decisions';
import { Shapes } from '../common/responses';

const { date, timestamp } = Shapes;

export const RectificationRequest = z
  .object({
    id: z.uuid(),
    arrangementId: z.uuid(),
    decisionSeq: z.number().int(),
    receivedOn: date,
    inTime: z.boolean().describe("Received by the decision's last day to request rectification"),
    appealDeadline: date.nullable(),
    grounds: z.string(),
    recordedBy: z.uuid().nullable().describe('The worker who recorded it; none when the family sent it online'),
    sentOnline: z.boolean().describe('Sent by the family online from their own view (received the day it was sent)'),
    recordedAt: timestamp,
    outcome: z.enum(RECTIFICATION_OUTCOMES).nullable(),
    outcomeOn: date.nullable(),
    newDecision: z.string().nullable(),
    courtFiledOn: date.nullable(),
    courtOutcome: z.enum(['dismissed', 'upheld', 'overturned', 'returned']).nullable(),
    courtDecidedOn: date.nullable(),
    followUpArrangementId: z
      .uuid()
      .nullable()
      .describe(
        'A denial changed to a grant, or a service ended early whose end was changed, goes to be arranged as ' +
          'this arrangement, submitted to the team',
      ),
    decisionKind: z.enum(DECISION_KINDS),
    decisionOutcome: z.enum(DECISION_OUTCOMES).describe('Any appealable one: denied, unmet_need or ended'),
    allowedActions: z
      .array(z.enum(RECTIFICATION_ACTIONS))
      .describe("The steps the caller may record now: the section's decision, the court appeal, its decision"),
    outcomes: z
      .array(z.enum(RECTIFICATION_OUTCOMES))
      .describe("The section's decisions the caller may record now (dismissed as late only for a late request)"),
  })
  .meta({
    id: 'RectificationRequest',
    example: {
      id: '5f1c3a79-2d4e-4b6a-8c1e-7a9b3d5f1c28',
      arrangementId: '0b6f8a52-3c1e-4f7a-9d2b-5e8c1a7f4b60',
      decisionSeq: 6,
      receivedOn: '2026-12-10',
      inTime: true,
      appealDeadline: '2027-01-04',
      grounds: 'Perhe tarvitsee kotipalvelua arjen sujumiseksi.',
      recordedBy: '8b4d6f28-3e1a-4c7b-9d5f-2a4c6e8b1d37',
      sentOnline: false,
      recordedAt: '2026-12-10T08:15:00.000Z',
      outcome: 'changed',
      outcomeOn: '2027-01-20',
      newDecision: 'Kotipalvelu myönnetään 12 tuntia kuukaudessa.',
      courtFiledOn: null,
      courtOutcome: null,
      courtDecidedOn: null,
      followUpArrangementId: '7c3e5a91-4b2d-4f6e-8a1c-9d3f5b7e1a46',
      decisionKind: 'initial',
      decisionOutcome: 'denied',
      allowedActions: ['appealToCourt'],
      outcomes: [],
    },
  });

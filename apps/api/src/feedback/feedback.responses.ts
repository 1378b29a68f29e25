import { z } from 'zod';
import { FEEDBACK_RULES_ACTIONS } from '../../../../libs/contracts/actions';
import { Shapes } from '../common/responses';

const { date, timestamp } = Shapes;
const item = z.number().int().nullable();
const ARRANGEMENT_ID = '0b6f8a52-3c1e-4f7a-9d2b-5e8c1a7f4b60';

export const Feedback = z
  .object({
    id: z.uuid(),
    arrangementId: z.uuid(),
    serviceCode: z.string(),
    supplierId: z.uuid().nullable(),
    respondent: z.enum(['family', 'own_worker']),
    answeredOn: date,
    recommend: z.number().int().nullable().describe('0–10'),
    seriousConcern: z.boolean().nullable(),
    badReasons: z.array(z.string()).describe('Why the answer counts as bad (item_low:…, serious_concern, nps_low)'),
    heard: item,
    rightThings: item,
    parentCoping: item,
    familyRelations: item,
    influence: item,
    caseId: z.uuid().nullable().describe('The supervision case the bad answer was brought to'),
  })
  .meta({
    id: 'Feedback',
    example: {
      id: '7f3b9d15-6a2c-4e8b-b4d1-9c7e5a3f1b28',
      arrangementId: ARRANGEMENT_ID,
      serviceCode: 'family_work',
      supplierId: '2a8c4e61-9b3d-4f5a-8c7e-1b3d5f7a9c42',
      respondent: 'own_worker',
      answeredOn: '2026-11-27',
      recommend: 3,
      seriousConcern: true,
      badReasons: ['serious_concern'],
      heard: 2,
      rightThings: 2,
      parentCoping: 3,
      familyRelations: 2,
      influence: 1,
      caseId: '4c9e2a73-1d5b-4f8c-9a6e-3b7d1f5c9e36',
    },
  });

export const FeedbackRequest = z
  .object({
    arrangementId: z.uuid(),
    serviceCode: z.string(),
    supplierId: z.uuid().nullable(),
    endedOn: date,
    requestedAt: timestamp,
    clientName: z.string(),
    clientId: z.uuid(),
  })
  .meta({
    id: 'FeedbackRequest',
    example: {
      arrangementId: ARRANGEMENT_ID,
      serviceCode: 'family_work',
      supplierId: '2a8c4e61-9b3d-4f5a-8c7e-1b3d5f7a9c42',
      endedOn: '2026-11-20',
      requestedAt: '2026-11-20T22:00:05.000Z',
      clientName: 'Aino Esimerkki',
      clientId: '5d2c7e19-8a4b-4c6d-b1f3-2e9a7c5d8b14',
    },
  });

const place = { row: z.number().int(), line: z.number().int().nullable() };
const problem = z.object({ field: z.string(), rule: z.string(), message: z.string() });

export const ImportReport = z
  .object({
    received: z.number().int(),
    blankLines: z.number().int(),
    accepted: z.array(z.object({ ...place, responseId: z.string(), id: z.uuid(), badReasons: z.array(z.string()) })),
    alreadyImported: z.array(z.object({ ...place, responseId: z.string(), id: z.uuid() })),
    rejected: z.array(z.object({ ...place, responseId: z.string().nullable(), problems: z.array(problem) })),
  })
  .meta({
    id: 'FeedbackImportReport',
    description: 'Every row sent is in exactly one of accepted, alreadyImported and rejected',
    example: {
      received: 2,
      blankLines: 0,
      accepted: [{ row: 1, line: 2, responseId: 'S-1001', id: '7f3b9d15-6a2c-4e8b-b4d1-9c7e5a3f1b28', badReasons: [] }],
      alreadyImported: [],
      rejected: [
        {
          row: 2,
          line: 3,
          responseId: 'S-1002',
          problems: [{ field: 'heard', rule: 'too_big', message: 'must be at most 4' }],
        },
      ],
    },
  });

export const FeedbackRuleSet = z
  .object({
    version: z.number().int(),
    rules: z.object({
      itemAtOrBelow: z.number().int().nullable(),
      seriousConcern: z.boolean(),
      nps: z.object({ window: z.number().int(), minAnswers: z.number().int(), below: z.number() }).nullable(),
    }),
    note: z.string().nullable(),
    changedBy: z.uuid().nullable(),
    changedByName: z.string().nullable().describe('Who changed the rules last; none for the first rules'),
    changedAt: timestamp,
    allowedActions: z
      .array(z.enum(FEEDBACK_RULES_ACTIONS))
      .describe('Whether the caller may change the rules: a screen offers the change exactly when it is here'),
  })
  .meta({
    id: 'FeedbackRuleSet',
    example: {
      version: 2,
      rules: { itemAtOrBelow: 1, seriousConcern: true, nps: { window: 20, minAnswers: 5, below: 0 } },
      note: 'NPS window widened',
      changedBy: '8b4d6f28-3e1a-4c7b-9d5f-2a4c6e8b1d37',
      changedByName: 'Petra Holm',
      changedAt: '2026-11-02T10:00:00.000Z',
      allowedActions: ['changeRules'],
    },
  });

import { z } from 'zod';
import { DECISION_KINDS, DECISION_OUTCOMES } from '../../../../libs/domain/decisions';
import { Shapes } from '../common/responses';
import { SessionFacts } from '../auth/session.responses';

const as = z
  .enum(['guardian', 'client'])
  .describe("guardian: the person is the child's guardian; client: the person is the client, 15 or more");

export const FamilySignInConfig = z
  .object({
    development: z.boolean().describe('The development list of persons is offered'),
    provider: z.boolean().describe("Signing in with the county's identification broker is offered"),
  })
  .meta({ id: 'FamilySignInConfig', example: { development: true, provider: false } });

export const FamilySignInPerson = z
  .object({ id: z.uuid(), name: z.string() })
  .meta({ id: 'FamilySignInPerson', example: { id: '00000000-0000-4000-8000-000005000001', name: 'Marja Järvinen' } });

export const FamilySessionFacts = SessionFacts.extend({
  name: z.string().describe('The person signed in'),
}).meta({
  id: 'FamilySessionFacts',
  example: {
    name: 'Marja Järvinen',
    csrfToken: 'q3…',
    idleSeconds: 1800,
    warningSeconds: 60,
    idleLeft: 1800,
    maxLeft: 36000,
  },
});

export const FamilyClient = z.object({ id: z.uuid(), name: z.string(), as }).meta({
  id: 'FamilyClient',
  example: { id: '00000000-0000-4000-8000-000002000001', name: 'Eetu Järvinen', as: 'guardian' },
});

const FamilyDecision = z
  .object({
    seq: z.number().int().describe("The decision's number in its arrangement: the letter's address"),
    kind: z.enum(DECISION_KINDS),
    outcome: z.enum(DECISION_OUTCOMES),
    decidedOn: Shapes.date,
    appealDeadline: Shapes.date
      .nullable()
      .describe('The last day to request rectification, for an appealable decision; the letter says how'),
    reference: z.string().describe('The reference number on the letter, for the family to quote'),
  })
  .meta({ id: 'FamilyDecision' });

export const FamilyClientMatters = z
  .object({
    id: z.uuid(),
    name: z.string(),
    as,
    contact: z
      .object({
        ownWorker: z.string().describe("The own worker's name"),
        team: Shapes.localized.describe("The own worker's team"),
        phone: z.string().nullable().describe("The team's phone: never a worker's own"),
      })
      .describe('Whom to contact'),
    arrangements: z.array(
      z.object({
        id: z.uuid(),
        serviceCode: z.string(),
        service: z.record(z.string(), z.string()).describe("The service's name by language"),
        status: z.string(),
        periodStart: Shapes.date.nullable(),
        periodEnd: Shapes.date.nullable(),
        nextEvaluationOn: Shapes.date.nullable().describe('While the service runs: the next evaluation meeting is due'),
        decisions: z.array(FamilyDecision),
      }),
    ),
  })
  .meta({
    id: 'FamilyClientMatters',
    example: {
      id: '00000000-0000-4000-8000-000002000001',
      name: 'Eetu Järvinen',
      as: 'guardian',
      contact: {
        ownWorker: 'Aino Virtanen',
        team: { fi: 'Perhesosiaalityö, Espoo', sv: 'Familjesocialarbete, Esbo', en: 'Family social work, Espoo' },
        phone: '+358 9 8165 0101',
      },
      arrangements: [],
    },
  });

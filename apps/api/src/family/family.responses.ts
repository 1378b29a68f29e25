import { z } from 'zod';
import { DECISION_ACTIONS, FAMILY_SURVEY_ACTIONS } from '../../../../libs/contracts/actions';
import { DECISION_KINDS, DECISION_OUTCOMES } from '../../../../libs/domain/decisions';
import { SURVEY_POINTS } from '../../../../libs/domain/family-survey';
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
  personId: z.uuid().describe('The person signed in: the web app keeps their unsent texts under it'),
}).meta({
  id: 'FamilySessionFacts',
  example: {
    name: 'Marja Järvinen',
    personId: '00000000-0000-4000-8000-000005000001',
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
    late: z
      .boolean()
      .nullable()
      .describe(
        'For an appealable decision: a request sent today would be late (past the last day); it is still taken',
      ),
    rectification: z
      .object({
        receivedOn: Shapes.date,
        inTime: z.boolean(),
        sentOnline: z.boolean().describe('Sent by the family here; otherwise recorded by the team'),
      })
      .nullable()
      .describe('The request for rectification in for the decision, if any'),
    allowedActions: z
      .array(z.enum(DECISION_ACTIONS))
      .describe('requestRectification: an appealable decision with no request in yet'),
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
        responsibleWorker: z
          .object({
            name: z.string().describe("The responsible worker's name"),
            team: Shapes.localized.describe(
              'Their team in each language; when another county placed the young person, as that county gave it',
            ),
            phone: z.string().nullable().describe("The team's phone, as the county gave it: never a private one"),
            county: Shapes.localized.describe('The county that placed the young person, whose worker this is'),
          })
          .nullable()
          .describe(
            "A young person in child welfare's aftercare: the placing county's responsible worker (placed from here, " +
              'the own worker); null for everyone else',
          ),
      })
      .describe('Whom to contact'),
    clientPlan: z
      .boolean()
      .describe(
        'The young person is in aftercare: their client plan, as it stands now, is at GET /family/clients/{id}/aftercare/plan.pdf',
      ),
    arrangements: z.array(
      z.object({
        id: z.uuid(),
        serviceCode: z.string(),
        service: z.record(z.string(), z.string()).describe("The service's name by language"),
        status: z.string(),
        periodStart: Shapes.date.nullable(),
        periodEnd: Shapes.date.nullable(),
        nextEvaluationOn: Shapes.date.nullable().describe('While the service runs: the next evaluation meeting is due'),
        justification: z
          .string()
          .nullable()
          .describe("The proposal's justification: why this service, as the worker wrote it"),
        goals: z.string().nullable().describe("The proposal's goals for the service"),
        survey: z
          .object({ point: z.enum(SURVEY_POINTS) })
          .nullable()
          .describe("The feedback survey offered now: at the service's end, or after the county's months of it"),
        allowedActions: z.array(z.enum(FAMILY_SURVEY_ACTIONS)).describe('answerSurvey: the survey is offered'),
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
        responsibleWorker: null,
      },
      clientPlan: false,
      arrangements: [],
    },
  });

export const FamilySurveyAnswered = z
  .object({ arrangementId: z.uuid(), point: z.enum(SURVEY_POINTS), answeredOn: Shapes.date })
  .meta({
    id: 'FamilySurveyAnswered',
    example: { arrangementId: '0b6f8a52-3c1e-4f7a-9d2b-5e8c1a7f4b60', point: 'ended', answeredOn: '2026-12-10' },
  });

export const FamilyRectificationSent = z
  .object({
    id: z.uuid(),
    arrangementId: z.uuid(),
    decisionSeq: z.number().int(),
    receivedOn: Shapes.date.describe('Today, in Helsinki: the day it reached the county'),
    inTime: z.boolean().describe("Received by the decision's last day; a late one is taken and marked late"),
  })
  .meta({
    id: 'FamilyRectificationSent',
    example: {
      id: '5f1c3a79-2d4e-4b6a-8c1e-7a9b3d5f1c28',
      arrangementId: '0b6f8a52-3c1e-4f7a-9d2b-5e8c1a7f4b60',
      decisionSeq: 2,
      receivedOn: '2026-12-10',
      inTime: true,
    },
  });

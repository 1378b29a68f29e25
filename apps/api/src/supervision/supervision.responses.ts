import { z } from 'zod';
import {
  ARRANGEMENT_STATUSES,
  CASE_ACTIONS,
  CASE_OUTCOMES,
  CASE_STATUSES,
  FINDING_SOURCES,
  ROLES,
  PLANNED_SUPERVISION_ACTIONS,
  PLANNED_VISIT_ACTIONS,
} from '../../../../libs/contracts';
import { Shapes } from '../common/responses';

const { date, timestamp } = Shapes;
const SUPPLIER_ID = '2a8c4e61-9b3d-4f5a-8c7e-1b3d5f7a9c42';
const CASE_ID = '4c9e2a73-1d5b-4f8c-9a6e-3b7d1f5c9e36';

const caseFields = {
  id: z.uuid(),
  supplierId: z.uuid(),
  supplierName: z.string(),
  number: z.number().int().describe("The case's number among the supplier's cases"),
  selfMonitoring: z
    .boolean()
    .describe(
      "An own-production unit's self-monitoring: the unit's lead answers as a supplier does, the service line's lead takes procurement's part",
    ),
  status: z.enum(CASE_STATUSES),
  outcome: z.enum(CASE_OUTCOMES).nullable(),
  procurementInvolved: z.boolean(),
  clarificationDeadlineAt: timestamp.nullable(),
  correctiveActionDueOn: date.nullable(),
  followUpAt: timestamp.nullable(),
  terminatedServiceCode: z.string().nullable(),
  openedAt: timestamp,
  closedAt: timestamp.nullable(),
  findings: z.number().int().describe('How many findings the case rests on'),
  serviceCodes: z.array(z.string()).describe("The services the case's feedback findings are about"),
  clarificationOverdue: z
    .boolean()
    .describe("The supplier's answer is awaited past its deadline (reminded, or escalated to procurement)"),
  allowedActions: z
    .array(z.enum(CASE_ACTIONS))
    .describe("The steps the caller may take now, by the case process's own rules: a screen offers exactly these"),
};

const caseExample = {
  id: CASE_ID,
  supplierId: SUPPLIER_ID,
  supplierName: 'Perhepalvelu Esimerkki Oy',
  number: 1,
  selfMonitoring: false,
  status: 'assessment',
  outcome: null,
  procurementInvolved: false,
  clarificationDeadlineAt: null,
  correctiveActionDueOn: null,
  followUpAt: null,
  terminatedServiceCode: null,
  openedAt: '2026-11-20T10:00:00.000Z',
  closedAt: null,
  findings: 1,
  serviceCodes: ['family_work'],
  clarificationOverdue: false,
  allowedActions: ['closeWithoutAction', 'requestClarification', 'involveProcurement', 'addStatement'],
};

export const SupervisionCaseSummary = z.object(caseFields).meta({ id: 'SupervisionCaseSummary', example: caseExample });

/** What a respondent wrote in the free-text questions; a question left empty is absent. */
const FeedbackWords = z
  .object({
    helpedMost: z.string().optional(),
    didNotHelp: z.string().optional(),
    wished: z.string().optional(),
    comments: z.string().optional(),
  })
  .describe('The free-text answers, as written');

/** A family's or own worker's words about a supplier's service: never who wrote them, nor about whom. */
export const FeedbackWordsAbout = z
  .object({
    feedbackId: z.uuid(),
    answeredOn: date,
    serviceCode: z.string(),
    respondent: z.enum(['family', 'own_worker']),
    reasons: z.array(z.string()).describe('The rules it broke (bad feedback); empty when it broke none'),
    texts: FeedbackWords,
  })
  .meta({
    id: 'FeedbackWords',
    example: {
      feedbackId: '1b5d9f37-4c2e-4a8b-8d6f-5e7a9c1b3d48',
      answeredOn: '2026-11-19',
      serviceCode: 'family_work',
      respondent: 'family',
      reasons: ['low_recommendation'],
      texts: { didNotHelp: 'Työntekijä vaihtui joka kerta.' },
    },
  });

export const SupervisionCase = z
  .object({
    ...caseFields,
    findings: z.array(
      z.object({
        id: z.uuid(),
        source: z.enum(FINDING_SOURCES),
        reasons: z.array(z.string()).describe('Rule codes, never who answered'),
        receivedAt: timestamp,
        serviceCode: z.string().nullable(),
        answeredOn: date.nullable(),
        texts: FeedbackWords.nullable().describe("The feedback's free-text answers; null for a finding of a visit"),
      }),
    ),
    steps: z.array(
      z.object({
        seq: z.number().int(),
        type: z.string(),
        actorId: z.uuid(),
        actorRole: z.enum(ROLES).nullable().describe('The role of who took the step; null for the process itself'),
        actorName: z
          .string()
          .nullable()
          .describe('Who took the step; null for the process, and for an own worker to procurement and the supplier'),
        at: timestamp,
        data: z.record(z.string(), z.unknown()),
        text: z.unknown().describe('The text of the step, where the reader may see it; else null'),
      }),
    ),
  })
  .meta({
    id: 'SupervisionCase',
    example: {
      ...caseExample,
      findings: [
        {
          id: '1b5d9f37-4c2e-4a8b-8d6f-5e7a9c1b3d48',
          source: 'feedback',
          reasons: ['serious_concern'],
          receivedAt: '2026-11-20T10:00:00.000Z',
          serviceCode: 'family_work',
          answeredOn: '2026-11-19',
        },
      ],
      steps: [
        {
          seq: 1,
          type: 'opened',
          actorId: '00000000-0000-0000-0000-000000000000',
          actorRole: null,
          actorName: null,
          at: '2026-11-20T10:00:00.000Z',
          data: {},
          text: null,
        },
      ],
    },
  });

const respondentFigures = z.object({
  answers: z.number().int(),
  withheld: z.boolean().describe('Too few answers to show without identifying families'),
  nps: z.number().nullable(),
  seriousConcerns: z.number().int().nullable(),
  means: z.record(z.string(), z.number().nullable()).describe('Mean of each 1–4 survey item'),
});

export const Scorecard = z
  .object({
    supplier: z.object({ id: z.uuid(), name: z.string() }),
    minimumAnswersShown: z.number().int(),
    services: z.array(
      respondentFigures.extend({
        serviceCode: z.string(),
        period: z.string().describe('A quarter (2026-Q3), or all'),
        ownWorkers: respondentFigures.describe("The own workers' assessments, never mixed with the families'"),
      }),
    ),
    cases: z.object({
      open: z.number().int(),
      closed: z.number().int(),
      closedWithoutAction: z.number().int(),
      resolved: z.number().int(),
      sanctions: z.number().int(),
      contractsTerminated: z.number().int(),
    }),
    contracts: z.array(z.object({ serviceCode: z.string(), status: z.string(), validFrom: date, validTo: date })),
    running: z
      .array(z.object({ serviceCode: z.string(), count: z.number().int() }))
      .describe("The supplier's running services by service: counts only, never a client"),
  })
  .meta({ id: 'SupplierScorecard' });

export const SupplierRunningArrangement = z
  .object({
    id: z
      .uuid()
      .optional()
      .describe("Only for the county's workers: to procurement a family's service is no record to follow"),
    status: z.enum(ARRANGEMENT_STATUSES),
    serviceCode: z.string(),
    periodEnd: date.nullable(),
    teamId: z.string().optional(),
    ownWorkerId: z.uuid().optional(),
    clientName: z.string().optional().describe("Only for the county's workers, never for procurement"),
    clientId: z.uuid().optional(),
  })
  .meta({ id: 'SupplierRunningArrangement' });

export const PlannedSupervision = z
  .object({
    supplierId: z.uuid(),
    every: z.string().nullable().describe('How often the supplier is visited, as set (an ISO duration, e.g. P6M)'),
    note: z.string().nullable(),
    paused: z.boolean(),
    nextVisits: z.array(timestamp),
    visitsMade: z.number().int(),
  })
  .meta({
    id: 'PlannedSupervision',
    example: {
      supplierId: SUPPLIER_ID,
      every: 'P90D',
      note: 'planned supervision every P90D',
      paused: false,
      nextVisits: ['2027-02-18T10:00:00.000Z'],
      visitsMade: 1,
    },
  });

export const PlannedSupervisionStopped = z
  .object({ supplierId: z.uuid(), stopped: z.literal(true) })
  .meta({ id: 'PlannedSupervisionStopped', example: { supplierId: SUPPLIER_ID, stopped: true } });

export const PlannedVisit = z
  .object({
    id: z.uuid(),
    supplierId: z.uuid(),
    supplierName: z.string(),
    selfMonitoring: z.boolean().describe("An own-production unit's planned self-monitoring"),
    dueAt: timestamp,
    status: z.enum(['due', 'done']),
    visitedOn: date.nullable(),
    concern: z.boolean().nullable(),
    findings: z.object({ findings: z.string() }).nullable(),
    caseId: z.uuid().nullable(),
    allowedActions: z
      .array(z.enum(PLANNED_VISIT_ACTIONS))
      .describe("Whether the caller may record the visit's findings now: a screen offers the form exactly then"),
  })
  .meta({ id: 'PlannedVisit' });

export const SupplierPlannedSupervision = z
  .object({
    supplierId: z.uuid(),
    supplierName: z.string(),
    selfMonitoring: z
      .boolean()
      .describe("An own-production unit: its planned self-monitoring, the service line's lead in procurement's part"),
    plan: PlannedSupervision.nullable().describe('None when the supplier is not visited on a schedule'),
    dueVisits: z.number().int().describe("The supplier's visits due, their findings not recorded"),
    allowedActions: z
      .array(z.enum(PLANNED_SUPERVISION_ACTIONS))
      .describe("What the caller may do with the supplier's plan now: set or replace it, stop it"),
  })
  .meta({
    id: 'SupplierPlannedSupervision',
    example: {
      supplierId: SUPPLIER_ID,
      supplierName: 'Perhepalvelu Esimerkki Oy',
      selfMonitoring: false,
      plan: {
        supplierId: SUPPLIER_ID,
        every: 'P6M',
        note: 'planned supervision every P6M',
        paused: false,
        nextVisits: ['2027-05-18T10:00:00.000Z'],
        visitsMade: 1,
      },
      dueVisits: 0,
      allowedActions: ['plan', 'stopPlan'],
    },
  });

import { z } from 'zod';
import {
  ARRANGEMENT_ACTIONS,
  ARRANGEMENT_STATUSES,
  LEGAL_BASES,
  NOTIFICATION_METHODS,
  WAYS_OF_ARRANGING,
} from '../../../../libs/contracts';
import { Shapes } from '../common/responses';
import { WAITS_FOR } from './arrangement-list.service';

const { date, timestamp, localized } = Shapes;
const status = z.enum(ARRANGEMENT_STATUSES);
/** What the caller may do with the record now, decided by the process's own rules (libs/domain/actions). */
export const allowedActions = z
  .array(z.enum(ARRANGEMENT_ACTIONS))
  .describe('The steps the caller may take now: a screen offers exactly these');
const ID = '0b6f8a52-3c1e-4f7a-9d2b-5e8c1a7f4b60';
const CLIENT_ID = '5d2c7e19-8a4b-4c6d-b1f3-2e9a7c5d8b14';

export const ArrangementClient = z
  .object({
    id: z.uuid().optional(),
    name: z.string(),
    address: z.string().nullable(),
    contactName: z.string().nullable().describe("A guardian's or other contact person's name"),
    contactPhone: z.string().nullable(),
    dateOfBirth: date.optional(),
    municipalityCode: z.string().optional(),
    language: z.enum(['fi', 'sv']).optional(),
    legalBasis: z.enum(LEGAL_BASES).optional(),
    specialSupportNeeds: z
      .boolean()
      .optional()
      .describe('Special support needs under the Social Welfare Act (SHL 3 §)'),
    age: z.number().int().optional().describe("The child's age in whole years today"),
    municipality: localized.optional().describe('The home municipality by name'),
  })
  .meta({
    id: 'ArrangementClient',
    description:
      'Who the service is for: in full for the own worker and the team; a supplier sees name, address and ' +
      'contact only while it provides the service',
  });

export const ProposalText = z
  .object({
    justification: z.string().optional(),
    goals: z.string().optional(),
    notRightWhenPresent: z.array(z.string()).optional(),
    plannedDuration: z.string().nullable().optional(),
    specialConsideration: z.string().nullable().optional(),
    expectedBirthOn: date.nullable().optional().describe('For a pregnant person: the expected day of birth'),
    familyAgreedOn: date.nullable().optional().describe('The day the family agreed to the service'),
    fitWithOtherServices: z.string().nullable().optional().describe("How it fits with the client's other services"),
  })
  .meta({ id: 'ProposalText', description: "The proposal's text as the own worker last saved it" });

const Decision = z.object({
  outcome: z.enum(['granted', 'denied']),
  decidedBy: z.uuid().nullable(),
  decidedOn: date.nullable(),
  periodStart: date.nullable(),
  periodEnd: date.nullable(),
  appealDeadline: date.nullable().describe('The last day to request rectification'),
  notification: z.enum(NOTIFICATION_METHODS).nullable(),
  appealInstructions: localized.nullable().describe('The rectification instructions, for a negative decision'),
  decidedByName: z.string().nullable().optional(),
});

const Named = z.object({ id: z.uuid(), name: z.string() });

const Parties = z
  .object({
    ownWorker: Named,
    team: z.object({ id: z.string(), name: localized }),
    assignee: Named.nullable().describe('Who in the team handles it'),
    supplier: Named.extend({ ownProduction: z.boolean() }).nullable().describe('Who provides the service'),
    unitWorker: Named.nullable().describe(
      "The own-production unit's worker who works with the family, named when the unit accepted the order",
    ),
  })
  .meta({ id: 'Parties', description: 'Who takes part in the arrangement, by name' });

const Order = z
  .object({
    orderedOn: date,
    answerBy: date.nullable().describe("The day the contract's answer time ends (working days); null without one"),
    ageBand: z.string().describe("The child's age as a band such as 10–12: never the birth date"),
    municipality: localized,
  })
  .meta({ id: 'Order', description: 'What a supplier decides an order on, without who the family is' });

const RequiredStep = z
  .object({
    code: z.string(),
    timing: z
      .enum(['process', 'before_start', 'at_start', 'recurring', 'evaluations', 'once'])
      .describe(
        'process: recorded by the process; before_start: must be recorded before the start; at_start: the start itself; recurring: at a gap after the start; evaluations: the evaluation meetings',
      ),
    state: z.enum(['done', 'open', 'due', 'overdue']),
    doneOn: date.nullable(),
    doneBy: z.uuid().nullable(),
    times: z.number().int(),
    dueAt: timestamp.nullable(),
    lastDay: date.nullable().describe('The day it must be done by'),
    recordable: z.boolean().describe('Recorded by a worker (POST /arrangements/{id}/steps), not by the process'),
  })
  .meta({ id: 'RequiredStep' });

const Running = z.object({
  period: z.number().int().nullable(),
  periodStart: date.nullable(),
  periodEnd: date.nullable(),
  periodEndsAt: timestamp.nullable(),
  monthsGranted: z.number().nullable(),
  continuationDueAt: timestamp.nullable(),
  continuationDueFrom: date
    .nullable()
    .describe("The day the continuation decision falls due; it must be made by the period's end"),
  continuationDue: z.boolean(),
  continuationOutcome: z.enum(['continue', 'end']).nullable(),
  reassessmentOverdueSince: timestamp.nullable(),
  nextEvaluationDueAt: timestamp.nullable(),
  nextEvaluationDueOn: date.nullable().describe('The last day the next evaluation may be held; never after the period'),
  evaluationDue: z.boolean().describe('Whether that day has come'),
  evaluationsHeld: z.number().int(),
  evaluationInterval: z
    .string()
    .nullable()
    .describe(
      "The gap between evaluation meetings agreed with the family (ISO 8601); never agreed, the card's longest",
    ),
  evaluationIntervalBounds: z
    .object({ shortest: z.string().nullable(), longest: z.string() })
    .nullable()
    .describe('The gaps the card allows the family to agree on; shortest null when any up to the longest will do'),
  changeStatus: z.enum(['requested', 'granted']).nullable(),
  change: z
    .object({
      hoursPerMonth: z.number().int().nullable().describe('The hours asked for; null when they stay'),
      supplier: Named.nullable().describe('The supplier asked for; null when it stays'),
      effectiveOn: date,
      granted: z.boolean().describe('Granted and waiting for its payment commitment'),
    })
    .nullable()
    .optional()
    .describe('The change of intensity or supplier asked for, beside the current figures'),
});

export const Arrangement = z
  .object({
    id: z.uuid(),
    status,
    serviceCode: z.string(),
    catalogueVersion: z.number().int(),
    legalBasis: z.enum(LEGAL_BASES),
    teamId: z.string(),
    ownWorkerId: z.uuid(),
    assigneeId: z.uuid().nullable(),
    consultationOpen: z.boolean(),
    way: z.enum(WAYS_OF_ARRANGING).nullable(),
    supplierId: z.uuid().nullable(),
    contractId: z.uuid().nullable(),
    hoursPerMonth: z.number().int().nullable(),
    specialConsiderations: z.array(z.string()).describe('Codes of the special considerations the card asks'),
    aftercare: z
      .boolean()
      .describe("Child welfare's aftercare for a young person on a card offered to them: no ages, hours or maximum"),
    payingCounty: z
      .string()
      .nullable()
      .describe('The county that pays and is told, when another county placed the young person; null: this county'),
    needsAssessedOn: date,
    desiredStartOn: date.nullable(),
    dueOn: date.nullable().describe('The day the service must start by, counted from the needs assessment'),
    decision: Decision.nullable(),
    startedOn: date.nullable(),
    accessDays: z.number().int().nullable(),
    running: Running.nullable(),
    requiredSteps: z
      .array(RequiredStep)
      .describe("The card's required steps as a checklist: who did each and when, and which are due or overdue"),
    ended: z.object({ endedOn: date, reason: z.string().nullable() }).nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    parties: Parties,
    order: Order.nullable().describe('While the order waits for the supplier’s answer'),
    client: ArrangementClient.nullable(),
    proposal: ProposalText.nullable().describe('Seen by the own worker and the arranging team only'),
    allowedActions,
  })
  .meta({
    id: 'Arrangement',
    example: {
      id: ID,
      status: 'submitted',
      serviceCode: 'family_work',
      catalogueVersion: 3,
      legalBasis: 'LsL',
      teamId: 'arr-cw',
      ownWorkerId: '9a1d3f5e-7b2c-4e8a-a6d4-1c3e5f7a9b2d',
      assigneeId: null,
      consultationOpen: false,
      way: null,
      supplierId: null,
      contractId: null,
      hoursPerMonth: 12,
      specialConsiderations: [],
      aftercare: false,
      payingCounty: null,
      needsAssessedOn: '2026-11-20',
      desiredStartOn: '2026-12-07',
      dueOn: '2027-02-18',
      decision: null,
      startedOn: null,
      accessDays: null,
      running: null,
      requiredSteps: [
        {
          code: 'needs_assessment',
          timing: 'process',
          state: 'done',
          doneOn: '2026-11-20',
          doneBy: '9a1d3f5e-7b2c-4e8a-a6d4-1c3e5f7a9b2d',
          times: 1,
          dueAt: null,
          lastDay: null,
          recordable: false,
        },
        {
          code: 'decision',
          timing: 'process',
          state: 'open',
          doneOn: null,
          doneBy: null,
          times: 0,
          dueAt: null,
          lastDay: null,
          recordable: false,
        },
      ],
      ended: null,
      createdAt: '2026-11-27T08:12:00.000Z',
      updatedAt: '2026-11-27T08:40:00.000Z',
      parties: {
        ownWorker: { id: '9a1d3f5e-7b2c-4e8a-a6d4-1c3e5f7a9b2d', name: 'Aino Aaltonen' },
        team: {
          id: 'arr-cw',
          name: { fi: 'Järjestämistiimi', sv: 'Team för ordnande av tjänster', en: 'Arranging team' },
        },
        assignee: null,
        supplier: null,
        unitWorker: null,
      },
      order: null,
      client: {
        id: CLIENT_ID,
        name: 'Aino Esimerkki',
        address: 'Esimerkkitie 1, 02400 Kirkkonummi',
        contactName: 'Maija Esimerkki',
        contactPhone: '040 123 4567',
        dateOfBirth: '2018-03-14',
        municipalityCode: '257',
        language: 'fi',
        legalBasis: 'LsL',
      },
      proposal: { justification: 'Arjen tuki', goals: 'Koulunkäynti sujuu' },
      allowedActions: ['claim'],
    },
  });

/** What a command answers when its caller no longer reaches the arrangement (a supplier that declined). */
export const ArrangementOutOfReach = z
  .object({ id: z.uuid(), status })
  .strict()
  .meta({ id: 'ArrangementOutOfReach', example: { id: ID, status: 'arranging' } });

export const CommandResult = z.union([Arrangement, ArrangementOutOfReach]).meta({ id: 'CommandResult' });

export const TimelineEvent = z
  .object({
    seq: z.number().int(),
    type: z.string(),
    actorId: z.uuid(),
    actor: z
      .object({ name: z.string().nullable(), role: z.string() })
      .nullable()
      .describe('Who did the step: a person by name and role, or the process itself (role `system`)'),
    at: timestamp,
    data: z.record(z.string(), z.unknown()),
    text: z
      .record(z.string(), z.unknown())
      .nullable()
      .describe('The text the event refers to, where the reader sees it'),
  })
  .meta({
    id: 'TimelineEvent',
    example: {
      seq: 2,
      type: 'submitted',
      actorId: '9a1d3f5e-7b2c-4e8a-a6d4-1c3e5f7a9b2d',
      actor: { name: 'Aino Aaltonen', role: 'own_worker' },
      at: '2026-11-27T08:40:00.000Z',
      data: {},
      text: null,
    },
  });

export const ListedArrangement = z
  .object({
    id: z.uuid(),
    status,
    serviceCode: z.string(),
    hoursPerMonth: z.number().int().nullable(),
    desiredStartOn: date.nullable(),
    dueOn: date.nullable(),
    supplierId: z.uuid().nullable(),
    consultationOpen: z.boolean(),
    periodStart: date.nullable(),
    periodEnd: date.nullable(),
    supplierName: z.string().nullable(),
    statusOn: date.describe('The day the arrangement came to its status (started, decided, ended, or last changed)'),
    updatedAt: timestamp,
    waitsFor: z.enum(WAITS_FOR).nullable().describe('What the arrangement waits for from its own worker'),
    client: z.object({ id: z.uuid().optional(), name: z.string() }).nullable(),
    allowedActions,
  })
  .meta({
    id: 'ListedArrangement',
    example: {
      id: ID,
      status: 'returned',
      serviceCode: 'family_work',
      hoursPerMonth: 12,
      desiredStartOn: '2026-12-07',
      dueOn: '2027-02-18',
      supplierId: null,
      consultationOpen: false,
      periodStart: null,
      periodEnd: null,
      supplierName: null,
      statusOn: '2026-11-27',
      updatedAt: '2026-11-27T08:40:00.000Z',
      waitsFor: 'complete_proposal',
      client: { id: CLIENT_ID, name: 'Aino Esimerkki' },
      allowedActions: ['saveDraft', 'requestConsultation', 'submit', 'withdraw'],
    },
  });

export const QueueItem = z
  .object({
    id: z.uuid(),
    status,
    serviceCode: z.string(),
    dueOn: date,
    overdue: z.boolean(),
    assigneeId: z.uuid().nullable(),
    assigneeName: z.string().nullable(),
    consultationOpen: z.boolean(),
    specialConsiderations: z.array(z.string()),
    createdAt: timestamp,
    client: z.object({ id: z.uuid(), name: z.string(), municipalityCode: z.string() }),
    allowedActions,
  })
  .meta({ id: 'QueueItem' });

export const QueuePage = z
  .object({
    items: z.array(QueueItem),
    nextCursor: z.string().nullable().describe('Give as `after` for the next page; null on the last'),
  })
  .meta({
    id: 'QueuePage',
    example: {
      items: [
        {
          id: ID,
          status: 'submitted',
          serviceCode: 'family_work',
          dueOn: '2027-02-18',
          overdue: false,
          assigneeId: null,
          assigneeName: null,
          consultationOpen: false,
          specialConsiderations: ['age'],
          createdAt: '2026-11-27T08:12:00.000Z',
          client: { id: CLIENT_ID, name: 'Aino Esimerkki', municipalityCode: '257' },
        },
      ],
      nextCursor: null,
    },
  });

import { z } from 'zod';
import { AFTERCARE_ACTIONS, AFTERCARE_BASES } from '../../../../libs/contracts/aftercare-commands';
import { ARRANGEMENT_STATUSES } from '../../../../libs/contracts';
import { Shapes } from '../common/responses';

const { date, localized } = Shapes;
const CLIENT_ID = '5d2c7e19-8a4b-4c6d-b1f3-2e9a7c5d8b14';

const Contact = z
  .object({
    name: z.string(),
    team: z.string(),
    phone: z.string().nullable().describe("The team's phone"),
    email: z.string().nullable().describe('A work e-mail, never a private one'),
    county: z.string().describe("The worker's county (its code)"),
  })
  .meta({ id: 'AftercareContact' });

export const County = z
  .object({
    code: z.string(),
    name: localized,
    own: z.boolean().describe('This county'),
    noticeUrl: z.string().nullable().describe('Where its notices go: shown only to one who sets it'),
    allowedActions: z.array(z.enum(['setNoticeAddress'])),
  })
  .meta({
    id: 'County',
    example: {
      code: 'vantaa_kerava',
      name: { fi: 'Vantaan ja Keravan hyvinvointialue', sv: 'Vanda och Kervo välfärdsområde', en: 'Vantaa and Kerava' },
      own: false,
      noticeUrl: null,
      allowedActions: ['setNoticeAddress'],
    },
  });

export const NoticeAddress = z
  .object({ code: z.string(), noticeUrl: z.string().nullable() })
  .meta({ id: 'NoticeAddress' });

const ServiceElsewhere = z
  .object({
    id: z.uuid(),
    countyCode: z.string(),
    service: z.string(),
    arrangedFrom: date,
    arrangedTo: date.nullable(),
    costs: z.array(z.object({ month: z.string(), amountCents: z.number().int() })).describe('As the county told'),
  })
  .meta({ id: 'AftercareServiceElsewhere' });

export const Aftercare = z
  .object({
    clientId: z.uuid(),
    aftercare: z
      .object({
        basis: z.enum(AFTERCARE_BASES),
        startedOn: date,
        endsOn: date.describe('The day before the 25th birthday'),
        placingCounty: z.string(),
        residenceCounty: z.string(),
        placedHere: z.boolean(),
        livesHere: z.boolean(),
        planAgreedOn: date.nullable(),
        responsibleWorker: Contact.describe("The placing county's responsible worker: always named"),
        ownWorker: Contact.describe("This county's own worker, who answers for the services arranged here"),
        otherCountyContact: Contact.nullable().describe('Placed from here, living elsewhere: the contact there'),
        servicesHere: z.array(
          z.object({
            arrangementId: z.uuid(),
            serviceCode: z.string(),
            service: localized.nullable(),
            status: z.enum(ARRANGEMENT_STATUSES),
            aftercare: z.boolean().describe("Aftercare's service: no caps"),
            payingCounty: z.string().nullable().describe('The county that pays, when not this one'),
            periodStart: date.nullable(),
            periodEnd: date.nullable(),
          }),
        ),
        servicesElsewhere: z.array(ServiceElsewhere),
      })
      .nullable()
      .describe('Null: the young person has no aftercare recorded'),
    allowedActions: z
      .array(z.enum(AFTERCARE_ACTIONS))
      .describe(
        'record: record or correct it; recordServiceElsewhere, recordCost: the services the other county arranges ' +
          'and their costs; sendPlan: send the client plan to the other county',
      ),
  })
  .meta({
    id: 'Aftercare',
    example: { clientId: CLIENT_ID, aftercare: null, allowedActions: ['record'] },
  });

export { ServiceElsewhere };

export const CostTold = z
  .object({ serviceId: z.uuid(), month: z.string(), amountCents: z.number().int() })
  .meta({ id: 'AftercareCostTold' });

export const PlanSent = z
  .object({
    clientId: z.uuid(),
    countyCode: z.string().describe('The county the plan goes to'),
    messageKey: z.string().describe('The delivery, as GET /deliveries shows it'),
  })
  .meta({ id: 'AftercarePlanSent' });

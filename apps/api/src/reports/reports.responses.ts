import { z } from 'zod';
import { PROFESSIONS } from '../../../../libs/contracts';
import { Shapes } from '../common/responses';

const { date, localized } = Shapes;
const month = z
  .string()
  .regex(/^\d{4}-\d{2}$/)
  .meta({ example: '2026-03' })
  .describe('The month, YYYY-MM');
const municipalityCode = z
  .string()
  .nullable()
  .describe("The clients' home municipality the figure is of; null for the whole county");

/** What became of the period's negative decisions: the requests for rectification and their outcomes. */
const appealCounts = {
  negativeDecisions: z.number().int(),
  rectificationRequests: z.number().int(),
  inTime: z.number().int(),
  upheld: z.number().int(),
  changed: z.number().int(),
  dismissedLate: z.number().int(),
  pending: z.number().int(),
};

export const Figures = z
  .object({
    period: z.object({ from: date, to: date }),
    municipalityCode,
    accessTime: z.array(
      z.object({
        serviceCode: z.string(),
        started: z.number().int(),
        medianDays: z.number().nullable().describe('Days from the needs assessment to the start'),
        withinTargetShare: z.number().describe("Share started within the catalogue's access-time target, 0–1"),
      }),
    ),
    decisions: z.array(
      z.object({ serviceCode: z.string(), kind: z.string(), outcome: z.string(), count: z.number().int() }),
    ),
    unmetNeeds: z.object({ recorded: z.number().int(), stillOpen: z.number().int() }),
    satisfaction: z.array(
      z.object({
        serviceCode: z.string(),
        answers: z.number().int(),
        nps: z.number().nullable().describe("The families' NPS; null under the number of answers shown"),
        ownWorkerAnswers: z.number().int(),
        ownWorkerSeriousConcerns: z.number().int(),
        npsTarget: z
          .number()
          .nullable()
          .describe(
            "The county's NPS target for the service (or all services) in force on the period's last day; null until it sets one",
          ),
        npsTargetSource: z.string().nullable(),
        npsTargetIsExample: z
          .boolean()
          .nullable()
          .describe("True for the demo region's example from another county's document, never this county's"),
      }),
    ),
    reassessmentsOverdueNow: z.number().int(),
    appeals: z
      .array(
        z.object({
          year: z.number().int().describe('The year of the decisions'),
          serviceCode: z.string(),
          ...appealCounts,
          courtAppeals: z.number().int(),
          courtOverturned: z.number().int(),
        }),
      )
      .describe(
        'Decisions in the period by year and service: the negative ones, the requests for rectification of any, and what became of them',
      ),
    accessTimeByMonth: z
      .array(
        z.object({
          month,
          serviceCode: z.string(),
          started: z.number().int(),
          medianDays: z.number().nullable(),
          withinTargetShare: z.number(),
        }),
      )
      .describe('Access time by the month of the start, per service: only months with starts'),
    appealsByMonth: z
      .array(z.object({ month, serviceCode: z.string(), ...appealCounts }))
      .describe(
        'Negative decisions and the requests for rectification of them, by the month of the decision, per service',
      ),
    unmetNeedsByMonth: z
      .array(z.object({ month, serviceCode: z.string(), recorded: z.number().int(), stillOpen: z.number().int() }))
      .describe('Unmet needs by the month they were recorded, per service'),
  })
  .meta({
    id: 'Figures',
    example: {
      period: { from: '2026-01-01', to: '2026-12-31' },
      accessTime: [{ serviceCode: 'family_work', started: 41, medianDays: 23, withinTargetShare: 0.927 }],
      decisions: [{ serviceCode: 'family_work', kind: 'initial', outcome: 'denied', count: 3 }],
      unmetNeeds: { recorded: 2, stillOpen: 1 },
      municipalityCode: null,
      satisfaction: [
        {
          serviceCode: 'family_work',
          answers: 18,
          nps: 44.4,
          ownWorkerAnswers: 12,
          ownWorkerSeriousConcerns: 1,
          npsTarget: 40,
          npsTargetSource: 'Aluevaltuuston strategia 2026–2029',
          npsTargetIsExample: false,
        },
      ],
      reassessmentsOverdueNow: 0,
      appeals: [
        {
          year: 2026,
          serviceCode: 'family_work',
          negativeDecisions: 3,
          rectificationRequests: 2,
          inTime: 2,
          upheld: 1,
          changed: 1,
          dismissedLate: 0,
          pending: 0,
          courtAppeals: 1,
          courtOverturned: 0,
        },
      ],
      accessTimeByMonth: [
        { month: '2026-03', serviceCode: 'family_work', started: 4, medianDays: 21, withinTargetShare: 1 },
      ],
      appealsByMonth: [
        {
          month: '2026-03',
          serviceCode: 'family_work',
          negativeDecisions: 1,
          rectificationRequests: 1,
          inTime: 1,
          upheld: 0,
          changed: 1,
          dismissedLate: 0,
          pending: 0,
        },
      ],
      unmetNeedsByMonth: [{ month: '2026-03', serviceCode: 'family_work', recorded: 1, stillOpen: 0 }],
    },
  });

export const Purchases = z
  .object({
    year: z.number().int(),
    municipalityCode,
    reductionTarget: z
      .number()
      .nullable()
      .describe("The share purchases are to fall below the baseline: the county's setting, null until it sets one"),
    reductionTargetSource: z.string().nullable().describe("Where the county's target comes from"),
    services: z.array(
      z.object({
        serviceCode: z.string(),
        chargedHours: z.number(),
        spentCents: z.number(),
        baselineCents: z
          .number()
          .nullable()
          .describe("The county's purchases baseline in force for the year; null until it sets one"),
        baselineSource: z.string().nullable(),
        baselineIsExample: z
          .boolean()
          .nullable()
          .describe("True for the demo region's example from another county's document, never this county's"),
        targetCents: z.number().nullable(),
        shareOfTarget: z.number().nullable(),
      }),
    ),
    months: z
      .array(z.object({ month, serviceCode: z.string(), chargedHours: z.number(), spentCents: z.number() }))
      .describe('The cost followed monthly: each month of the year with purchases, per service'),
  })
  .meta({
    id: 'Purchases',
    example: {
      year: 2026,
      municipalityCode: null,
      reductionTarget: 0.2,
      reductionTargetSource: 'Aluevaltuuston strategia 2026–2029',
      services: [
        {
          serviceCode: 'family_work',
          chargedHours: 1200,
          spentCents: 7440000,
          baselineCents: 12000000,
          baselineSource: 'Ostot 2024, talousraportti 3/2025',
          baselineIsExample: false,
          targetCents: 9600000,
          shareOfTarget: 0.775,
        },
      ],
      months: [{ month: '2026-03', serviceCode: 'family_work', chargedHours: 100, spentCents: 620000 }],
    },
  });

export const Caseload = z
  .object({
    userId: z.uuid(),
    name: z.string(),
    profession: z.enum(PROFESSIONS).nullable(),
    teamId: z.string().nullable(),
    clients: z.number().int(),
    runningServices: z.number().int(),
    norm: z.number().int().nullable().describe("The county's caseload norm for the profession; null until it sets one"),
    overNorm: z.boolean(),
  })
  .meta({
    id: 'Caseload',
    example: {
      userId: '9a1d3f5e-7b2c-4e8a-a6d4-1c3e5f7a9b2d',
      name: 'Sanna Sosiaalityöntekijä',
      profession: 'social_worker',
      teamId: 'cw-lohja',
      clients: 38,
      runningServices: 22,
      norm: 50,
      overNorm: false,
    },
  });

export const Municipality = z
  .object({ code: z.string(), name: localized })
  .meta({ id: 'Municipality', example: { code: 'lohja', name: { fi: 'Lohja', sv: 'Lojo', en: 'Lohja' } } });

export const UnitFigures = z
  .object({
    year: z.number().int(),
    minimumAnswersShown: z.number().int().describe('An NPS of fewer answers is withheld (null)'),
    units: z.array(
      z.object({
        supplierId: z.uuid().describe("The own-production unit's supplier record"),
        unitName: z.string(),
        serviceCode: z.string(),
        hoursPerMonth: z.number().int().describe("The unit's capacity for the service, in hours a month"),
        hoursTakenOn: z.number().int().describe('The hours a month of the services it has taken on now'),
        deliveredHours: z.number().describe("The hours of the year's delivered visits"),
        months: z
          .array(z.object({ month, deliveredHours: z.number() }))
          .describe('Each month of the year with delivered visits: their hours, against the capacity a month'),
        started: z.number().int().describe('Services of the unit started in the year'),
        medianAccessDays: z
          .number()
          .nullable()
          .describe("From the needs assessment to the start (the figures' access time), the median; null if none"),
        answers: z.number().int().describe("The families' answers to the 0–10 question in the year"),
        nps: z.number().nullable().describe('NPS of those answers; null under the minimum'),
      }),
    ),
  })
  .meta({
    id: 'UnitFigures',
    example: {
      year: 2026,
      minimumAnswersShown: 5,
      units: [
        {
          supplierId: '00000000-0000-4000-8000-000003000009',
          unitName: 'LUVN kotipalvelu / hemservice',
          serviceCode: 'home_help',
          hoursPerMonth: 120,
          hoursTakenOn: 80,
          deliveredHours: 310.5,
          months: [{ month: '2026-11', deliveredHours: 96 }],
          started: 7,
          medianAccessDays: 12,
          answers: 9,
          nps: 33.3,
        },
      ],
    },
  });

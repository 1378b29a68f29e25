/**
 * Child welfare's aftercare across counties (seed 003), as the API validates it and the web's forms check it
 * before sending: pure zod, so that a field's rule is written once.
 */
import { z } from 'zod';
import { isoDate, isoMonth, POSTGRES_INT_MAX, rule, text } from './rules';

/** Where aftercare starts from: the end of a placement, or of open-care support after 18 (LsL 75 §). */
export const AFTERCARE_BASES = ['placement', 'open_care_support'] as const;
export type AftercareBasis = (typeof AFTERCARE_BASES)[number];

/** What one may do with a young person's aftercare now (the API decides; the screens show). */
export const AFTERCARE_ACTIONS = ['record', 'recordServiceElsewhere', 'recordCost', 'sendPlan'] as const;
export type AftercareAction = (typeof AFTERCARE_ACTIONS)[number];

/** A worker of another county, as that county names them: work contacts only, never a private one. */
export const CountyContactSchema = z
  .object({
    name: text(200).describe("The worker's name"),
    team: text(200).describe('Their team or unit, which the young person can reach'),
    phone: z.string().trim().max(50).nullable().default(null).describe("The team's phone"),
    email: z.email().max(320).nullable().default(null).describe("The team's or the worker's work e-mail"),
  })
  .strict();
export type CountyContact = z.output<typeof CountyContactSchema>;

export const RecordAftercareSchema = z
  .object({
    basis: z.enum(AFTERCARE_BASES),
    startedOn: isoDate.describe('The first day of the aftercare: the day after the placement or support ended'),
    placingCounty: z.string().trim().min(1).max(64).describe('The county that placed the young person (its code)'),
    residenceCounty: z.string().trim().min(1).max(64).describe('The county the young person lives in (its code)'),
    planAgreedOn: isoDate
      .nullable()
      .default(null)
      .describe('The day the client plan was agreed with the young person; services are proposed after it'),
    responsibleWorker: CountyContactSchema.nullable()
      .default(null)
      .describe(
        "The placing county's responsible worker, when another county placed the young person; placed from here, " +
          'the own worker here is the responsible worker',
      ),
    otherCountyContact: CountyContactSchema.nullable()
      .default(null)
      .describe('Placed from here and living elsewhere: the worker of the county they live in who arranges there'),
  })
  .strict();
export type RecordAftercareBody = z.output<typeof RecordAftercareSchema>;

export const ServiceElsewhereSchema = z
  .object({
    service: text(200).describe('The service as the county that arranges it names it'),
    arrangedFrom: isoDate,
    arrangedTo: isoDate.nullable().default(null),
  })
  .strict()
  .refine(
    (s) => s.arrangedTo === null || s.arrangedFrom <= s.arrangedTo,
    rule('date_order', 'must not be before arrangedFrom', ['arrangedTo']),
  );
export type ServiceElsewhereBody = z.output<typeof ServiceElsewhereSchema>;

export const CostToldSchema = z
  .object({
    month: isoMonth.describe('The month the cost is for, YYYY-MM'),
    amountCents: z.number().int().min(0).max(POSTGRES_INT_MAX).describe('What the other county told, in cents'),
  })
  .strict();
export type CostToldBody = z.output<typeof CostToldSchema>;

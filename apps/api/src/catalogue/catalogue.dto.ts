import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { FEE_KINDS, SERVICE_GROUPS } from '../../../../libs/contracts/catalogue';
import { LANGUAGES, LEGAL_BASES, MAX_HOURS_PER_MONTH, WAYS_OF_ARRANGING } from '../../../../libs/contracts';
import { durationMonths } from '../../../../libs/domain/dates';
import { countyDuration, POSTGRES_INT_MAX, rule } from '../common/schemas';

const code = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,63}$/, 'must be a code: lower-case letters, digits and _, starting with a letter');
const words = z.string().trim().min(1, 'must not be empty').max(2_000);
/** Every text a client or worker sees exists in Finnish and Swedish; English is the third. */
const localized = z.object({ fi: words, sv: words, en: words }).strict();
const duration = countyDuration('P3M, P1W or P14D');
const positive = (iso: string) => durationMonths(iso) > 0;
const range = z
  .object({
    min: z.number().int().min(0).max(MAX_HOURS_PER_MONTH),
    max: z.number().int().min(0).max(MAX_HOURS_PER_MONTH),
  })
  .strict()
  .refine((r) => r.min <= r.max, rule('range', 'min must not be above max', ['max']));
const criteria = z
  .array(z.object({ code, text: localized }).strict())
  .max(30)
  .refine((cs) => new Set(cs.map((c) => c.code)).size === cs.length, rule('unique', 'criterion codes must be unique'));

/** A service as an authorised user publishes it; the same shape the catalogue stores and the process reads. */
export const ServiceDefinitionSchema = z
  .object({
    code,
    name: localized,
    description: localized,
    legalBases: z.array(z.enum(LEGAL_BASES)).min(1),
    group: z.enum(SERVICE_GROUPS),
    waysOfArranging: z.array(z.enum(WAYS_OF_ARRANGING)).min(1),
    rightWhen: criteria,
    notRightWhen: criteria,
    ageRange: z
      .object({
        min: z.number().int().min(0).max(25),
        max: z.number().int().min(0).max(25),
        special: range.optional(),
      })
      .strict()
      .refine((r) => r.min <= r.max, rule('range', 'min must not be above max', ['max']))
      .nullable(),
    hoursPerMonth: range.nullable(),
    periods: z
      .object({
        first: duration.refine(positive, rule('range', 'must be longer than nothing')),
        step: duration.refine(positive, rule('range', 'must be longer than nothing')),
        max: duration,
        specialExtra: duration.nullable(),
      })
      .strict()
      .refine(
        (p) => durationMonths(p.first) <= durationMonths(p.max) + 1e-9,
        rule('range', 'the first period must fit within the maximum', ['max']),
      ),
    requiredSteps: z.array(code).max(20),
    evaluationInterval: duration.refine(positive, rule('range', 'must be longer than nothing')).nullable(),
    evaluationIntervalShortest: duration
      .refine(positive, rule('range', 'must be longer than nothing'))
      .nullable()
      .optional()
      .describe(
        'The shortest gap between evaluation meetings the family may agree on; the longest is evaluationInterval',
      ),
    accessTarget: duration,
    fee: z
      .object({
        kind: z.enum(FEE_KINDS),
        hourlyCents: z.number().int().min(0).max(POSTGRES_INT_MAX).optional(),
        note: localized,
      })
      .strict(),
    source: localized.optional().describe("Whose document the card's rules follow, when not the county's own"),
    primarilyForSpecialSupportNeeds: z
      .boolean()
      .optional()
      .describe('Primarily for clients with special support needs; another client only with special consideration'),
    beforeBirth: z.boolean().optional().describe('May be proposed for a pregnant person before the child is born'),
    voluntary: z.boolean().optional().describe("Voluntary: the family's agreement is recorded before submission"),
    aftercare: z
      .boolean()
      .optional()
      .describe(
        "Offered to young people in child welfare's aftercare, without the card's ages, hours and maximums for them",
      ),
  })
  .strict();

/** A card as published: its own fields, and the rules between them (kept apart, as a refined schema cannot be extended). */
export const PublishedServiceSchema = ServiceDefinitionSchema.refine(
  (s) =>
    !s.evaluationIntervalShortest ||
    !s.evaluationInterval ||
    durationMonths(s.evaluationIntervalShortest) <= durationMonths(s.evaluationInterval) + 1e-9,
  rule('range', 'the shortest gap between evaluations must not be longer than the longest', [
    'evaluationIntervalShortest',
  ]),
);

export class PublishServiceDto extends createZodDto(
  z
    .object({
      basedOnVersion: z
        .number()
        .int()
        .positive()
        .max(POSTGRES_INT_MAX)
        .describe('The catalogue version the change was made on; a newer one refuses the change with 409'),
      note: z.string().trim().min(1, 'say why the catalogue changes').max(2_000),
      service: PublishedServiceSchema,
    })
    .strict(),
) {}

export class CatalogueQueryDto extends createZodDto(
  z
    .object({
      lang: z.enum(LANGUAGES).optional().describe('Give the cards in one language; default: fi, sv and en'),
      q: z.string().trim().min(1).max(100).optional().describe('Words to find in the name, description or criteria'),
      legalBasis: z.enum(LEGAL_BASES).optional(),
      group: z.enum(SERVICE_GROUPS).optional(),
      version: z.coerce
        .number()
        .int()
        .positive()
        .max(POSTGRES_INT_MAX)
        .optional()
        .describe('A published version; default: the newest'),
    })
    .strict(),
) {}

export class CardQueryDto extends createZodDto(
  z
    .object({
      lang: z.enum(LANGUAGES).optional(),
      version: z.coerce.number().int().positive().max(POSTGRES_INT_MAX).optional(),
    })
    .strict(),
) {}

const version = z.coerce.number().int().positive().max(POSTGRES_INT_MAX);

export class CardDiffQueryDto extends createZodDto(
  z
    .object({
      from: version.describe('The earlier version'),
      to: version.describe('The later version'),
    })
    .strict()
    .refine((q) => q.from <= q.to, rule('version_order', 'must not be before from', ['to'])),
) {}

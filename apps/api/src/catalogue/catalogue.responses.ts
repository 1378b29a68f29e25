import { z } from 'zod';
import { CATALOGUE_ACTIONS } from '../../../../libs/contracts/actions';
import { Shapes } from '../common/responses';
import { isoDuration } from '../common/schemas';
import { ServiceDefinitionSchema } from './catalogue.dto';

const criterion = z.object({ code: z.string(), text: z.string() });
const duration = isoDuration('P3M');

/**
 * A service as the catalogue holds it. Its durations are told as ISO 8601 durations, whatever their unit:
 * what a county may publish is the request's rule (county_duration), and a development catalogue's periods
 * last seconds.
 */
const PublishedService = ServiceDefinitionSchema.extend({
  periods: z.object({ first: duration, step: duration, max: duration, specialExtra: duration.nullable() }).strict(),
  evaluationInterval: duration.nullable(),
  evaluationIntervalShortest: duration.nullable().optional(),
  accessTarget: duration,
});

const allowedActions = z
  .array(z.enum(CATALOGUE_ACTIONS))
  .describe('publish: the caller may publish a new version of the card (PUT)');

/** A card as published, every text in Finnish, Swedish and English. */
const CardInAllLanguages = PublishedService.extend({ version: z.number().int(), allowedActions }).meta({
  id: 'ServiceCard',
});

/** A card in the language asked for (`lang`): what a worker reads while preparing a proposal. */
const CardInOneLanguage = PublishedService.extend({
  version: z.number().int().optional(),
  allowedActions: allowedActions.optional(),
  name: z.string(),
  description: z.string(),
  rightWhen: z.array(criterion),
  notRightWhen: z.array(criterion),
  fee: ServiceDefinitionSchema.shape.fee.extend({ note: z.string() }),
  source: z.string().optional(),
}).meta({ id: 'LocalizedServiceCard' });

export const Card = z.union([CardInAllLanguages, CardInOneLanguage]).meta({ id: 'Card' });

export const Catalogue = z
  .object({
    version: z.number().int(),
    publishedAt: Shapes.timestamp,
    services: z.array(z.union([PublishedService.meta({ id: 'ServiceDefinition' }), CardInOneLanguage])),
  })
  .meta({ id: 'Catalogue' });

export const CatalogueVersion = z
  .object({
    version: z.number().int(),
    publishedAt: Shapes.timestamp,
    publishedBy: z.uuid().nullable(),
    publishedByName: z.string().nullable().describe('Who published it, by name; none for the first catalogue'),
    note: z.string().nullable(),
    changedCodes: z.array(z.string()),
  })
  .meta({
    id: 'CatalogueVersion',
    example: {
      version: 3,
      publishedAt: '2026-10-01T07:00:00.000Z',
      publishedBy: '8b4d6f28-3e1a-4c7b-9d5f-2a4c6e8b1d37',
      publishedByName: 'Riikka Salo',
      note: 'Family work: hours per month widened',
      changedCodes: ['family_work'],
    },
  });

export const CardDiff = z
  .object({
    code: z.string(),
    from: z.number().int(),
    to: z.number().int(),
    changes: z.array(
      z.object({
        field: z.string().describe('The path of the field: name.sv, hoursPerMonth.max, rightWhen.<code>.text.fi'),
        before: z.string().nullable(),
        after: z.string().nullable(),
      }),
    ),
  })
  .meta({
    id: 'CardDiff',
    example: {
      code: 'family_work',
      from: 2,
      to: 3,
      changes: [{ field: 'hoursPerMonth.max', before: '20', after: '30' }],
    },
  });

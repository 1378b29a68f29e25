import { z } from 'zod';
import { COUNTY_SETTINGS_ACTIONS } from '../../../../libs/contracts/actions';
import { ALL_SETTING_KEYS } from '../../../../libs/contracts/county-settings';
import { Shapes } from '../common/responses';

export const CountySetting = z
  .object({
    id: z.string(),
    key: z.enum(ALL_SETTING_KEYS),
    scope: z.string().describe("The service code, profession or letter's language the value is for; empty for all"),
    value: z.number().nullable().describe('A figure; null for a text setting'),
    text: z.string().nullable().describe("A text (the rectification authority's address); null for a figure"),
    validFrom: Shapes.date,
    source: z.string(),
    note: z.string().nullable(),
    example: z.boolean().describe("The demo region's example from another county's document, never this county's"),
    setBy: z.string().nullable().describe('Who set it; null for an example loaded with the demo region'),
    setAt: Shapes.timestamp,
  })
  .meta({
    id: 'CountySetting',
    example: {
      id: '12',
      key: 'purchase_baseline_cents',
      scope: 'home_help',
      value: 98_000_000,
      text: null,
      validFrom: '2027-01-01',
      source: 'Aluehallituksen päätös 12.11.2026 § 214',
      note: null,
      example: false,
      setBy: 'Riikka Laine',
      setAt: '2026-12-04T10:00:00.000Z',
    },
  });

export const CountySettings = z
  .object({
    inForce: z.array(CountySetting).describe('The value of each key and scope in force today'),
    history: z.array(CountySetting).describe('Every value set, by key and scope, newest first'),
    allowedActions: z
      .array(z.enum(COUNTY_SETTINGS_ACTIONS))
      .describe('Whether the caller may set a new value: the screens offer the form exactly then'),
  })
  .meta({ id: 'CountySettings' });

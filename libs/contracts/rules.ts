/**
 * The field schemas and named rules shared by the API's DTOs and the web's forms: pure zod, no Nest,
 * so that a rule is written once and both sides name it by the same code.
 */
import { z } from 'zod';
import { isDuration, isIsoDate, parseDuration } from '../domain/dates';

/**
 * A refinement's options with the stable rule code a client reads in `problems[].rule` (zod names
 * every refinement `custom`, which tells a client nothing). Every `.refine` in the API goes through it;
 * the codes are listed in the OpenAPI document's error schema.
 */
export function rule(code: RuleCode, message: string, path?: string[]) {
  return { message, path, params: { rule: code } };
}

/** The rules the API's own refinements name, besides zod's built-in codes (`too_small`, `invalid_type`…). */
export const RULE_CODES = {
  iso_date: 'a calendar date YYYY-MM-DD that exists, in the years 1900–2199',
  iso_duration: 'an ISO 8601 duration such as P3M, P1W or PT5S, at most a hundred years',
  county_duration: 'a duration a county sets: years, months, weeks or days, without hours, minutes or seconds',
  iso_month: 'a month YYYY-MM in the years 1900–2199',
  cursor: 'a page cursor this API gave out',
  date_order: 'a date or range that must not be before another',
  version_order: 'a later version not before the earlier',
  required: 'a value this combination of fields needs',
  supplier_required: 'a purchase names its supplier, a service voucher the provider the family chose',
  not_in_future: 'a date that has not come yet where only a past date can be true',
  working_day: 'a Finnish working day: not a Saturday, a Sunday, a public holiday or an eve the Act names',
  range: 'a number inside the range the catalogue or rules allow',
  unique: 'values that must not repeat',
  business_id: 'a Finnish business id (Y-tunnus) 1234567-8 whose check digit is right',
  https_url: 'an https address',
  quarter: "a quarter YYYY-Qn of the county's calendar year (Q1 January–March), in the years 1900–2199",
} as const;
export type RuleCode = keyof typeof RULE_CODES;

export const isoDate = z
  .string()
  .refine(isIsoDate, rule('iso_date', 'must be a calendar date YYYY-MM-DD in the years 1900–2199'));

export const isoMonth = z
  .string()
  .refine((m) => /^\d{4}-\d{2}$/.test(m) && isIsoDate(`${m}-01`), rule('iso_month', 'must be a month YYYY-MM'));

/** A version number or other count that fits the database's integer. */
export const POSTGRES_INT_MAX = 2_147_483_647;

export const isoDuration = (example: string) =>
  z
    .string()
    .refine(isDuration, rule('iso_duration', `must be an ISO 8601 duration such as ${example}, at most 100 years`));

/**
 * A duration as a county sets one in its catalogue: years, months, weeks or days. A period of hours or
 * seconds is for a development catalogue only, which the development API (apps/api/src/dev) loads.
 */
export const countyDuration = (example: string) =>
  isoDuration(example).refine(
    (iso) => !isDuration(iso) || isCountedInDays(iso),
    rule('county_duration', 'must be in years, months, weeks or days, without hours, minutes or seconds'),
  );

function isCountedInDays(iso: string): boolean {
  const { hours, minutes, seconds } = parseDuration(iso);
  return hours + minutes + seconds === 0;
}

/** A text that must not be empty (after trimming) and has a maximum length. */
export const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/**
 * The field schemas and named rules shared by the API's DTOs and the web's forms: pure zod, no Nest,
 * so that a rule is written once and both sides name it by the same code.
 */
import { z } from 'zod';
import { isDuration, isIsoDate, parseDuration } from '../domain/dates';

/**
 * A refinement's options with the stable rule code a client reads in `problems[].rule` (zod names
 * every refinement `custom`, which tells a client nothing). Every `.refine` in the API goes through it.
 */
export function rule(code: ApiRuleCode, message: string, path?: string[]) {
  return { message, path, params: { rule: code } };
}

/** zod's own issue codes, which a problem keeps when no refinement of ours names a rule. */
export const ZOD_RULE_CODES = {
  invalid_type: 'a value of the wrong type (a text where a number belongs, a missing field)',
  too_small: 'a number, text or list smaller or shorter than allowed (an empty text among them)',
  too_big: 'a number, text or list larger or longer than allowed',
  invalid_format: 'a text not in its format (an e-mail address, a uuid, a pattern)',
  invalid_value: 'a value not among those allowed',
  not_multiple_of: 'a number not a multiple of the step (hours in quarters)',
  unrecognized_keys: 'fields the request must not have',
  invalid_union: 'a value that fits none of the allowed forms',
  invalid_key: 'a key of a record that is not valid',
  invalid_element: 'an element of a list or set that is not valid',
  custom: 'a refinement that names no rule of its own',
} as const;

/**
 * Every rule a refusal of the API names in `problems[].rule` besides zod's own: the one registry. The
 * types take only these codes, so a refusal cannot name a rule missing here; each has a text under
 * `rules:` in the web's locales (a test checks), and docs/reference/rules.md is written from both.
 */
export const RULE_CODES = {
  // Formats
  iso_date: 'a calendar date YYYY-MM-DD that exists, in the years 1900–2199',
  iso_duration: 'an ISO 8601 duration such as P3M, P1W or PT5S, at most a hundred years',
  county_duration: 'a duration a county sets: years, months, weeks or days, without hours, minutes or seconds',
  iso_month: 'a month YYYY-MM in the years 1900–2199',
  quarter: "a quarter YYYY-Qn of the county's calendar year (Q1 January–March), in the years 1900–2199",
  cursor: 'a page cursor this API gave out',
  uuid: 'an identifier in the form of a uuid',
  format: 'a value in the format the field has (an Idempotency-Key, a decision number, a delivery id, a file)',
  business_id: 'a Finnish business id (Y-tunnus) 1234567-8 whose check digit is right',
  https_url: 'an https address',
  // The request itself
  json: 'a body that is valid JSON',
  utf8: 'a body that is valid UTF-8',
  charset: 'a body in UTF-8, the only character set read',
  readable: 'a body the server could read',
  malformed: 'a request the server could parse (its path, its escapes)',
  size: 'a body, file or import within its limit (bytes or rows)',
  not_empty: 'a file with something in it',
  pdf_only: 'an attachment that is a PDF file',
  active_content: 'a PDF without program code or embedded files',
  csrf_token: "a browser session's change sent with its CSRF token",
  same_request: 'an Idempotency-Key used again only for the same request',
  matches_path: 'a body that names the same thing as the address',
  // Dates
  date_order: 'a date or range that must not be before another',
  not_in_future: 'a date that has not come yet where only a past date can be true',
  not_in_past: 'a date that has passed where only a coming one can be true',
  version_order: 'a later version not before the earlier',
  working_day: 'a Finnish working day: not a Saturday, a Sunday, a public holiday or an eve the Act names',
  within_service: 'a date within the service (from its start to its end)',
  within_validity: "a date within the contract's validity",
  extends_validity: "a new last day of validity after the contract's present one",
  in_time: 'a request for rectification made in time cannot be dismissed as late',
  // Values
  required: 'a value this combination of fields needs',
  range: 'a number inside the range the catalogue or rules allow',
  unique: 'values that must not repeat',
  supplier_required:
    'a purchase names its supplier, a service voucher the provider the family chose, own production its unit',
  // What a value must name
  known_arrangement: 'an arrangement that exists',
  known_column: 'a column of the survey file that the import knows',
  required_column: 'a column the survey file must have',
  csv_cell_count: 'a CSV row with as many cells as the header',
  csv_quote: 'CSV quotes that open and close',
  known_cost_centre: 'a cost centre that exists',
  known_criterion: 'a criterion of the principle card',
  known_municipality: 'a municipality of the county',
  known_service: 'a service in the catalogue',
  known_supplier: 'a supplier in the register',
  known_user: 'an active user of the register',
  known_person: 'a person of the register (the family view)',
  business_id_taken: 'a business id no other supplier has',
  webhook_secret: 'a webhook address comes with a secret to sign its messages with',
  // Who
  active_own_worker: 'an own worker who is active',
  social_worker: 'in child welfare, an own worker who is a social worker',
  has_clients: 'a worker who leaves has handed their clients over first',
  permission: "a role that has the route's permission",
  no_permission_declared: 'a route that declares its permission (or is public); one that does not serves no one',
  // The service card's rules
  age_range: "a child whose age fits the service's card",
  age_special_consideration: "a child's age outside the card's range, with a special consideration",
  legal_basis: "a service provided under the client's legal basis",
  before_birth: 'a service that may be proposed before the child is born',
  special_support_needs: 'a service primarily for clients with special support needs',
  not_right_when: 'a situation the principle card says the service is not right for, without a special consideration',
  special_consideration: 'a special consideration where the principle card asks for one',
  special_consideration_required: 'the written special consideration the principle card asks for',
  period_max: "a duration within the service's maximum",
  period_special_consideration: 'a duration past the maximum, with a special consideration',
  fit_with_other_services_required: "how the service fits with the client's other services, recorded",
  family_agreement_required: 'for a voluntary service, the day the family agreed to it, recorded',
  required_step: "the steps the service's card requires before the start, recorded first",
  evaluation_interval: "a gap between evaluation meetings within what the service's card allows",
  way_of_arranging: 'a way of arranging the service allows (only a purchase changes supplier)',
  end_reason: 'a reason for ending that fits the case',
  // Aftercare
  aftercare_age: "child welfare's aftercare from 18 until 25: a young person of 18–24 on the day it starts",
  aftercare_ended: 'a service for a young person in aftercare within the aftercare (until they turn 25)',
  client_plan: 'for a young person in aftercare, the client plan agreed with them, recorded before a proposal',
  responsible_worker:
    'a young person in aftercare always has a responsible worker in the placing county, named and staying',
  county_concerned: 'an aftercare this county is part of: it placed the young person, or they live here',
  known_county: 'a wellbeing services county of the register',
  // The process
  process_rule: "the process's rule for this step, where no more telling rule is named",
  started: 'a service that has started',
  no_decision_in_force: 'a visit on a day a decision was in force',
  appealable:
    'a decision that may be rectified: a denial, a decision not to continue, a change denied, an unmet need or an early end',
  answered_once: 'a survey the family has not answered yet at this point of the service',
  survey_offered: "a survey offered the family now: the service has ended, or run the county's months",
  valid_contract: 'a supplier with a valid contract for the service',
  overlapping_contract: 'a contract that does not overlap another of the same supplier and service',
  contract_ended: 'a contract not yet ended',
  contract_suspended: 'a contract not already suspended',
  contract_not_suspended: 'a suspended contract, to resume',
  contract_expired: 'a contract whose validity has not passed',
  voucher_value: 'a service voucher whose value the county has set',
  voucher_provider: 'a provider approved to accept the service voucher',
  own_production_unit: "one of the county's own-production units (a supplier record marked own production)",
  unit_worker: 'a worker of the own-production unit that accepts the order',
  unit_capacity:
    "an order whose hours a month fit in what is left of the unit's capacity for the service (else it declines, no_capacity)",
} as const;
export type ApiRuleCode = keyof typeof RULE_CODES;
export type RuleCode = ApiRuleCode | keyof typeof ZOD_RULE_CODES;

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

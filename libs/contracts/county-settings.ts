import { z } from 'zod';
import { PROFESSIONS } from './codes';
import { isoDate, rule } from './rules';

/**
 * The county's own targets, baselines and norms: values the county sets, each with its source and the day
 * it applies from, kept as history. None is loaded for a county by default: a figure without one says so.
 * - `purchase_baseline_cents`: a service's purchases in the year its reduction is measured against (scope:
 *   the service's code);
 * - `purchase_reduction_target`: how much less than the baseline the county aims to buy, as a share (0.2 = 20 %);
 * - `caseload_norm`: the clients an own worker of a profession should carry at most (scope: the profession);
 * - `aftercare_caseload_norm`: the young people in aftercare a responsible worker of a profession should carry at
 *   most (scope: the profession). Other counties' aims (seed 003: 50 / 25, Satakunta 40) are examples, not this one's;
 * - `nps_target`: the families' NPS the county aims for (scope: a service's code, or empty for every service);
 * - `family_survey_after_months`: after how many months of a running service the family is asked the
 *   feedback survey online (besides when it ends); `DEFAULT_SURVEY_AFTER_MONTHS` when unset.
 */
export const SETTING_KEYS = [
  'purchase_baseline_cents',
  'purchase_reduction_target',
  'caseload_norm',
  'nps_target',
  'family_survey_after_months',
  'aftercare_caseload_norm',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/**
 * The county's settings that are text, not figures: where a request for rectification is sent, printed on
 * every decision letter (scope: the letter's language, fi or sv, or empty for both).
 * - `rectification_authority_address`: the individual affairs section's postal address;
 * - `rectification_authority_email`: its e-mail address.
 */
export const TEXT_SETTING_KEYS = ['rectification_authority_address', 'rectification_authority_email'] as const;
export type TextSettingKey = (typeof TEXT_SETTING_KEYS)[number];
export const ALL_SETTING_KEYS = [...SETTING_KEYS, ...TEXT_SETTING_KEYS] as const;
export type AnySettingKey = (typeof ALL_SETTING_KEYS)[number];
const isTextKey = (key: string) => (TEXT_SETTING_KEYS as readonly string[]).includes(key);

export const SetCountySettingSchema = z
  .object({
    key: z.enum(ALL_SETTING_KEYS),
    scope: z
      .string()
      .max(64)
      .default('')
      .describe("The service code, profession or letter's language the value is for; empty for all"),
    value: z.number().finite().nullable().default(null).describe('A figure: for every key but the text ones'),
    text: z.string().trim().min(3).max(500).nullable().default(null).describe('A text: for the text keys only'),
    validFrom: isoDate.describe('The first day the value applies to: a figure uses the value in force in its period'),
    source: z.string().trim().min(3).max(500).describe('Where the value comes from: a decision, a plan, a report'),
    note: z.string().trim().max(2_000).nullable().default(null),
  })
  .strict()
  .superRefine((s, ctx) => {
    const problem = (field: 'scope' | 'value' | 'text', code: 'range' | 'required', message: string) =>
      ctx.addIssue({ code: 'custom', path: [field], message, params: rule(code, message).params });
    if (isTextKey(s.key)) {
      if (s.text === null) problem('text', 'required', `${s.key} is a text`);
      if (s.value !== null) problem('value', 'range', `${s.key} is a text, not a figure: leave the value empty`);
      if (!['', 'fi', 'sv'].includes(s.scope)) problem('scope', 'range', "a letter's language, fi or sv, or empty");
      if (s.key === 'rectification_authority_email' && s.text !== null && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s.text))
        problem('text', 'range', 'must be an e-mail address');
      return;
    }
    if (s.text !== null) problem('text', 'range', `${s.key} is a figure: leave the text empty`);
    if (s.value === null) return problem('value', 'required', `${s.key} is a figure`);
    if (
      (s.key === 'caseload_norm' || s.key === 'aftercare_caseload_norm') &&
      !(PROFESSIONS as readonly string[]).includes(s.scope)
    ) {
      problem('scope', 'required', `a caseload norm names its profession: ${PROFESSIONS.join(' or ')}`);
    }
    if (s.key === 'purchase_baseline_cents' && s.scope === '') {
      problem('scope', 'required', "a purchases baseline names its service's code");
    }
    if (s.key === 'purchase_reduction_target' && s.scope !== '') {
      problem('scope', 'range', 'the reduction target is the county’s, for every service: leave the scope empty');
    }
    const [min, max] = {
      purchase_baseline_cents: [0, 1e13],
      purchase_reduction_target: [0, 1],
      caseload_norm: [1, 500],
      aftercare_caseload_norm: [1, 500],
      nps_target: [-100, 100],
      family_survey_after_months: [1, 120],
    }[s.key as SettingKey];
    if (s.value < min! || s.value > max!) problem('value', 'range', `must be between ${min} and ${max}`);
    if (s.key === 'caseload_norm' && !Number.isInteger(s.value))
      problem('value', 'range', 'must be a whole number of clients');
    if (s.key === 'family_survey_after_months' && s.scope !== '')
      problem('scope', 'range', "the survey's point is the county's, for every service: leave the scope empty");
    if (s.key === 'family_survey_after_months' && !Number.isInteger(s.value))
      problem('value', 'range', 'must be a whole number of months');
  });

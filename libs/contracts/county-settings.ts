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
 * - `nps_target`: the families' NPS the county aims for (scope: a service's code, or empty for every service).
 */
export const SETTING_KEYS = [
  'purchase_baseline_cents',
  'purchase_reduction_target',
  'caseload_norm',
  'nps_target',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export const SetCountySettingSchema = z
  .object({
    key: z.enum(SETTING_KEYS),
    scope: z.string().max(64).default('').describe('The service code or profession the value is for; empty for all'),
    value: z.number().finite(),
    validFrom: isoDate.describe('The first day the value applies to: a figure uses the value in force in its period'),
    source: z.string().trim().min(3).max(500).describe('Where the value comes from: a decision, a plan, a report'),
    note: z.string().trim().max(2_000).nullable().default(null),
  })
  .strict()
  .superRefine((s, ctx) => {
    const problem = (field: 'scope' | 'value', code: 'range' | 'required', message: string) =>
      ctx.addIssue({ code: 'custom', path: [field], message, params: rule(code, message).params });
    if (s.key === 'caseload_norm' && !(PROFESSIONS as readonly string[]).includes(s.scope)) {
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
      nps_target: [-100, 100],
    }[s.key];
    if (s.value < min! || s.value > max!) problem('value', 'range', `must be between ${min} and ${max}`);
    if (s.key === 'caseload_norm' && !Number.isInteger(s.value))
      problem('value', 'range', 'must be a whole number of clients');
  });

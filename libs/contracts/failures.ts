import type { RuleCode } from './rules';

/** Why the workflow refused a command; carried as the ApplicationFailure type of a rejected Update. */
export const REFUSALS = ['invalid_transition', 'forbidden', 'invalid_input'] as const;
export type RefusalKind = (typeof REFUSALS)[number];

export function isRefusalKind(value: unknown): value is RefusalKind {
  return typeof value === 'string' && (REFUSALS as readonly string[]).includes(value);
}

/** What a refusal for bad input names, carried as the failure's one detail. */
export interface RefusalDetails {
  /** The command field at fault. */
  field: string | null;
  /** The rule it breaks, when more telling than `process_rule`. */
  rule: RuleCode | null;
}

export function isRefusalDetails(value: unknown): value is RefusalDetails {
  return typeof value === 'object' && value !== null && 'field' in value && 'rule' in value;
}

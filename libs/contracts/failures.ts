/** Why the workflow refused a command; carried as the ApplicationFailure type of a rejected Update. */
export const REFUSALS = ['invalid_transition', 'forbidden', 'invalid_input'] as const;
export type RefusalKind = (typeof REFUSALS)[number];

export function isRefusalKind(value: unknown): value is RefusalKind {
  return typeof value === 'string' && (REFUSALS as readonly string[]).includes(value);
}

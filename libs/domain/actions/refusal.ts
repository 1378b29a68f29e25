import type { RefusalKind } from '../../contracts';

/** An action rule's "no": forbidden for this actor, or not possible in this state. */
export interface ActionRefusal {
  kind: Extract<RefusalKind, 'forbidden' | 'invalid_transition'>;
  message: string;
}

export const forbidden = (message: string): ActionRefusal => ({ kind: 'forbidden', message });
export const invalid = (message: string): ActionRefusal => ({ kind: 'invalid_transition', message });

export type Check = () => ActionRefusal | null;

/** The first refusal of the checks, in order, or null when every check passes. */
export function firstRefusal(checks: Check[]): ActionRefusal | null {
  for (const check of checks) {
    const refusal = check();
    if (refusal) return refusal;
  }
  return null;
}

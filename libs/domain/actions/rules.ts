import type { RuleCode } from '../../contracts/rules';
import { type Actor, leadsUnit } from '../../contracts/arrangement';
import type { RefusalKind } from '../../contracts/failures';

/** An action rule's "no": forbidden for this actor, or not possible in this state. */
export interface ActionRefusal {
  kind: Extract<RefusalKind, 'forbidden' | 'invalid_transition'>;
  message: string;
  /** The rule's code, where the answer names it (a text under `rules:` in the web locales). */
  rule?: RuleCode;
}

export const forbidden = (message: string): ActionRefusal => ({ kind: 'forbidden', message });
export const invalid = (message: string, rule?: RuleCode): ActionRefusal => ({
  kind: 'invalid_transition',
  message,
  ...(rule && { rule }),
});

/** Whether the actor may take an action on a record in state `S` now: null, or why not. */
export type Rule<S> = (s: S, actor: Actor) => ActionRefusal | null;

/** Every rule, in order: the first refusal, or null when all allow. */
export const all =
  <S>(...rules: Rule<S>[]): Rule<S> =>
  (s, actor) => {
    for (const rule of rules) {
      const refusal = rule(s, actor);
      if (refusal) return refusal;
    }
    return null;
  };

/** The record is in one of the statuses the action is taken in. */
export const inStatus =
  <S extends { status: string }>(what: string, action: string, ...allowed: S['status'][]): Rule<S> =>
  (s) =>
    allowed.includes(s.status)
      ? null
      : invalid(`cannot ${action}: the ${what} is ${s.status}, not ${allowed.join(' or ')}`);

/**
 * Whether the actor answers for the provider: any of a supplier's users for the supplier; of an own-production
 * unit only its lead (its workers record the visits they make). Orders and clarification requests alike.
 */
export const speaksFor = (actor: Actor, supplierId: string | null): boolean =>
  supplierId !== null && actor.supplierId === supplierId && (actor.role === 'supplier' || leadsUnit(actor));

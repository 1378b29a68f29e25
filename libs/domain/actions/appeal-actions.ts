import {
  DECISION_ACTIONS,
  type DecisionAction,
  RECTIFICATION_ACTIONS,
  type RectificationAction,
} from '../../contracts/actions';
import type { Actor } from '../../contracts/arrangement';
import { type ActionRefusal, all as allOf, forbidden, invalid, type Rule as RuleOf } from './rules';

/**
 * Requests for rectification and appeals to the court: who records them, and when. The API refuses a
 * step by its rule and lists the passing ones beside each decision and request, so the arrangement's page
 * offers exactly what the routes accept. The route's permission (`appeal.record`) is checked beside these.
 */

/**
 * A decision as the rules read it: an appealable one has its last day to request rectification, and only
 * an appealable one has (`deadlineOf` in libs/domain/decisions.ts is the rule: a denial, not continuing, a
 * change denied, an unmet need, an early end; never a grant).
 */
export interface AppealableDecision {
  outcome: string;
  appealDeadline: string | null;
  /** Requests already recorded against it. */
  requests: number;
}

/** A request for rectification and how far it has come. */
export interface RectificationState {
  outcome: string | null;
  courtFiledOn: string | null;
  courtOutcome: string | null;
}

const recorder =
  <S>(what: string): RuleOf<S> =>
  (_s, actor) =>
    actor.role === 'arranging' || actor.role === 'team_lead'
      ? null
      : forbidden(`${what} is recorded by the arranging team or a team lead`);

/**
 * Whether a decision may be asked to be rectified now, by anyone: it is appealable, and no request is in
 * for it yet. The team records one a family sends by post; the family sends one online by the same rule.
 */
const rectifiable = (d: AppealableDecision): ActionRefusal | null =>
  d.appealDeadline === null
    ? invalid(
        `the decision is not appealable (${d.outcome}): rectification is requested of a denial, a decision ` +
          'not to continue, a change denied, an unmet need or an early end',
        'appealable',
      )
    : d.requests === 0
      ? null
      : invalid("a request for the decision's rectification is recorded already");

const DECISION_RULES: Record<DecisionAction, RuleOf<AppealableDecision>> = {
  requestRectification: allOf<AppealableDecision>(recorder('a request for rectification'), rectifiable),
};

const RECTIFICATION_RULES: Record<RectificationAction, RuleOf<RectificationState>> = {
  recordOutcome: allOf<RectificationState>(recorder("the section's decision"), (r) =>
    r.outcome ? invalid(`the section has decided already: ${r.outcome}`) : null,
  ),
  appealToCourt: allOf<RectificationState>(
    recorder('an appeal to the court'),
    (r) => (r.outcome ? null : invalid("the court hears an appeal against the section's decision: it has none yet")),
    (r) => (r.courtFiledOn ? invalid('the court appeal is recorded already') : null),
  ),
  recordCourtOutcome: allOf<RectificationState>(
    recorder("the court's decision"),
    (r) => (r.courtFiledOn ? null : invalid('no court appeal is recorded')),
    (r) => (r.courtOutcome ? invalid('the court has decided already') : null),
  ),
};

export function decisionRefusal(action: DecisionAction, d: AppealableDecision, actor: Actor): ActionRefusal | null {
  return DECISION_RULES[action](d, actor);
}

/** The family's own step on a decision, sent online: the same rule but for who records it (the family does). */
export function familyDecisionRefusal(action: DecisionAction, d: AppealableDecision): ActionRefusal | null {
  const rules: Record<DecisionAction, (d: AppealableDecision) => ActionRefusal | null> = {
    requestRectification: rectifiable,
  };
  return rules[action](d);
}

export function allowedFamilyDecisionActions(d: AppealableDecision): DecisionAction[] {
  return DECISION_ACTIONS.filter((a) => familyDecisionRefusal(a, d) === null);
}

/**
 * A request is in time when it reached the county by the decision's last day to request rectification: the
 * one rule, for a request the team records and for one the family sends online alike.
 */
export function inTime(receivedOn: string, appealDeadline: string): boolean {
  return receivedOn <= appealDeadline;
}

export function rectificationRefusal(
  action: RectificationAction,
  r: RectificationState,
  actor: Actor,
): ActionRefusal | null {
  return RECTIFICATION_RULES[action](r, actor);
}

export function allowedDecisionActions(d: AppealableDecision, actor: Actor): DecisionAction[] {
  return DECISION_ACTIONS.filter((a) => decisionRefusal(a, d, actor) === null);
}

export function allowedRectificationActions(r: RectificationState, actor: Actor): RectificationAction[] {
  return RECTIFICATION_ACTIONS.filter((a) => rectificationRefusal(a, r, actor) === null);
}

/** What the section may decide on a request: dismissing it as late only when it came late. */
export const RECTIFICATION_OUTCOMES = ['upheld', 'changed', 'dismissed_late'] as const;
export type RectificationOutcome = (typeof RECTIFICATION_OUTCOMES)[number];

export function possibleOutcomes(r: { inTime: boolean }): RectificationOutcome[] {
  return RECTIFICATION_OUTCOMES.filter((o) => o !== 'dismissed_late' || !r.inTime);
}

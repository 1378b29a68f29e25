import { VISIT_ACTIONS, type VisitAction } from '../../contracts/actions';
import { type Actor, type ArrangementState, RUNNING_STATUSES } from '../../contracts/arrangement';
import { type ActionRefusal, forbidden, invalid } from './rules';

/** A visit as the rules read it: one cancelled as a record stays cancelled. */
export interface VisitState {
  voided: boolean;
}

/**
 * Correcting a visit recorded wrongly: the client's own worker edits or cancels it as a record, with a
 * reason, while the service has started (running or ended); a cancelled record is not corrected again.
 */
export function visitRefusal(
  _action: VisitAction,
  s: ArrangementState,
  visit: VisitState,
  actor: Actor,
): ActionRefusal | null {
  if (actor.userId !== s.input.ownWorkerId) return forbidden("only the client's own worker corrects a visit");
  if (!s.startedOn || !(RUNNING_STATUSES.includes(s.status) || s.status === 'ended')) {
    return invalid(`a started service is needed for this; this one is ${s.status}`);
  }
  return visit.voided ? invalid('the visit is cancelled as a record already') : null;
}

export function allowedVisitActions(s: ArrangementState, visit: VisitState, actor: Actor): VisitAction[] {
  return VISIT_ACTIONS.filter((a) => visitRefusal(a, s, visit, actor) === null);
}

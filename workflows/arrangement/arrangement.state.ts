import type {
  ArrangementEvent,
  ArrangementInput,
  ArrangementState,
  ArrangementStatus,
  CommandName,
  Commands,
} from '../../libs/contracts';
import { isFinishedStatus } from '../../libs/contracts';
import { dateOf } from '../../libs/domain/dates';
import { accessDueDate } from '../../libs/domain/decisions';
import { actionOfCommand, arrangementRefusal } from '../../libs/domain/actions/arrangement-actions';
import { proposalSteps } from './proposal-steps';
import { runningSteps } from './running-steps';
import { ALL_RULES, type Handler, record, refuse, type RuleSet, type Transition } from './state-change';

/**
 * The arrangement process as a pure state machine: a command either moves the state and yields
 * one timeline event, or is refused with a reason. The workflow runs it in its Update validators
 * (to refuse synchronously) and handlers (to apply). Who may take a step, and when, is the action's
 * rule (libs/domain/actions); the steps themselves are in proposal-steps.ts, running-steps.ts and,
 * for what the workflow does by itself when a timer fires, period-steps.ts.
 */

export { closePeriod, continuationFallsDue, evaluationOverdue } from './period-steps';
export {
  ALL_RULES,
  DATES_IN_ORDER_PATCH,
  DEFAULT_CONTINUATION_LEAD_TIME,
  EVALUATIONS_IN_PERIOD_PATCH,
  OWN_PRODUCTION_ORDER_PATCH,
  OWN_PRODUCTION_UNIT_PATCH,
  PROPOSAL_RECORDS_PATCH,
  type RuleSet,
  SETS_NEXT_EVALUATION,
  STEPS_BEFORE_START_PATCH,
  type Transition,
  VOUCHER_PROVIDER_PATCH,
} from './state-change';

const handlers: { [K in CommandName]: Handler<K> } = { ...proposalSteps, ...runningSteps };

export function initialState(input: ArrangementInput, now: Date): Transition {
  const state: ArrangementState = {
    input,
    // Granted on rectification, the proposal the client appealed for is the team's to arrange at once.
    status: input.rectifies ? 'submitted' : 'draft',
    proposal: input.proposal,
    dueOn: accessDueDate(input.proposal.needsAssessedOn, input.rules.accessTarget),
    consultationOpen: false,
    assigneeId: null,
    way: null,
    supplierId: null,
    contractId: null,
    declinedSupplierIds: [],
    decision: null,
    commitment: null,
    startedOn: null,
    accessDays: null,
    seq: 1,
  };
  const event: ArrangementEvent = {
    seq: 1,
    type: 'drafted',
    actorId: input.ownWorkerId,
    at: now.toISOString(),
    data: {
      revisionId: input.proposal.revisionId,
      serviceCode: input.serviceCode,
      ...(input.rectifies && {
        rectifiesArrangementId: input.rectifies.arrangementId,
        rectificationRequestId: input.rectifies.requestId,
      }),
    },
  };
  return { state, event };
}

export function isFinished(status: ArrangementStatus): boolean {
  return isFinishedStatus(status);
}

/** Applies a command; throws CommandRefused when it is not allowed now. Never mutates `state`. */
export function applyCommand<K extends CommandName>(
  state: ArrangementState,
  name: K,
  command: Commands[K],
  now: Date,
  rules: RuleSet = ALL_RULES,
): Transition {
  const refusal = arrangementRefusal(actionOfCommand(name, command, state), state, command.actor);
  if (refusal) refuse(refusal.kind, refusal.message);
  const handler = handlers[name] as Handler<K>;
  return record(state, handler(state, command, dateOf(now), now, rules), command.actor.userId, now);
}

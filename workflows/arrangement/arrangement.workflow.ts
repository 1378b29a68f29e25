import type { UpdateDefinition } from '@temporalio/common';
import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  log,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import {
  PROJECTION_FAILED,
  type ArrangementInput,
  type ArrangementState,
  COMMAND_NAMES,
  type CommandName,
  commandUpdates,
  type Commands,
  searchAttributes,
  stateQuery,
} from '../../libs/contracts';
import type { ArrangementActivities } from '../../libs/contracts/activities';
import {
  applyCommand,
  closePeriod,
  DATES_IN_ORDER_PATCH,
  EVALUATIONS_IN_PERIOD_PATCH,
  PROPOSAL_RECORDS_PATCH,
  evaluationOverdue,
  type RuleSet,
  SETS_NEXT_EVALUATION,
  STEPS_BEFORE_START_PATCH,
  OWN_PRODUCTION_ORDER_PATCH,
  OWN_PRODUCTION_UNIT_PATCH,
  continuationFallsDue,
  initialState,
  isFinished,
  type Transition,
  VOUCHER_PROVIDER_PATCH,
} from './arrangement.state';
import { asFailure } from '../refusal';
import { nextEvaluationAlert } from './period-steps';

const { recordArrangementEvent } = proxyActivities<ArrangementActivities>({
  startToCloseTimeout: '30 seconds',
  // The read model must converge, so a projection is retried until the database answers again;
  // it is idempotent by (arrangement, seq), so a retry after a lost reply writes nothing twice.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

function isPoisoned(err: unknown): boolean {
  return (
    err instanceof ActivityFailure && err.cause instanceof ApplicationFailure && err.cause.type === PROJECTION_FAILED
  );
}

/** Marks the code that follows a started service through its periods (phase 4 and 5). */
export const RUNNING_SERVICE_PATCH = 'running-service-periods';
/** Marks the timers that alert the own worker and the team lead to an evaluation overdue. */
export const EVALUATION_ALERTS_PATCH = 'evaluation-overdue-alerts';

/** Milliseconds until an ISO instant, by the workflow's deterministic clock; at least one. */
function until(instant: string): number {
  return Math.max(1, Date.parse(instant) - Date.now());
}

/**
 * One arrangement, from the own worker's draft to the end of the service. Human actions arrive as
 * Updates: the validator refuses a wrong action before it enters history, the handler applies it
 * and returns once the read model shows it. A running service continues as new at each period, so
 * an 18-month service keeps a short history.
 */
export async function arrangementWorkflow(input: ArrangementInput): Promise<{ status: ArrangementState['status'] }> {
  const { carried, ...base } = input;
  let state: ArrangementState;
  /** An evaluation alert is being recorded (by `watchEvaluations`). */
  let alerting = false;

  const project = async ({ state: next, event }: Transition) => {
    upsertSearchAttributes([{ key: searchAttributes.status, value: next.status }]);
    try {
      await recordArrangementEvent({ event, state: next });
    } catch (err) {
      // An event its read model cannot take is marked for an operator by the activity; the process goes on.
      if (!isPoisoned(err)) throw err;
      log.error('an event could not be recorded in the read model', { seq: event.seq, type: event.type });
    }
  };

  /** A step the workflow takes by itself; nothing when a command already made it needless. */
  const step = async (transition: Transition | null) => {
    if (!transition) return;
    state = transition.state;
    await project(transition);
  };

  const register = <K extends CommandName>(name: K) => {
    setHandler(
      commandUpdates[name] as UpdateDefinition<ArrangementState, [Commands[K]]>,
      async (command: Commands[K]) => {
        let transition: Transition;
        try {
          // Re-checked here: another Update may have changed the state since this one was validated.
          // A command accepted before a rule existed replays without it.
          const rules: RuleSet = {
            startAfterDecision: name !== 'start' || patched(DATES_IN_ORDER_PATCH),
            evaluationsInPeriod: !SETS_NEXT_EVALUATION.includes(name) || patched(EVALUATIONS_IN_PERIOD_PATCH),
            voucherNamesProvider: name !== 'chooseArrangement' || patched(VOUCHER_PROVIDER_PATCH),
            proposalRecordsAtSubmit: name !== 'submit' || patched(PROPOSAL_RECORDS_PATCH),
            stepsBeforeStart: name !== 'start' || patched(STEPS_BEFORE_START_PATCH),
            ownProductionOrdered: name !== 'chooseArrangement' || patched(OWN_PRODUCTION_ORDER_PATCH),
            ownProductionNamesUnit: name !== 'chooseArrangement' || patched(OWN_PRODUCTION_UNIT_PATCH),
          };
          transition = applyCommand(state, name, command, new Date(), rules);
        } catch (err) {
          throw asFailure(err);
        }
        state = transition.state;
        await project(transition);
        return transition.state;
      },
      {
        validator: (command: Commands[K]) => {
          try {
            applyCommand(state, name, command, new Date());
          } catch (err) {
            throw asFailure(err);
          }
        },
      },
    );
  };

  let first: Transition | null = null;
  if (carried) {
    state = { ...carried, input: base };
  } else {
    first = initialState(base, new Date());
    state = first.state;
    upsertSearchAttributes([
      { key: searchAttributes.service, value: base.serviceCode },
      { key: searchAttributes.team, value: base.teamId },
    ]);
  }
  COMMAND_NAMES.forEach(register);
  setHandler(stateQuery, () => state);
  if (first) await project(first);

  await condition(() => isFinished(state.status) || state.status === 'active');
  // Arrangements recorded before the running phase existed wait, as they did, for a final status.
  if (!isFinished(state.status) && state.running && patched(RUNNING_SERVICE_PATCH)) {
    // Histories from before evaluations alerted anyone replay without these timers.
    if (patched(EVALUATION_ALERTS_PATCH)) void watchEvaluations();
    if (await followPeriod()) {
      // An alert being recorded is finished before the state is carried over.
      await condition(() => allHandlersFinished() && !alerting);
      // The input as it stands now: a handover may have changed the own worker.
      return continueAsNew<typeof arrangementWorkflow>({ ...state.input, carried: withoutInput(state) });
    }
  }
  await condition(() => isFinished(state.status) && allHandlersFinished());
  return { status: state.status };

  /**
   * Alongside the period: an evaluation overdue past the first grace alerts the own worker, past the second
   * the team lead. An evaluation held (or the gap changed, or the period turned) sets the timer anew.
   */
  async function watchEvaluations(): Promise<void> {
    while (!isFinished(state.status)) {
      const next = nextEvaluationAlert(state);
      const { running, status } = state;
      const moved = () =>
        state.status !== status ||
        state.running?.nextEvaluationDueAt !== running?.nextEvaluationDueAt ||
        state.running?.evaluationAlerted !== running?.evaluationAlerted;
      if (!next) {
        await condition(moved);
        continue;
      }
      if (await condition(moved, until(next.at))) continue;
      alerting = true;
      try {
        await step(evaluationOverdue(state, new Date()));
      } finally {
        alerting = false;
      }
    }
  }

  /** Follows the current period to its end; true when a next period opened. */
  async function followPeriod(): Promise<boolean> {
    const { period } = state.running!;
    const settled = () => isFinished(state.status) || state.running?.continuation != null;
    if (!(await condition(settled, until(period.continuationDueAt)))) {
      await step(continuationFallsDue(state, new Date()));
    }
    if (await condition(() => isFinished(state.status), until(period.endsAt))) return false;
    await step(closePeriod(state, new Date(), patched(EVALUATIONS_IN_PERIOD_PATCH)));
    if (state.status === 'reassessment_overdue') {
      // The service has stopped; it goes on only with a decision, however late.
      await condition(settled);
      await step(closePeriod(state, new Date(), patched(EVALUATIONS_IN_PERIOD_PATCH)));
    }
    return !isFinished(state.status);
  }
}

function withoutInput({ input: _, ...rest }: ArrangementState): Omit<ArrangementState, 'input'> {
  return rest;
}

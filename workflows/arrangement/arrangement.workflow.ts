import type { UpdateDefinition } from '@temporalio/common';
import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import {
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
import { applyCommand, CommandRefused, initialState, isFinished, type Transition } from './arrangement.state';

const { recordArrangementEvent } = proxyActivities<ArrangementActivities>({
  startToCloseTimeout: '30 seconds',
  // The read model must converge, so a projection is retried until the database answers again;
  // it is idempotent by (arrangement, seq), so a retry after a lost reply writes nothing twice.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

function asFailure(err: unknown): unknown {
  if (err instanceof CommandRefused) {
    return ApplicationFailure.create({
      type: err.kind,
      message: err.message,
      nonRetryable: true,
      details: [err.field],
    });
  }
  return err;
}

/**
 * One arrangement, from the own worker's draft to a started service. Human actions arrive as
 * Updates: the validator refuses a wrong action before it enters history, the handler applies it
 * and returns once the read model shows it.
 */
export async function arrangementWorkflow(input: ArrangementInput): Promise<{ status: ArrangementState['status'] }> {
  let state: ArrangementState;

  const project = async ({ state: next, event }: Transition) => {
    upsertSearchAttributes([{ key: searchAttributes.status, value: next.status }]);
    await recordArrangementEvent({ event, state: next });
  };

  const register = <K extends CommandName>(name: K) => {
    setHandler(
      commandUpdates[name] as UpdateDefinition<ArrangementState, [Commands[K]]>,
      async (command: Commands[K]) => {
        let transition: Transition;
        try {
          // Re-checked here: another Update may have changed the state since this one was validated.
          transition = applyCommand(state, name, command, new Date());
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

  const first = initialState(input, new Date());
  state = first.state;
  upsertSearchAttributes([
    { key: searchAttributes.service, value: input.serviceCode },
    { key: searchAttributes.team, value: input.teamId },
  ]);
  COMMAND_NAMES.forEach(register);
  setHandler(stateQuery, () => state);

  await project(first);
  await condition(() => isFinished(state.status) && allHandlersFinished());
  return { status: state.status };
}

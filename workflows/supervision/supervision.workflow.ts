import type { UpdateDefinition } from '@temporalio/common';
import { allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import {
  addFindingSignal,
  CASE_COMMAND_NAMES,
  type CaseCommandName,
  type CaseCommands,
  caseStateQuery,
  caseUpdates,
  type SupervisionInput,
  type SupervisionState,
} from '../../libs/contracts';
import type { SupervisionActivities } from '../../libs/contracts/activities';
import { asFailure } from '../refusal';
import { addFinding, applyCaseCommand, type CaseTransition, nextTimer, openCase } from './supervision.state';

const { recordCaseEvent } = proxyActivities<SupervisionActivities>({
  startToCloseTimeout: '30 seconds',
  // Idempotent by (case, seq): retried until the database answers, never written twice.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * One reactive supervision case of a supplier (`supervision-<supplierId>-<n>`). Findings arrive as a
 * signal, the people's steps as Updates; deadlines and follow-ups are timers. It ends when the case
 * closes; a later bad finding opens case n+1.
 */
export async function supervisionWorkflow(input: SupervisionInput): Promise<{ outcome: SupervisionState['outcome'] }> {
  const first = openCase(input, new Date());
  let state = first.state;

  const step = async (t: CaseTransition | null) => {
    if (!t) return;
    state = t.state;
    await recordCaseEvent({ event: t.event, state: t.state });
  };

  const register = <K extends CaseCommandName>(name: K) => {
    const apply = (command: CaseCommands[K]) => {
      try {
        return applyCaseCommand(state, name, command, new Date());
      } catch (err) {
        throw asFailure(err);
      }
    };
    setHandler(
      caseUpdates[name] as UpdateDefinition<SupervisionState, [CaseCommands[K]]>,
      async (command: CaseCommands[K]) => {
        const t = apply(command);
        await step(t);
        return t.state;
      },
      { validator: (command: CaseCommands[K]) => void apply(command) },
    );
  };
  CASE_COMMAND_NAMES.forEach(register);
  setHandler(addFindingSignal, (finding) => step(addFinding(state, finding, new Date())));
  setHandler(caseStateQuery, () => state);

  // Not `step`: a finding signalled with the start is handled as its handler is set, before this line,
  // and the state it made must not be set back to the first one.
  await recordCaseEvent(first);
  while (state.status !== 'closed') {
    const timer = nextTimer(state);
    const seq = state.seq;
    const moved = timer
      ? await condition(() => state.seq !== seq, Math.max(1, Date.parse(timer.at) - Date.now()))
      : await condition(() => state.seq !== seq).then(() => true);
    if (!moved && timer) await step(timer.step(state, new Date()));
  }
  await condition(allHandlersFinished);
  return { outcome: state.outcome };
}

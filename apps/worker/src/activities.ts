import { ApplicationFailure, log } from '@temporalio/activity';
import type { DataSource } from 'typeorm';
import { PROJECTION_FAILED, type RecordEventInput } from '../../../libs/contracts';
import type { ArrangementActivities, SupervisionActivities } from '../../../libs/contracts/activities';
import { ArrangementProjection } from '../../../libs/persistence/arrangement-projection';
import { isDataError, pgCode } from '../../../libs/persistence/postgres-errors';
import { SupervisionProjection } from '../../../libs/persistence/supervision-projection';

/** The workflows' only side effects, grouped by concern. */
export function createActivities(ds: DataSource): ArrangementActivities & SupervisionActivities {
  const arrangements = new ArrangementProjection(ds);
  const supervision = new SupervisionProjection(ds);
  return {
    recordArrangementEvent: async (input) => {
      await markedWhenPoisoned(arrangements, input);
      // Ids and codes only; the request id comes with the command (request-id-headers.ts).
      log.info('event recorded', {
        arrangementId: input.state.input.arrangementId,
        seq: input.event.seq,
        eventType: input.event.type,
      });
    },
    recordCaseEvent: (input) => supervision.record(input),
    recordPlannedVisitDue: (input) => supervision.plannedVisitDue(input),
  };
}

/**
 * A projection that fails on its own data (a value out of range, a broken constraint) would fail on
 * every retry and hold its arrangement for ever. It is marked for an operator instead (an alert, on the
 * list `needs_attention`) and fails without retrying; other failures (the database away) are retried.
 */
async function markedWhenPoisoned(arrangements: ArrangementProjection, input: RecordEventInput) {
  try {
    await arrangements.record(input);
  } catch (err) {
    if (!isDataError(err)) throw err;
    const { state, event } = input;
    await arrangements.markUnrecordable(input);
    throw ApplicationFailure.nonRetryable(
      `event ${event.seq} (${event.type}) of arrangement ${state.input.arrangementId} could not be recorded: ` +
        `SQLSTATE ${pgCode(err)}`,
      PROJECTION_FAILED,
    );
  }
}

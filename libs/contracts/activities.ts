import type { RecordEventInput } from './arrangement';
import type { PlannedVisitDue, RecordCaseEventInput } from './supervision';

/** The activities the workflows call; the worker implements them. */
export interface ArrangementActivities {
  /** Appends the event to the timeline and projects the state into the read model, idempotently. */
  recordArrangementEvent(input: RecordEventInput): Promise<void>;
}

export interface SupervisionActivities {
  /** Appends the case event and projects the case, with its effects (contracts, messages), idempotently. */
  recordCaseEvent(input: RecordCaseEventInput): Promise<void>;
  /** Puts a planned supervision visit on the list of visits due. */
  recordPlannedVisitDue(input: PlannedVisitDue): Promise<void>;
}

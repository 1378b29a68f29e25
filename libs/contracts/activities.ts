import type { RecordEventInput } from './arrangement';

/** The activities the workflows call; the worker implements them. */
export interface ArrangementActivities {
  /** Appends the event to the timeline and projects the state into the read model, idempotently. */
  recordArrangementEvent(input: RecordEventInput): Promise<void>;
}

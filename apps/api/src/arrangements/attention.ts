import { QUEUE_STATUSES } from '../../../../libs/contracts';

/** Today as the county counts days, in SQL: the Finnish day, whatever the database session's zone. */
const TODAY = `(now() at time zone 'Europe/Helsinki')::date`;

/**
 * What an arrangement waits for, each said once as a condition on the read model (alias `a`), so
 * that the own worker's list and the running lists agree. Continuation is due when the process says so
 * (its `continuation_due` event); an evaluation is overdue by the clock, in any running status, because
 * the process takes an evaluation while the service waits for its continuation decision too.
 */
export const ATTENTION = {
  continuationOverdue: `a.status = 'reassessment_overdue'`,
  evaluationOverdue: `a.status in ('active', 'reassessment_overdue') and a.next_evaluation_due_at < now()`,
  continuationDue: `a.status = 'active' and a.continuation_due and a.continuation_outcome is null`,
  changePending: `a.status = 'active' and a.change_status is not null`,
  /**
   * A proposal the team works on whose service has not started by its access-time target: `due_on` is the
   * needs assessment plus the catalogue's target (`accessDueDate`), the day the queue marks overdue after.
   */
  accessOverdue: `a.status in (${QUEUE_STATUSES.map((s) => `'${s}'`).join(', ')}) and a.due_on < ${TODAY}`,
  /** An unmet need recorded and not yet resolved by reopening the proposal (the figures' "still open"). */
  unmetNeedOpen: `exists (select 1 from unmet_need u where u.arrangement_id = a.id and u.resolved_at is null)`,
} as const;

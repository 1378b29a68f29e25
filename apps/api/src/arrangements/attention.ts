/**
 * What a running arrangement waits for, each said once as a condition on the read model (alias `a`), so
 * that the own worker's list and the running lists agree. Continuation is due when the process says so
 * (its `continuation_due` event); an evaluation is overdue by the clock, in any running status, because
 * the process takes an evaluation while the service waits for its continuation decision too.
 */
export const ATTENTION = {
  continuationOverdue: `a.status = 'reassessment_overdue'`,
  evaluationOverdue: `a.status in ('active', 'reassessment_overdue') and a.next_evaluation_due_at < now()`,
  continuationDue: `a.status = 'active' and a.continuation_due and a.continuation_outcome is null`,
  changePending: `a.status = 'active' and a.change_status is not null`,
} as const;

import { ATTENTION } from '../arrangements/attention';

/** What a running service may wait for, each by its condition in ATTENTION. */
export const RUNNING_FLAGS = [
  'continuation_overdue',
  'evaluation_overdue',
  'continuation_due',
  'change_pending',
] as const;

const CONDITIONS: Record<(typeof RUNNING_FLAGS)[number], string> = {
  continuation_overdue: ATTENTION.continuationOverdue,
  evaluation_overdue: ATTENTION.evaluationOverdue,
  continuation_due: ATTENTION.continuationDue,
  change_pending: ATTENTION.changePending,
};

/** The flags of an arrangement (alias `a`) as a SQL text array, in the order above. */
export const FLAGS_SQL = `array_remove(array[${RUNNING_FLAGS.map(
  (f) => `case when ${CONDITIONS[f]} then '${f}' end`,
).join(', ')}]::text[], null)`;

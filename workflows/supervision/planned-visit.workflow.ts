import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { PlannedVisitInput } from '../../libs/contracts';
import type { SupervisionActivities } from '../../libs/contracts/activities';

const { recordPlannedVisitDue } = proxyActivities<SupervisionActivities>({
  startToCloseTimeout: '30 seconds',
  // Idempotent by the run's workflow id: retried until the database answers.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** Started by the supplier's planned-supervision Schedule: one visit falls due. */
export async function plannedVisitWorkflow(input: PlannedVisitInput): Promise<void> {
  await recordPlannedVisitDue({
    visitKey: workflowInfo().workflowId,
    supplierId: input.supplierId,
    dueAt: new Date().toISOString(),
  });
}

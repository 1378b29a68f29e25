import { sleep } from '@temporalio/workflow';
import type { ArrangementInput } from '../../libs/contracts';
import { arrangementWorkflow as original } from '../../workflows/arrangement/arrangement.workflow';

/** The canary: the same workflow with a timer added in front, a change that breaks every recorded history. */
export async function arrangementWorkflow(input: ArrangementInput) {
  await sleep('1 millisecond');
  return original(input);
}

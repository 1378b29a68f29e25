import type { DataSource } from 'typeorm';
import type { Config } from '../../../libs/config/config';
import { loggerFor } from '../../../libs/observability/logger';
import type { WithClient } from '../../../libs/process-client/finding-delivery';
import {
  arrangementInput,
  draftsWaitingForProcess,
  serviceRules,
  startArrangementProcess,
} from '../../../libs/process-client/arrangement-process';

const log = loggerFor('draft-sweep');

/**
 * Starts the process of every draft that has waited `DRAFT_SWEEP_AGE_MS` without one (the API saved it
 * while Temporal was away, or stopped between saving and starting). Here in the worker, so that however
 * many API processes run, one kind of process does it; two workers doing it at once are harmless, as a
 * start finds the running workflow.
 */
export async function sweepDrafts(config: Config, ds: DataSource, withClient: WithClient): Promise<void> {
  const drafts = await draftsWaitingForProcess(ds, config.DRAFT_SWEEP_AGE_MS);
  for (const { draft, service } of drafts) {
    const input = arrangementInput(draft, serviceRules(draft.catalogueVersion, service, config, draft.aftercareEndsOn));
    await withClient((client) => startArrangementProcess(client, config.TEMPORAL_TASK_QUEUE, input));
    log.info({ arrangementId: draft.id }, 'started the process of a draft saved without one');
  }
}

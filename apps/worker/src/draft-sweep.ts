import { Client, Connection } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import type { Config } from '../../../libs/config/config';
import {
  arrangementInput,
  draftsWaitingForProcess,
  serviceRules,
  startArrangementProcess,
} from '../../../libs/process/arrangement-process';

/**
 * Starts the process of every draft that has waited `DRAFT_SWEEP_AGE_MS` without one (the API saved it
 * while Temporal was away, or stopped between saving and starting), every `DRAFT_SWEEP_INTERVAL_MS`.
 * Here in the worker, so that however many API processes run, one kind of process does it; two workers
 * doing it at once are harmless, as a start finds the running workflow. Returns a function that stops it.
 */
export function startDraftSweep(config: Config, ds: DataSource): () => Promise<void> {
  let connection: Connection | undefined;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  const sweep = async () => {
    const drafts = await draftsWaitingForProcess(ds, config.DRAFT_SWEEP_AGE_MS);
    if (drafts.length === 0) return;
    connection ??= await Connection.connect({ address: config.TEMPORAL_ADDRESS, connectTimeout: 5_000 });
    const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
    for (const { draft, service } of drafts) {
      const input = arrangementInput(
        draft,
        serviceRules(draft.catalogueVersion, service, config.CONTINUATION_LEAD_TIME),
      );
      await client.withDeadline(Date.now() + 10_000, () =>
        startArrangementProcess(client, config.TEMPORAL_TASK_QUEUE, input),
      );
      process.stderr.write(`[worker] started the process of draft ${draft.id}, saved without one\n`);
    }
  };

  const timer = setInterval(() => {
    running = running
      .then(() => (stopped ? undefined : sweep()))
      .catch((err: unknown) => {
        // Temporal or PostgreSQL away: the next round tries again.
        process.stderr.write(`[worker] draft sweep failed, tries again: ${String(err)}\n`);
      });
  }, config.DRAFT_SWEEP_INTERVAL_MS);

  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
    await connection?.close();
  };
}

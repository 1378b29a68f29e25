import 'reflect-metadata';
import { loadConfig } from '../../../libs/config/config';
import { startDeliveries } from '../../../libs/delivery/deliverer';
import { processRegistry, serveOperatorPort } from '../../../libs/observability/http-probes';
import { describeError, loggerFor } from '../../../libs/observability/logger';
import { queueMonthlyUse } from '../../../libs/persistence/aftercare';
import { createDataSource } from '../../../libs/persistence/data-source';
import { today } from '../../../libs/domain/dates';
import { deliverPendingFindings } from '../../../libs/process-client/finding-delivery';
import { lazyClient } from './client';
import { sweepDrafts } from './draft-sweep';
import { everyInterval } from './every-interval';
import { stateDocumentRound } from './state-documents';
import { coreMetricsPort, createWorker } from './worker';

const log = loggerFor('worker');

/**
 * The Temporal worker: runs the workflows and their activities, and the rounds that need one process
 * of a kind rather than every API (drafts saved without a process, rows without their process's state,
 * findings not yet sent, deliveries),
 * until SIGINT/SIGTERM. A worker that loses Temporal for good exits, and its supervisor starts it again.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const ds = createDataSource(config.DATABASE_URL, config.WORKER_DATABASE_POOL_SIZE);
  await ds.initialize();
  const { worker, connection } = await createWorker(config, ds);
  const client = lazyClient(config);
  const stops = [
    everyInterval('draft sweep', config.DRAFT_SWEEP_INTERVAL_MS, () => sweepDrafts(config, ds, client.withClient)),
    everyInterval('state documents', config.DRAFT_SWEEP_INTERVAL_MS, stateDocumentRound(ds, client.withClient)),
    everyInterval('finding resend', config.FINDING_RESEND_INTERVAL_MS, () =>
      deliverPendingFindings(ds, client.withClient, config.TEMPORAL_TASK_QUEUE),
    ),
    // Aftercare's monthly use, told to the county that pays once a month has ended (a statement, so often enough).
    everyInterval('aftercare monthly use', config.DRAFT_SWEEP_INTERVAL_MS, () => queueMonthlyUse(ds, today())),
    startDeliveries(config, ds),
  ];
  const operator = config.METRICS_PORT
    ? await serveOperatorPort(
        config.METRICS_PORT,
        config.METRICS_HOST,
        processRegistry(),
        {
          database: () => ds.query('select 1'),
          temporal: () => connection.workflowService.getSystemInfo({}),
          worker: () =>
            worker.getState() === 'RUNNING' ? Promise.resolve() : Promise.reject(new Error(worker.getState())),
        },
        async () => (await fetch(`http://127.0.0.1:${coreMetricsPort(config)}/metrics`)).text(),
      )
    : undefined;
  log.info({ taskQueue: config.TEMPORAL_TASK_QUEUE, temporal: config.TEMPORAL_ADDRESS }, 'polling');
  try {
    await worker.run();
  } finally {
    for (const stop of stops) await stop();
    operator?.close();
    await client.close();
    await connection.close();
    await ds.destroy();
  }
}

main().catch((err: unknown) => {
  log.error(describeError(err), 'stopped');
  process.exit(1);
});

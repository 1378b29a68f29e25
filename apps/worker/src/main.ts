import 'reflect-metadata';
import { loadConfig } from '../../../libs/config/config';
import { createDataSource } from '../../../libs/persistence/data-source';
import { startDeliveries } from '../../../libs/delivery/deliverer';
import { startDraftSweep } from './draft-sweep';
import { createWorker } from './worker';

/** The Temporal worker: runs the workflows and their activities until SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const ds = createDataSource(config.DATABASE_URL);
  await ds.initialize();
  const { worker, connection } = await createWorker(config, ds);
  const stopSweep = startDraftSweep(config, ds);
  const stopDeliveries = startDeliveries(config, ds);
  process.stderr.write(`[worker] polling task queue ${config.TEMPORAL_TASK_QUEUE} on ${config.TEMPORAL_ADDRESS}\n`);
  try {
    await worker.run();
  } finally {
    await stopSweep();
    await stopDeliveries();
    await connection.close();
    await ds.destroy();
  }
}

main().catch((err: unknown) => {
  console.error('[worker] stopped:', err);
  process.exit(1);
});

import { NativeConnection, Runtime, Worker, DefaultLogger } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import type { Config } from '../../../libs/config/config';
import { createActivities } from './activities';

export function workflowsPath(): string {
  // Resolves to workflows/index.ts under ts-jest and to the compiled .js under dist.
  return require.resolve('../../../workflows');
}

let runtimeInstalled = false;

export async function createWorker(
  config: Config,
  ds: DataSource,
): Promise<{ worker: Worker; connection: NativeConnection }> {
  if (!runtimeInstalled) {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    runtimeInstalled = true;
  }
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    workflowsPath: workflowsPath(),
    activities: createActivities(ds),
    maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
  });
  return { worker, connection };
}

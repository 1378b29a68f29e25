import type { ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource } from '../../libs/persistence/data-source';
import { dropDatabase } from '../../libs/persistence/dev/throwaway-database';
import { prepareDemoDatabase } from '../../libs/persistence/dev/demo-data';
import { ENV_FILE, ROOT, type SystemEnv } from './env';
import { launch, launchTemporal, portOpen, waitFor } from './processes';

const TEMPORAL_PORT = 7244;
const API_PORT = 3144;
export const OPERATOR_PORTS = { api: 9144, worker: 9145 };

/**
 * Brings up the system under test once for all system tests: an in-memory Temporal dev server,
 * a fresh PostgreSQL database with migrations and reference data, the worker and the API.
 */
export default async function globalSetup(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/luvn_test';
  const temporalBin = process.env.TEMPORAL_BIN ?? 'temporal';
  mkdirSync(join(ROOT, '.data'), { recursive: true });
  rmSync(join(ROOT, '.data', 'logs'), { recursive: true, force: true });

  for (const port of [TEMPORAL_PORT, API_PORT]) {
    if (await portOpen(port)) throw new Error(`port ${port} is taken: a previous test run may still be running`);
  }
  const temporal = launchTemporal('temporal', temporalBin, TEMPORAL_PORT);

  await dropDatabase(databaseUrl);
  const ds = createDataSource(databaseUrl, 2);
  await prepareDemoDatabase(ds, databaseUrl);
  await ds.destroy();
  await waitFor('the Temporal dev server', () => portOpen(TEMPORAL_PORT));

  const env: SystemEnv = {
    apiUrl: `http://127.0.0.1:${API_PORT}`,
    temporalAddress: `127.0.0.1:${TEMPORAL_PORT}`,
    databaseUrl,
    taskQueue: 'arrangements-test',
    workerPidFile: join(ROOT, '.data', 'system-test-worker.pid'),
    root: ROOT,
  };
  const processEnv = processEnvOf(env);
  const worker = launchSharedWorker(env);
  const api = launch('api', process.execPath, ['dist/apps/api/src/main.js'], {
    ...processEnv,
    METRICS_PORT: String(OPERATOR_PORTS.api),
    PROCESS_NAME: 'api',
  });
  writeFileSync(env.workerPidFile, String(worker.pid));
  writeFileSync(join(ROOT, '.data', 'system-test-pids.json'), JSON.stringify({ temporal: temporal.pid, api: api.pid }));
  writeFileSync(ENV_FILE, JSON.stringify(env, null, 2));
  await waitFor('the API', async () => {
    try {
      return (await fetch(`${env.apiUrl}/health`)).ok;
    } catch {
      return false;
    }
  });
}

/**
 * The shared worker, with its operator port (metrics, liveness, readiness) and its log in worker.log: at
 * the start, and again by a test that killed it. Other processes of the tests have no operator port.
 */
export function launchSharedWorker(env: SystemEnv): ChildProcess {
  return launch('worker', process.execPath, ['dist/apps/worker/src/main.js'], {
    ...processEnvOf(env),
    METRICS_PORT: String(OPERATOR_PORTS.worker),
    PROCESS_NAME: 'worker',
  });
}

export function processEnvOf(env: SystemEnv): NodeJS.ProcessEnv {
  return {
    DATABASE_URL: env.databaseUrl,
    TEMPORAL_ADDRESS: env.temporalAddress,
    TEMPORAL_TASK_QUEUE: env.taskQueue,
    API_PORT: String(new URL(env.apiUrl).port),
    NODE_ENV: 'test',
    // The processes and their database sessions run in UTC, so that a day taken in any other zone than
    // Europe/Helsinki shows in the tests (the county's day starts two or three hours before UTC's).
    TZ: 'UTC',
    PGTZ: 'UTC',
    // The development API: the tests publish services whose periods last seconds through it.
    DEV_API: 'on',
    // Test catalogues run periods of seconds: the continuation decision falls due 10 s before the end.
    CONTINUATION_LEAD_TIME: 'PT10S',
    // Drafts saved while Temporal was away get their process within seconds, not half a minute.
    DRAFT_SWEEP_INTERVAL_MS: '1000',
    DRAFT_SWEEP_AGE_MS: '3000',
    // A disabled user or a changed role reaches the API within half a second.
    USER_CACHE_MS: '500',
    // Every browser test signs in from this one machine: the shared API sets its address no limit. The
    // throttle's own tests start APIs of their own with small limits (test/sign-in-throttle.e2e-spec.ts).
    SIGN_IN_ATTEMPTS_PER_ADDRESS: '100000',
  };
}

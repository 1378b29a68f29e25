import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource } from '../libs/persistence/data-source';
import { dropDatabase } from '../libs/persistence/dev/throwaway-database';
import { prepareDemoDatabase } from '../libs/persistence/dev/demo-data';
import { connect, demo, proposal, type ApiUser, type System } from './support/api';
import { ROOT, systemEnv } from './support/env';
import { processEnvOf } from './support/global-setup';
import { ok } from './support/expect';
import { waitFor } from './support/processes';

/**
 * What `npm start` runs once it has built and prepared the database: the supervisor in development mode
 * (the Temporal dev server, a worker, an API), on ports and a database of this test's own. A process
 * killed with SIGKILL is started again and the system goes on; Ctrl-C (SIGINT) stops every process.
 */
const TEMPORAL_PORT = 7255;
const API_PORT = 3155;
const METRICS_PORT = 9355;

let sys: System;
let supervisor: ChildProcess;
let dir: string;
let aino: ApiUser;
const lines: Record<string, unknown>[] = [];
const databaseUrl = systemEnv().databaseUrl.replace(/\/[^/]+$/, '/luvn_supervised_test');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const started = (name: string) =>
  lines.filter((l) => l.event === 'started' && l.process === name).map((l) => Number(l.pid));

beforeAll(async () => {
  sys = await connect();
  await dropDatabase(databaseUrl);
  const ds = createDataSource(databaseUrl, 2);
  await prepareDemoDatabase(ds, databaseUrl);
  await ds.destroy();
  // Under .data/logs, so that the log privacy check (run last) reads these logs too.
  dir = join(ROOT, '.data', 'logs', 'supervised-start');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  supervisor = spawn(process.execPath, ['dist/apps/supervisor/src/main.js', 'dev'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...processEnvOf(systemEnv()),
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: `127.0.0.1:${TEMPORAL_PORT}`,
      TEMPORAL_UI_PORT: String(TEMPORAL_PORT + 1000),
      API_PORT: String(API_PORT),
      METRICS_PORT: String(METRICS_PORT),
      DATA_DIR: dir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let rest = '';
  supervisor.stdout!.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString()).split('\n');
    rest = parts.pop() ?? '';
    for (const part of parts) {
      try {
        const line = JSON.parse(part) as Record<string, unknown>;
        if (line.name === 'supervisor') lines.push(line);
      } catch {
        // the app processes' own lines
      }
    }
  });
  aino = sys.asAt('aino', `http://127.0.0.1:${API_PORT}`);
  await waitFor('the API', async () => (await fetch(`http://127.0.0.1:${API_PORT}/health/ready`)).ok, 120_000);
}, 180_000);

afterAll(async () => {
  if (supervisor.exitCode === null) supervisor.kill('SIGKILL');
  await sys.close();
});

it('a killed worker, API and Temporal server are each started again, and the work goes on', async () => {
  const id = ok(await aino.post('/arrangements', proposal(demo.eetu.id))).id as string;

  // The worker: killed, started again after its backoff; a submission needs it.
  const [worker] = started('worker');
  process.kill(worker!, 'SIGKILL');
  await waitFor('the worker started again', () => started('worker').length === 2);
  expect(lines).toContainEqual(expect.objectContaining({ event: 'exited', process: 'worker', signal: 'SIGKILL' }));
  expect(ok(await aino.post(`/arrangements/${id}/submit`)).status).toBe('submitted');

  // The API: killed, started again; meanwhile the other processes ran on.
  const [api] = started('api');
  process.kill(api!, 'SIGKILL');
  await waitFor('the API started again', () => started('api').length === 2);
  await waitFor('the API answers', async () => (await fetch(`http://127.0.0.1:${API_PORT}/health/ready`)).ok);
  expect(started('worker')).toHaveLength(2);

  // The Temporal dev server: its state is on disk, so the submitted arrangement's process goes on.
  const [temporal] = started('temporal');
  process.kill(temporal!, 'SIGKILL');
  await waitFor('Temporal started again', () => started('temporal').length === 2);
  await waitFor('the API ready', async () => (await fetch(`http://127.0.0.1:${API_PORT}/health/ready`)).ok);
  const sanna = sys.asAt('sanna', `http://127.0.0.1:${API_PORT}`);
  let claim = await sanna.post(`/arrangements/${id}/claim`);
  for (let i = 0; claim.status >= 500 && i < 30; i++) {
    await sleep(1_000);
    claim = await sanna.post(`/arrangements/${id}/claim`);
  }
  expect(ok(claim).status).toBe('in_handling');
}, 180_000);

it('Ctrl-C stops every process and the supervisor', async () => {
  const pids = ['temporal', 'worker', 'api'].map((name) => started(name).at(-1)!);
  const exited = new Promise<number | null>((resolve) => supervisor.once('exit', (code) => resolve(code)));
  supervisor.kill('SIGINT');
  expect(await exited).toBe(0);
  for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
}, 60_000);

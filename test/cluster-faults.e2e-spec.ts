import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { type SupervisorEvent, Supervisor } from '../apps/supervisor/src/supervisor';
import { type Started, startTopology } from '../apps/supervisor/src/topology';
import { arrangementWorkflowId, stateQuery } from '../libs/contracts';
import { createDataSource } from '../libs/persistence/data-source';
import { connect, demo, proposal, type ApiUser, type System } from './support/api';
import { ROOT, systemEnv } from './support/env';
import { processEnvOf } from './support/global-setup';
import { type Load, type LoadFigures, startLoad } from './support/load';
import { type OwnPostgres, ownPostgres } from './support/own-services';
import { waitFor } from './support/processes';

/**
 * Production's shape under faults: a Temporal cluster (frontend, history, matching and worker services
 * as processes of their own, four history shards) on a PostgreSQL of the test's own, two workers and two
 * APIs, all kept running by the supervisor of `npm run start:cluster`. Under a steady load of proposals
 * and submissions, a history process and a worker are killed, PostgreSQL stops for a minute, and the
 * frontend dies under a request; after each, nothing answered 2xx is lost or doubled, and everything
 * accepted is in Temporal and in the read model exactly once.
 */
const PG_PORT = 5497;
const TEMPORAL_PORT = 7400;
const API_PORT = 3170;
const METRICS_PORT = 9370;

let sys: System;
let pg: OwnPostgres;
let supervisor: Supervisor;
let started: Started;
let users: ApiUser[];
let temporal: Client;
let dir: string;
const events: SupervisorEvent[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function need(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with npm test, which builds the Temporal server`);
  return value;
}

beforeAll(async () => {
  sys = await connect();
  pg = await ownPostgres(PG_PORT);
  // Under .data/logs, so that the log privacy check (run last) reads the cluster's logs too.
  dir = join(ROOT, '.data', 'logs', 'cluster-faults');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  supervisor = new Supervisor((e) => {
    events.push(e);
    appendFileSync(join(dir, 'supervisor.log'), `${JSON.stringify(e)}\n`);
  });
  started = await startTopology(supervisor, {
    mode: 'cluster',
    root: ROOT,
    dataDir: dir,
    appEnv: {
      ...processEnvOf(systemEnv()),
      TEMPORAL_TASK_QUEUE: 'arrangements-cluster',
      TEMPORAL_UPDATE_TIMEOUT_MS: '20000',
      TEMPORAL_RPC_TIMEOUT_MS: '5000',
      LOG_LEVEL: 'warn',
    },
    databaseUrl: pg.url,
    temporalPort: TEMPORAL_PORT,
    apiPort: API_PORT,
    metricsPort: METRICS_PORT,
    appLogsToFiles: true,
    temporalCli: need('TEMPORAL_BIN'),
    temporalUiPort: 0,
    cluster: {
      serverBin: need('TEMPORAL_SERVER_BIN'),
      sqlToolBin: need('TEMPORAL_SQL_TOOL_BIN'),
      schemaDir: need('TEMPORAL_SCHEMA_DIR'),
    },
  });
  users = started.apiUrls.map((url) => sys.asAt('aino', url));
  temporal = new Client({ connection: await Connection.connect({ address: started.temporalAddress }) });
}, 300_000);

afterAll(async () => {
  await temporal?.connection.close();
  await supervisor?.stop(5_000);
  pg?.destroy();
  await sys.close();
}, 60_000);

const body = () => proposal(demo.eetu.id);

/** Every arrangement the load was answered 2xx for, in the read model and in Temporal, exactly once. */
async function check(load: Load, figures: LoadFigures, fault: string): Promise<void> {
  const db = createDataSource(pg.url, 2);
  await db.initialize();
  try {
    const ids = [...load.created.values()];
    const submitted = [...load.submitted];
    // Converges: a draft saved while Temporal was away gets its process from the worker's sweep.
    const deadline = Date.now() + 90_000;
    let rows: { id: string; status: string; submittedEvents: number }[] = [];
    for (;;) {
      rows = await db.query(
        `select a.id, a.status,
                (select count(*)::int from arrangement_event e where e.arrangement_id = a.id and e.type = 'submitted')
                  as "submittedEvents"
         from arrangement a where a.id = any($1::uuid[])`,
        [ids],
      );
      const done = rows.filter((r) => r.status === (load.submitted.has(r.id) ? 'submitted' : 'draft'));
      if (done.length === ids.length || Date.now() > deadline) break;
      await sleep(1_000);
    }
    // Nothing lost: every id answered 2xx is there; nothing doubled: one row a key, one submission each.
    expect(rows).toHaveLength(ids.length);
    expect(new Set(ids).size).toBe(load.created.size);
    const [{ count }] = await db.query(
      `select count(*)::int as count from arrangement where client_id = $1 and id = any($2::uuid[])`,
      [demo.eetu.id, ids],
    );
    expect(count).toBe(ids.length);
    for (const r of rows) {
      expect({ id: r.id, status: r.status }).toEqual({
        id: r.id,
        status: load.submitted.has(r.id) ? 'submitted' : 'draft',
      });
      expect({ id: r.id, submitted: r.submittedEvents }).toEqual({
        id: r.id,
        submitted: load.submitted.has(r.id) ? 1 : 0,
      });
    }
    // And in Temporal: each submitted arrangement's process says so.
    for (const id of submitted) {
      const state = await temporal.workflow.getHandle(arrangementWorkflowId(id)).query(stateQuery);
      expect({ id, status: state.status }).toEqual({ id, status: 'submitted' });
    }
    const line =
      `${fault}: ${figures.clients} clients for ${figures.seconds} s, ${figures.requests} requests ` +
      `(${figures.perSecond} answered 2xx a second): 2xx ${figures['2xx']}, 4xx ${figures['4xx']}, ` +
      `5xx ${figures['5xx']}, no answer ${figures.noAnswer}; checked after: ${ids.length} arrangements created ` +
      `and ${submitted.length} submitted, each once in the read model and in Temporal`;
    process.stdout.write(`[cluster-faults] ${line}\n`);
    writeFileSync(join(ROOT, '.data', `cluster-fault-${fault.replace(/\W+/g, '-')}.txt`), `${line}\n`);
    expect(figures['4xx']).toBe(0);
  } finally {
    await db.destroy();
  }
}

function restartedSince(name: string, pid: number): boolean {
  const now = supervisor.pidOf(name);
  return now !== undefined && now !== pid;
}

async function ready(url: string): Promise<boolean> {
  return fetch(`${url}/health/ready`).then(
    (r) => r.ok,
    () => false,
  );
}

it('the cluster is four Temporal services, two workers and two APIs, all ready', async () => {
  expect(supervisor.names().sort()).toEqual(
    [
      'api-1',
      'api-2',
      'temporal-frontend',
      'temporal-history',
      'temporal-matching',
      'temporal-worker',
      'worker-1',
      'worker-2',
    ].sort(),
  );
  for (const url of started.apiUrls) expect(await ready(url)).toBe(true);
  const info = await temporal.connection.workflowService.getClusterInfo({});
  expect(info.historyShardCount).toBe(4);
  expect(info.persistenceStore).toBe('postgres12');
});

it('kill -9 of the history service under load: restarted, nothing lost or doubled', async () => {
  const load = startLoad(users, body);
  await sleep(5_000);
  const pid = supervisor.pidOf('temporal-history')!;
  process.kill(pid, 'SIGKILL');
  await waitFor('the history service restarted', () => restartedSince('temporal-history', pid));
  await sleep(10_000);
  await check(load, await load.stop(), 'kill -9 history');
}, 240_000);

it('kill -9 of one worker under load: the other goes on, the killed one restarts', async () => {
  const load = startLoad(users, body);
  await sleep(5_000);
  const pid = supervisor.pidOf('worker-1')!;
  process.kill(pid, 'SIGKILL');
  const before = load.submitted.size;
  await sleep(5_000);
  // Worker 2 served the submissions in the meantime.
  expect(load.submitted.size).toBeGreaterThan(before);
  await waitFor('worker 1 restarted', () => restartedSince('worker-1', pid));
  await sleep(5_000);
  await check(load, await load.stop(), 'kill -9 worker');
}, 240_000);

it('PostgreSQL stopped for 60 s under load: 503s meanwhile, then everything converges', async () => {
  const load = startLoad(users, body);
  await sleep(5_000);
  pg.stop();
  await sleep(5_000);
  // The APIs answer (503, not a hang) and say they are not ready.
  const [api] = started.apiUrls;
  const health = await fetch(`${api}/health/ready`, { signal: AbortSignal.timeout(5_000) });
  expect(health.status).toBe(503);
  await sleep(55_000);
  await pg.start();
  await waitFor(
    'both APIs ready again',
    async () => (await Promise.all(started.apiUrls.map(ready))).every(Boolean),
    120_000,
  );
  await sleep(10_000);
  await check(load, await load.stop(), 'PostgreSQL stopped 60 s');
}, 360_000);

it('kill -9 of the frontend under a POST /arrangements: one arrangement either way after a retry with the key', async () => {
  const [aino] = users;
  const key = `frontend-${Date.now()}`;
  const sent = Date.now();
  const inFlight = aino!.post('/arrangements', body(), key).then((r) => ({ ...r, ms: Date.now() - sent }));
  await sleep(20);
  const pid = supervisor.pidOf('temporal-frontend')!;
  process.kill(pid, 'SIGKILL');
  const reply = await inFlight;
  expect([200, 201, 202, 503]).toContain(reply.status);
  await waitFor('the frontend restarted', () => restartedSince('temporal-frontend', pid));
  // The client sends the same request again with the same key until it is answered 2xx.
  let again = await aino!.post('/arrangements', body(), key);
  for (let i = 0; again.status >= 500 && i < 60; i++) {
    await sleep(1_000);
    again = await aino!.post('/arrangements', body(), key);
  }
  expect(again.status).toBeLessThan(300);
  if (reply.status < 300) expect(again.body.id).toBe(reply.body.id);
  const db = createDataSource(pg.url, 1);
  await db.initialize();
  try {
    const [{ count }] = await db.query('select count(*)::int as count from arrangement where id = $1', [again.body.id]);
    expect(count).toBe(1);
    // Its process is started (by the API, or by the worker's sweep of drafts saved without one).
    await waitFor('the process of the arrangement', async () =>
      temporal.workflow
        .getHandle(arrangementWorkflowId(String(again.body.id)))
        .describe()
        .then(
          () => true,
          () => false,
        ),
    );
    process.stdout.write(
      `[cluster-faults] kill -9 frontend under POST: first answer ${reply.status} after ${reply.ms} ms ` +
        `(the client retries a frontend that is away within the API's deadline), retry with the key ` +
        `${again.status}, one arrangement with its process\n`,
    );
  } finally {
    await db.destroy();
  }
}, 180_000);

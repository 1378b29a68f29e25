import { randomUUID } from 'node:crypto';
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { Client as Pg } from 'pg';
import { mintTokens } from '../apps/api/src/auth/tokens';
import { queueSql } from '../apps/api/src/arrangements/queue.service';
import { AccessLogService } from '../apps/api/src/access/access-log.service';
import type { AuthUser } from '../apps/api/src/auth/auth';
import { loadConfig } from '../libs/config/config';
import {
  ARRANGEMENT_WORKFLOW,
  type ArrangementInput,
  arrangementWorkflowId,
  searchAttributes,
} from '../libs/contracts';
import { createDataSource } from '../libs/persistence/data-source';
import { serviceRules } from '../libs/process-client/arrangement-process';
import { CATALOGUE_V1 } from '../libs/persistence/reference-data/catalogue';
import { CLIENTS, USERS } from '../libs/persistence/dev/demo-region';
import { dropDatabase } from '../libs/persistence/dev/throwaway-database';
import { prepareDemoDatabase } from '../libs/persistence/dev/demo-data';
import { Supervisor } from '../apps/supervisor/src/supervisor';
import { type Mode, startTopology } from '../apps/supervisor/src/topology';
import { deliveryFigures } from './deliveries';
import { reportFigures } from './reports';
import { webFigures } from './web';

/**
 * Prints figures; asserts nothing. Run by `npm run bench` (`node dist/bench/bench.js dev|cluster`) against
 * the topology of `npm start` or `npm run start:cluster`, which it starts for itself:
 *  1. arrangements started per second through the API at 16 concurrent, as a ratio to a bare Temporal
 *     client, and the latency of a start at half the bare client's rate (an offered, open-loop load);
 *  2. the queue endpoint's p50/p99 over 100 000 arrangements, against the same SQL run directly;
 *  3. peak memory (VmHWM) of the API and worker processes;
 *  4. the web app: what a first visit downloads, and the queue page's time to 50 rows in Chromium;
 *  5. (development mode only) the outbox's delivery throughput.
 */

const mode = (process.argv[2] ?? 'dev') as Mode;
const ROOT = join(__dirname, '..', '..');
const config = loadConfig();
const API_PORT = config.API_PORT;
let APIS: string[] = [];
/** The first API (the one measured on its own). */
let API = '';
const figures: Record<string, string> = {};
let supervisor: Supervisor;
const STARTS = Number(process.env.BENCH_STARTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const QUEUE_ROWS = Number(process.env.BENCH_QUEUE_ROWS ?? 100_000);
const QUEUE_SAMPLES = Number(process.env.BENCH_QUEUE_SAMPLES ?? 1_000);
/** The parts to run (`BENCH_PARTS=queue,web`), all when unset: a change can be measured without the rest. */
const PARTS = process.env.BENCH_PARTS?.split(',').map((p) => p.trim());
const wanted = (part: string) => !PARTS || PARTS.includes(part);

const aino = USERS.find((u) => u.username === 'aino')!;
const ainosClient = CLIENTS.find((c) => c.ownWorkerId === aino.id && c.legalBasis === 'SHL')!;
const homeHelp = CATALOGUE_V1.find((s) => s.code === 'home_help')!;

async function pool<T>(n: number, concurrency: number, task: (i: number) => Promise<T>): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) await task(next++);
    }),
  );
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const CLK_TCK = 100;

/** CPU seconds used so far by a process and its threads (utime + stime from /proc). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return 0;
  }
}

function pidsOf(prefix: string): number[] {
  return supervisor
    .names()
    .filter((n) => n === prefix || n.startsWith(`${prefix}-`))
    .map((n) => supervisor.pidOf(n))
    .filter((p): p is number => p !== undefined);
}

function processesToWatch(): Record<string, number[]> {
  const pgPids = execSync("pgrep -f 'postgres' || true").toString().trim().split('\n').filter(Boolean).map(Number);
  return { api: pidsOf('api'), worker: pidsOf('worker'), temporal: pidsOf('temporal'), postgres: pgPids };
}

function cpuSnapshot(): Record<string, number> {
  return Object.fromEntries(
    Object.entries(processesToWatch()).map(([k, pids]) => [k, pids.reduce((a, p) => a + cpuSeconds(p), 0)]),
  );
}

function cpuPerStart(before: Record<string, number>, after: Record<string, number>, starts: number): string {
  return Object.keys(after)
    .map((k) => `${k} ${(((after[k]! - before[k]!) / starts) * 1000).toFixed(2)}`)
    .join(', ');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

async function waitForProjection(pg: Pg, ids: string[]): Promise<void> {
  for (;;) {
    const { rows } = await pg.query<{ n: string }>(
      'select count(*) as n from arrangement where id = any($1) and last_event_seq >= 1',
      [ids],
    );
    if (Number(rows[0]!.n) === ids.length) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A start as the API makes it, straight from a Temporal client: the baseline. */
function bareStart(temporal: Client, input: ArrangementInput) {
  return temporal.workflow.start(ARRANGEMENT_WORKFLOW, {
    workflowId: arrangementWorkflowId(input.arrangementId),
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    args: [input],
    workflowIdConflictPolicy: 'USE_EXISTING',
    typedSearchAttributes: [
      { key: searchAttributes.status, value: 'draft' },
      { key: searchAttributes.service, value: 'home_help' },
      { key: searchAttributes.team, value: 'arr-fsw' },
    ],
  });
}

/**
 * Latency at an offered load: requests sent at a fixed rate whatever the answers (open loop), so that
 * neither side waits for CPU the other held, as at saturation. Half the bare client's maximum rate.
 */
async function startLatency(
  pg: Pg,
  temporal: Client,
  token: string,
  bareRate: number,
  body: (i: number) => unknown,
  freshInputs: (n: number) => Promise<ArrangementInput[]>,
) {
  const rate = bareRate / 2;
  const n = Math.max(100, Math.round(rate * 20));
  const offered = async (send: (i: number) => Promise<unknown>): Promise<number[]> => {
    const latencies: number[] = [];
    const gap = 1000 / rate;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: n }, async (_, i) => {
        const at = started + i * gap;
        await new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
        const t = process.hrtime.bigint();
        await send(i);
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }),
    );
    return latencies.sort((a, b) => a - b);
  };
  const rows = { bare: [] as number[][], api: [] as number[][] };
  const started: string[] = [];
  for (let round = 0; round < 2; round++) {
    const inputs = await freshInputs(n);
    started.push(...inputs.map((x) => x.arrangementId));
    rows.bare.push(await offered((i) => bareStart(temporal, inputs[i]!)));
    rows.api.push(
      await offered(async (i) => {
        const res = await fetch(`${APIS[i % APIS.length]}/arrangements`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body(i)),
        });
        if (res.status !== 201) throw new Error(`API answered ${res.status}`);
        started.push(((await res.json()) as { id: string }).id);
      }),
    );
  }
  // What the load left for the worker is done before the next figures are taken.
  await waitForProjection(pg, started);
  const all = (xs: number[][]) => xs.flat().sort((a, b) => a - b);
  const bare = all(rows.bare);
  const api = all(rows.api);
  console.log(
    `\n1b. Start latency at an offered ${rate.toFixed(1)} starts/s (half the bare maximum), ${n} a round, 2 rounds`,
  );
  console.log(`   bare workflow.start    p50 ${ms(percentile(bare, 50))}   p99 ${ms(percentile(bare, 99))}`);
  console.log(`   POST /arrangements     p50 ${ms(percentile(api, 50))}   p99 ${ms(percentile(api, 99))}`);
  const added = percentile(api, 99) - percentile(bare, 99);
  console.log(`   the API adds at p99    ${ms(added)}   (goal: at most 10 ms)`);
  figures['start latency p50/p99: bare'] = `${ms(percentile(bare, 50))} / ${ms(percentile(bare, 99))}`;
  figures['start latency p50/p99: API'] = `${ms(percentile(api, 50))} / ${ms(percentile(api, 99))}`;
  figures['the API adds at p99'] = ms(added);
}

async function startThroughput(pg: Pg, temporal: Client, token: string) {
  const body = (i: number) => ({
    clientId: ainosClient.id,
    serviceCode: 'home_help',
    hoursPerMonth: 20,
    needsAssessedOn: '2026-11-16',
    desiredStartOn: null,
    justification: `Benchmark proposal ${i}`,
    goals: 'Benchmark goals',
  });
  const viaApi = async () => {
    const ids: string[] = [];
    const seconds = await pool(STARTS, CONCURRENCY, async (i) => {
      const res = await fetch(`${APIS[i % APIS.length]}/arrangements`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body(i)),
      });
      if (res.status !== 201) throw new Error(`API answered ${res.status}: ${await res.text()}`);
      ids.push(((await res.json()) as { id: string }).id);
    });
    await waitForProjection(pg, ids);
    return STARTS / seconds;
  };
  // The same workflow with the same kind of input; its rows exist beforehand so the worker does the same work.
  const freshInputs = async (n: number): Promise<ArrangementInput[]> => {
    const inputs: ArrangementInput[] = Array.from({ length: n }, () => {
      const id = randomUUID();
      return {
        arrangementId: id,
        serviceCode: 'home_help',
        legalBasis: 'SHL',
        teamId: 'arr-fsw',
        ownWorkerId: aino.id,
        rules: serviceRules(1, homeHelp, {
          CONTINUATION_LEAD_TIME: 'P1M',
          EVALUATION_ALERT_OWN_WORKER_AFTER: 'P7D',
          EVALUATION_ALERT_TEAM_LEAD_AFTER: 'P14D',
        }),
        proposal: {
          revisionId: randomUUID(),
          hoursPerMonth: 20,
          needsAssessedOn: '2026-11-16',
          desiredStartOn: null,
          considerations: [],
        },
      };
    });
    await pg.query(
      `insert into arrangement (id, client_id, service_code, catalogue_version, legal_basis, team_id, own_worker_id, status,
         needs_assessed_on, due_on, proposal_revision_id)
       select id, $2, 'home_help', 1, 'SHL', 'arr-fsw', $3, 'draft', '2026-11-16', '2026-11-23', gen_random_uuid()
       from unnest($1::uuid[]) as id`,
      [inputs.map((x) => x.arrangementId), ainosClient.id, aino.id],
    );
    return inputs;
  };
  const bare = async () => {
    const inputs = await freshInputs(STARTS);
    const seconds = await pool(STARTS, CONCURRENCY, async (i) => {
      const input = inputs[i]!;
      await bareStart(temporal, input);
    });
    await waitForProjection(
      pg,
      inputs.map((x) => x.arrangementId),
    );
    return STARTS / seconds;
  };
  // Interleaved rounds, so that neither side always runs on a warmer or fuller server.
  const rounds = { bare: [] as number[], api: [] as number[] };
  const cpu = { bare: '', api: '' };
  for (let round = 0; round < 3; round++) {
    let before = cpuSnapshot();
    rounds.bare.push(await bare());
    cpu.bare = cpuPerStart(before, cpuSnapshot(), STARTS);
    before = cpuSnapshot();
    rounds.api.push(await viaApi());
    cpu.api = cpuPerStart(before, cpuSnapshot(), STARTS);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const bareRate = median(rounds.bare);
  const apiRate = median(rounds.api);
  console.log(`\n1. Starts (${STARTS} per round, ${CONCURRENCY} concurrent, 3 interleaved rounds, medians)`);
  console.log(
    `   bare Temporal client   ${bareRate.toFixed(1)} /s   rounds: ${rounds.bare.map((r) => r.toFixed(1)).join(', ')}`,
  );
  console.log(
    `   through the API        ${apiRate.toFixed(1)} /s   rounds: ${rounds.api.map((r) => r.toFixed(1)).join(', ')}`,
  );
  console.log(`   ratio API / bare       ${(apiRate / bareRate).toFixed(2)}   (goal >= 0.8)`);
  console.log(`   CPU ms per start, last bare round: ${cpu.bare}`);
  console.log(`   CPU ms per start, last API round:  ${cpu.api}`);
  figures['starts/s at 16 concurrent: bare, API, ratio'] =
    `${bareRate.toFixed(1)}, ${apiRate.toFixed(1)}, ${(apiRate / bareRate).toFixed(2)}`;
  return { bareRate, body, freshInputs };
}

async function queueLatency(pg: Pg, token: string, userId: string) {
  const { rows: existing } = await pg.query<{ n: string }>('select count(*) as n from arrangement');
  const missing = QUEUE_ROWS - Number(existing[0]!.n);
  if (missing > 0) {
    // A queue page shows many families: 2 000 clients, so that the access log writes a row for each of 50.
    await pg.query(
      `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
       select ('00000000-0000-4000-9000-' || lpad(i::text, 12, '0'))::uuid, 'Bench Client ' || i, date '2015-01-01',
              'espoo', 'fi', 'SHL', $1
       from generate_series(1, 2000) as i on conflict (id) do nothing`,
      [aino.id],
    );
    await pg.query(
      `insert into arrangement (id, client_id, service_code, catalogue_version, legal_basis, team_id, own_worker_id, status,
         needs_assessed_on, due_on, proposal_revision_id, last_event_seq)
       select gen_random_uuid(), ('00000000-0000-4000-9000-' || lpad((1 + i % 2000)::text, 12, '0'))::uuid,
              (array['home_help','family_work','professional_support_person'])[1 + i % 3], 1, 'SHL',
              'arr-fsw', $1,
              (array['submitted','in_handling','ordered','arranged','granted','committed','active','denied'])[1 + i % 8],
              date '2026-01-01' + (i % 700), date '2026-01-08' + (i % 700), gen_random_uuid(), 2
       from generate_series(1, $2) as i`,
      [aino.id, missing],
    );
    await pg.query('analyze arrangement');
  }
  const { rows: count } = await pg.query<{ n: string }>(
    `select count(*) as n from arrangement where team_id = 'arr-fsw'`,
  );

  // Cursors spread over the whole queue: first page and pages deep into it.
  const { rows: marks } = await pg.query<{ due_on: string; id: string }>(
    `select to_char(due_on, 'YYYY-MM-DD') as due_on, id::text from arrangement where team_id = 'arr-fsw'
     order by random() limit $1`,
    [QUEUE_SAMPLES - 1],
  );
  const cursors: (string | undefined)[] = [
    undefined,
    ...marks.map((m) => Buffer.from(`${m.due_on}|${m.id}`).toString('base64url')),
  ];
  const today = new Date().toISOString().slice(0, 10);

  const plan = queueSql('arr-fsw', { limit: 50, after: cursors[1] } as never, userId, today);
  const { rows: explain } = await pg.query<{ 'QUERY PLAN': string }>(`explain ${plan.sql}`, plan.params);
  const planText = explain.map((r) => r['QUERY PLAN']).join('\n');

  const time = async (f: () => Promise<unknown>) => {
    const t = process.hrtime.bigint();
    await f();
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  const direct: number[] = [];
  const viaApi: number[] = [];
  const logWrites: number[] = [];
  const page = (base: string, after: string | undefined) => async () => {
    const res = await fetch(`${base}/teams/arr-fsw/queue?limit=50${after ? `&after=${after}` : ''}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (res.status !== 200) throw new Error(`queue answered ${res.status}`);
    await res.json();
  };
  // What the page's access log costs: the API's own writer, run on its own with the clients of the same page
  // (the rows the API writes before the page leaves), so the figure needs no API with the log turned off.
  const ds = createDataSource(config.DATABASE_URL, 1);
  await ds.initialize();
  const accessLog = new AccessLogService(ds);
  const who = USERS.find((u) => u.id === userId)!;
  const reader: AuthUser = { ...who, userId, teams: who.teamId ? [who.teamId] : [] };
  const logPage = (rows: { clientId: string }[]) => () =>
    accessLog.listed(
      reader,
      rows.map((r) => r.clientId),
      'arrangement',
    );
  // Warm every path, then measure them alternately with the same cursors, one request at a time.
  for (const after of cursors.slice(0, 50)) {
    const q = queueSql('arr-fsw', { limit: 50, after } as never, userId, today);
    const { rows } = await pg.query<{ clientId: string }>(q.sql, q.params);
    await page(API, after)();
    await logPage(rows)();
  }
  for (const after of cursors) {
    const q = queueSql('arr-fsw', { limit: 50, after } as never, userId, today);
    let rows: { clientId: string }[] = [];
    direct.push(await time(async () => ({ rows } = await pg.query<{ clientId: string }>(q.sql, q.params))));
    viaApi.push(await time(page(API, after)));
    logWrites.push(await time(logPage(rows)));
  }
  await ds.destroy();
  direct.sort((a, b) => a - b);
  viaApi.sort((a, b) => a - b);
  logWrites.sort((a, b) => a - b);
  console.log(`\n2. Queue page of 50 (${count[0]!.n} arrangements in the team, ${cursors.length} pages sampled)`);
  console.log(`   SQL run directly       p50 ${ms(percentile(direct, 50))}   p99 ${ms(percentile(direct, 99))}`);
  console.log(`   GET /teams/:id/queue   p50 ${ms(percentile(viaApi, 50))}   p99 ${ms(percentile(viaApi, 99))}`);
  console.log(
    `   p99 ratio API / SQL    ${(percentile(viaApi, 99) / percentile(direct, 99)).toFixed(2)}   (goal: within 2x)`,
  );
  figures['queue p99: SQL, API, ratio'] =
    `${ms(percentile(direct, 99))}, ${ms(percentile(viaApi, 99))}, ${(percentile(viaApi, 99) / percentile(direct, 99)).toFixed(2)}`;
  console.log(
    `   access log of a page   p50 ${ms(percentile(logWrites, 50))}   p99 ${ms(percentile(logWrites, 99))}` +
      `   (its share of the API's p50: ${((100 * percentile(logWrites, 50)) / percentile(viaApi, 50)).toFixed(0)} %)`,
  );
  figures['queue access log write of a page: p50, p99'] =
    `${ms(percentile(logWrites, 50))}, ${ms(percentile(logWrites, 99))}`;
  console.log(`   plan (${/Sort/.test(planText) ? 'HAS A SORT' : 'no sort'}):`);
  console.log(
    planText
      .split('\n')
      .map((l) => `     ${l}`)
      .join('\n'),
  );
}

function peakMemory(name: string): string {
  const pid = supervisor.pidOf(name);
  const status = pid ? readFileSync(`/proc/${pid}/status`, 'utf8') : '';
  const hwm = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  const mib = hwm ? `${(Number(hwm) / 1024).toFixed(0)} MiB` : '?';
  figures[`peak memory ${name}`] = mib;
  return `   ${name.padEnd(22)} ${mib}`;
}

/** A fresh database and the mode's topology, as `npm start` or `npm run start:cluster` brings it up. */
async function bringUp(): Promise<void> {
  await dropDatabase(config.DATABASE_URL);
  const ds = createDataSource(config.DATABASE_URL, 2);
  await prepareDemoDatabase(ds, config.DATABASE_URL);
  await ds.destroy();
  const pg = new Pg({ connectionString: config.DATABASE_URL.replace(/\/[^/]+$/, '/postgres') });
  await pg.connect();
  // The cluster's own databases, fresh too (named apart from any `npm run start:cluster` on this server).
  for (const db of ['temporal_bench', 'temporal_bench_visibility'])
    await pg.query(`drop database if exists ${db} with (force)`);
  await pg.end();
  supervisor = new Supervisor(() => undefined);
  const env = process.env;
  const started = await startTopology(supervisor, {
    mode,
    root: ROOT,
    dataDir: join(ROOT, '.data', `bench-${mode}`),
    appEnv: { ...env, LOG_LEVEL: 'warn' },
    databaseUrl: config.DATABASE_URL,
    temporalPort: Number(config.TEMPORAL_ADDRESS.split(':')[1]),
    apiPort: API_PORT,
    metricsPort: 9500,
    appLogsToFiles: true,
    temporalCli: env.TEMPORAL_BIN ?? 'temporal',
    temporalUiPort: 8255,
    cluster: {
      serverBin: env.TEMPORAL_SERVER_BIN ?? '',
      sqlToolBin: env.TEMPORAL_SQL_TOOL_BIN ?? '',
      schemaDir: env.TEMPORAL_SCHEMA_DIR ?? '',
      database: 'temporal_bench',
    },
  });
  APIS = started.apiUrls;
  API = APIS[0]!;
}

async function main(): Promise<void> {
  await bringUp();
  const ds = createDataSource(config.DATABASE_URL, 1);
  await ds.initialize();
  const tokens = await mintTokens(ds, config, ['aino', 'sanna']);
  await ds.destroy();
  const pg = new Pg({ connectionString: config.DATABASE_URL });
  await pg.connect();
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  try {
    console.log(
      `\nBenchmark, ${mode === 'dev' ? 'development server (npm start)' : 'Temporal cluster (npm run start:cluster)'}: ` +
        `${supervisor.names().join(', ')}; ${process.platform}/${process.arch}, Node ${process.version}, ${new Date().toISOString()}`,
    );
    if (wanted('starts')) {
      const { bareRate, body, freshInputs } = await startThroughput(pg, temporal, tokens.get('aino')!);
      await startLatency(pg, temporal, tokens.get('aino')!, bareRate, body, freshInputs);
    }
    if (wanted('queue')) await queueLatency(pg, tokens.get('sanna')!, USERS.find((u) => u.username === 'sanna')!.id);
    console.log('\n3. Peak resident memory (VmHWM)');
    for (const name of supervisor.names().filter((n) => /^(api|worker)(-\d)?$/.test(n))) console.log(peakMemory(name));
    if (wanted('web')) await webFigures(API, tokens.get('sanna')!);
    if (mode === 'dev' && wanted('deliveries')) Object.assign(figures, await deliveryFigures(config));
    if (wanted('reports')) Object.assign(figures, await reportFigures(API, config));
    // One line a figure, for the side-by-side table scripts/bench.sh prints after both modes.
    const summary = join(ROOT, '.data', `bench-${mode}.json`);
    writeFileSync(summary, JSON.stringify(figures, null, 2));
  } finally {
    await pg.end();
    await connection.close();
    await supervisor.stop(5_000);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

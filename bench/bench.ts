import { randomUUID } from 'node:crypto';
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { Client as Pg } from 'pg';
import { mintTokens } from '../apps/api/src/auth/tokens';
import { queueSql } from '../apps/api/src/arrangements/queue.service';
import { stateFromRow } from '../apps/api/src/arrangements/arrangement-reads.service';
import type { AuthUser } from '../apps/api/src/auth/auth';
import { loadConfig } from '../libs/config/config';
import {
  ARRANGEMENT_WORKFLOW,
  type ArrangementInput,
  type ArrangementState,
  arrangementWorkflowId,
  searchAttributes,
} from '../libs/contracts';
import { createDataSource, MIGRATION_DEADLINES } from '../libs/persistence/data-source';
import { serviceRules } from '../libs/process-client/arrangement-process';
import { CATALOGUE_V1 } from '../libs/persistence/reference-data/catalogue';
import { CLIENTS, USERS } from '../libs/persistence/dev/demo-region';
import { dropDatabase } from '../libs/persistence/dev/throwaway-database';
import { prepareDemoDatabase } from '../libs/persistence/dev/demo-data';
import { Supervisor } from '../apps/supervisor/src/supervisor';
import { type Mode, startTopology } from '../apps/supervisor/src/topology';
import { deliveryFigures } from './deliveries';
import { reportDataKept, reportFigures } from './reports';
import { webFigures } from './web';
import { printSelfTime } from './profile-top';
import {
  describeCores,
  describeTimes,
  difference,
  NO_TIMES,
  perRequest,
  procCpu,
  procTimes,
  type ProcTimes,
  shortTimes,
  sumTimes,
} from './proc';

/**
 * Prints figures; asserts nothing. Run by `npm run bench` (`node dist/bench/bench.js dev|cluster`) against
 * the topology of `npm start` or `npm run start:cluster`, which it starts for itself:
 *  1. arrangements started per second through the API at 16 concurrent, as a ratio to a bare Temporal
 *     client; the API's CPU per start and per arrangement read; the latency of a start at a light load of
 *     10 a second (an offered, open-loop load) against the bare client's, and the API's CPU per start there;
 *  2. the queue endpoint's p50/p99 over 100 000 and 1 000 000 arrangements, against the same SQL run
 *     directly, the access log's share of a page, and the API's CPU per page;
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
/** Each API's Prometheus figures (its garbage collections among them). */
let API_METRICS: string[] = [];
const figures: Record<string, string> = {};
/** Processes that died in the run (a worker out of heap), by name: each was started again. */
const exits = new Map<string, number>();
// A restarted process's peak memory is the new process's, and the figures around it include its replays:
// so each exit is counted and printed.
const supervisor = new Supervisor((e) => {
  if (e.event === 'exited') exits.set(e.process, (exits.get(e.process) ?? 0) + 1);
});
const STARTS = Number(process.env.BENCH_STARTS ?? 400);
/** Rounds of starts, bare and through the API in turn; the figures are their medians. */
const ROUNDS = 5;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
/**
 * Starts through each API (and as many bare ones) before the measured rounds, and reads of an arrangement
 * from each API before its reads are measured: every API compiles its own paths, so the cluster's two are
 * each warmed as much as development's one (split between them, each was half as warm, and its JIT's
 * compiling, on threads the process's CPU counts, was counted in the figure). 400, since after 200 the
 * API's CPU per start still fell round by round (4.45, 3.55, 2.98 ms).
 */
const WARM_UP_STARTS = Number(process.env.BENCH_WARM_UP_STARTS ?? 400);
/**
 * Reads, and queue pages, through each API before theirs are measured. 1 000, since after 200 the cluster's
 * first queue round still compiled: 2.02 ms a page at 100 000 rows against 1.48 at a million measured after
 * it, and 1.24 against 1.42 with 1 000 (on the same data, one run each).
 */
const WARM_UP_READS = Number(process.env.BENCH_WARM_UP_READS ?? 1_000);
/** The queue's sizes, measured in turn (the table grows from one to the next). */
const QUEUE_ROWS = (process.env.BENCH_QUEUE_ROWS ?? '100000,1000000').split(',').map(Number);
const QUEUE_SAMPLES = Number(process.env.BENCH_QUEUE_SAMPLES ?? 1_000);
/** Requests whose API CPU is divided by their number: enough that /proc's 10 ms ticks round off little. */
const CPU_REQUESTS = Number(process.env.BENCH_CPU_REQUESTS ?? 500);
/**
 * The light load: starts a second, and how many a round. Two rounds of 500 each way make the p99 the tenth
 * slowest of a thousand: with 200, the fourth of 400, one stall of the machine moved it by 10–20 ms.
 */
const LIGHT_RATE = 10;
const LIGHT_STARTS = Number(process.env.BENCH_LIGHT_STARTS ?? 500);
/** How long the idle API's own CPU (timers, its pools' keep-alives, GC) is measured before the light load. */
const IDLE_MS = 5_000;
/**
 * BENCH_PROFILE=1: the API's CPU profiles under the start load and the queue load, and Chromium's of the queue
 * page's navigation, with their top entries.
 */
const PROFILES = process.env.BENCH_PROFILE
  ? join(__dirname, '..', '..', '.data', `profiles-${process.argv[2] ?? 'dev'}`)
  : '';
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

/** CPU seconds used so far by a process and its threads. */
function cpuSeconds(pid: number): number {
  const t = procCpu(pid);
  return t.user + t.kernel;
}

/** The running processes of one kind (`api`, or `api-1` and `api-2`), by name. */
function processesOf(prefix: string): [string, number][] {
  return supervisor
    .names()
    .filter((n) => n === prefix || n.startsWith(`${prefix}-`))
    .flatMap((n): [string, number][] => {
      const pid = supervisor.pidOf(n);
      return pid === undefined ? [] : [[n, pid]];
    });
}

function pidsOf(prefix: string): number[] {
  return processesOf(prefix).map(([, pid]) => pid);
}

function processesToWatch(): Record<string, number[]> {
  const pgPids = execSync("pgrep -f 'postgres' || true").toString().trim().split('\n').filter(Boolean).map(Number);
  return { api: pidsOf('api'), worker: pidsOf('worker'), temporal: pidsOf('temporal'), postgres: pgPids };
}

/** Each API process's readings so far (bench/proc.ts), by its name: its CPU by where it ran, and its preemptions. */
function apiReadings(): [string, ProcTimes][] {
  return processesOf('api').map(([name, pid]) => [name, procTimes(pid)]);
}

/** What the API processes used between two readings of each, in all and by process. */
function apiUsed(before: [string, ProcTimes][], after: [string, ProcTimes][]) {
  const each = after.map(([name, t], k): [string, ProcTimes] => [name, difference(before[k]![1], t)]);
  return { all: sumTimes(each.map(([, used]) => used)), each };
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

/**
 * The API processes' CPU milliseconds between two snapshots, divided by `per`: the requests served (per
 * request), the seconds between them (per second), or 1 (in all).
 */
function apiCpuMs(before: Record<string, number>, after: Record<string, number>, per: number): number {
  return ((after.api! - before.api!) / per) * 1000;
}

/**
 * Runs `load` with V8's CPU profiler on in every API process (bench/cpu-profile.ts), then prints the profiles'
 * top entries by self time. Only with BENCH_PROFILE set: the profiler's own cost stays out of the figures.
 */
async function profiled(label: string, load: () => Promise<unknown>): Promise<void> {
  if (!PROFILES) return;
  const apis = pidsOf('api');
  const before = new Set(existsSync(PROFILES) ? readdirSync(PROFILES) : []);
  for (const pid of apis) process.kill(pid, 'SIGWINCH');
  await new Promise((r) => setTimeout(r, 200));
  await load();
  for (const pid of apis) process.kill(pid, 'SIGWINCH');
  let written: string[] = [];
  // A profile of a heavy load takes a while to write: up to a minute.
  for (let i = 0; i < 300 && written.length < apis.length; i++) {
    await new Promise((r) => setTimeout(r, 200));
    written = existsSync(PROFILES)
      ? readdirSync(PROFILES).filter((f) => !before.has(f) && f.endsWith('.cpuprofile'))
      : [];
  }
  const files = written.map((f) => {
    const to = join(PROFILES, `${label}-${f}`);
    renameSync(join(PROFILES, f), to);
    return to;
  });
  printSelfTime(`profile of the API under ${label} (${files.map((f) => relative(ROOT, f)).join(', ')})`, files);
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
 * Latency at a light offered load: 10 starts a second each way sent on a clock whatever the answers (open loop), well
 * inside what the machine does, so that the figure is the API's own time rather than a queue for the CPU.
 * The bare starts and those through the API alternate on the one clock, so that both meet the same moments
 * of the machine (a checkpoint, a burst of Temporal's own work): measured one side after the other, such a
 * moment fell on one side's p99 alone, and the difference moved by tens of milliseconds between runs.
 */
async function startLatency(
  pg: Pg,
  temporal: Client,
  token: string,
  body: (i: number) => unknown,
  freshInputs: (n: number) => Promise<ArrangementInput[]>,
) {
  const n = LIGHT_STARTS;
  const rows: Record<'bare' | 'api', number[]> = { bare: [], api: [] };
  const started: string[] = [];
  // Each side at the light rate, the two sides' sends alternating.
  const gap = 1000 / (2 * LIGHT_RATE);
  const idleBefore = cpuSnapshot();
  await new Promise((r) => setTimeout(r, IDLE_MS));
  const idlePerSecond = apiCpuMs(idleBefore, cpuSnapshot(), IDLE_MS / 1000);
  let apiLightUsed = NO_TIMES;
  const sessionsBefore = await sessionsOpened(pg);
  const gcBefore = await youngCollections();
  for (let round = 0; round < 2; round++) {
    const inputs = await freshInputs(n);
    started.push(...inputs.map((x) => x.arrangementId));
    const readingsBefore = apiReadings();
    const clock = Date.now();
    // Each side n starts a round: the sends alternate, the bare one first in one round and second in the other.
    await Promise.all(
      Array.from({ length: 2 * n }, async (_, k) => {
        await new Promise((r) => setTimeout(r, Math.max(0, clock + k * gap - Date.now())));
        const i = Math.floor(k / 2);
        const bare = k % 2 === round % 2;
        const t = process.hrtime.bigint();
        if (bare) await bareStart(temporal, inputs[i]!);
        else started.push(await apiStart(APIS[i % APIS.length]!, token, body(i)));
        (bare ? rows.bare : rows.api).push(Number(process.hrtime.bigint() - t) / 1e6);
      }),
    );
    apiLightUsed = sumTimes([apiLightUsed, apiUsed(readingsBefore, apiReadings()).all]);
  }
  const kinds = perRequest(apiLightUsed, 2 * n);
  const sessions = (await sessionsOpened(pg)) - sessionsBefore;
  const gcAfter = await youngCollections();
  const collections = gcAfter.count - gcBefore.count;
  const pauseMs = collections ? ((gcAfter.seconds - gcBefore.seconds) / collections) * 1000 : 0;
  // What the load left for the worker is done before the next figures are taken.
  await waitForProjection(pg, started);
  const bare = rows.bare.sort((a, b) => a - b);
  const api = rows.api.sort((a, b) => a - b);
  console.log(
    `\n1b. Start latency at an offered ${LIGHT_RATE} starts/s each, bare and API alternating (a light load), ${n} each a round, 2 rounds`,
  );
  console.log(`   bare workflow.start    p50 ${ms(percentile(bare, 50))}   p99 ${ms(percentile(bare, 99))}`);
  console.log(`   POST /arrangements     p50 ${ms(percentile(api, 50))}   p99 ${ms(percentile(api, 99))}`);
  const added = percentile(api, 99) - percentile(bare, 99);
  console.log(`   the API adds at p99    ${ms(added)}   (goal: at most 15 ms)`);
  // What a start meets in the API besides its own work: a young-generation collection stops the API's thread,
  // and a connection the pool had closed is opened again.
  console.log(
    `   meanwhile: the APIs' young-generation collections ${collections}, ${ms(pauseMs)} each on average; ` +
      `database sessions opened (the APIs' and the workers') ${sessions}`,
  );
  // The API's CPU per start at a light load, beside section 1's on a saturated machine (the goal's figure):
  // each request here finds the caches cold and the event loop asleep. The idle process's own CPU, measured
  // first, is shared among only ten starts a second: printed apart, so that it is seen to be small.
  const perStart = kinds.user + kinds.kernel;
  const idleShare = idlePerSecond / LIGHT_RATE;
  console.log(
    `   API CPU per start at this load: ${ms(perStart)}, of which the idle API's own ${ms(idleShare)} ` +
      `(${ms(idlePerSecond)} a second; the goal, <= 3 ms, is section 1's figure)`,
  );
  console.log(`   the API per start at this load, by where its CPU ran: ${describeTimes(kinds)}`);
  figures['API CPU per start at 10/s (idle share)'] = `${ms(perStart)} (${ms(idleShare)})`;
  figures['API per start at 10/s: user + kernel, preempted'] = shortTimes(kinds);
  figures['start latency at 10/s p50/p99: bare'] = `${ms(percentile(bare, 50))} / ${ms(percentile(bare, 99))}`;
  figures['start latency at 10/s p50/p99: API'] = `${ms(percentile(api, 50))} / ${ms(percentile(api, 99))}`;
  figures['the API adds at p99 at 10/s (goal <= 15 ms)'] = ms(added);
  figures["at 10/s: the APIs' young collections, their mean"] = `${collections}, ${ms(pauseMs)}`;
}

/** The API processes' young-generation collections so far, and the seconds they took (prom-client's figures). */
async function youngCollections(): Promise<{ count: number; seconds: number }> {
  const texts = await Promise.all(API_METRICS.map(async (url) => (await fetch(url)).text()));
  const sum = (name: string) =>
    texts.reduce((total, text) => {
      const line = text.split('\n').find((l) => l.startsWith(`nodejs_gc_duration_seconds_${name}{kind="minor"}`));
      return total + (line ? Number(line.split(' ').pop()) : 0);
    }, 0);
  return { count: sum('count'), seconds: sum('sum') };
}

/** Sessions opened on the application's database so far (the benchmark's own one among them). */
async function sessionsOpened(pg: Pg): Promise<number> {
  const { rows } = await pg.query<{ n: string }>(
    'select sessions as n from pg_stat_database where datname = current_database()',
  );
  return Number(rows[0]!.n);
}

/** A start through the API, as the web app sends it; the new arrangement's id. */
async function apiStart(base: string, token: string, body: unknown): Promise<string> {
  const res = await fetch(`${base}/arrangements`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`API answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/**
 * The API's CPU per read of one arrangement (`GET /arrangements/:id`, what the web app asks to open one),
 * over arrangements started through it.
 */
async function readCpu(token: string, ids: string[]) {
  const read = async (i: number) => {
    const res = await fetch(`${APIS[i % APIS.length]}/arrangements/${ids[i % ids.length]}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (res.status !== 200) throw new Error(`GET /arrangements/:id answered ${res.status}`);
    await res.json();
  };
  await pool(WARM_UP_READS * APIS.length, CONCURRENCY, read);
  const before = cpuSnapshot();
  await pool(CPU_REQUESTS, CONCURRENCY, read);
  const perRead = apiCpuMs(before, cpuSnapshot(), CPU_REQUESTS);
  console.log(
    `   API CPU per arrangement read (GET /arrangements/:id, ${CPU_REQUESTS}): ${ms(perRead)}   (goal <= 1.5 ms)`,
  );
  figures['API CPU per arrangement read (goal <= 1.5 ms)'] = ms(perRead);
  await profiled('reads', () => pool(CPU_REQUESTS, CONCURRENCY, read));
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
  const started: string[] = [];
  const viaApi = async () => {
    const ids: string[] = [];
    const seconds = await pool(STARTS, CONCURRENCY, async (i) => {
      ids.push(await apiStart(APIS[i % APIS.length]!, token, body(i)));
    });
    await waitForProjection(pg, ids);
    started.push(...ids);
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
  // A long-running API has compiled its paths: a warm-up of each side first, so that the rounds measure that,
  // not the JIT's first minutes.
  await pool(WARM_UP_STARTS * APIS.length, CONCURRENCY, async (i) => {
    started.push(await apiStart(APIS[i % APIS.length]!, token, body(i)));
  });
  const warmInputs = await freshInputs(WARM_UP_STARTS);
  await pool(WARM_UP_STARTS, CONCURRENCY, (i) => bareStart(temporal, warmInputs[i]!));
  await waitForProjection(pg, [...started, ...warmInputs.map((x) => x.arrangementId)]);
  // Interleaved rounds, so that neither side always runs on a warmer or fuller server.
  const rounds: Record<'bare' | 'api', number[]> = { bare: [], api: [] };
  const cpu = { bare: '', api: '' };
  const apiKinds: ProcTimes[] = [];
  // Each API process's use over all the rounds: in the cluster the two serve alternate requests of one load,
  // so that one changed by hand compares with the other within a run, the machine's drift cancelled.
  const eachApi = new Map<string, ProcTimes>();
  for (let round = 0; round < ROUNDS; round++) {
    let before = cpuSnapshot();
    rounds.bare.push(await bare());
    cpu.bare = cpuPerStart(before, cpuSnapshot(), STARTS);
    before = cpuSnapshot();
    const readingsBefore = apiReadings();
    rounds.api.push(await viaApi());
    const used = apiUsed(readingsBefore, apiReadings());
    apiKinds.push(perRequest(used.all, STARTS));
    for (const [name, u] of used.each) eachApi.set(name, sumTimes([eachApi.get(name) ?? NO_TIMES, u]));
    cpu.api = cpuPerStart(before, cpuSnapshot(), STARTS);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const apiCpu = apiKinds.map((k) => k.user + k.kernel);
  const bareRate = median(rounds.bare);
  const apiRate = median(rounds.api);
  console.log(`\n1. Starts (${STARTS} per round, ${CONCURRENCY} concurrent, ${ROUNDS} interleaved rounds, medians)`);
  console.log(
    `   bare Temporal client   ${bareRate.toFixed(1)} /s   rounds: ${rounds.bare.map((r) => r.toFixed(1)).join(', ')}`,
  );
  console.log(
    `   through the API        ${apiRate.toFixed(1)} /s   rounds: ${rounds.api.map((r) => r.toFixed(1)).join(', ')}`,
  );
  console.log(`   ratio API / bare       ${(apiRate / bareRate).toFixed(2)}   (goal >= 0.8)`);
  console.log(`   CPU ms per start, last bare round: ${cpu.bare}`);
  console.log(`   CPU ms per start, last API round:  ${cpu.api}`);
  console.log(
    `   API CPU per start (median of the rounds): ${ms(median(apiCpu))}   (goal <= 3 ms; rounds: ${apiCpu.map((x) => x.toFixed(2)).join(', ')})`,
  );
  figures['starts/s at 16 concurrent: bare, API, ratio'] =
    `${bareRate.toFixed(1)}, ${apiRate.toFixed(1)}, ${(apiRate / bareRate).toFixed(2)}`;
  figures['API CPU per start (goal <= 3 ms)'] = ms(median(apiCpu));
  // Where that CPU ran, and how often the API was taken off a core mid-request (medians of the rounds, each
  // count apart): what the figure above is made of besides the API's own code.
  const kinds: ProcTimes = {
    user: median(apiKinds.map((k) => k.user)),
    kernel: median(apiKinds.map((k) => k.kernel)),
    preempted: median(apiKinds.map((k) => k.preempted)),
  };
  console.log(
    `   the API per start, by where its CPU ran (and its main thread's preemptions; each the rounds' median): ` +
      describeTimes(kinds),
  );
  figures['API per start: user + kernel, preempted'] = shortTimes(kinds);
  if (eachApi.size > 1) {
    // The starts go to the APIs in turn (`APIS[i % APIS.length]`, in the order of their names).
    const served = (k: number) => ROUNDS * Math.ceil((STARTS - k) / eachApi.size);
    console.log(
      `   each API per start it served, all rounds: ` +
        [...eachApi].map(([name, u], k) => `${name} ${describeTimes(perRequest(u, served(k)))}`).join('; '),
    );
  }
  await profiled('starts', () =>
    pool(STARTS, CONCURRENCY, async (i) => started.push(await apiStart(APIS[i % APIS.length]!, token, body(i)))),
  );
  await waitForProjection(pg, started);
  await readCpu(token, started);
  return { body, freshInputs };
}

/**
 * The state every generated queue row starts from: what the API makes of a submitted row before its process
 * answers (`stateFromRow`); the insert sets each row's own ids, service, status and due day.
 */
function queueRowState(ownWorkerId: string): ArrangementState {
  return stateFromRow({
    id: '',
    clientId: '',
    serviceCode: '',
    legalBasis: 'SHL',
    teamId: 'arr-fsw',
    ownWorkerId,
    catalogueVersion: 1,
    status: 'submitted',
    dueOn: '2026-01-08',
    consultationOpen: false,
    assigneeId: null,
    way: null,
    supplierId: null,
    contractId: null,
    startedOn: null,
    accessDays: null,
    lastEventSeq: 2,
    proposalRevisionId: '',
    hoursPerMonth: 20,
    needsAssessedOn: '2026-01-01',
    desiredStartOn: null,
    specialConsiderations: [],
  });
}

/** The queue at each of its sizes in turn, the table grown from one to the next. */
async function queueLatency(pg: Pg, token: string, userId: string) {
  for (const rows of QUEUE_ROWS) await queueAt(rows, pg, token, userId);
}

async function queueAt(size: number, pg: Pg, token: string, userId: string) {
  const { rows: existing } = await pg.query<{ n: string }>('select count(*) as n from arrangement');
  const missing = size - Number(existing[0]!.n);
  if (missing > 0) {
    // A queue page shows many families: 2 000 clients, so that the access log writes a row for each of 50.
    await pg.query(
      `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
       select ('00000000-0000-4000-9000-' || lpad(i::text, 12, '0'))::uuid, 'Bench Client ' || i, date '2015-01-01',
              'espoo', 'fi', 'SHL', $1
       from generate_series(1, 2000) as i on conflict (id) do nothing`,
      [aino.id],
    );
    // Each row with a process state, so that a page works out every row's allowed actions as it does for real
    // rows (queueRowState), with the row's own ids, status, due day and service.
    await pg.query(
      `insert into arrangement (id, client_id, service_code, catalogue_version, legal_basis, team_id, own_worker_id, status,
         needs_assessed_on, due_on, proposal_revision_id, last_event_seq, state)
       select id, client_id, service_code, 1, 'SHL', 'arr-fsw', $1, status, due_on - 7, due_on, revision_id, 2,
              jsonb_set($3::jsonb, '{input}', $3::jsonb -> 'input' || jsonb_build_object(
                'arrangementId', id, 'clientId', client_id, 'serviceCode', service_code))
                || jsonb_build_object('status', status, 'dueOn', to_char(due_on, 'YYYY-MM-DD'),
                     'proposal', $3::jsonb -> 'proposal' || jsonb_build_object('revisionId', revision_id))
       from (select gen_random_uuid() as id, gen_random_uuid() as revision_id,
                    ('00000000-0000-4000-9000-' || lpad((1 + i % 2000)::text, 12, '0'))::uuid as client_id,
                    (array['home_help','family_work','professional_support_person'])[1 + i % 3] as service_code,
                    (array['submitted','in_handling','ordered','arranged','granted','committed','active','denied'])[1 + i % 8]
                      as status,
                    date '2026-01-08' + (i % 700) as due_on
             from generate_series(1, $2) as i) as row`,
      [aino.id, missing, JSON.stringify(queueRowState(aino.id))],
    );
    await pg.query('vacuum analyze arrangement');
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

  const who = USERS.find((u) => u.id === userId)!;
  const reader: AuthUser = { ...who, userId, teams: who.teamId ? [who.teamId] : [] };
  const plan = queueSql('arr-fsw', { limit: 50, after: cursors[1] } as never, reader, today);
  const { rows: explain } = await pg.query<{ 'QUERY PLAN': string }>(`explain ${plan.sql}`, plan.params);
  const planText = explain.map((r) => r['QUERY PLAN']).join('\n');

  const time = async (f: () => Promise<unknown>) => {
    const t = process.hrtime.bigint();
    await f();
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  const direct: number[] = [];
  const viaApi: number[] = [];
  const page = (base: string, after: string | undefined) => async () => {
    const res = await fetch(`${base}/teams/arr-fsw/queue?limit=50${after ? `&after=${after}` : ''}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (res.status !== 200) throw new Error(`queue answered ${res.status}`);
    await res.json();
  };
  // What the page's access log costs: the page's statement timed without the log's insert beside the
  // statement the API runs (which writes it), so the figure needs no API with the log turned off.
  const statement = (after: string | undefined, logged: boolean) => {
    const q = queueSql('arr-fsw', { limit: 50, after } as never, reader, today, { logged });
    return () => pg.query(q.sql, q.params);
  };
  const unlogged: number[] = [];
  // Warm every path, then measure them alternately with the same cursors, one request at a time.
  for (const after of cursors.slice(0, 50)) {
    await statement(after, true)();
    await page(API, after)();
    await statement(after, false)();
  }
  for (const after of cursors) {
    direct.push(await time(statement(after, true)));
    viaApi.push(await time(page(API, after)));
    unlogged.push(await time(statement(after, false)));
  }
  direct.sort((a, b) => a - b);
  viaApi.sort((a, b) => a - b);
  unlogged.sort((a, b) => a - b);
  // The log's cost as how far it moves each percentile. Where the run's noise moves it more, the statement
  // with the log can come out faster than the one without: that is said, not printed as a cost of 0.
  const logWrites = [50, 99].map((k) => percentile(direct, k) - percentile(unlogged, k));
  const logCost = (x: number) => (x > 0 ? ms(x) : 'within the noise');
  // The API's CPU per page: pages over every API, a few at a time, nothing else running. The latencies above
  // asked the first API alone, so each API is warmed first, as for the reads: the cluster's second one would
  // otherwise compile the page's path inside the measured pages.
  const anyPage = (i: number) => page(APIS[i % APIS.length]!, cursors[i % cursors.length])();
  await pool(WARM_UP_READS * APIS.length, 4, anyPage);
  const before = cpuSnapshot();
  await pool(CPU_REQUESTS, 4, anyPage);
  const perPage = apiCpuMs(before, cpuSnapshot(), CPU_REQUESTS);

  const n = size.toLocaleString('en').replace(/,/g, ' ');
  const ratio = percentile(viaApi, 99) / percentile(direct, 99);
  const share = (100 * Math.max(0, logWrites[0]!)) / percentile(viaApi, 50);
  console.log(`\n2. Queue page of 50 (${count[0]!.n} arrangements in the team, ${cursors.length} pages sampled)`);
  console.log(`   SQL run directly       p50 ${ms(percentile(direct, 50))}   p99 ${ms(percentile(direct, 99))}`);
  console.log(`   the same without log   p50 ${ms(percentile(unlogged, 50))}   p99 ${ms(percentile(unlogged, 99))}`);
  console.log(`   GET /teams/:id/queue   p50 ${ms(percentile(viaApi, 50))}   p99 ${ms(percentile(viaApi, 99))}`);
  console.log(`   p99 ratio API / SQL    ${ratio.toFixed(2)}   (goal: within 2x)`);
  console.log(
    `   access log of a page   p50 ${logCost(logWrites[0]!)}   p99 ${logCost(logWrites[1]!)}` +
      `   (its share of the API's p50: ${share.toFixed(0)} %, goal <= 25 %)`,
  );
  console.log(`   API CPU per page (${CPU_REQUESTS} pages): ${ms(perPage)}   (goal <= 2 ms)`);
  figures[`queue p99 at ${n}: SQL, API, ratio (goal <= 2)`] =
    `${ms(percentile(direct, 99))}, ${ms(percentile(viaApi, 99))}, ${ratio.toFixed(2)}`;
  figures[`queue access log at ${n}: p50, p99, share (goal <= 25 %)`] =
    `${logCost(logWrites[0]!)}, ${logCost(logWrites[1]!)}, ${share.toFixed(0)} %`;
  figures[`API CPU per queue page at ${n} (goal <= 2 ms)`] = ms(perPage);
  // The page's 51 rows are ordered again after the access log's CTE; a sort of the arrangements themselves
  // (its key on `a.`) would mean the index range scan is lost.
  console.log(
    `   plan (${/Sort Key: a\./.test(planText) ? 'SORTS THE ARRANGEMENTS' : 'no sort of the arrangements'}):`,
  );
  console.log(
    planText
      .split('\n')
      .map((l) => `     ${l}`)
      .join('\n'),
  );
  if (size === QUEUE_ROWS[0]) await profiled('queue', () => pool(CPU_REQUESTS, 4, anyPage));
}

function peakMemory(name: string): string {
  const pid = supervisor.pidOf(name);
  const status = pid ? readFileSync(`/proc/${pid}/status`, 'utf8') : '';
  const hwm = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  const mib = hwm ? `${(Number(hwm) / 1024).toFixed(0)} MiB` : '?';
  const restarts = exits.get(name) ?? 0;
  figures[`peak memory ${name}`] = mib;
  figures[`restarts of ${name} in the run (goal 0)`] = String(restarts);
  return `   ${name.padEnd(22)} ${mib}${restarts ? `   (restarted ${restarts} times in the run: the figure is the last process's)` : ''}`;
}

/** A fresh database and the mode's topology, as `npm start` or `npm run start:cluster` brings it up. */
async function bringUp(): Promise<void> {
  // The reports' generated years, when asked to be reused, are migrated on as a deployment would migrate them.
  if (!(await reportDataKept(config.DATABASE_URL, PARTS))) await dropDatabase(config.DATABASE_URL);
  const ds = createDataSource(config.DATABASE_URL, 2, MIGRATION_DEADLINES);
  await prepareDemoDatabase(ds, config.DATABASE_URL);
  await ds.destroy();
  const pg = new Pg({ connectionString: config.DATABASE_URL.replace(/\/[^/]+$/, '/postgres') });
  await pg.connect();
  // The cluster's own databases, fresh too (named apart from any `npm run start:cluster` on this server).
  for (const db of ['temporal_bench', 'temporal_bench_visibility'])
    await pg.query(`drop database if exists ${db} with (force)`);
  await pg.end();
  const env = process.env;
  const started = await startTopology(supervisor, {
    mode,
    root: ROOT,
    dataDir: join(ROOT, '.data', `bench-${mode}`),
    appEnv: {
      ...env,
      LOG_LEVEL: 'warn',
      ...(PROFILES && {
        BENCH_PROFILE: PROFILES,
        NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --require ${join(__dirname, 'cpu-profile.js')}`.trim(),
      }),
    },
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
  API_METRICS = Object.entries(started.metricsUrls)
    .filter(([name]) => /^api(-\d+)?$/.test(name))
    .map(([, url]) => url);
  API = APIS[0]!;
}

async function main(): Promise<void> {
  // A process that never became ready (a worker that cannot load its workflows) stops what did start.
  await bringUp().catch(async (err: unknown) => {
    await supervisor.stop(5_000);
    throw err;
  });
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
        `${supervisor.names().join(', ')}; ${process.platform}/${process.arch}, ${describeCores()}, Node ${process.version}, ` +
        new Date().toISOString(),
    );
    if (wanted('starts')) {
      const { body, freshInputs } = await startThroughput(pg, temporal, tokens.get('aino')!);
      await startLatency(pg, temporal, tokens.get('aino')!, body, freshInputs);
    }
    if (wanted('queue')) await queueLatency(pg, tokens.get('sanna')!, USERS.find((u) => u.username === 'sanna')!.id);
    console.log('\n3. Peak resident memory (VmHWM)');
    for (const name of supervisor.names().filter((n) => /^(api|worker)(-\d)?$/.test(n))) console.log(peakMemory(name));
    if (wanted('web')) await webFigures(API, 'sanna', PROFILES);
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

import { join } from 'node:path';
import { portOpen } from './ports';
import type { ProcessSpec, Supervisor } from './supervisor';
import {
  type ClusterOptions,
  registerNamespace,
  SEARCH_ATTRIBUTES,
  serverProcesses,
  setUpSchemas,
  writeServerConfig,
} from './temporal-cluster';

/**
 * The two shapes the system runs in on one machine. `dev`: the Temporal CLI's development server (one
 * process, SQLite, with its Web UI), one worker and one API. `cluster`: Temporal's own services as
 * separate processes on PostgreSQL, two workers and two APIs, as in production (docs/operating.md).
 */
export type Mode = 'dev' | 'cluster';

export interface TopologyOptions {
  mode: Mode;
  root: string;
  /** Where the cluster's configuration and every log file go (`.data` under `npm start`). */
  dataDir: string;
  /** Environment for the API and worker processes (DATABASE_URL, TEMPORAL_TASK_QUEUE, ...). */
  appEnv: NodeJS.ProcessEnv;
  databaseUrl: string;
  /** The port of Temporal's frontend (the dev server's port in dev mode). */
  temporalPort: number;
  /** The first API's port; the second API takes the next one. */
  apiPort: number;
  /** The first metrics port; each API and worker process takes the next free one from here. */
  metricsPort: number;
  /** The app processes' output: to log files under `dataDir/logs` (tests), or to this terminal. */
  appLogsToFiles: boolean;
  temporalCli: string;
  temporalUiPort: number;
  cluster?: Pick<ClusterOptions, 'serverBin' | 'sqlToolBin' | 'schemaDir' | 'database'>;
}

export interface Started {
  apiUrls: string[];
  temporalAddress: string;
  metricsUrls: Record<string, string>;
}

const APP_COUNT: Record<Mode, number> = { dev: 1, cluster: 2 };

/**
 * The worker's V8 heap, bounded: left alone, V8 lets a busy worker's heap grow far past what it holds
 * live (a burst of 1 500 starts: 650 MiB peak; bounded, 460 MiB). And its young generation kept small: a
 * workflow task allocates much that dies at once, and V8 let each of the process's two heaps (the main
 * thread's, the workflow thread's) keep a young generation of tens of MiB for it. With 2 MiB semi-spaces
 * the benchmark's starts peak at 245 MiB instead of 463, for the same CPU per start (12 ms). The compose
 * file starts the worker with the same flags.
 */
export const WORKER_NODE_FLAGS = ['--max-old-space-size=192', '--max-semi-space-size=2'];

/**
 * glibc gives each thread that allocates at once an arena of its own, up to eight a core, and keeps what
 * each has held: the worker's many threads (the native core's, the workflow thread, libuv's) left alone
 * hold far more than they use. Two arenas are enough for a process that runs JavaScript on two threads.
 * The Dockerfile sets the same.
 */
export const WORKER_ENV = { MALLOC_ARENA_MAX: '2' };

/** The settings the topology gives each API and worker process (the compose file gives the same). */
export const TOPOLOGY_SETTINGS = ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'METRICS_PORT', 'API_PORT'] as const;

/** Brings the topology up in the supervisor, stage by stage: Temporal, then the workers, then the APIs. */
export async function startTopology(supervisor: Supervisor, o: TopologyOptions): Promise<Started> {
  const temporalAddress = `127.0.0.1:${o.temporalPort}`;
  if (o.mode === 'dev') await supervisor.start([devServer(o)]);
  else await startCluster(supervisor, o);

  const metricsUrls: Record<string, string> = {};
  const apiUrls: string[] = [];
  const app = (kind: 'api' | 'worker', n: number): ProcessSpec => {
    const name = APP_COUNT[o.mode] > 1 ? `${kind}-${n}` : kind;
    const metricsPort = o.metricsPort + (kind === 'api' ? 0 : 10) + n - 1;
    const apiPort = o.apiPort + n - 1;
    metricsUrls[name] = `http://127.0.0.1:${metricsPort}/metrics`;
    if (kind === 'api') apiUrls.push(`http://127.0.0.1:${apiPort}`);
    return {
      name,
      command: process.execPath,
      args: [...(kind === 'worker' ? WORKER_NODE_FLAGS : []), join(o.root, `dist/apps/${kind}/src/main.js`)],
      env: {
        ...(kind === 'worker' ? WORKER_ENV : {}),
        ...o.appEnv,
        DATABASE_URL: o.databaseUrl,
        TEMPORAL_ADDRESS: temporalAddress,
        METRICS_PORT: String(metricsPort),
        PROCESS_NAME: name,
        ...(kind === 'api' ? { API_PORT: String(apiPort) } : {}),
      },
      logFile: o.appLogsToFiles ? join(o.dataDir, 'logs', `${name}.log`) : undefined,
      ready: kind === 'api' ? () => portOpen(apiPort) : () => portOpen(metricsPort),
    };
  };
  const count = APP_COUNT[o.mode];
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  await supervisor.start(numbers.map((n) => app('worker', n)));
  await supervisor.start(numbers.map((n) => app('api', n)));
  return { apiUrls, temporalAddress, metricsUrls };
}

function devServer(o: TopologyOptions): ProcessSpec {
  return {
    name: 'temporal',
    command: o.temporalCli,
    args: [
      'server',
      'start-dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(o.temporalPort),
      '--ui-port',
      String(o.temporalUiPort),
      '--log-level',
      'warn',
      '--db-filename',
      join(o.dataDir, 'temporal.sqlite'),
      '--sqlite-pragma',
      'journal_mode=WAL',
      '--sqlite-pragma',
      'synchronous=NORMAL',
      ...SEARCH_ATTRIBUTES.flatMap((a) => ['--search-attribute', `${a}=Keyword`]),
    ],
    logFile: join(o.dataDir, 'logs', 'temporal.log'),
    ready: () => portOpen(o.temporalPort),
  };
}

async function startCluster(supervisor: Supervisor, o: TopologyOptions): Promise<void> {
  if (!o.cluster) throw new Error('cluster mode needs the Temporal server and its schema tool');
  const cluster: ClusterOptions = {
    ...o.cluster,
    databaseUrl: o.databaseUrl,
    frontendPort: o.temporalPort,
    dir: join(o.dataDir, 'cluster'),
    namespace: o.appEnv.TEMPORAL_NAMESPACE ?? 'default',
  };
  await setUpSchemas(cluster);
  const configDir = writeServerConfig(cluster);
  await supervisor.start(serverProcesses(cluster, configDir));
  await registerNamespace(cluster);
}

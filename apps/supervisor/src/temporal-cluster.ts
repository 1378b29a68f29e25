import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import type { ProcessSpec } from './supervisor';
import { portOpen } from './ports';

const run = promisify(execFile);

/**
 * The Temporal server as production runs it, on one machine: its own databases in PostgreSQL (created
 * and upgraded by its schema tool), four history shards, and each service in a process of its own,
 * all in one membership ring. Only ids and codes ever reach it (docs/development.md, "No personal data in Temporal").
 */

/** History shards: fixed for the life of a cluster (the schema records it); the compose file uses the same. */
export const HISTORY_SHARDS = 4;

/** The search attributes the workflows set: ids and codes only, never personal data. */
export const SEARCH_ATTRIBUTES = ['ArrangementStatus', 'ServiceCode', 'TeamId'] as const;

export const TEMPORAL_SERVICES = ['frontend', 'history', 'matching', 'worker'] as const;
export type TemporalService = (typeof TEMPORAL_SERVICES)[number];

export interface ClusterOptions {
  /** The PostgreSQL that holds Temporal's databases (`temporal`, `temporal_visibility`). */
  databaseUrl: string;
  /** The frontend's gRPC port; the other services' ports follow it. */
  frontendPort: number;
  /** Where the configuration files and logs are written. */
  dir: string;
  serverBin: string;
  sqlToolBin: string;
  /** The schema files of the server's version (schema/postgresql/v12 of its module). */
  schemaDir: string;
  namespace: string;
  /** Temporal's two databases are this and `<this>_visibility` (`temporal` unless a second cluster shares the server). */
  database?: string;
}

function databasesOf(o: ClusterOptions): { main: string; visibility: string } {
  const main = o.database ?? 'temporal';
  return { main, visibility: `${main}_visibility` };
}

/** Each service's gRPC, membership and metrics ports, from the frontend's: 7233 gives 7233/6933/9233 and so on. */
function portsOf(o: ClusterOptions, service: TemporalService) {
  const offset = { frontend: 0, history: 1, matching: 2, worker: 6 }[service];
  return {
    grpcPort: o.frontendPort + offset,
    membershipPort: o.frontendPort - 300 + offset,
    httpPort: o.frontendPort + 10,
    metricsPort: o.frontendPort + 2000 + offset,
  };
}

/** The address of a service's Prometheus metrics, for an operator. */
export function metricsAddressOf(o: ClusterOptions, service: TemporalService): string {
  return `127.0.0.1:${portsOf(o, service).metricsPort}`;
}

/**
 * One configuration file per service (JSON, which the server reads as YAML): the same persistence and
 * ring, each its own metrics port. Returns the directory to pass as `--config`.
 */
export function writeServerConfig(o: ClusterOptions): string {
  const db = new URL(o.databaseUrl);
  const store = (databaseName: string, maxConns: number) => ({
    sql: {
      pluginName: 'postgres12',
      databaseName,
      connectAddr: `${db.hostname}:${db.port || 5432}`,
      connectProtocol: 'tcp',
      user: decodeURIComponent(db.username || 'postgres'),
      password: decodeURIComponent(db.password),
      maxConns,
      maxIdleConns: maxConns,
      maxConnLifetime: '1h',
    },
  });
  const services = Object.fromEntries(
    TEMPORAL_SERVICES.map((s) => {
      const p = portsOf(o, s);
      const rpc = { grpcPort: p.grpcPort, membershipPort: p.membershipPort, bindOnLocalHost: true };
      return [s, { rpc: s === 'frontend' ? { ...rpc, httpPort: p.httpPort } : rpc }];
    }),
  );
  const configDir = join(o.dir, 'config');
  mkdirSync(configDir, { recursive: true });
  for (const service of TEMPORAL_SERVICES) {
    const config = {
      log: { stdout: true, level: 'warn', format: 'json' },
      persistence: {
        numHistoryShards: HISTORY_SHARDS,
        defaultStore: 'default',
        visibilityStore: 'visibility',
        datastores: {
          default: store(databasesOf(o).main, 20),
          visibility: store(databasesOf(o).visibility, 5),
        },
      },
      global: {
        membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' },
        metrics: {
          prometheus: {
            framework: 'tally',
            timerType: 'histogram',
            listenAddress: metricsAddressOf(o, service),
          },
        },
      },
      services,
      clusterMetadata: {
        enableGlobalNamespace: false,
        failoverVersionIncrement: 10,
        masterClusterName: 'active',
        currentClusterName: 'active',
        clusterInformation: {
          active: {
            enabled: true,
            initialFailoverVersion: 1,
            rpcName: 'frontend',
            rpcAddress: `127.0.0.1:${o.frontendPort}`,
          },
        },
      },
      dcRedirectionPolicy: { policy: 'noop' },
      publicClient: { hostPort: `127.0.0.1:${o.frontendPort}` },
    };
    writeFileSync(join(configDir, `${service}.yaml`), JSON.stringify(config, null, 2));
  }
  return configDir;
}

/** Creates Temporal's two databases when missing and brings their schemas to the server's version. */
export async function setUpSchemas(o: ClusterOptions): Promise<void> {
  const db = new URL(o.databaseUrl);
  const common = [
    '--plugin',
    'postgres12',
    '--ep',
    db.hostname,
    '-p',
    db.port || '5432',
    '-u',
    decodeURIComponent(db.username || 'postgres'),
    ...(db.password ? ['--pw', decodeURIComponent(db.password)] : []),
  ];
  const { main, visibility } = databasesOf(o);
  for (const [database, schema] of [
    [main, 'temporal'],
    [visibility, 'visibility'],
  ] as const) {
    const tool = (...args: string[]) => run(o.sqlToolBin, [...common, '--db', database, ...args]);
    // create-database fails when it exists; setup-schema at 0.0 only adds the version table when missing.
    await tool('create-database').catch(() => undefined);
    await tool('setup-schema', '-v', '0.0');
    await tool('update-schema', '-d', join(o.schemaDir, schema, 'versioned'));
  }
}

/** The server's processes: one per service, the frontend last so that clients find a ready ring. */
export function serverProcesses(o: ClusterOptions, configDir: string): ProcessSpec[] {
  return TEMPORAL_SERVICES.map((service) => ({
    name: `temporal-${service}`,
    command: o.serverBin,
    args: ['--root', '/', '--config', configDir, '--env', service, '--allow-no-auth', 'start', '--service', service],
    logFile: join(o.dir, 'logs', `temporal-${service}.log`),
    // The internal worker service serves no gRPC: it is ready once it is in the membership ring.
    ready: () => portOpen(service === 'worker' ? portsOf(o, service).membershipPort : portsOf(o, service).grpcPort),
  }));
}

/**
 * Registers the namespace and the search attributes, trying again until the cluster answers (a fresh
 * ring takes seconds to settle); an existing namespace or attribute is left as it is.
 */
export async function registerNamespace(o: ClusterOptions, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const connection = await Connection.connect({ address: `127.0.0.1:${o.frontendPort}`, connectTimeout: 5_000 });
      try {
        await ensureNamespace(connection, o.namespace);
        await ensureSearchAttributes(connection, o.namespace);
        return;
      } finally {
        await connection.close();
      }
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }
  throw new Error(`could not register the namespace ${o.namespace}: ${String(last)}`);
}

const ALREADY_EXISTS = 6;

async function ensureNamespace(connection: Connection, namespace: string): Promise<void> {
  try {
    await connection.workflowService.registerNamespace({
      namespace,
      // Closed workflows are kept a month in Temporal; the county's record is PostgreSQL's read model.
      workflowExecutionRetentionPeriod: msToTs('30 days'),
    });
  } catch (err) {
    if ((err as { code?: number }).code !== ALREADY_EXISTS) throw err;
  }
  // A new namespace reaches every service's cache within seconds: wait until the frontend knows it.
  await connection.workflowService.describeNamespace({ namespace });
}

async function ensureSearchAttributes(connection: Connection, namespace: string): Promise<void> {
  const have = await connection.operatorService.listSearchAttributes({ namespace });
  const missing = SEARCH_ATTRIBUTES.filter((a) => !(a in (have.customAttributes ?? {})));
  if (missing.length === 0) return;
  await connection.operatorService.addSearchAttributes({
    namespace,
    searchAttributes: Object.fromEntries(
      missing.map((a) => [a, temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD]),
    ),
  });
}

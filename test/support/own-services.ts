import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource } from '../../libs/persistence/data-source';
import { prepareDatabase } from '../../libs/persistence/database';
import type { SystemEnv } from './env';
import { processEnvOf } from './global-setup';
import { kill, launch, launchTemporal, portOpen, waitFor } from './processes';

/**
 * Services a test starts for itself, so that it may stop, freeze or kill them without disturbing the
 * system the other tests share: a PostgreSQL cluster, a Temporal dev server, an API process.
 */

const PG_BIN = '/usr/lib/postgresql/15/bin';

/** Runs a PostgreSQL tool as the postgres user when the tests run as root (PostgreSQL refuses root). */
function pgTool(tool: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const program = join(PG_BIN, tool);
  if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', program, ...args], { stdio: 'ignore' });
  else execFileSync(program, args, { stdio: 'ignore' });
}

export interface OwnPostgres {
  url: string;
  stop(): void;
  start(): Promise<void>;
  destroy(): void;
}

/** A cluster of the test's own on `port`, with the project's database migrated and loaded. */
export async function ownPostgres(port: number): Promise<OwnPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'luvn-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  pgTool('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const start = async () => {
    pgTool('pg_ctl', [
      '-D',
      data,
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      '-l',
      join(dir, 'log'),
      'start',
    ]);
    await waitFor(`PostgreSQL on ${port}`, () => portOpen(port), 20_000);
  };
  await start();
  const url = `postgres://postgres@127.0.0.1:${port}/luvn_outage_test`;
  const ds = createDataSource(url, 2);
  await prepareDatabase(ds, url);
  await ds.destroy();
  return {
    url,
    stop: () => pgTool('pg_ctl', ['-D', data, '-m', 'fast', 'stop']),
    start,
    destroy: () => {
      try {
        pgTool('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface OwnProcess {
  pid: number;
  url: string;
  stop(): void;
}

/** A Temporal dev server of the test's own, in memory, on `port`. */
export async function ownTemporal(
  port: number,
  temporalBin = process.env.TEMPORAL_BIN ?? 'temporal',
): Promise<OwnProcess> {
  const child = launchTemporal(`temporal-${port}`, temporalBin, port);
  await waitFor(`Temporal on ${port}`, () => portOpen(port), 30_000);
  return { pid: child.pid!, url: `127.0.0.1:${port}`, stop: () => kill(child.pid!, 'SIGKILL') };
}

/** An API process on `port` like the shared one, with some of its settings changed. */
export async function ownApi(env: SystemEnv, port: number, changes: NodeJS.ProcessEnv): Promise<OwnProcess> {
  const child = launch(`api-${port}`, process.execPath, ['dist/apps/api/src/main.js'], {
    ...processEnvOf(env),
    API_PORT: String(port),
    ...changes,
  });
  await waitFor(`the API on ${port}`, () => portOpen(port), 30_000);
  return { pid: child.pid!, url: `http://127.0.0.1:${port}`, stop: () => kill(child.pid!, 'SIGKILL') };
}

/** A worker process like the shared one, with some of its settings changed; `name` names its log. */
export function ownWorker(env: SystemEnv, name: string, changes: NodeJS.ProcessEnv): OwnProcess {
  const child = launch(name, process.execPath, ['dist/apps/worker/src/main.js'], { ...processEnvOf(env), ...changes });
  return { pid: child.pid!, url: '', stop: () => kill(child.pid!, 'SIGKILL') };
}

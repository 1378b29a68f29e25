import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { SEARCH_ATTRIBUTES } from '../../apps/supervisor/src/temporal-cluster';
import { ROOT } from './env';

export { portOpen } from '../../apps/supervisor/src/ports';

/** Waits until `probe` answers true (a probe that throws answers false), or fails naming `what`. */
export async function waitFor(
  what: string,
  probe: () => boolean | Promise<boolean>,
  timeoutMs = 60_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (
      await Promise.resolve()
        .then(probe)
        .catch(() => false)
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms`);
}

/** Starts a program detached, its output in .data/logs/<name>.log, so that a test may kill it hard. */
export function launch(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const dir = join(ROOT, '.data', 'logs');
  mkdirSync(dir, { recursive: true });
  // The child writes to the file itself: no pipe keeps this process waiting for it.
  const log = openSync(join(dir, `${name}.log`), 'a');
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', log, log],
    detached: true,
  });
  closeSync(log);
  child.unref();
  return child;
}

/** A Temporal dev server in memory on `port`, with the search attributes the workflows set. */
export function launchTemporal(name: string, temporalBin: string, port: number): ChildProcess {
  const attributes = SEARCH_ATTRIBUTES.flatMap((a) => ['--search-attribute', `${a}=Keyword`]);
  const args = [
    'server',
    'start-dev',
    '--headless',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--log-level',
    'error',
  ];
  return launch(name, temporalBin, [...args, ...attributes], {});
}

export function kill(pid: number, signal: NodeJS.Signals = 'SIGTERM'): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

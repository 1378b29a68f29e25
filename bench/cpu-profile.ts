import { writeFileSync, mkdirSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

/**
 * Loaded into each API process by the benchmark (`NODE_OPTIONS=--require`) when BENCH_PROFILE names a folder:
 * SIGWINCH starts V8's CPU profiler (the one `node --cpu-prof` runs), the next SIGWINCH writes what it sampled to
 * `<folder>/<process>-<n>.cpuprofile`. `--cpu-prof` itself profiles the whole life and writes only on a clean
 * exit; this profiles just the load the benchmark chooses, and the process stops as it always does. SIGWINCH,
 * since Nest's shutdown hooks end the process on SIGUSR2 (and Node keeps SIGUSR1 for its inspector); a
 * process without a terminal never gets it otherwise.
 */
const dir = process.env.BENCH_PROFILE;
const name = process.env.PROCESS_NAME ?? 'node';
if (dir && /^api(-\d+)?$/.test(name)) {
  const session = new Session();
  session.connect();
  let running = false;
  let n = 0;
  process.on('SIGWINCH', () => {
    if (!running) {
      running = true;
      session.post('Profiler.enable', () => session.post('Profiler.start'));
      return;
    }
    running = false;
    session.post('Profiler.stop', (err, result) => {
      if (err) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${name}-${++n}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}

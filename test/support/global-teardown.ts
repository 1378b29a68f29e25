import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './env';
import { kill } from './processes';

export default function globalTeardown(): void {
  const pidsFile = join(ROOT, '.data', 'system-test-pids.json');
  const workerFile = join(ROOT, '.data', 'system-test-worker.pid');
  const pids: number[] = [];
  if (existsSync(pidsFile))
    pids.push(...Object.values(JSON.parse(readFileSync(pidsFile, 'utf8')) as Record<string, number>));
  if (existsSync(workerFile)) pids.push(Number(readFileSync(workerFile, 'utf8')));
  for (const pid of pids) kill(pid);
}

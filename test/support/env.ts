import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the global setup started, for the system tests to reach. */
export interface SystemEnv {
  apiUrl: string;
  temporalAddress: string;
  databaseUrl: string;
  taskQueue: string;
  workerPidFile: string;
  root: string;
}

export const ROOT = join(__dirname, '..', '..');
export const ENV_FILE = join(ROOT, '.data', 'system-test-env.json');

export function systemEnv(): SystemEnv {
  return JSON.parse(readFileSync(ENV_FILE, 'utf8')) as SystemEnv;
}

import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../../../../libs/config/config';
import { type RouteAccess, routeTable } from '../access/routes';
import { AppModule } from '../app.module';
import { referencePages } from './reference';

/** The repository's root, from dist/apps/api/src/docs. */
const ROOT = join(__dirname, '..', '..', '..', '..', '..');

/** The routes of the app as `env` configures it, without a database or Temporal (preview mode). */
async function routesWith(env: Record<string, string>): Promise<RouteAccess[]> {
  const app: INestApplication = await NestFactory.create(AppModule.with(loadConfig(env)), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    return routeTable(app);
  } finally {
    await app.close();
  }
}

/**
 * `npm run docs` writes docs/reference/*.md from the code; with `--check` it writes nothing and fails
 * naming each page that differs from what it would write (the system test runs it so).
 */
async function main(check: boolean): Promise<void> {
  const api = await routesWith({});
  const withDev = await routesWith({ DEV_API: 'on' });
  const key = (r: RouteAccess) => `${r.method} ${r.path}`;
  const production = new Set(api.map(key));
  const pages = await referencePages({ api, dev: withDev.filter((r) => !production.has(key(r))) }, ROOT);
  const stale: string[] = [];
  for (const [path, text] of Object.entries(pages)) {
    const file = join(ROOT, path);
    let now: string | null = null;
    try {
      now = readFileSync(file, 'utf8');
    } catch {
      now = null;
    }
    if (now === text) continue;
    stale.push(path);
    if (!check) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  if (check && stale.length) {
    console.error(`[docs] out of date with the code: ${stale.join(', ')}. Run npm run docs and commit the pages.`);
    process.exit(1);
  }
  process.stdout.write(
    check ? '[docs] the reference pages are up to date\n' : `[docs] wrote ${stale.length || 'no'} changed page(s)\n`,
  );
}

main(process.argv.includes('--check')).catch((err: unknown) => {
  console.error('[docs] could not write the reference pages:', err instanceof Error ? err.message : err);
  process.exit(1);
});

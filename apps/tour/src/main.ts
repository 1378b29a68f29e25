import 'reflect-metadata';
import { join } from 'node:path';
import { mintTokens } from '../../api/src/auth/tokens';
import { loadConfig } from '../../../libs/config/config';
import { createDataSource } from '../../../libs/persistence/data-source';
import { TourClient } from './client';
import { MarkdownOutput, type Output, TextOutput } from './output';
import { SUPPLIER_USERS, TOUR_USERS, TourFailure, Walk } from './walk';

const ROOT = join(__dirname, '..', '..', '..', '..');
const USAGE = 'usage: npm run tour [-- --markdown]   (API_URL: the API, default http://127.0.0.1:3000)';

/**
 * `npm run tour`: the whole process over the API of the system `npm start` brought up, step by step,
 * as the demo users; `-- --markdown` prints the same walk as a documentation page.
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.some((a) => a !== '--markdown')) {
    console.error(USAGE);
    return 2;
  }
  const markdown = args.includes('--markdown');
  const apiUrl = (process.env.API_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
  const started = Date.now();

  try {
    const res = await fetch(`${apiUrl}/health`, { signal: AbortSignal.timeout(5_000) });
    await res.text();
  } catch {
    console.error(`[luvn] the API does not answer at ${apiUrl}: run \`npm start\` first (or set API_URL)`);
    return 1;
  }

  // Tokens as `npm run token` mints them: the same configuration (JWT_SECRET, DATABASE_URL) as the API's.
  const config = loadConfig();
  const ds = createDataSource(config.DATABASE_URL, 1);
  let tokens: Map<string, string>;
  try {
    await ds.initialize();
    tokens = await mintTokens(ds, config, [...Object.values(TOUR_USERS), ...SUPPLIER_USERS.map((u) => u.username)]);
  } catch (err) {
    console.error(
      `[luvn] could not mint the demo users' tokens from the database at DATABASE_URL: ${(err as Error).message}; ` +
        'run `npm start` first (it loads the demo users)',
    );
    return 1;
  } finally {
    if (ds.isInitialized) await ds.destroy();
  }

  const api = new TourClient(apiUrl, tokens, ROOT);
  const write = (s: string) => process.stdout.write(s);
  const out: Output = markdown ? new MarkdownOutput(write) : new TextOutput(write);
  const preamble = [`API=${apiUrl}`];
  for (const [name, username] of Object.entries(TOUR_USERS)) {
    api.signIn(name, username);
    preamble.push(`${name}=$(npm run -s token -- ${username})`);
  }
  if (markdown) preamble.push('RUN=$(date +%s)   # makes each run’s Idempotency-Keys new');
  out.preamble(preamble);

  const walk = new Walk(api, out, markdown);
  try {
    await walk.run();
  } catch (err) {
    if (!(err instanceof TourFailure)) throw err;
    console.error(`\n[luvn] the tour stopped: ${err.message}`);
    return 1;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  out.done(
    markdown
      ? `The tour checked: ${walk.facts.join('; ')}.`
      : `The tour passed in ${seconds} s:\n${walk.facts.map((f) => `  ✓ ${f}`).join('\n')}`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`[luvn] ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);

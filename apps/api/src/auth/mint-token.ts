import 'reflect-metadata';
import { loadConfig } from '../../../../libs/config/config';
import { createDataSource } from '../../../../libs/persistence/data-source';
import { mintTokens } from './tokens';

/** `npm run token -- aino` prints a bearer token for the demo user aino; `--all` prints one per user. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (!args.length) {
    console.error('usage: npm run token -- <username> [...] | --all');
    process.exit(2);
  }
  const config = loadConfig();
  const ds = createDataSource(config.DATABASE_URL, 1);
  await ds.initialize();
  try {
    const tokens = await mintTokens(ds, config, args.includes('--all') ? 'all' : args);
    for (const [username, token] of tokens)
      process.stdout.write(args.length === 1 && !args.includes('--all') ? `${token}\n` : `${username}\t${token}\n`);
  } finally {
    await ds.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(`[luvn] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

import { loadConfig } from '../config/config';
import { createDataSource, MIGRATION_DEADLINES } from './data-source';
import { prepareDatabase } from './database';

/**
 * `node dist/libs/persistence/cli.js migrate`: the database, its migrations and the county's data, as
 * production needs them. The demo region is loaded by its own development tool (dev/demo-cli.ts).
 */
async function main(): Promise<void> {
  if (process.argv[2] !== 'migrate') {
    console.error('usage: cli.js migrate   (the demo region: node dist/libs/persistence/dev/demo-cli.js)');
    process.exit(2);
  }
  const config = loadConfig();
  const ds = createDataSource(config.DATABASE_URL, 2, MIGRATION_DEADLINES);
  try {
    const { created, migrations } = await prepareDatabase(ds, config.DATABASE_URL);
    const where = new URL(config.DATABASE_URL);
    process.stderr.write(
      `[luvn] database ${where.pathname.slice(1)} on ${where.host}: ${created ? 'created, ' : ''}` +
        `${migrations.length ? `migrated (${migrations.join(', ')})` : 'schema up to date'}, county data loaded\n`,
    );
  } finally {
    if (ds.isInitialized) await ds.destroy();
  }
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  console.error(`[luvn] preparing the database failed: ${message}`);
  process.exit(1);
});

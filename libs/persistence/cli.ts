import { loadConfig } from '../config/config';
import { createDataSource } from './data-source';
import { prepareDatabase } from './database';

/**
 * `node dist/libs/persistence/cli.js migrate`: the database, its migrations and the county's data, as
 * production needs them. `prepare` adds the demo region (invented people, clients and suppliers), as
 * `npm start` and the tests use it.
 */
async function main(): Promise<void> {
  const command = process.argv[2];
  if (command !== 'prepare' && command !== 'migrate') {
    console.error(
      'usage: cli.js migrate | prepare   (migrate: production, no demo data; prepare: with the demo region)',
    );
    process.exit(2);
  }
  const config = loadConfig();
  const ds = createDataSource(config.DATABASE_URL, 2);
  try {
    const demo = command === 'prepare';
    const { created, migrations } = await prepareDatabase(ds, config.DATABASE_URL, { demo });
    const where = new URL(config.DATABASE_URL);
    process.stderr.write(
      `[luvn] database ${where.pathname.slice(1)} on ${where.host}: ${created ? 'created, ' : ''}` +
        `${migrations.length ? `migrated (${migrations.join(', ')})` : 'schema up to date'}, county data loaded` +
        `${demo ? ', demo region loaded' : ''}\n`,
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

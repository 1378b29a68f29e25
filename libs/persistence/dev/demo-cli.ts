import { loadConfig } from '../../config/config';
import { createDataSource, MIGRATION_DEADLINES } from '../data-source';
import { prepareDemoDatabase } from './demo-data';

/**
 * `npm run db:demo` (`node dist/libs/persistence/dev/demo-cli.js`), which `npm start` runs: the database
 * as `cli.js migrate` prepares it, and the demo region's invented people beside the county's data.
 * Development tooling: never run against a county's database.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.NODE_ENV === 'production') {
    throw new Error('the demo region is not loaded in production (NODE_ENV=production): use cli.js migrate');
  }
  const ds = createDataSource(config.DATABASE_URL, 2, MIGRATION_DEADLINES);
  try {
    const { created, migrations } = await prepareDemoDatabase(ds, config.DATABASE_URL);
    const where = new URL(config.DATABASE_URL);
    process.stderr.write(
      `[luvn] database ${where.pathname.slice(1)} on ${where.host}: ${created ? 'created, ' : ''}` +
        `${migrations.length ? `migrated (${migrations.join(', ')})` : 'schema up to date'}, ` +
        'county data and demo region loaded\n',
    );
  } finally {
    if (ds.isInitialized) await ds.destroy();
  }
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  console.error(`[luvn] preparing the demo database failed: ${message}`);
  process.exit(1);
});

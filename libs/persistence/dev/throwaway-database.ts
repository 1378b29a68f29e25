import { Client } from 'pg';

/*
 * Development tooling, never loaded by production code: the tests and the benchmark make their own
 * database for each run and throw it away.
 */

/** Only a throwaway database of the tests or the benchmark may be dropped: its name says so. */
export const DROPPABLE = /_(test|bench)$/;

/**
 * Drops a database made for a test or benchmark run. Any other name (the development database, a
 * production one) is refused with the reason, before anything is connected to.
 */
export async function dropDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!DROPPABLE.test(name)) {
    throw new Error(
      `refusing to drop database "${name}": only a test or benchmark database (a name ending in _test or _bench) ` +
        'is dropped and made anew; point TEST_DATABASE_URL or the benchmark at one',
    );
  }
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}

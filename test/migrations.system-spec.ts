import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource, MIGRATIONS } from '../libs/persistence/data-source';
import { ensureDatabase } from '../libs/persistence/database';
import { dropDatabase } from '../libs/persistence/dev/throwaway-database';
import { ROOT, systemEnv } from './support/env';

/**
 * A database made by any earlier version of main upgrades to exactly the schema a new database gets.
 * Each snapshot in test/schema-history is the schema the migrations of one earlier commit made
 * (scripts/schema-snapshot.sh); it is loaded, migrated with today's migrations, and compared with a
 * fresh database, table by table, column by column, constraint and index by index.
 */
const HISTORY = join(ROOT, 'test', 'schema-history');
const SNAPSHOTS = readdirSync(HISTORY)
  .filter((f) => f.endsWith('.sql'))
  .sort();

function urlOf(name: string): string {
  const url = new URL(systemEnv().databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, use: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

async function migrate(url: string): Promise<void> {
  const ds = createDataSource(url, 1);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}

/** The schema as sorted rows, so that the order columns were added in does not matter. */
async function schemaOf(url: string) {
  return withClient(url, async (c) => {
    const rows = async (sql: string) =>
      (await c.query(sql)).rows.map((r: Record<string, unknown>) => Object.values(r).join(' | '));
    return {
      columns: await rows(`
        select table_name, column_name, data_type, udt_name, is_nullable, coalesce(column_default, '')
        from information_schema.columns where table_schema = 'public' order by 1, 2`),
      constraints: await rows(`
        select conrelid::regclass::text, conname, pg_get_constraintdef(oid)
        from pg_constraint where connamespace = 'public'::regnamespace order by 1, 2`),
      indexes: await rows(
        `select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by 1, 2`,
      ),
      triggers: await rows(`
        select tgrelid::regclass::text, tgname, pg_get_triggerdef(oid)
        from pg_trigger where not tgisinternal order by 1, 2`),
      functions: await rows(`
        select p.proname, md5(pg_get_functiondef(p.oid))
        from pg_proc p where p.pronamespace = 'public'::regnamespace order by 1, 2`),
      migrations: await rows('select name from migrations order by timestamp'),
    };
  });
}

let fresh: Awaited<ReturnType<typeof schemaOf>>;

/** The migration that gives the first catalogue's criteria their codes (in databases that ran the edited ones). */
const REPAIRING = 'FinnishDays1764300000000';
const CRITERION = { fi: 'Tarve', sv: 'Behov', en: 'Need' };

beforeAll(async () => {
  const url = urlOf('luvn_fresh_test');
  await dropDatabase(url);
  await ensureDatabase(url);
  await migrate(url);
  fresh = await schemaOf(url);
  await dropDatabase(url);
});

describe('upgrading a database made by an earlier version', () => {
  it('has snapshots of the earlier versions to upgrade from', () => {
    expect(SNAPSHOTS.length).toBeGreaterThanOrEqual(4);
    expect(fresh.migrations).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it.each(SNAPSHOTS)('upgrades %s to the schema of a fresh database', async (snapshot) => {
    const url = urlOf(`luvn_upgrade_${snapshot.slice(0, 2)}_test`);
    await dropDatabase(url);
    await ensureDatabase(url);
    try {
      const before = await withClient(url, async (c) => {
        await c.query(readFileSync(join(HISTORY, snapshot), 'utf8'));
        // The dump empties the search path for its own session.
        await c.query('reset search_path');
        const ran: string[] = (await c.query('select name from migrations')).rows.map((r) => r.name);
        // A catalogue as the first version stored it (criteria as bare texts, without codes), in a
        // database from before the migration that repairs it.
        if (!ran.includes(REPAIRING)) {
          await c.query(`insert into catalogue_version (version, services) values (1, $1)`, [
            JSON.stringify([{ code: 'home_help', rightWhen: [CRITERION], notRightWhen: [] }]),
          ]);
        }
        return ran;
      });
      expect(before.length).toBeLessThan(MIGRATIONS.length);
      await migrate(url);
      expect(await schemaOf(url)).toEqual(fresh);
      if (!before.includes(REPAIRING)) {
        const [catalogue] = await withClient(
          url,
          async (c) => (await c.query('select services from catalogue_version where version = 1')).rows,
        );
        expect(catalogue.services[0].rightWhen[0]).toEqual({
          code: expect.stringMatching(/^right_when_/),
          text: CRITERION,
        });
      }
    } finally {
      await dropDatabase(url);
    }
  });
});

describe('the production migration', () => {
  it('loads the county’s data and none of the demo region’s invented people', async () => {
    const url = urlOf('luvn_production_test');
    await dropDatabase(url);
    try {
      execFileSync(process.execPath, ['dist/libs/persistence/cli.js', 'migrate'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: url },
        stdio: 'pipe',
      });
      const counts = await withClient(url, async (c) =>
        Object.fromEntries(
          await Promise.all(
            ['municipality', 'catalogue_version', 'feedback_rule_set', 'app_user', 'client', 'supplier', 'team']
              .concat(['supplier_contract', 'cost_centre'])
              .map(async (t) => [t, (await c.query(`select count(*)::int as n from ${t}`)).rows[0].n as number]),
          ),
        ),
      );
      expect(counts).toEqual({
        municipality: 10,
        catalogue_version: 1,
        feedback_rule_set: 1,
        app_user: 0,
        client: 0,
        supplier: 0,
        team: 0,
        supplier_contract: 0,
        cost_centre: 0,
      });
    } finally {
      await dropDatabase(url);
    }
  });
});

describe('landed migrations', () => {
  /** Every migration on main, by file and content: a landed migration is never edited. */
  const landed: Record<string, string> = JSON.parse(
    readFileSync(join(ROOT, 'libs', 'persistence', 'migrations', 'landed.json'), 'utf8'),
  );

  it('are as they landed', () => {
    const dir = join(ROOT, 'libs', 'persistence', 'migrations');
    for (const [file, sha256] of Object.entries(landed)) {
      const now = createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex');
      expect({ file, sha256: now }).toEqual({ file, sha256 });
    }
  });
});

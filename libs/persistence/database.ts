import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { DEFAULT_FEEDBACK_RULES } from '../domain/feedback';
import { CATALOGUE_V1 } from './reference-data/catalogue';
import { COUNTIES, MUNICIPALITIES, OWN_COUNTY } from './reference-data/county';

/** Creates the database named in the URL when it does not exist, connecting to 'postgres' to do it. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`database name must be letters, digits and _: ${name}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount) return false;
    await client.query(`create database "${name}"`);
    return true;
  } finally {
    await client.end();
  }
}

/**
 * What every deployment needs, production included: the municipalities, the first catalogue and the
 * default feedback rules. Running it again changes nothing users have changed since.
 */
export async function loadCountyData(ds: DataSource): Promise<void> {
  await ds.transaction(async (m) => {
    for (const x of MUNICIPALITIES) {
      await m.query(
        `insert into municipality (code, name_fi, name_sv) values ($1, $2, $3)
         on conflict (code) do update set name_fi = excluded.name_fi, name_sv = excluded.name_sv`,
        [x.code, x.nameFi, x.nameSv],
      );
    }
    // The counties' names are reference data; where each one's notices go is the county's setting, kept.
    for (const x of COUNTIES) {
      await m.query(
        `insert into county (code, name_fi, name_sv, name_en, own) values ($1, $2, $3, $4, $5)
         on conflict (code) do update set name_fi = excluded.name_fi, name_sv = excluded.name_sv,
           name_en = excluded.name_en, own = excluded.own`,
        [x.code, x.nameFi, x.nameSv, x.nameEn, x.code === OWN_COUNTY],
      );
    }
    // Rules of what is bad feedback, like the catalogue: users change them; only none at all gets the defaults.
    await m.query(
      `insert into feedback_rule_set (version, rules, note) select 1, $1::jsonb, 'default rules'
       where not exists (select 1 from feedback_rule_set)`,
      [JSON.stringify(DEFAULT_FEEDBACK_RULES)],
    );
    // The catalogue is data that authorised users change; only an empty catalogue gets the first version.
    await m.query(
      `insert into catalogue_version (version, services) select 1, $1::jsonb
       where not exists (select 1 from catalogue_version)`,
      [JSON.stringify(CATALOGUE_V1)],
    );
  });
}

/**
 * Creates the database if needed, brings the schema up to date and loads the county's data: what every
 * deployment needs. The demo region is development tooling (dev/demo-data.ts), loaded only by choice.
 */
export async function prepareDatabase(
  ds: DataSource,
  url: string,
): Promise<{ created: boolean; migrations: string[] }> {
  const created = await ensureDatabase(url);
  if (!ds.isInitialized) await ds.initialize();
  const ran = await ds.runMigrations({ transaction: 'each' });
  await loadCountyData(ds);
  return { created, migrations: ran.map((m) => m.name) };
}

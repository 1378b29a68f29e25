import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { DEFAULT_FEEDBACK_RULES } from '../domain/feedback';
import { CATALOGUE_V1 } from './reference-data/catalogue';
import { MUNICIPALITIES } from './reference-data/county';
import {
  CLIENTS,
  CONTRACTS,
  COST_CENTRES,
  emailOf,
  SUPPLIERS,
  TEAM_LEADS,
  TEAMS,
  USERS,
} from './reference-data/demo-region';

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
 * The demo region: invented teams, workers, clients, suppliers, cost centres and contracts. Loaded by
 * `npm start` and the tests, never by the production migration.
 */
export async function loadDemoRegion(ds: DataSource): Promise<void> {
  await ds.transaction(async (m) => {
    for (const x of TEAMS) {
      await m.query(
        `insert into team (id, kind, legal_basis, name_fi, name_sv, name_en) values ($1, $2, $3, $4, $5, $6)
         on conflict (id) do update set kind = excluded.kind, legal_basis = excluded.legal_basis,
           name_fi = excluded.name_fi, name_sv = excluded.name_sv, name_en = excluded.name_en`,
        [x.id, x.kind, x.legalBasis, x.nameFi, x.nameSv, x.nameEn],
      );
    }
    for (const x of SUPPLIERS) {
      await m.query(
        `insert into supplier (id, business_id, name, own_production) values ($1, $2, $3, $4)
         on conflict (id) do update set business_id = excluded.business_id, name = excluded.name`,
        [x.id, x.businessId, x.name, x.ownProduction],
      );
    }
    for (const x of USERS) {
      await m.query(
        `insert into app_user (id, username, full_name, role, profession, team_id, supplier_id, email)
         values ($1, $2, $3, $4, $5, $6, $7, $8)
         on conflict (id) do update set username = excluded.username, full_name = excluded.full_name,
           role = excluded.role, profession = excluded.profession, team_id = excluded.team_id,
           supplier_id = excluded.supplier_id, email = coalesce(app_user.email, excluded.email)`,
        [x.id, x.username, x.fullName, x.role, x.profession, x.teamId, x.supplierId, emailOf(x.username)],
      );
    }
    for (const x of TEAM_LEADS) {
      await m.query('insert into team_lead (user_id, team_id) values ($1, $2) on conflict do nothing', [
        x.userId,
        x.teamId,
      ]);
    }
    // A client's own worker is the register's to change (handovers); the contact is filled in where missing.
    for (const x of CLIENTS) {
      await m.query(
        `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id,
                             address, contact_name, contact_phone)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         on conflict (id) do update set address = coalesce(client.address, excluded.address),
           contact_name = coalesce(client.contact_name, excluded.contact_name),
           contact_phone = coalesce(client.contact_phone, excluded.contact_phone)`,
        [
          x.id,
          x.fullName,
          x.dateOfBirth,
          x.municipalityCode,
          x.language,
          x.legalBasis,
          x.ownWorkerId,
          x.address,
          x.contactName,
          x.contactPhone,
        ],
      );
    }
    for (const x of COST_CENTRES) {
      await m.query(
        `insert into cost_centre (code, name_fi, name_sv) values ($1, $2, $3)
         on conflict (code) do update set name_fi = excluded.name_fi, name_sv = excluded.name_sv`,
        [x.code, x.nameFi, x.nameSv],
      );
    }
    for (const x of CONTRACTS) {
      await m.query(
        `insert into supplier_contract (id, supplier_id, service_code, unit, unit_price_cents, valid_from, valid_to,
                                        cancellation_terms, order_email)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         on conflict (id) do update set order_email = coalesce(supplier_contract.order_email, excluded.order_email)`,
        [
          x.id,
          x.supplierId,
          x.serviceCode,
          x.unit,
          x.unitPriceCents,
          x.validFrom,
          x.validTo,
          JSON.stringify(x.cancellationTerms),
          SUPPLIERS.find((sp) => sp.id === x.supplierId)?.orderEmail ?? null,
        ],
      );
    }
  });
}

/**
 * Creates the database if needed, brings the schema up to date and loads the county's data, and the
 * demo region unless `demo` is false (production).
 */
export async function prepareDatabase(
  ds: DataSource,
  url: string,
  { demo } = { demo: true },
): Promise<{ created: boolean; migrations: string[] }> {
  const created = await ensureDatabase(url);
  if (!ds.isInitialized) await ds.initialize();
  const ran = await ds.runMigrations({ transaction: 'each' });
  await loadCountyData(ds);
  if (demo) await loadDemoRegion(ds);
  return { created, migrations: ran.map((m) => m.name) };
}

import type { DataSource } from 'typeorm';
import { prepareDatabase } from '../database';
import { identityHash } from '../identity-codes';
import { aftercareEndsOn } from '../../domain/aftercare';
import {
  AFTERCARE,
  CLIENTS,
  CONTRACTS,
  COST_CENTRES,
  emailOf,
  EXAMPLE_SETTINGS,
  EXAMPLE_TEXT_SETTINGS,
  PERSONS,
  SUPPLIERS,
  TEAM_LEADS,
  TEAM_PHONES,
  TEAMS,
  UNIT_CAPACITY,
  USERS,
} from './demo-region';

/**
 * Development tooling, never loaded by production code: the database as `npm start`, the tests and the
 * benchmark use it, with the invented people of the demo region beside the county's data.
 */
export async function prepareDemoDatabase(
  ds: DataSource,
  url: string,
): Promise<{ created: boolean; migrations: string[] }> {
  const prepared = await prepareDatabase(ds, url);
  await loadDemoRegion(ds);
  return prepared;
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
        `insert into supplier (id, business_id, name, own_production, order_email) values ($1, $2, $3, $4, $5)
         on conflict (id) do update set business_id = excluded.business_id, name = excluded.name,
           order_email = coalesce(supplier.order_email, excluded.order_email)`,
        [x.id, x.businessId, x.name, x.ownProduction, x.orderEmail],
      );
    }
    for (const x of USERS) {
      await m.query(
        `insert into app_user (id, username, full_name, role, profession, team_id, supplier_id, email, unit_lead)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         on conflict (id) do update set username = excluded.username, full_name = excluded.full_name,
           role = excluded.role, profession = excluded.profession, team_id = excluded.team_id,
           supplier_id = excluded.supplier_id, email = coalesce(app_user.email, excluded.email),
           unit_lead = excluded.unit_lead`,
        [
          x.id,
          x.username,
          x.fullName,
          x.role,
          x.profession,
          x.teamId,
          x.supplierId,
          emailOf(x.username),
          x.unitLead ?? false,
        ],
      );
    }
    for (const x of UNIT_CAPACITY) {
      await m.query(
        `insert into unit_capacity (supplier_id, service_code, hours_per_month) values ($1, $2, $3)
         on conflict (supplier_id, service_code) do nothing`,
        [x.supplierId, x.serviceCode, x.hoursPerMonth],
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
                             address, contact_name, contact_phone, special_support_needs)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         on conflict (id) do update set address = coalesce(client.address, excluded.address),
           contact_name = coalesce(client.contact_name, excluded.contact_name),
           contact_phone = coalesce(client.contact_phone, excluded.contact_phone),
           special_support_needs = client.special_support_needs or excluded.special_support_needs`,
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
          x.specialSupportNeeds ?? false,
        ],
      );
    }
    for (const x of AFTERCARE) {
      const born = CLIENTS.find((c) => c.id === x.clientId)!.dateOfBirth;
      await m.query(
        `insert into aftercare (client_id, basis, started_on, ends_on, placing_county, residence_county, plan_agreed_on,
           responsible_name, responsible_team, responsible_phone, recorded_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict (client_id) do nothing`,
        [
          x.clientId,
          x.basis,
          x.startedOn,
          aftercareEndsOn(born),
          x.placingCounty,
          x.residenceCounty,
          x.planAgreedOn,
          x.responsible.name,
          x.responsible.team,
          x.responsible.phone,
          x.recordedBy,
        ],
      );
    }
    // The family's view: the guardians and a young person, by the hash of their (invented) identity codes,
    // with the key the API is configured with (the development key unless FAMILY_IDENTITY_SECRET is set).
    for (const x of PERSONS) {
      await m.query(
        `insert into person (id, identity_hash, name, client_id) values ($1, $2, $3, $4)
         on conflict (id) do update set identity_hash = excluded.identity_hash, name = excluded.name,
           client_id = excluded.client_id`,
        [x.id, identityHash(x.identityCode, process.env.FAMILY_IDENTITY_SECRET || undefined), x.name, x.self ?? null],
      );
      for (const clientId of x.guardianOf) {
        await m.query('insert into guardianship (person_id, client_id) values ($1, $2) on conflict do nothing', [
          x.id,
          clientId,
        ]);
      }
    }
    for (const [teamId, phone] of Object.entries(TEAM_PHONES)) {
      await m.query('update team set phone = coalesce(phone, $2) where id = $1', [teamId, phone]);
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
                                        cancellation_terms, order_email, order_answer_working_days)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         on conflict (id) do update set order_email = coalesce(supplier_contract.order_email, excluded.order_email),
           order_answer_working_days = coalesce(supplier_contract.order_answer_working_days,
                                                excluded.order_answer_working_days)`,
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
          x.orderAnswerWorkingDays,
        ],
      );
    }
    // Once: a setting the county has changed since is its history, not to be added to again.
    const [state]: { loaded: boolean }[] = await m.query(
      'select exists (select 1 from county_setting where example) as loaded',
    );
    if (!state?.loaded) {
      for (const x of EXAMPLE_SETTINGS) {
        await m.query(
          `insert into county_setting (key, scope, value, valid_from, source, example) values ($1, $2, $3, $4, $5, true)`,
          [x.key, x.scope, x.value, x.validFrom, x.source],
        );
      }
    }
    // The text settings came later: loaded once for a region that had the figures' examples already.
    for (const x of EXAMPLE_TEXT_SETTINGS) {
      await m.query(
        `insert into county_setting (key, scope, text_value, valid_from, source, example)
         select $1, $2, $3, $4, $5, true
         where not exists (select 1 from county_setting where key = $1 and scope = $2)`,
        [x.key, x.scope, x.text, x.validFrom, x.source],
      );
    }
  });
}

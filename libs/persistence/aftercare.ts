import type { DataSource, EntityManager } from 'typeorm';

/**
 * A young person's aftercare as the database holds it, and whom they contact in each county: one home for the
 * API's answers, the client plan and the notices to the other county.
 */

type Db = DataSource | EntityManager;

export interface AftercareRow {
  clientId: string;
  basis: 'placement' | 'open_care_support';
  startedOn: string;
  endsOn: string;
  placingCounty: string;
  residenceCounty: string;
  ownCounty: string;
  planAgreedOn: string | null;
  responsibleName: string | null;
  responsibleTeam: string | null;
  responsiblePhone: string | null;
  responsibleEmail: string | null;
  otherName: string | null;
  otherTeam: string | null;
  otherPhone: string | null;
  otherEmail: string | null;
}

/** A worker whom the young person contacts: work contacts only, never a private one. */
export interface Contact {
  name: string;
  team: string;
  phone: string | null;
  email: string | null;
  county: string;
}

export async function aftercareOf(db: Db, clientId: string): Promise<AftercareRow | null> {
  const [row]: AftercareRow[] = await db.query(
    `select a.client_id as "clientId", a.basis, to_char(a.started_on, 'YYYY-MM-DD') as "startedOn",
            to_char(a.ends_on, 'YYYY-MM-DD') as "endsOn", a.placing_county as "placingCounty",
            a.residence_county as "residenceCounty", (select code from county where own) as "ownCounty",
            to_char(a.plan_agreed_on, 'YYYY-MM-DD') as "planAgreedOn",
            a.responsible_name as "responsibleName", a.responsible_team as "responsibleTeam",
            a.responsible_phone as "responsiblePhone", a.responsible_email as "responsibleEmail",
            a.other_contact_name as "otherName", a.other_contact_team as "otherTeam",
            a.other_contact_phone as "otherPhone", a.other_contact_email as "otherEmail"
     from aftercare a where a.client_id = $1`,
    [clientId],
  );
  return row ?? null;
}

export const placedHere = (row: AftercareRow) => row.placingCounty === row.ownCounty;
export const livesHere = (row: AftercareRow) => row.residenceCounty === row.ownCounty;

/**
 * Whom the young person contacts (seed 003: they know whom to contact): the placing county's responsible worker
 * (placed from here, their own worker here, reached through the team's phone); this county's own worker, who
 * answers for the services arranged here; and, placed from here and living elsewhere, that county's contact.
 * `language` names the team in the reader's language.
 */
export async function aftercareContacts(db: Db, row: AftercareRow, language: 'fi' | 'sv' | 'en' = 'fi') {
  const [own]: Omit<Contact, 'county'>[] = await db.query(
    `select u.full_name as name, coalesce(case $2 when 'sv' then t.name_sv when 'en' then t.name_en else t.name_fi end,
              '') as team, t.phone, u.email
     from client c join app_user u on u.id = c.own_worker_id left join team t on t.id = u.team_id
     where c.id = $1`,
    [row.clientId, language],
  );
  const ownWorker: Contact = { ...own!, county: row.ownCounty };
  const told = (
    name: string | null,
    team: string | null,
    phone: string | null,
    email: string | null,
    county: string,
  ) => (name === null ? null : { name, team: team ?? '', phone, email, county });
  return {
    responsibleWorker: placedHere(row)
      ? ownWorker
      : told(row.responsibleName, row.responsibleTeam, row.responsiblePhone, row.responsibleEmail, row.placingCounty)!,
    ownWorker,
    otherCountyContact: placedHere(row)
      ? told(row.otherName, row.otherTeam, row.otherPhone, row.otherEmail, row.residenceCounty)
      : null,
  };
}

export interface ServiceHere {
  arrangementId: string;
  serviceCode: string;
  service: Record<'fi' | 'sv' | 'en', string> | null;
  status: string;
  aftercare: boolean;
  payingCounty: string | null;
  periodStart: string | null;
  periodEnd: string | null;
}

/** The services arranged here for the young person, withdrawn proposals aside, with the card's names. */
export function servicesHere(db: Db, clientId: string): Promise<ServiceHere[]> {
  return db.query(
    `select a.id as "arrangementId", a.service_code as "serviceCode",
            (select s->'name' from catalogue_version v, jsonb_array_elements(v.services) s
             where v.version = a.catalogue_version and s->>'code' = a.service_code) as service,
            a.status, a.aftercare, a.paying_county as "payingCounty",
            to_char(a.period_start, 'YYYY-MM-DD') as "periodStart", to_char(a.period_end, 'YYYY-MM-DD') as "periodEnd"
     from arrangement a where a.client_id = $1 and a.status <> 'withdrawn' order by a.created_at, a.id`,
    [clientId],
  );
}

export interface ServiceElsewhere {
  id: string;
  countyCode: string;
  service: string;
  arrangedFrom: string;
  arrangedTo: string | null;
  costs: { month: string; amountCents: number }[];
}

/** The services the county the young person lives in arranges, with their costs as it told them. */
export function servicesElsewhere(db: Db, clientId: string): Promise<ServiceElsewhere[]> {
  return db.query(
    `select s.id, s.county_code as "countyCode", s.service, to_char(s.arranged_from, 'YYYY-MM-DD') as "arrangedFrom",
            to_char(s.arranged_to, 'YYYY-MM-DD') as "arrangedTo",
            coalesce((select jsonb_agg(jsonb_build_object('month', to_char(c.month, 'YYYY-MM'),
                        'amountCents', c.amount_cents) order by c.month)
                      from aftercare_cost_told c where c.service_id = s.id), '[]') as costs
     from aftercare_service_elsewhere s where s.client_id = $1 order by s.arranged_from, s.id`,
    [clientId],
  );
}

/** The counties' names in one language, by code. */
export async function countyNames(db: Db, language: 'fi' | 'sv' | 'en'): Promise<Map<string, string>> {
  const rows: { code: string; name: string }[] = await db.query(
    `select code, case $1 when 'sv' then name_sv when 'en' then name_en else name_fi end as name from county`,
    [language],
  );
  return new Map(rows.map((r) => [r.code, r.name]));
}

/**
 * Each month's use of aftercare's services another county pays for, told to that county once the month has
 * ended (seed 003): one message per service and month, with the hours charged and their cost. The months of the
 * last quarter are looked at, so that a worker away for weeks still tells them; a month told stays told (a
 * correction made later is in the figures, not in a second message).
 */
export async function queueMonthlyUse(db: Db, today: string): Promise<number> {
  const rows: unknown = await db.query(
    `insert into outbox (message_key, topic, payload)
     select 'county_use:' || a.id || ':' || to_char(u.month, 'YYYY-MM'), 'county.aftercare_monthly_use',
            jsonb_build_object('arrangementId', a.id, 'countyCode', a.paying_county, 'clientId', a.client_id,
              'serviceCode', a.service_code, 'month', to_char(u.month, 'YYYY-MM'),
              'chargedHours', u.hours, 'costCents', u.cents)
     from arrangement a
       join lateral (select v.month, sum(v.charged_hours)::float8 as hours, sum(v.cost_cents)::bigint as cents
                     from visit_charge_month v where v.arrangement_id = a.id
                       and v.month < date_trunc('month', $1::date)
                       and v.month >= date_trunc('month', $1::date) - interval '3 months'
                     group by v.month) u on true
     where a.paying_county is not null
     on conflict (message_key) do nothing
     returning id`,
    [today],
  );
  return Array.isArray(rows) ? rows.length : 0;
}

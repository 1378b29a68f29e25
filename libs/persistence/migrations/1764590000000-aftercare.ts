import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Child welfare's aftercare across counties (issue 28, seed 003): the wellbeing services counties a young person's
 * aftercare concerns, each with the address its notices go to; a young person's aftercare (who placed them, where
 * they live, until when, and the placing county's responsible worker when that is another county's); the
 * services the county they live in arranges for a young person placed from here, with their costs as told; and,
 * on an arrangement, the county that pays for it when that is not this one, and whether it is aftercare's (no
 * caps). The catalogue's cards offered to young people in aftercare are marked in a new catalogue version, and
 * supported housing's support added, as the card-rules migration did: a catalogue made later from the reference
 * data has them already.
 */
export class Aftercare1764590000000 implements MigrationInterface {
  name = 'Aftercare1764590000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table county (
        code text primary key,
        name_fi text not null,
        name_sv text not null,
        name_en text not null,
        own boolean not null default false,
        notice_url text
      );
      create unique index county_own on county (own) where own;

      create table aftercare (
        client_id uuid primary key references client (id),
        basis text not null check (basis in ('placement', 'open_care_support')),
        started_on date not null,
        ends_on date not null,
        placing_county text not null references county (code),
        residence_county text not null references county (code),
        plan_agreed_on date,
        responsible_name text,
        responsible_team text,
        responsible_phone text,
        responsible_email text,
        other_contact_name text,
        other_contact_team text,
        other_contact_phone text,
        other_contact_email text,
        recorded_by uuid not null references app_user (id),
        recorded_at timestamptz not null default now(),
        check (started_on <= ends_on)
      );
      create index aftercare_placing on aftercare (placing_county);
      create index aftercare_residence on aftercare (residence_county);

      create table aftercare_service_elsewhere (
        id uuid primary key,
        client_id uuid not null references aftercare (client_id),
        county_code text not null references county (code),
        service text not null,
        arranged_from date not null,
        arranged_to date,
        recorded_by uuid not null references app_user (id),
        recorded_at timestamptz not null default now(),
        check (arranged_to is null or arranged_from <= arranged_to)
      );
      create index aftercare_service_elsewhere_client on aftercare_service_elsewhere (client_id);

      create table aftercare_cost_told (
        service_id uuid not null references aftercare_service_elsewhere (id),
        month date not null check (extract(day from month) = 1),
        amount_cents bigint not null check (amount_cents >= 0),
        recorded_by uuid not null references app_user (id),
        recorded_at timestamptz not null default now(),
        primary key (service_id, month)
      );

      alter table arrangement
        add column paying_county text references county (code),
        add column aftercare boolean not null default false;
      create index arrangement_paying_county on arrangement (paying_county) where paying_county is not null;

      alter table access_log drop constraint access_log_record_check;
      alter table access_log add constraint access_log_record_check
        check (record in ('client', 'arrangement', 'proposal', 'timeline', 'feedback', 'evaluation', 'visit',
                          'decision_letter', 'aftercare', 'client_plan'));

      alter table county_setting drop constraint county_setting_key_check;
      alter table county_setting add constraint county_setting_key_check check (key in (
        'purchase_baseline_cents', 'purchase_reduction_target', 'caseload_norm', 'nps_target',
        'rectification_authority_address', 'rectification_authority_email', 'family_survey_after_months',
        'aftercare_caseload_norm'));
    `);
    const [newest] = (await q.query(
      'select version, services from catalogue_version order by version desc limit 1',
    )) as { version: number; services: Service[] }[];
    if (!newest) return;
    const services = withAftercareCards(newest.services);
    const changed = services
      .filter((s) => JSON.stringify(s) !== JSON.stringify(newest.services.find((n) => n.code === s.code)))
      .map((s) => s.code);
    if (!changed.length) return;
    await q.query(`insert into catalogue_version (version, services, note, changed_codes) values ($1, $2, $3, $4)`, [
      newest.version + 1,
      JSON.stringify(services),
      'Aftercare (issue 28): the cards offered to young people in child welfare’s aftercare, without caps for them, and supported housing’s support',
      changed,
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      delete from county_setting where key = 'aftercare_caseload_norm';
      alter table county_setting drop constraint county_setting_key_check;
      alter table county_setting add constraint county_setting_key_check check (key in (
        'purchase_baseline_cents', 'purchase_reduction_target', 'caseload_norm', 'nps_target',
        'rectification_authority_address', 'rectification_authority_email', 'family_survey_after_months'));
      delete from access_log where record in ('aftercare', 'client_plan');
      alter table access_log drop constraint access_log_record_check;
      alter table access_log add constraint access_log_record_check
        check (record in ('client', 'arrangement', 'proposal', 'timeline', 'feedback', 'evaluation', 'visit',
                          'decision_letter'));
      drop index arrangement_paying_county;
      alter table arrangement drop column paying_county, drop column aftercare;
      drop table aftercare_cost_told;
      drop table aftercare_service_elsewhere;
      drop table aftercare;
      drop table county;
    `);
  }
}

type Service = { code: string } & Record<string, unknown>;
type Localized = { fi: string; sv: string; en: string };
const t = (fi: string, sv: string, en: string): Localized => ({ fi, sv, en });

/** The cards aftercare offers (seed 003: the same services as other young people where they live). */
const OFFERED = ['professional_support_person', 'volunteer_support_person', 'family_work'];

/** The newest catalogue's services with aftercare's marks and its own card; a card the county removed stays removed. */
export function withAftercareCards(services: Service[]): Service[] {
  const marked = services.map((s) => (OFFERED.includes(s.code) ? { ...s, aftercare: true } : s));
  if (marked.some((s) => s.code === HOUSING_SUPPORT.code)) return marked;
  return [...marked, HOUSING_SUPPORT];
}

/** Supported housing's support in aftercare, as the card stood on the day (reference-data/catalogue.ts has it too). */
const HOUSING_SUPPORT: Service = {
  code: 'aftercare_housing_support',
  name: t(
    'Tuetun asumisen tuki jälkihuollossa',
    'Stöd för stött boende i eftervården',
    "Supported housing's support in aftercare",
  ),
  description: t(
    'Jälkihuollossa olevan nuoren itsenäisen asumisen tuki: asunnon löytäminen, arjen taidot ja asumisen turvaaminen (LsL 76 §).',
    'Stöd för självständigt boende för en ung person i eftervård: att hitta en bostad, vardagsfärdigheter och att trygga boendet (BSL 76 §).',
    'Support for the independent housing of a young person in aftercare: finding a home, everyday skills and keeping the home (LsL 76 §).',
  ),
  legalBases: ['LsL'],
  group: 'home_delivered',
  waysOfArranging: ['own_production', 'purchase'],
  rightWhen: [
    {
      code: 'moving_to_own_home',
      text: t(
        'Nuori muuttaa sijaishuollosta omaan kotiin tai tarvitsee tukea asumisensa turvaamiseen',
        'Den unga flyttar från vård utom hemmet till ett eget hem eller behöver stöd för att trygga sitt boende',
        'The young person moves from substitute care to a home of their own, or needs support to keep it',
      ),
    },
  ],
  notRightWhen: [
    {
      code: 'housing_service_needed',
      text: t(
        'Tarve on ympärivuorokautinen asumispalvelu',
        'Behovet är boendeservice dygnet runt',
        'The need is round-the-clock housing services',
      ),
    },
  ],
  ageRange: { min: 18, max: 24 },
  hoursPerMonth: null,
  periods: { first: 'P6M', step: 'P6M', max: 'P12M', specialExtra: null },
  requiredSteps: ['needs_assessment', 'decision'],
  evaluationInterval: 'P3M',
  accessTarget: 'P1M',
  fee: { kind: 'free', note: t('Maksuton', 'Avgiftsfri', 'Free of charge') },
  source: t(
    'Jaksot ovat esimerkkiarvoja, eivät minkään hyvinvointialueen asiakirjasta; jälkihuollon nuorelle palvelu järjestetään tarpeen ja asiakassuunnitelman mukaan ilman enimmäismääriä.',
    'Perioderna är exempelvärden, inte ur något välfärdsområdes dokument; för en ung person i eftervård ordnas tjänsten enligt behovet och klientplanen utan maximibelopp.',
    "Periods are example values, from no county's document; for a young person in aftercare the service follows the need and the client plan, without maximums.",
  ),
  aftercare: true,
};

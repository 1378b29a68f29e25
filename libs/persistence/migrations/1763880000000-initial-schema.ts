import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reference data, the service catalogue, and the arrangement read model with its timeline. */
export class InitialSchema1763880000000 implements MigrationInterface {
  name = 'InitialSchema1763880000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table municipality (
        code text primary key,
        name_fi text not null,
        name_sv text not null
      );
      create table team (
        id text primary key,
        kind text not null check (kind in ('own_workers', 'arranging', 'management', 'procurement')),
        legal_basis text check (legal_basis in ('SHL', 'LsL')),
        name_fi text not null,
        name_sv text not null,
        name_en text not null
      );
      -- One arranging team per legal basis: proposals are routed by the client's legal basis.
      create unique index team_arranging_per_basis on team (legal_basis) where kind = 'arranging';
      create table supplier (
        id uuid primary key,
        business_id text not null unique,
        name text not null,
        own_production boolean not null default false
      );
      create table app_user (
        id uuid primary key,
        username text not null unique,
        full_name text not null,
        role text not null check (role in ('own_worker', 'arranging', 'team_lead', 'procurement', 'supplier')),
        profession text check (profession in ('social_worker', 'social_counsellor')),
        team_id text references team (id),
        supplier_id uuid references supplier (id),
        check ((role = 'supplier') = (supplier_id is not null))
      );
      create table client (
        id uuid primary key,
        full_name text not null,
        date_of_birth date not null,
        municipality_code text not null references municipality (code),
        language text not null check (language in ('fi', 'sv')),
        legal_basis text not null check (legal_basis in ('SHL', 'LsL')),
        own_worker_id uuid not null references app_user (id)
      );
      create index client_own_worker on client (own_worker_id);
      create table cost_centre (
        code text primary key,
        name_fi text not null,
        name_sv text not null
      );
      create table supplier_contract (
        id uuid primary key,
        supplier_id uuid not null references supplier (id),
        service_code text not null,
        unit text not null check (unit in ('hour', 'day', 'month')),
        unit_price_cents integer not null check (unit_price_cents > 0),
        valid_from date not null,
        valid_to date not null,
        status text not null default 'active' check (status in ('active', 'terminated')),
        cancellation_terms jsonb not null default '{}',
        check (valid_from <= valid_to)
      );
      create index supplier_contract_service on supplier_contract (service_code, supplier_id);
      create table catalogue_version (
        version integer primary key,
        published_at timestamptz not null default now(),
        published_by uuid references app_user (id),
        services jsonb not null
      );

      create table arrangement (
        id uuid primary key,
        client_id uuid not null references client (id),
        service_code text not null,
        catalogue_version integer not null references catalogue_version (version),
        legal_basis text not null,
        team_id text not null references team (id),
        own_worker_id uuid not null references app_user (id),
        status text not null,
        consultation_open boolean not null default false,
        assignee_id uuid references app_user (id),
        way text,
        supplier_id uuid references supplier (id),
        contract_id uuid references supplier_contract (id),
        hours_per_month integer,
        needs_assessed_on date not null,
        desired_start_on date,
        due_on date not null,
        proposal_revision_id uuid not null,
        decision_outcome text,
        decided_by uuid references app_user (id),
        decided_on date,
        period_start date,
        period_end date,
        appeal_deadline date,
        started_on date,
        access_days integer,
        last_event_seq integer not null default 0,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      -- The team queue reads this index in order: keyset pagination with no sort.
      create index arrangement_queue on arrangement (team_id, due_on, id);
      create index arrangement_client on arrangement (client_id);
      create index arrangement_own_worker on arrangement (own_worker_id, created_at);

      create table arrangement_event (
        arrangement_id uuid not null references arrangement (id) on delete cascade,
        seq integer not null,
        type text not null,
        actor_id uuid not null,
        occurred_at timestamptz not null,
        data jsonb not null,
        primary key (arrangement_id, seq)
      );
      -- Free text a user wrote (proposal, reasons, goals): kept here, referred to from Temporal by id.
      create table arrangement_text (
        id uuid primary key,
        arrangement_id uuid not null,
        kind text not null,
        body jsonb not null,
        author_id uuid not null references app_user (id),
        created_at timestamptz not null default now()
      );
      create index arrangement_text_arrangement on arrangement_text (arrangement_id, created_at);
      create table decision (
        arrangement_id uuid not null references arrangement (id) on delete cascade,
        seq integer not null,
        outcome text not null check (outcome in ('granted', 'denied')),
        decided_by uuid not null references app_user (id),
        decided_on date not null,
        period_start date,
        period_end date,
        appeal_deadline date,
        reason_text_id uuid,
        primary key (arrangement_id, seq)
      );
      create table payment_commitment (
        arrangement_id uuid not null references arrangement (id) on delete cascade,
        seq integer not null,
        kind text not null check (kind in ('payment_commitment', 'internal_order', 'service_voucher')),
        supplier_id uuid references supplier (id),
        contract_id uuid references supplier_contract (id),
        cost_centre_code text not null references cost_centre (code),
        units_per_month integer,
        unit text,
        unit_price_cents integer,
        valid_from date not null,
        valid_to date not null,
        status text not null default 'open' check (status in ('open', 'closed')),
        primary key (arrangement_id, seq)
      );
      create table unmet_need (
        arrangement_id uuid not null references arrangement (id) on delete cascade,
        seq integer not null,
        recorded_at timestamptz not null,
        recorded_by uuid not null references app_user (id),
        service_code text not null,
        reason_text_id uuid,
        resolved_at timestamptz,
        primary key (arrangement_id, seq)
      );
      -- Messages to systems we do not own (finance, suppliers), written in the same transaction as the event.
      create table outbox (
        id bigserial primary key,
        message_key text not null unique,
        topic text not null,
        payload jsonb not null,
        created_at timestamptz not null default now(),
        delivered_at timestamptz
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table outbox, unmet_need, payment_commitment, decision, arrangement_text, arrangement_event, arrangement,
        catalogue_version, supplier_contract, cost_centre, client, app_user, supplier, team, municipality;
    `);
  }
}

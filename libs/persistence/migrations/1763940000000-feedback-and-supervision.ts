import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Feedback on services, the rules of what is bad, reactive supervision cases, planned supervision visits. */
export class FeedbackAndSupervision1763940000000 implements MigrationInterface {
  name = 'FeedbackAndSupervision1763940000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table feedback_rule_set (
        version integer primary key,
        rules jsonb not null,
        note text,
        changed_by uuid references app_user (id),
        changed_at timestamptz not null default now()
      );
      create table feedback (
        id uuid primary key,
        -- The survey tool's response id: a re-imported row finds itself here.
        external_id text unique,
        arrangement_id uuid not null references arrangement (id),
        service_code text not null,
        supplier_id uuid references supplier (id),
        respondent text not null check (respondent in ('family', 'own_worker')),
        answered_on date not null,
        heard smallint check (heard between 1 and 4),
        right_things smallint check (right_things between 1 and 4),
        parent_coping smallint check (parent_coping between 1 and 4),
        family_relations smallint check (family_relations between 1 and 4),
        influence smallint check (influence between 1 and 4),
        recommend smallint check (recommend between 0 and 10),
        serious_concern boolean not null default false,
        -- What helped, what did not, what else was wished: free text, never in Temporal or on a scorecard.
        texts jsonb not null default '{}',
        duration text,
        municipality_code text references municipality (code),
        bad_reasons text[] not null default '{}',
        received_via text not null check (received_via in ('api', 'import')),
        recorded_by uuid references app_user (id),
        created_at timestamptz not null default now()
      );
      create index feedback_supplier on feedback (supplier_id, service_code, answered_on);
      create index feedback_arrangement on feedback (arrangement_id);

      create table supervision_case (
        id uuid primary key,
        supplier_id uuid not null references supplier (id),
        number integer not null,
        status text not null,
        outcome text,
        procurement_involved boolean not null default false,
        clarification_deadline_at timestamptz,
        corrective_action_due_on date,
        follow_up_at timestamptz,
        terminated_service_code text,
        opened_at timestamptz not null default now(),
        closed_at timestamptz,
        last_event_seq integer not null default 0,
        unique (supplier_id, number)
      );
      -- One open case a supplier: what comes after joins it.
      create unique index supervision_case_one_open on supervision_case (supplier_id) where status <> 'closed';
      create table supervision_event (
        case_id uuid not null references supervision_case (id),
        seq integer not null,
        type text not null,
        actor_id uuid not null,
        occurred_at timestamptz not null,
        data jsonb not null,
        primary key (case_id, seq)
      );
      create table supervision_text (
        id uuid primary key,
        case_id uuid not null references supervision_case (id),
        kind text not null,
        body jsonb not null,
        author_id uuid not null references app_user (id),
        created_at timestamptz not null default now()
      );
      create table planned_visit (
        id uuid primary key default gen_random_uuid(),
        -- The scheduled run that made it: a retried activity finds its visit here.
        visit_key text not null unique,
        supplier_id uuid not null references supplier (id),
        due_at timestamptz not null,
        status text not null default 'due' check (status in ('due', 'done')),
        visited_on date,
        concern boolean,
        findings jsonb,
        recorded_by uuid references app_user (id),
        recorded_at timestamptz
      );
      create index planned_visit_supplier on planned_visit (supplier_id, due_at);
      -- Bad feedback or a visit's concern, waiting to reach (or having reached) its supplier's case.
      create table supervision_finding (
        id uuid primary key,
        supplier_id uuid not null references supplier (id),
        source text not null check (source in ('feedback', 'planned_visit')),
        feedback_id uuid references feedback (id),
        planned_visit_id uuid references planned_visit (id),
        reasons text[] not null,
        case_id uuid references supervision_case (id),
        created_at timestamptz not null default now(),
        delivered_at timestamptz
      );
      create index supervision_finding_pending on supervision_finding (created_at) where delivered_at is null;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table supervision_finding, planned_visit, supervision_text, supervision_event, supervision_case, feedback,
        feedback_rule_set;
    `);
  }
}

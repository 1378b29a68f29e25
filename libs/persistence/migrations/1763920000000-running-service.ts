import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Phases 4 and 5: periods, evaluations, continuation decisions, alerts, visits and their use, the end. */
export class RunningService1763920000000 implements MigrationInterface {
  name = 'RunningService1763920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table arrangement
        add column period_no integer,
        add column period_ends_at timestamptz,
        add column months_granted numeric,
        add column continuation_due_at timestamptz,
        add column continuation_due boolean not null default false,
        add column continuation_outcome text check (continuation_outcome in ('continue', 'end')),
        add column reassessment_overdue_since timestamptz,
        add column next_evaluation_due_at timestamptz,
        add column evaluations_held integer not null default 0,
        add column ended_on date,
        add column end_reason text,
        add column change_status text check (change_status in ('requested', 'granted'));
      -- The team lead's lists read running services by the instant something falls due.
      create index arrangement_running_evaluation on arrangement (next_evaluation_due_at)
        where status in ('active', 'reassessment_overdue');
      create index arrangement_running_period on arrangement (period_ends_at)
        where status in ('active', 'reassessment_overdue');

      alter table decision
        add column kind text not null default 'initial' check (kind in ('initial', 'continuation', 'change')),
        add column ended_on date;
      alter table payment_commitment add column closed_on date;

      create table evaluation (
        arrangement_id uuid not null references arrangement (id) on delete cascade,
        seq integer not null,
        held_on date not null,
        participants text[] not null,
        goals_progress text not null,
        notes_text_id uuid,
        recorded_by uuid not null references app_user (id),
        recorded_at timestamptz not null,
        next_due_at timestamptz,
        primary key (arrangement_id, seq)
      );
      -- What the team lead must act on; resolved when the arrangement moves on.
      create table alert (
        arrangement_id uuid not null references arrangement (id) on delete cascade,
        seq integer not null,
        kind text not null,
        team_id text not null references team (id),
        raised_at timestamptz not null,
        resolved_at timestamptz,
        primary key (arrangement_id, seq)
      );
      create index alert_open on alert (team_id, raised_at) where resolved_at is null;
      -- Asked of the own worker and the family when a service ends; answered in the feedback process.
      create table feedback_request (
        arrangement_id uuid primary key references arrangement (id) on delete cascade,
        supplier_id uuid references supplier (id),
        service_code text not null,
        own_worker_id uuid not null references app_user (id),
        ended_on date not null,
        requested_at timestamptz not null,
        status text not null default 'open' check (status in ('open', 'answered'))
      );
      -- Visits delivered or cancelled: operational records, written by the API, not process steps.
      create table visit (
        id uuid primary key,
        arrangement_id uuid not null references arrangement (id) on delete cascade,
        visit_on date not null,
        starts_at timestamptz not null,
        hours numeric(5, 2) not null check (hours > 0),
        status text not null check (status in ('delivered', 'cancelled')),
        cancelled_by text check (cancelled_by in ('client', 'supplier')),
        cancelled_at timestamptz,
        notice_hours numeric(8, 2),
        -- Hours that count against the payment commitment: delivered, or the contract's share of a late cancellation.
        charged_hours numeric(5, 2) not null check (charged_hours >= 0),
        recorded_by uuid not null references app_user (id),
        recorded_at timestamptz not null default now(),
        check ((status = 'cancelled') = (cancelled_by is not null and cancelled_at is not null))
      );
      create index visit_arrangement on visit (arrangement_id, visit_on);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table visit, feedback_request, alert, evaluation;
      alter table payment_commitment drop column closed_on;
      alter table decision drop column kind, drop column ended_on;
      drop index arrangement_running_evaluation, arrangement_running_period;
      alter table arrangement
        drop column period_no, drop column period_ends_at, drop column months_granted,
        drop column continuation_due_at, drop column continuation_due, drop column continuation_outcome,
        drop column reassessment_overdue_since, drop column next_evaluation_due_at, drop column evaluations_held,
        drop column ended_on, drop column end_reason, drop column change_status;
    `);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People and their clients: a user who has left is disabled, not deleted (their name stays on every
 * step they took); every handover of a client to another own worker is kept, with who, when and why.
 */
export class People1764330000000 implements MigrationInterface {
  name = 'People1764330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table app_user add column disabled_at timestamptz;
      create table own_worker_handover (
        id uuid primary key,
        client_id uuid not null references client (id),
        from_worker_id uuid not null references app_user (id),
        to_worker_id uuid not null references app_user (id),
        handed_over_on date not null,
        reason text not null,
        handed_over_by uuid not null references app_user (id),
        recorded_at timestamptz not null default now()
      );
      create index own_worker_handover_client on own_worker_handover (client_id, recorded_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table own_worker_handover;
      alter table app_user drop column disabled_at;
    `);
  }
}

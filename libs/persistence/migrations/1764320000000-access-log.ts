import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who has read or changed a client's data, when, which record and why: the log a client may ask for
 * under the Act on the processing of client data in social and health care (703/2023). Rows are only
 * ever added: a trigger refuses every update, delete and truncate, whoever asks.
 */
export class AccessLog1764320000000 implements MigrationInterface {
  name = 'AccessLog1764320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table access_log (
        id bigserial primary key,
        at timestamptz not null default now(),
        user_id uuid not null,
        role text not null,
        team_id text,
        supplier_id uuid,
        client_id uuid not null,
        record text not null
          check (record in ('client', 'arrangement', 'proposal', 'timeline', 'feedback', 'evaluation', 'visit')),
        record_id text,
        action text not null check (action in ('read', 'list', 'create', 'change')),
        purpose text not null check (purpose in ('client_matter', 'supervision', 'statistics'))
      );
      create index access_log_client on access_log (client_id, at desc);

      create function access_log_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'the access log is append-only: % is refused', tg_op using errcode = 'insufficient_privilege';
      end $$;
      create trigger access_log_no_change before update or delete on access_log
        for each row execute function access_log_is_append_only();
      create trigger access_log_no_truncate before truncate on access_log
        for each statement execute function access_log_is_append_only();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table access_log;
      drop function access_log_is_append_only;
    `);
  }
}

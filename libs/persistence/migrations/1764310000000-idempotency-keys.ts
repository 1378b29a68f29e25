import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Idempotency-Keys a client has used, with a hash of the request each came with: the same key with
 * another request is refused (422), and a command whose key already completed is not sent again, even
 * after its arrangement's workflow has continued as new (Temporal remembers an Update id within one run).
 */
export class IdempotencyKeys1764310000000 implements MigrationInterface {
  name = 'IdempotencyKeys1764310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table idempotency_key (
        user_id uuid not null,
        key text not null,
        request_hash text not null,
        method text not null,
        path text not null,
        created_at timestamptz not null default now(),
        completed_at timestamptz,
        primary key (user_id, key)
      );
      -- Old keys are cleared by age.
      create index idempotency_key_created on idempotency_key (created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table idempotency_key');
  }
}

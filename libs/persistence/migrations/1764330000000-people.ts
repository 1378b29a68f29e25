import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A user who has left is disabled, not deleted: their name stays on every step they took. */
export class People1764330000000 implements MigrationInterface {
  name = 'People1764330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('alter table app_user add column disabled_at timestamptz');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('alter table app_user drop column disabled_at');
  }
}

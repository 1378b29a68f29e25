import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A denial changed to a grant on rectification is arranged as a new arrangement: the request names it. */
export class RectificationFollowUp1764380000000 implements MigrationInterface {
  name = 'RectificationFollowUp1764380000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'alter table rectification_request add column follow_up_arrangement_id uuid references arrangement (id)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('alter table rectification_request drop column follow_up_arrangement_id');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rest of the county's survey (seed 002): the life-situation question (1–4) and with whom the work was
 * mainly done (one choice or more). Nullable: answers imported before were never asked them.
 */
export class WholeSurvey1764540000000 implements MigrationInterface {
  name = 'WholeSurvey1764540000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table feedback
        add column life_situation smallint check (life_situation between 1 and 4),
        add column worked_with text[]
          check (worked_with <@ array['parents', 'children', 'whole_family'] and cardinality(worked_with) > 0);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('alter table feedback drop column worked_with, drop column life_situation');
  }
}

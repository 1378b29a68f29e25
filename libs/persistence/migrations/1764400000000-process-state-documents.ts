import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each arrangement and supervision case keeps its process's whole state as one document beside the
 * columns the lists filter on: what a person may do now is decided from it by the same rules the
 * process uses, and a new field of the state needs no new column unless a list filters on it. Rows
 * written before this hold none until their next event, or the worker's round that fills them in.
 */
export class ProcessStateDocuments1764400000000 implements MigrationInterface {
  name = 'ProcessStateDocuments1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table arrangement add column state jsonb;
      alter table supervision_case add column state jsonb;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table arrangement drop column state;
      alter table supervision_case drop column state;
    `);
  }
}

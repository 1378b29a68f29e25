import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An unmet need and an early end of a service get letters too: a letter is kept by the arrangement and
 * the event that decided (a decision, an unmet need, an ending), no longer only by a decision's row.
 */
export class LettersForUnmetNeedsAndEndings1764390000000 implements MigrationInterface {
  name = 'LettersForUnmetNeedsAndEndings1764390000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table decision_letter drop constraint decision_letter_arrangement_id_seq_fkey;
      alter table decision_letter add constraint decision_letter_arrangement_id_fkey
        foreign key (arrangement_id) references arrangement (id) on delete cascade;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      delete from decision_letter l
      where not exists (select 1 from decision d where d.arrangement_id = l.arrangement_id and d.seq = l.seq);
      alter table decision_letter drop constraint decision_letter_arrangement_id_fkey;
      alter table decision_letter add constraint decision_letter_arrangement_id_seq_fkey
        foreign key (arrangement_id, seq) references decision (arrangement_id, seq) on delete cascade;
    `);
  }
}

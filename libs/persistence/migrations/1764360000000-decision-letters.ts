import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each decision's letter, as the client got it: rendered once, in the client's language, and never
 * rewritten (a corrected decision is a new decision with a letter of its own). Reading one is logged.
 */
export class DecisionLetters1764360000000 implements MigrationInterface {
  name = 'DecisionLetters1764360000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table decision_letter (
        arrangement_id uuid not null,
        seq integer not null,
        language text not null check (language in ('fi', 'sv')),
        pdf bytea not null,
        created_at timestamptz not null default now(),
        primary key (arrangement_id, seq),
        foreign key (arrangement_id, seq) references decision (arrangement_id, seq) on delete cascade
      );
      alter table access_log drop constraint access_log_record_check;
      alter table access_log add constraint access_log_record_check
        check (record in ('client', 'arrangement', 'proposal', 'timeline', 'feedback', 'evaluation', 'visit',
                          'decision_letter'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      delete from access_log where record = 'decision_letter';
      alter table access_log drop constraint access_log_record_check;
      alter table access_log add constraint access_log_record_check
        check (record in ('client', 'arrangement', 'proposal', 'timeline', 'feedback', 'evaluation', 'visit'));
      drop table decision_letter;
    `);
  }
}

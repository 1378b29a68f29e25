import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Appeals against decisions (seeds 000 and 001): a client's request for rectification to the individual
 * affairs section, whether it came in time, the section's answer, and an appeal to the administrative
 * court with its outcome. The council is told each year how many negative decisions were appealed and how.
 */
export class Appeals1764370000000 implements MigrationInterface {
  name = 'Appeals1764370000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table rectification_request (
        id uuid primary key,
        arrangement_id uuid not null,
        decision_seq integer not null,
        received_on date not null,
        in_time boolean not null,
        grounds text not null,
        recorded_by uuid not null references app_user (id),
        recorded_at timestamptz not null default now(),
        outcome text check (outcome in ('upheld', 'changed', 'dismissed_late')),
        outcome_on date,
        new_decision text,
        outcome_by uuid references app_user (id),
        court_filed_on date,
        court_outcome text check (court_outcome in ('dismissed', 'upheld', 'overturned', 'returned')),
        court_decided_on date,
        foreign key (arrangement_id, decision_seq) references decision (arrangement_id, seq) on delete cascade,
        check ((outcome is null) = (outcome_on is null)),
        check (outcome <> 'changed' or new_decision is not null),
        check (court_outcome is null or court_filed_on is not null)
      );
      create index rectification_request_decision on rectification_request (arrangement_id, decision_seq);
      create index rectification_request_received on rectification_request (received_on);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table rectification_request');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The self-monitoring report counts a year's findings by the day each rests on: the day its feedback was
 * answered, the day of its visit, or else the day it was recorded. Worked out per question, that day needed
 * every finding of the units joined to their feedback: a hash of all the survey's answers (200 000 in the
 * benchmark's years) for each report. `rests_on` keeps the day on the finding, set as it is written, by
 * whichever path writes it, and the report reads a unit's year by its index.
 *
 * What a finding rests on does not change once it is written: an answer's day is fixed, and a visit's day is
 * recorded with the concern that makes it a finding, in the same transaction, before the finding.
 */
export class FindingDay1764620000000 implements MigrationInterface {
  name = 'FindingDay1764620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create function supervision_finding_rests_on() returns trigger language plpgsql as $$
      begin
        new.rests_on := coalesce(
          (select answered_on from feedback where id = new.feedback_id),
          (select visited_on from planned_visit where id = new.planned_visit_id),
          (new.created_at at time zone 'Europe/Helsinki')::date);
        return new;
      end $$;

      alter table supervision_finding add column rests_on date;
      update supervision_finding f set rests_on = coalesce(
        (select answered_on from feedback where id = f.feedback_id),
        (select visited_on from planned_visit where id = f.planned_visit_id),
        (f.created_at at time zone 'Europe/Helsinki')::date);
      alter table supervision_finding alter column rests_on set not null;

      create trigger supervision_finding_rests_on
        before insert or update of feedback_id, planned_visit_id, created_at on supervision_finding
        for each row execute function supervision_finding_rests_on();

      create index supervision_finding_unit_day on supervision_finding (supplier_id, rests_on);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop trigger supervision_finding_rests_on on supervision_finding;
      drop function supervision_finding_rests_on();
      alter table supervision_finding drop column rests_on;
    `);
  }
}

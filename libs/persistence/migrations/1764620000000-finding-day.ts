import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a finding rests on, kept on the finding: the day (`rests_on`: the day its feedback was answered, the
 * day of its visit, or else the day it was recorded) and the service its feedback was about (`service_code`;
 * none for a visit's concern).
 *
 * Worked out per question, both needed the findings joined to their feedback. The self-monitoring report
 * hashed all the survey's answers (200 000 in the benchmark's years) to count a year; the supervision cases'
 * list looked up the feedback of every finding of every case (a hundred a case in the benchmark) for the
 * services each case concerns. Now the report reads a unit's year, and the list a case's services, by an
 * index of the findings alone.
 *
 * Both are set as the finding is written, by whichever path writes it (a trigger). Neither changes once it
 * is written: an answer's day and service are fixed, and a visit's day is recorded with the concern that
 * makes it a finding, in the same transaction, before the finding.
 */
export class FindingDay1764620000000 implements MigrationInterface {
  name = 'FindingDay1764620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create function supervision_finding_sources() returns trigger language plpgsql as $$
      begin
        select fb.answered_on, fb.service_code into new.rests_on, new.service_code
        from feedback fb where fb.id = new.feedback_id;
        new.rests_on := coalesce(
          new.rests_on,
          (select visited_on from planned_visit where id = new.planned_visit_id),
          (new.created_at at time zone 'Europe/Helsinki')::date);
        return new;
      end $$;

      alter table supervision_finding add column rests_on date, add column service_code text;
      create trigger supervision_finding_sources
        before insert or update of feedback_id, planned_visit_id, created_at on supervision_finding
        for each row execute function supervision_finding_sources();
      -- The findings written before: filled by the trigger itself, so the rule is written once.
      update supervision_finding set feedback_id = feedback_id;
      alter table supervision_finding alter column rests_on set not null;

      create index supervision_finding_unit_day on supervision_finding (supplier_id, rests_on);
      -- A case's findings, and the services they concern, from the index alone.
      create index supervision_finding_case_service on supervision_finding (case_id, service_code);
      drop index supervision_finding_case;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      create index supervision_finding_case on supervision_finding (case_id);
      drop trigger supervision_finding_sources on supervision_finding;
      drop function supervision_finding_sources();
      alter table supervision_finding drop column rests_on, drop column service_code;
    `);
  }
}

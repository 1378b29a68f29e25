import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The family answers online: the feedback survey of a service, offered when it ends and once a running
 * service has gone on for the county's number of months (`family_survey_after_months`, 6 when unset), and a
 * request for rectification of a decision. A survey is answered once at each point: the primary key of
 * `family_survey_answer` keeps a second answer, even one sent at the same moment, from landing. The answer
 * itself is a row of `feedback` received via 'family'. A request the family sends goes into the same table as
 * the ones the team records, naming the person who sent it instead of a user.
 */
export class FamilyOnline1764570000000 implements MigrationInterface {
  name = 'FamilyOnline1764570000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table feedback drop constraint feedback_received_via_check;
      alter table feedback add constraint feedback_received_via_check
        check (received_via in ('api', 'import', 'family'));

      create table family_survey_answer (
        arrangement_id uuid not null references arrangement (id) on delete cascade,
        point text not null check (point in ('ended', 'running')),
        feedback_id uuid not null unique references feedback (id),
        person_id uuid not null references person (id),
        answered_at timestamptz not null default now(),
        primary key (arrangement_id, point)
      );

      alter table rectification_request
        alter column recorded_by drop not null,
        add column sent_by_person_id uuid references person (id),
        add constraint rectification_request_sender check ((recorded_by is null) <> (sent_by_person_id is null));

      alter table county_setting drop constraint county_setting_key_check;
      alter table county_setting add constraint county_setting_key_check check (key in (
        'purchase_baseline_cents', 'purchase_reduction_target', 'caseload_norm', 'nps_target',
        'rectification_authority_address', 'rectification_authority_email', 'family_survey_after_months'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      delete from county_setting where key = 'family_survey_after_months';
      alter table county_setting drop constraint county_setting_key_check;
      alter table county_setting add constraint county_setting_key_check check (key in (
        'purchase_baseline_cents', 'purchase_reduction_target', 'caseload_norm', 'nps_target',
        'rectification_authority_address', 'rectification_authority_email'));
      delete from rectification_request where sent_by_person_id is not null;
      alter table rectification_request
        drop constraint rectification_request_sender,
        drop column sent_by_person_id,
        alter column recorded_by set not null;
      drop table family_survey_answer;
      delete from supervision_finding where feedback_id in (select id from feedback where received_via = 'family');
      delete from feedback where received_via = 'family';
      alter table feedback drop constraint feedback_received_via_check;
      alter table feedback add constraint feedback_received_via_check check (received_via in ('api', 'import'));
    `);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every appealable decision can be appealed: a request for rectification may be recorded against an unmet
 * need or an early end too, not only against a row of `decision`. `decision_record` is the one list of what
 * the county decided at an arrangement's events (a decision, an unmet need, an unplanned end), read by the
 * letters, the appeals and the council's figures alike. The county's settings take text values: the postal
 * address and e-mail of the authority a request for rectification is sent to, printed on every letter.
 */
export class AppealableDecisions1764550000000 implements MigrationInterface {
  name = 'AppealableDecisions1764550000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create view decision_record as
        select d.arrangement_id, d.seq, d.kind, d.outcome, d.decided_on, d.appeal_deadline, d.notification,
               d.decided_by, d.reason_text_id as text_id, null::date as ends_on
        from decision d
        union all
        select u.arrangement_id, u.seq, 'unmet_need', 'unmet_need', (u.recorded_at at time zone 'Europe/Helsinki')::date,
               null, 'post', u.recorded_by, u.reason_text_id, null
        from unmet_need u
        union all
        select e.arrangement_id, e.seq, 'ending', 'ended', (e.occurred_at at time zone 'Europe/Helsinki')::date,
               null, 'post', e.actor_id, (e.data->>'textId')::uuid, (e.data->>'endsOn')::date
        from arrangement_event e
        where e.type = 'ended' and coalesce(e.data->>'planned', 'false') = 'false';

      -- A request is recorded against any of them: its decision is checked by the API, its arrangement here.
      do $$
      declare c text;
      begin
        for c in select conname from pg_constraint
                 where conrelid = 'rectification_request'::regclass and confrelid = 'decision'::regclass loop
          execute format('alter table rectification_request drop constraint %I', c);
        end loop;
      end $$;
      alter table rectification_request
        add constraint rectification_request_arrangement foreign key (arrangement_id)
          references arrangement (id) on delete cascade;

      alter table county_setting drop constraint county_setting_key_check;
      alter table county_setting add constraint county_setting_key_check check (key in (
        'purchase_baseline_cents', 'purchase_reduction_target', 'caseload_norm', 'nps_target',
        'rectification_authority_address', 'rectification_authority_email'));
      alter table county_setting alter column value drop not null, add column text_value text;
      alter table county_setting add constraint county_setting_one_value
        check ((value is null) <> (text_value is null));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      delete from county_setting where text_value is not null;
      alter table county_setting drop constraint county_setting_one_value;
      alter table county_setting drop column text_value, alter column value set not null;
      alter table county_setting drop constraint county_setting_key_check;
      alter table county_setting add constraint county_setting_key_check
        check (key in ('purchase_baseline_cents', 'purchase_reduction_target', 'caseload_norm', 'nps_target'));
      alter table rectification_request drop constraint rectification_request_arrangement;
      delete from rectification_request r
        where not exists (select 1 from decision d where d.arrangement_id = r.arrangement_id and d.seq = r.decision_seq);
      alter table rectification_request add foreign key (arrangement_id, decision_seq)
        references decision (arrangement_id, seq) on delete cascade;
      drop view decision_record;
    `);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports over years of data (issue 27): each report reads a period's rows through an index on the day it
 * counts them by, carrying the columns it groups and filters on (an index-only scan, not the wide rows), and
 * the supervision case list counts a case's findings by their case.
 *
 * A visit's charge (the view `visit_charge`) is now the function `visit_charges(from, to)` over the visits of
 * whole months from and to (nulls: all), and the view is that function over all of them: the purchases of a
 * year price that year's visits only (a filter on the view's `charged_on`, an aggregate, read every visit
 * ever made). A charge never spans two months (per visit, day or month), so the rows are the view's.
 */
export class ReportIndexes1764580000000 implements MigrationInterface {
  name = 'ReportIndexes1764580000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create index arrangement_started on arrangement (started_on)
        include (service_code, access_days, due_on, team_id, own_worker_id, client_id, supplier_id)
        where started_on is not null;
      create index arrangement_running_worker on arrangement (own_worker_id)
        where status in ('active', 'reassessment_overdue');
      create index client_municipality on client (municipality_code, own_worker_id);
      create index decision_decided on decision (decided_on) include (arrangement_id, seq, kind, outcome);
      create index unmet_need_recorded on unmet_need (((recorded_at at time zone 'Europe/Helsinki')::date));
      create index arrangement_event_ended on arrangement_event (((occurred_at at time zone 'Europe/Helsinki')::date))
        where type = 'ended';
      create index feedback_answered on feedback (answered_on)
        include (arrangement_id, service_code, supplier_id, respondent, recommend, serious_concern);
      create index visit_day on visit (visit_on) include (arrangement_id, hours, charged_hours, status, voided);
      create index supervision_finding_case on supervision_finding (case_id);
      create index arrangement_event_stop on arrangement_event (arrangement_id, seq) where type = 'reassessment_overdue';

      create function visit_charges(from_on date, to_on date)
      returns table (arrangement_id uuid, commitment_seq integer, kind text, unit text, unit_price_cents integer,
                     charged_on date, charged_hours numeric, units numeric)
      language sql stable as $$
        select v.arrangement_id, pc.seq as commitment_seq, pc.kind, pc.unit, pc.unit_price_cents,
               min(v.visit_on) as charged_on, sum(v.charged_hours) as charged_hours,
               case pc.unit when 'hour' then sum(v.charged_hours)
                            when 'visit' then sum(v.charged_hours / v.hours)
                            else max(v.charged_hours / v.hours) end as units
        from visit v
        join lateral (
          select c.seq, c.kind, c.unit, c.unit_price_cents from payment_commitment c
          where c.arrangement_id = v.arrangement_id and v.visit_on between c.valid_from and c.valid_to
          order by c.seq desc limit 1) pc on true
        where not v.voided and v.charged_hours > 0
          and (from_on is null or v.visit_on >= from_on) and (to_on is null or v.visit_on <= to_on)
          and not exists (select 1 from service_stop s where s.arrangement_id = v.arrangement_id
                            and v.visit_on >= s.from_on and (s.to_on is null or v.visit_on <= s.to_on))
        group by v.arrangement_id, pc.seq, pc.kind, pc.unit, pc.unit_price_cents,
          case pc.unit when 'day' then to_char(v.visit_on, 'YYYY-MM-DD')
                       when 'month' then to_char(v.visit_on, 'YYYY-MM')
                       else v.id::text end
      $$;
      create or replace view visit_charge as select * from visit_charges(null, null);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      create or replace view visit_charge as
      select v.arrangement_id, pc.seq as commitment_seq, pc.kind, pc.unit, pc.unit_price_cents,
             min(v.visit_on) as charged_on, sum(v.charged_hours) as charged_hours,
             case pc.unit when 'hour' then sum(v.charged_hours)
                          when 'visit' then sum(v.charged_hours / v.hours)
                          else max(v.charged_hours / v.hours) end as units
      from visit v
      join lateral (
        select c.seq, c.kind, c.unit, c.unit_price_cents from payment_commitment c
        where c.arrangement_id = v.arrangement_id and v.visit_on between c.valid_from and c.valid_to
        order by c.seq desc limit 1) pc on true
      where not v.voided and v.charged_hours > 0
        and not exists (select 1 from service_stop s where s.arrangement_id = v.arrangement_id
                          and v.visit_on >= s.from_on and (s.to_on is null or v.visit_on <= s.to_on))
      group by v.arrangement_id, pc.seq, pc.kind, pc.unit, pc.unit_price_cents,
        case pc.unit when 'day' then to_char(v.visit_on, 'YYYY-MM-DD')
                     when 'month' then to_char(v.visit_on, 'YYYY-MM')
                     else v.id::text end;
      drop function visit_charges(date, date);
      drop index arrangement_event_stop;
      drop index supervision_finding_case;
      drop index visit_day;
      drop index feedback_answered;
      drop index arrangement_event_ended;
      drop index unmet_need_recorded;
      drop index decision_decided;
      drop index client_municipality;
      drop index arrangement_running_worker;
      drop index arrangement_started;
    `);
  }
}

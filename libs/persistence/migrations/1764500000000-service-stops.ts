import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A service stopped for want of a continuation decision, and what a visit costs as its contract prices it.
 *
 * `service_stop`: the days with no decision in force, read from the arrangement's own events: from the day
 * after the period that ended with no decision (`reassessment_overdue`) to the day before a late decision's
 * period starts (`period_started`), open while none has. No visit of those days is paid; ranges that are
 * empty (a decision the same day) are left out. Read from the timeline, it holds the stops of before too.
 *
 * A contract may be priced per visit (`unit = 'visit'`), beside per hour, day and month.
 *
 * `visit_charge`: the charged lines of the visits, each at the payment commitment in force on its day (the
 * newest where two meet on a day) and in its unit: per hour, the charged hours; per visit, each visit's
 * charged share (1 delivered, a late cancellation the share its contract charges); per day, each day with
 * a charged visit once, at the largest share charged that day; per month, each calendar month with a
 * charged visit once, likewise. Void visits and visits on stopped days are never charged.
 */
export class ServiceStops1764500000000 implements MigrationInterface {
  name = 'ServiceStops1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table supplier_contract drop constraint supplier_contract_unit_check;
      alter table supplier_contract
        add constraint supplier_contract_unit_check check (unit in ('hour', 'visit', 'day', 'month'));

      create view service_stop as
      select o.arrangement_id, o.seq, (o.data->>'periodEnd')::date + 1 as from_on, r.to_on
      from arrangement_event o
      left join lateral (
        select (p.data->>'periodStart')::date - 1 as to_on from arrangement_event p
        where p.arrangement_id = o.arrangement_id and p.seq > o.seq and p.type = 'period_started'
        order by p.seq limit 1) r on true
      where o.type = 'reassessment_overdue' and (r.to_on is null or r.to_on > (o.data->>'periodEnd')::date);

      create view visit_charge as
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
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop view visit_charge;
      drop view service_stop;
      update supplier_contract set unit = 'hour' where unit = 'visit';
      alter table supplier_contract drop constraint supplier_contract_unit_check;
      alter table supplier_contract add constraint supplier_contract_unit_check check (unit in ('hour', 'day', 'month'));
    `);
  }
}

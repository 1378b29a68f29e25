import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports over years of data (issue 27), the own-production units' figures and the caseloads of a municipality.
 *
 * A year of a unit's delivered hours is hundreds of thousands of visits, which no index reads in time: the
 * arrangement (whose supplier is the unit) is on the other side of a join. `delivered_month` keeps the delivered
 * visits' hours summed by month, supplier and service, as the units' report sums them, and stays equal to the
 * visits: each write to a visit adds and takes away its own hours in the same transaction, and a service moved
 * to another supplier or service takes its visits' hours with it. `visits` counts the visits summed; a sum of
 * none is removed, as the report has no row where no visit was delivered.
 *
 * A unit's capacity sums the hours of the services it has taken on, now by an index on the supplier. The
 * running services of a municipality's clients are counted in one pass over the running services (with their
 * client) joined to the municipality's clients (with their id): both read from an index alone.
 */
export class UnitHoursAndCaseloadIndexes1764600000000 implements MigrationInterface {
  name = 'UnitHoursAndCaseloadIndexes1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create index arrangement_supplier on arrangement (supplier_id, service_code, status) include (hours_per_month);
      drop index arrangement_running_worker;
      create index arrangement_running_worker on arrangement (own_worker_id) include (client_id)
        where status in ('active', 'reassessment_overdue');
      drop index client_municipality;
      create index client_municipality on client (municipality_code, own_worker_id) include (id);

      create table delivered_month (
        month date not null,
        supplier_id uuid not null,
        service_code text not null,
        visits integer not null,
        hours numeric not null,
        primary key (month, supplier_id, service_code)
      );

      -- Adds (sign 1) or takes away (-1) a delivered visit's hours, of a service of the supplier's (if any).
      create function delivered_month_add(supplier uuid, service text, day date, delivered numeric, sign integer)
        returns void language sql as $$
        insert into delivered_month as m (month, supplier_id, service_code, visits, hours)
        select date_trunc('month', day::timestamp)::date, supplier, service, sign, sign * delivered
        where supplier is not null
        on conflict (month, supplier_id, service_code) do update
          set visits = m.visits + excluded.visits, hours = m.hours + excluded.hours;
        delete from delivered_month m
        where m.month = date_trunc('month', day::timestamp)::date and m.supplier_id = supplier
          and m.service_code = service and m.visits = 0;
      $$;

      create function delivered_month_visit() returns trigger language plpgsql as $$
      declare a record;
      begin
        if tg_op <> 'INSERT' and old.status = 'delivered' then
          select supplier_id, service_code into a from arrangement where id = old.arrangement_id;
          -- No arrangement: it is being deleted, and took its hours away before (delivered_month_arrangement).
          if found then
            perform delivered_month_add(a.supplier_id, a.service_code, old.visit_on, old.hours, -1);
          end if;
        end if;
        if tg_op <> 'DELETE' and new.status = 'delivered' then
          select supplier_id, service_code into a from arrangement where id = new.arrangement_id;
          perform delivered_month_add(a.supplier_id, a.service_code, new.visit_on, new.hours, 1);
        end if;
        return null;
      end $$;
      create trigger delivered_month after insert or update or delete on visit
        for each row execute function delivered_month_visit();

      -- A service moved to another supplier or service takes its visits' hours with it; a deleted one takes them away.
      create function delivered_month_arrangement() returns trigger language plpgsql as $$
      begin
        perform delivered_month_add(old.supplier_id, old.service_code, v.visit_on, v.hours, -1)
        from visit v where v.arrangement_id = old.id and v.status = 'delivered';
        if tg_op = 'UPDATE' then
          perform delivered_month_add(new.supplier_id, new.service_code, v.visit_on, v.hours, 1)
          from visit v where v.arrangement_id = new.id and v.status = 'delivered';
        end if;
        if tg_op = 'DELETE' then return old; end if;
        return null;
      end $$;
      create trigger delivered_month_moved after update of supplier_id, service_code on arrangement
        for each row when (old.supplier_id is distinct from new.supplier_id or old.service_code is distinct from new.service_code)
        execute function delivered_month_arrangement();
      create trigger delivered_month_deleted before delete on arrangement
        for each row execute function delivered_month_arrangement();

      -- The whole summary anew from the visits, set-based: this migration's fill (and a bulk load's).
      create function delivered_month_rebuild() returns void language sql as $$
        delete from delivered_month;
        insert into delivered_month (month, supplier_id, service_code, visits, hours)
        select date_trunc('month', v.visit_on::timestamp)::date, a.supplier_id, a.service_code, count(*), sum(v.hours)
        from visit v join arrangement a on a.id = v.arrangement_id
        where v.status = 'delivered' and a.supplier_id is not null
        group by 1, 2, 3;
      $$;
      select delivered_month_rebuild();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop trigger delivered_month_deleted on arrangement;
      drop trigger delivered_month_moved on arrangement;
      drop trigger delivered_month on visit;
      drop function delivered_month_rebuild();
      drop function delivered_month_arrangement();
      drop function delivered_month_visit();
      drop function delivered_month_add(uuid, text, date, numeric, integer);
      drop table delivered_month;
      drop index client_municipality;
      create index client_municipality on client (municipality_code, own_worker_id);
      drop index arrangement_running_worker;
      create index arrangement_running_worker on arrangement (own_worker_id)
        where status in ('active', 'reassessment_overdue');
      drop index arrangement_supplier;
    `);
  }
}

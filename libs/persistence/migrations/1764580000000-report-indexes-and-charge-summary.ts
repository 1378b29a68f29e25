import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports over years of data (issue 27): each report reads a period's rows through an index on the day it
 * counts them by, carrying the columns it groups and filters on (an index-only scan, not the wide rows), and
 * the supervision case list counts a case's findings by their case.
 *
 * The purchases are a year of visits, each priced at the commitment in force on its day (the view
 * `visit_charge`): millions of rows a year, too many to price on every request. `visit_charge_month` keeps
 * the view summed by arrangement, month and kind of commitment (with the arrangement's service and client,
 * which never change), and stays equal to it: every write to what the view reads (a visit, a commitment, an
 * event that stops or restarts the service) recomputes that arrangement's rows from the view in the same
 * transaction, under a lock of the arrangement's own (two writers of one arrangement cannot each miss the
 * other's row).
 */
export class ReportIndexesAndChargeSummary1764580000000 implements MigrationInterface {
  name = 'ReportIndexesAndChargeSummary1764580000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create index arrangement_started on arrangement (started_on)
        include (service_code, access_days, needs_assessed_on, catalogue_version, team_id, own_worker_id, client_id, supplier_id)
        where started_on is not null;
      create index arrangement_reach on arrangement (id) include (service_code, team_id, own_worker_id, client_id);
      create index arrangement_reassessment_overdue on arrangement (service_code)
        include (team_id, own_worker_id, client_id) where status = 'reassessment_overdue';
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

      create table visit_charge_month (
        arrangement_id uuid not null references arrangement (id) on delete cascade,
        month date not null,
        kind text not null,
        service_code text not null,
        client_id uuid not null,
        charged_hours numeric not null,
        cost_cents numeric not null,
        primary key (arrangement_id, month, kind)
      );
      create index visit_charge_month_client on visit_charge_month (client_id);

      create function visit_charge_month_refresh(arrangement uuid) returns void language plpgsql as $$
      begin
        perform pg_advisory_xact_lock(hashtextextended('visit_charge_month ' || arrangement::text, 0));
        delete from visit_charge_month where arrangement_id = arrangement;
        insert into visit_charge_month (arrangement_id, month, kind, service_code, client_id, charged_hours, cost_cents)
        select vc.arrangement_id, date_trunc('month', vc.charged_on::timestamp)::date, vc.kind, a.service_code, a.client_id,
               sum(vc.charged_hours), coalesce(sum(vc.units * vc.unit_price_cents), 0)
        from visit_charge vc join arrangement a on a.id = vc.arrangement_id
        where vc.arrangement_id = arrangement
        group by 1, 2, 3, 4, 5;
      end $$;

      create function visit_charge_month_changed() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then perform visit_charge_month_refresh(old.arrangement_id); end if;
        if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.arrangement_id <> old.arrangement_id) then
          perform visit_charge_month_refresh(new.arrangement_id);
        end if;
        return null;
      end $$;
      create trigger visit_charge_month after insert or update or delete on visit
        for each row execute function visit_charge_month_changed();
      create trigger visit_charge_month after insert or update or delete on payment_commitment
        for each row execute function visit_charge_month_changed();
      -- The events the view's service stops are made of (service_stop); events are only ever added.
      create trigger visit_charge_month after insert on arrangement_event
        for each row when (new.type in ('reassessment_overdue', 'period_started'))
        execute function visit_charge_month_changed();

      -- The same summed once more by month, kind, service and the client's municipality: the purchases' own
      -- rows, a few hundred a year. Kept by the changes to the rows above (a statement's at once), and by a
      -- client's move to another municipality; \`rows\` counts the rows above, and a sum of none is removed.
      create table purchase_month (
        month date not null,
        kind text not null,
        service_code text not null,
        municipality_code text not null,
        rows integer not null,
        charged_hours numeric not null,
        cost_cents numeric not null,
        primary key (month, kind, service_code, municipality_code)
      );
      create function purchase_month_changed() returns trigger language plpgsql as $$
      begin
        -- The statement's rows: added (+) or removed (-), by the name of their transition table.
        execute format(
          'insert into purchase_month as p (month, kind, service_code, municipality_code, rows, charged_hours, cost_cents)
           select m.month, m.kind, m.service_code, c.municipality_code, %1$s * count(*), %1$s * sum(m.charged_hours),
                  %1$s * sum(m.cost_cents)
           from %2$I m join client c on c.id = m.client_id
           group by 1, 2, 3, 4
           on conflict (month, kind, service_code, municipality_code) do update
             set rows = p.rows + excluded.rows, charged_hours = p.charged_hours + excluded.charged_hours,
                 cost_cents = p.cost_cents + excluded.cost_cents',
          case tg_op when 'INSERT' then 1 else -1 end, case tg_op when 'INSERT' then 'added' else 'removed' end);
        delete from purchase_month where rows = 0;
        return null;
      end $$;
      create trigger purchase_month_added after insert on visit_charge_month referencing new table as added
        for each statement execute function purchase_month_changed();
      create trigger purchase_month_removed after delete on visit_charge_month referencing old table as removed
        for each statement execute function purchase_month_changed();
      create function purchase_month_client_moved() returns trigger language plpgsql as $$
      begin
        insert into purchase_month as p (month, kind, service_code, municipality_code, rows, charged_hours, cost_cents)
        select m.month, m.kind, m.service_code, x.municipality_code, x.sign * count(*), x.sign * sum(m.charged_hours),
               x.sign * sum(m.cost_cents)
        from visit_charge_month m
        cross join (values (old.municipality_code, -1), (new.municipality_code, 1)) x(municipality_code, sign)
        where m.client_id = new.id
        group by 1, 2, 3, 4, x.sign
        on conflict (month, kind, service_code, municipality_code) do update
          set rows = p.rows + excluded.rows, charged_hours = p.charged_hours + excluded.charged_hours,
              cost_cents = p.cost_cents + excluded.cost_cents;
        delete from purchase_month where rows = 0;
        return null;
      end $$;
      create trigger purchase_month_client_moved after update of municipality_code on client
        for each row when (old.municipality_code is distinct from new.municipality_code)
        execute function purchase_month_client_moved();

      -- The whole summary anew from the view, set-based: this migration's fill (and a bulk load's).
      create function visit_charge_month_rebuild() returns void language sql as $$
        delete from visit_charge_month;
        insert into visit_charge_month (arrangement_id, month, kind, service_code, client_id, charged_hours, cost_cents)
        select vc.arrangement_id, date_trunc('month', vc.charged_on::timestamp)::date, vc.kind, a.service_code, a.client_id,
               sum(vc.charged_hours), coalesce(sum(vc.units * vc.unit_price_cents), 0)
        from visit_charge vc join arrangement a on a.id = vc.arrangement_id
        group by 1, 2, 3, 4, 5;
      $$;
      select visit_charge_month_rebuild();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop trigger visit_charge_month on arrangement_event;
      drop trigger visit_charge_month on payment_commitment;
      drop trigger visit_charge_month on visit;
      drop function visit_charge_month_changed();
      drop function visit_charge_month_refresh(uuid);
      drop function visit_charge_month_rebuild();
      drop trigger purchase_month_client_moved on client;
      drop function purchase_month_client_moved();
      drop table purchase_month;
      drop table visit_charge_month;
      drop function purchase_month_changed();
      drop index supervision_finding_case;
      drop index visit_day;
      drop index feedback_answered;
      drop index arrangement_event_ended;
      drop index unmet_need_recorded;
      drop index decision_decided;
      drop index client_municipality;
      drop index arrangement_running_worker;
      drop index arrangement_reassessment_overdue;
      drop index arrangement_reach;
      drop index arrangement_started;
    `);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The council's figures over years of data (issue 27): a year is hundreds of thousands of decision records,
 * and each one's arrangement had to be looked up for the record rule and the client's municipality, one probe
 * per record. `decision_fact` keeps, for each row of `decision_record`, what the figures count it by: the
 * record itself, the arrangement's columns the record rule reads (so a list's rule applies to it unchanged, as
 * to `a`), its client's municipality, and the requests for rectification against it, counted by outcome.
 *
 * It stays equal to its sources in the same transaction: a record added (or changed, or removed) writes its own
 * row; a request for rectification recounts its record's; an arrangement handed over, moved to another team,
 * supplier or service, and a client moved to another municipality, carry their records with them. Each trigger
 * writes only the rows its change touches, by key, so concurrent changes to one arrangement's records do not
 * collide.
 *
 * A year is still hundreds of thousands of facts, so they are also counted by month (`decision_month`), and
 * the arrangements started likewise (`started_month`), by every column the figures group or the record rule
 * reads: a period's whole months are read from these, only its part of a month from the rows themselves.
 *
 * A period's figures read its records by the day they were decided. Records are added as they are decided, so
 * a period's rows lie together in the table; the fill writes them in that order too, and each page keeps room
 * for its rows' new versions (fillfactor) when a request or a move rewrites them.
 */
export class DecisionFacts1764610000000 implements MigrationInterface {
  name = 'DecisionFacts1764610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table decision_fact (
        arrangement_id uuid not null references arrangement (id) on delete cascade,
        seq integer not null,
        kind text not null,
        outcome text not null,
        decided_on date not null,
        service_code text not null,
        team_id text not null,
        own_worker_id uuid not null,
        supplier_id uuid,
        client_id uuid not null,
        municipality_code text not null,
        requests integer not null,
        in_time integer not null,
        upheld integer not null,
        changed integer not null,
        dismissed_late integer not null,
        pending integer not null,
        court integer not null,
        overturned integer not null,
        primary key (arrangement_id, seq)
      ) with (fillfactor = 90);
      create index decision_fact_decided on decision_fact (decided_on);

      -- What each record's fact is, from its sources (its requests counted by a lookup of its own).
      create view decision_fact_source as
        select d.arrangement_id, d.seq, d.kind, d.outcome, d.decided_on, a.service_code, a.team_id, a.own_worker_id,
               a.supplier_id, a.client_id, c.municipality_code, r.requests, r.in_time, r.upheld, r.changed,
               r.dismissed_late, r.pending, r.court, r.overturned
        from decision_record d
        join arrangement a on a.id = d.arrangement_id
        join client c on c.id = a.client_id
        cross join lateral (
          select count(*)::int as requests, count(*) filter (where x.in_time)::int as in_time,
                 count(*) filter (where x.outcome = 'upheld')::int as upheld,
                 count(*) filter (where x.outcome = 'changed')::int as changed,
                 count(*) filter (where x.outcome = 'dismissed_late')::int as dismissed_late,
                 count(*) filter (where x.outcome is null)::int as pending,
                 count(x.court_filed_on)::int as court,
                 count(*) filter (where x.court_outcome = 'overturned')::int as overturned
          from rectification_request x
          where x.arrangement_id = d.arrangement_id and x.decision_seq = d.seq
        ) r;

      -- One record's fact made anew from its sources, or removed when the record is gone.
      -- The arrangement's row is locked first, and the fact read after, so that two changes to one record (two
      -- requests recorded at once, a record added while the arrangement moves) each count the other's.
      create function decision_fact_refresh(of_arrangement uuid, of_seq integer) returns void language plpgsql as $$
      begin
        perform 1 from arrangement a where a.id = of_arrangement for no key update;
        insert into decision_fact
        select * from decision_fact_source s where s.arrangement_id = of_arrangement and s.seq = of_seq
        on conflict (arrangement_id, seq) do update set
          kind = excluded.kind, outcome = excluded.outcome, decided_on = excluded.decided_on,
          service_code = excluded.service_code, team_id = excluded.team_id, own_worker_id = excluded.own_worker_id,
          supplier_id = excluded.supplier_id, client_id = excluded.client_id,
          municipality_code = excluded.municipality_code, requests = excluded.requests, in_time = excluded.in_time,
          upheld = excluded.upheld, changed = excluded.changed, dismissed_late = excluded.dismissed_late,
          pending = excluded.pending, court = excluded.court, overturned = excluded.overturned;
        if not found then
          delete from decision_fact f where f.arrangement_id = of_arrangement and f.seq = of_seq;
        end if;
      end $$;

      -- A record (a decision, an unmet need, an ended event) added, changed or removed.
      create function decision_fact_record_changed() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then perform decision_fact_refresh(old.arrangement_id, old.seq); end if;
        if tg_op <> 'DELETE' then perform decision_fact_refresh(new.arrangement_id, new.seq); end if;
        return null;
      end $$;
      create trigger decision_fact after insert or update or delete on decision
        for each row execute function decision_fact_record_changed();
      create trigger decision_fact after insert or update or delete on unmet_need
        for each row execute function decision_fact_record_changed();
      -- Events are only ever added; only an ending can be a decision record.
      create trigger decision_fact after insert on arrangement_event
        for each row when (new.type = 'ended') execute function decision_fact_record_changed();

      create function decision_fact_request_changed() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then perform decision_fact_refresh(old.arrangement_id, old.decision_seq); end if;
        if tg_op <> 'DELETE' then perform decision_fact_refresh(new.arrangement_id, new.decision_seq); end if;
        return null;
      end $$;
      create trigger decision_fact after insert or update or delete on rectification_request
        for each row execute function decision_fact_request_changed();

      create function decision_fact_arrangement_moved() returns trigger language plpgsql as $$
      begin
        update decision_fact f
        set service_code = new.service_code, team_id = new.team_id, own_worker_id = new.own_worker_id,
            supplier_id = new.supplier_id, client_id = new.client_id,
            municipality_code = (select c.municipality_code from client c where c.id = new.client_id)
        where f.arrangement_id = new.id;
        return null;
      end $$;
      create trigger decision_fact_moved
        after update of service_code, team_id, own_worker_id, supplier_id, client_id on arrangement
        for each row when ((old.service_code, old.team_id, old.own_worker_id, old.supplier_id, old.client_id)
          is distinct from (new.service_code, new.team_id, new.own_worker_id, new.supplier_id, new.client_id))
        execute function decision_fact_arrangement_moved();

      create function decision_fact_client_moved() returns trigger language plpgsql as $$
      begin
        update decision_fact f set municipality_code = new.municipality_code
        where f.arrangement_id in (select a.id from arrangement a where a.client_id = new.id);
        return null;
      end $$;
      create trigger decision_fact_client_moved after update of municipality_code on client
        for each row when (old.municipality_code is distinct from new.municipality_code)
        execute function decision_fact_client_moved();

      -- The records counted by the month they were decided in and everything a figure or the record rule reads of
      -- them: a year's figures read twelve months of these (thousands of rows) and only the days of a month the
      -- period takes part of from decision_fact. Kept by each change of a fact, which takes its counts from its
      -- old key and adds them to its new one; a key of no records is removed.
      create table decision_month (
        month date not null,
        service_code text not null,
        team_id text not null,
        own_worker_id uuid not null,
        supplier_id uuid,
        municipality_code text not null,
        kind text not null,
        outcome text not null,
        records integer not null,
        requests integer not null,
        in_time integer not null,
        upheld integer not null,
        changed integer not null,
        dismissed_late integer not null,
        pending integer not null,
        court integer not null,
        overturned integer not null,
        constraint decision_month_key unique nulls not distinct
          (month, service_code, team_id, own_worker_id, supplier_id, municipality_code, kind, outcome)
      );
      create function decision_month_add(f decision_fact, sign integer) returns void language sql as $$
        insert into decision_month as m (month, service_code, team_id, own_worker_id, supplier_id, municipality_code,
          kind, outcome, records, requests, in_time, upheld, changed, dismissed_late, pending, court, overturned)
        values (date_trunc('month', f.decided_on::timestamp)::date, f.service_code, f.team_id, f.own_worker_id,
          f.supplier_id, f.municipality_code, f.kind, f.outcome, sign, sign * f.requests, sign * f.in_time,
          sign * f.upheld, sign * f.changed, sign * f.dismissed_late, sign * f.pending, sign * f.court,
          sign * f.overturned)
        on conflict on constraint decision_month_key do update set
          records = m.records + excluded.records, requests = m.requests + excluded.requests,
          in_time = m.in_time + excluded.in_time, upheld = m.upheld + excluded.upheld,
          changed = m.changed + excluded.changed, dismissed_late = m.dismissed_late + excluded.dismissed_late,
          pending = m.pending + excluded.pending, court = m.court + excluded.court,
          overturned = m.overturned + excluded.overturned;
        delete from decision_month m
        where m.records = 0 and m.month = date_trunc('month', f.decided_on::timestamp)::date
          and m.service_code = f.service_code and m.team_id = f.team_id and m.own_worker_id = f.own_worker_id
          and m.supplier_id is not distinct from f.supplier_id and m.municipality_code = f.municipality_code
          and m.kind = f.kind and m.outcome = f.outcome;
      $$;
      create function decision_month_changed() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' then perform decision_month_add(old, -1); end if;
        if tg_op <> 'DELETE' then perform decision_month_add(new, 1); end if;
        return null;
      end $$;
      create trigger decision_month after insert or update or delete on decision_fact
        for each row execute function decision_month_changed();

      -- The arrangements started, counted the same way by month, access days and whether within the access-time
      -- target of the catalogue version they were handled under (as the figures count it). Kept by each change of
      -- an arrangement's start or of what it is counted by, and by its client's move to another municipality.
      create table started_month (
        month date not null,
        service_code text not null,
        team_id text not null,
        own_worker_id uuid not null,
        supplier_id uuid,
        municipality_code text not null,
        access_days integer,
        within_target boolean not null,
        started integer not null,
        constraint started_month_key unique nulls not distinct
          (month, service_code, team_id, own_worker_id, supplier_id, municipality_code, access_days, within_target)
      );
      -- Adds (sign 1) or takes away (-1) a started arrangement, counted under the municipality given.
      create function started_month_add(a arrangement, municipality_of text, sign integer) returns void language sql as $$
        insert into started_month as m (month, service_code, team_id, own_worker_id, supplier_id, municipality_code,
          access_days, within_target, started)
        select date_trunc('month', a.started_on::timestamp)::date, a.service_code, a.team_id, a.own_worker_id,
               a.supplier_id, municipality_of, a.access_days,
               coalesce(a.started_on <= (a.needs_assessed_on + (s->>'accessTarget')::interval)::date, false), sign
        from catalogue_version cv cross join jsonb_array_elements(cv.services) s
        where a.started_on is not null and cv.version = a.catalogue_version and s->>'code' = a.service_code
        on conflict on constraint started_month_key do update set started = m.started + excluded.started;
        delete from started_month m
        where m.started = 0 and a.started_on is not null
          and m.month = date_trunc('month', a.started_on::timestamp)::date and m.service_code = a.service_code
          and m.team_id = a.team_id and m.own_worker_id = a.own_worker_id
          and m.supplier_id is not distinct from a.supplier_id and m.municipality_code = municipality_of
          and m.access_days is not distinct from a.access_days;
      $$;
      create function started_month_changed() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'INSERT' and old.started_on is not null then
          perform started_month_add(old, (select c.municipality_code from client c where c.id = old.client_id), -1);
        end if;
        if tg_op <> 'DELETE' and new.started_on is not null then
          perform started_month_add(new, (select c.municipality_code from client c where c.id = new.client_id), 1);
        end if;
        return null;
      end $$;
      create trigger started_month_added after insert on arrangement
        for each row when (new.started_on is not null) execute function started_month_changed();
      create trigger started_month_removed after delete on arrangement
        for each row when (old.started_on is not null) execute function started_month_changed();
      create trigger started_month_moved
        after update of started_on, access_days, needs_assessed_on, catalogue_version, service_code, team_id,
          own_worker_id, supplier_id, client_id on arrangement
        for each row when ((old.started_on, old.access_days, old.needs_assessed_on, old.catalogue_version,
            old.service_code, old.team_id, old.own_worker_id, old.supplier_id, old.client_id)
          is distinct from (new.started_on, new.access_days, new.needs_assessed_on, new.catalogue_version,
            new.service_code, new.team_id, new.own_worker_id, new.supplier_id, new.client_id))
        execute function started_month_changed();
      create function started_month_client_moved() returns trigger language plpgsql as $$
      declare a arrangement;
      begin
        for a in select * from arrangement x where x.client_id = new.id and x.started_on is not null loop
          perform started_month_add(a, old.municipality_code, -1);
          perform started_month_add(a, new.municipality_code, 1);
        end loop;
        return null;
      end $$;
      create trigger started_month_client_moved after update of municipality_code on client
        for each row when (old.municipality_code is distinct from new.municipality_code)
        execute function started_month_client_moved();

      -- The facts and both summaries anew from their sources, set-based: this migration's fill (and a bulk
      -- load's), with the facts' own trigger off while the month's counts are made from them at once.
      create function decision_fact_rebuild() returns void language plpgsql as $$
      begin
        alter table decision_fact disable trigger decision_month;
        delete from decision_fact;
        insert into decision_fact select * from decision_fact_source order by decided_on;
        alter table decision_fact enable trigger decision_month;
        delete from decision_month;
        insert into decision_month
        select date_trunc('month', f.decided_on::timestamp)::date, f.service_code, f.team_id, f.own_worker_id,
               f.supplier_id, f.municipality_code, f.kind, f.outcome, count(*), sum(f.requests), sum(f.in_time),
               sum(f.upheld), sum(f.changed), sum(f.dismissed_late), sum(f.pending), sum(f.court), sum(f.overturned)
        from decision_fact f group by 1, 2, 3, 4, 5, 6, 7, 8;
        delete from started_month;
        insert into started_month
        select date_trunc('month', a.started_on::timestamp)::date, a.service_code, a.team_id, a.own_worker_id,
               a.supplier_id, c.municipality_code, a.access_days,
               coalesce(a.started_on <= (a.needs_assessed_on + (s->>'accessTarget')::interval)::date, false), count(*)
        from arrangement a join client c on c.id = a.client_id
        join catalogue_version cv on cv.version = a.catalogue_version
        cross join jsonb_array_elements(cv.services) s
        where a.started_on is not null and s->>'code' = a.service_code
        group by 1, 2, 3, 4, 5, 6, 7, 8;
      end $$;
      select decision_fact_rebuild();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop function decision_fact_rebuild();
      drop trigger started_month_client_moved on client;
      drop function started_month_client_moved();
      drop trigger started_month_moved on arrangement;
      drop trigger started_month_removed on arrangement;
      drop trigger started_month_added on arrangement;
      drop function started_month_changed();
      drop function started_month_add(arrangement, text, integer);
      drop table started_month;
      drop trigger decision_month on decision_fact;
      drop function decision_month_changed();
      drop function decision_month_add(decision_fact, integer);
      drop table decision_month;
      drop trigger decision_fact_client_moved on client;
      drop function decision_fact_client_moved();
      drop trigger decision_fact_moved on arrangement;
      drop function decision_fact_arrangement_moved();
      drop trigger decision_fact on rectification_request;
      drop function decision_fact_request_changed();
      drop trigger decision_fact on arrangement_event;
      drop trigger decision_fact on unmet_need;
      drop trigger decision_fact on decision;
      drop function decision_fact_record_changed();
      drop function decision_fact_refresh(uuid, integer);
      drop view decision_fact_source;
      drop table decision_fact;
    `);
  }
}

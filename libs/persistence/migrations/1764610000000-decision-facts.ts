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
      );
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
      create function decision_fact_refresh(of_arrangement uuid, of_seq integer) returns void language plpgsql as $$
      begin
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

      -- The whole table anew from its sources, set-based: this migration's fill (and a bulk load's).
      create function decision_fact_rebuild() returns void language sql as $$
        delete from decision_fact;
        insert into decision_fact select * from decision_fact_source;
      $$;
      select decision_fact_rebuild();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
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
      drop function decision_fact_rebuild();
      drop function decision_fact_refresh(uuid, integer);
      drop view decision_fact_source;
      drop table decision_fact;
    `);
  }
}

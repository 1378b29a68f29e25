import type { Client as Pg } from 'pg';
import { USERS } from '../libs/persistence/dev/demo-region';

/**
 * Years of a county's data for the reports' figures, generated in the benchmark's database after its demo
 * region: set-based SQL (generate_series), so that a million arrangements and ten million visits take minutes
 * on two cores. Ids are made from their ordinal (append-only B-trees, and the same rows on every run); every
 * arrangement is in one of the ten municipalities, over the catalogue's services, the suppliers' contracts and
 * the own-production units, with the statuses, decisions, commitments, visits, answers and supervision
 * findings the reports read.
 */
export interface Scale {
  arrangements: number;
  visits: number;
  answers: number;
}

export const FULL_SCALE: Scale = { arrangements: 1_000_000, visits: 10_000_000, answers: 200_000 };

const CLIENTS_PER_ARRANGEMENT = 5;
const userId = (username: string) => USERS.find((u) => u.username === username)!.id;
const SANNA = userId('sanna');
const LAURA = userId('laura');
const PERHEPOLKU = userId('perhepolku');
const PETRA = userId('petra');
const OWN_WORKERS = 60;
/** The first day of the years generated; the last is the day before the demo region's "today" at the latest. */
const FIRST_DAY = '2022-01-01';
const DAYS = 1795;

/** A uuid made from an ordinal under a prefix of eight hex digits: the same row on every run. */
const uuid = (prefix: string, ordinal: string) =>
  `('${prefix}-0000-4000-8000-' || lpad(to_hex(${ordinal}), 12, '0'))::uuid`;

export async function generateReportData(pg: Pg, scale: Scale): Promise<Record<string, number>> {
  const timings: Record<string, number> = {};
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const t = Date.now();
    await pg.query(sql, params);
    timings[name] = (Date.now() - t) / 1000;
  };
  await pg.query('set synchronous_commit = off');
  // A bulk load of rows made consistent by construction: no foreign-key trigger per row (the benchmark's own database).
  await pg.query('set session_replication_role = replica');
  await pg.query(`set work_mem = '256MB'`);
  await pg.query(`set maintenance_work_mem = '512MB'`);
  const clients = Math.ceil(scale.arrangements / CLIENTS_PER_ARRANGEMENT);

  // Own workers of the two own-worker teams; clients of even ordinals are SHL (fsw-espoo), odd LsL (cw-lohja).
  await step(
    'own workers',
    `insert into app_user (id, username, full_name, role, profession, team_id, email)
     select ${uuid('b0000000', 'k')}, 'bench-worker-' || k, 'Bench Worker ' || k, 'own_worker',
            (array['social_worker', 'social_counsellor'])[1 + (k / 2) % 2],
            case when k % 2 = 0 then 'fsw-espoo' else 'cw-lohja' end, 'bench-worker-' || k || '@example.invalid'
     from generate_series(1, ${OWN_WORKERS}) k`,
  );
  // Espoo is a third of the region; the small municipalities get a few per cent each.
  await step(
    'clients',
    `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
     select ${uuid('c0000000', 'j')}, 'Bench Family ' || j, date '2008-01-01' + (j * 37 % 6000),
            (array['espoo','espoo','espoo','espoo','espoo','espoo','lohja','lohja','vihti','vihti','kirkkonummi',
                   'kirkkonummi','raasepori','raasepori','hanko','inkoo','karkkila','kauniainen','siuntio','espoo'])[1 + j % 20],
            case when j % 7 = 0 then 'sv' else 'fi' end, case when j % 2 = 0 then 'SHL' else 'LsL' end,
            ${uuid('b0000000', '1 + (j % 2) + 2 * ((j / 2) % ' + OWN_WORKERS / 2 + ')')}
     from generate_series(1, $1) j`,
    [clients],
  );
  // Who supplies a service: each supplier's contract and each own-production unit's capacity, numbered per service.
  await step(
    'offers',
    `create temp table bench_offer on commit preserve rows as
     select service_code, row_number() over (partition by service_code order by supplier_id) - 1 as k,
            count(*) over (partition by service_code) as n, supplier_id, contract_id, unit, price, own
     from (select service_code, supplier_id, id as contract_id, unit, unit_price_cents as price, false as own
           from supplier_contract
           union all
           select service_code, supplier_id, null, 'hour', null, true from unit_capacity) o`,
  );
  /*
   * Arrangements: the needs assessed over the years; the last month's still in the arranging team's hands,
   * the older ones denied, unmet, withdrawn or started (and ended, unless started in the last 18 months).
   */
  await step(
    'arrangements',
    `with base as (
       select i, (1 + (i::bigint * 7919) % $2)::int as j, date '${FIRST_DAY}' + (i * 2654435761 % ${DAYS})::int as assessed,
              (i * 13) % 100 as h,
              (array['home_help','home_help','home_help','family_work','family_work','family_work','intensified_family_work',
                     'intensive_intensified_family_work','professional_support_person','professional_support_person',
                     'family_rehabilitation_24h','open_family_rehabilitation','support_family','volunteer_support_person',
                     'reunification_family_work','family_work'])[1 + (i * 31) % 16] as service
       from generate_series(1, $1) i
     ), shaped as (
       select b.*, case when b.j % 2 = 0 then 'SHL' else 'LsL' end as basis,
              case
                when b.assessed > date '${FIRST_DAY}' + ${DAYS - 30} then
                  (array['draft','submitted','in_handling','ordered','arranged','granted','committed'])[1 + b.h % 7]
                when b.h < 6 then 'denied' when b.h < 8 then 'unmet_need' when b.h < 11 then 'withdrawn'
                when b.assessed > date '${FIRST_DAY}' + ${DAYS - 540} then
                  case when b.h < 93 then 'active' else 'reassessment_overdue' end
                else 'ended'
              end as status,
              (b.i * 17) % 60 as access
       from base b
     )
     insert into arrangement (id, client_id, service_code, catalogue_version, legal_basis, team_id, own_worker_id, status,
       way, supplier_id, contract_id, hours_per_month, needs_assessed_on, due_on, proposal_revision_id, decision_outcome,
       decided_by, decided_on, period_start, period_end, appeal_deadline, started_on, access_days, last_event_seq,
       created_at, updated_at, period_no, period_ends_at, next_evaluation_due_at, continuation_due, ended_on, end_reason,
       change_status)
     select ${uuid('a0000000', 's.i')}, ${uuid('c0000000', 's.j')}, s.service, 1, s.basis,
            case when s.basis = 'SHL' then 'arr-fsw' else 'arr-cw' end, c.own_worker_id, s.status,
            case when started then case when o.own then 'own_production' else 'purchase' end end,
            case when started then o.supplier_id end, case when started then o.contract_id end,
            10 + s.i % 31, s.assessed, s.assessed + case when s.service = 'home_help' then 7 else 30 end,
            ${uuid('d0000000', 's.i')},
            case when decided then case when s.status = 'denied' then 'denied' else 'granted' end end,
            case when decided then case when s.basis = 'SHL' then '${SANNA}'::uuid else '${LAURA}'::uuid end end,
            case when decided then s.assessed + s.access / 2 end,
            case when started then s.assessed + s.access end,
            case when started then s.assessed + s.access + 182 end,
            case when decided then s.assessed + s.access / 2 + 37 end,
            case when started then s.assessed + s.access end, case when started then s.access end, 6,
            s.assessed::timestamptz, s.assessed::timestamptz, case when running then 1 + s.i % 3 end,
            case when running then (s.assessed + s.access + 182)::timestamptz end,
            case when running then (s.assessed + s.access + 90 + s.i % 120)::timestamptz end,
            running and s.i % 5 = 0,
            case when s.status = 'ended' then least(s.assessed + s.access + 90 + (s.i * 7) % 450, date '${FIRST_DAY}' + ${DAYS}) end,
            case when s.status = 'ended' then (array['period_ended','planned','early'])[1 + s.i % 3] end,
            case when s.status = 'active' and s.i % 40 = 0 then 'requested' end
     from shaped s
     join client c on c.id = ${uuid('c0000000', 's.j')}
     cross join lateral (select s.status in ('active', 'reassessment_overdue', 'ended') as started,
                                s.status in ('active', 'reassessment_overdue') as running,
                                s.status in ('active', 'reassessment_overdue', 'ended', 'denied', 'granted', 'committed') as decided) x
     left join bench_offer o on o.service_code = s.service and o.k = s.i % o.n`,
    [scale.arrangements, clients],
  );
  await step(
    'decisions',
    `insert into decision (arrangement_id, seq, outcome, decided_by, decided_on, period_start, period_end, appeal_deadline, kind)
     select id, 1, decision_outcome, decided_by, decided_on, period_start, period_end, appeal_deadline, 'initial'
     from arrangement where decision_outcome is not null and id >= ${uuid('a0000000', '0')}
     union all
     select id, 2, 'granted', decided_by, period_end - 14, period_end + 1, period_end + 183, period_end + 23, 'continuation'
     from arrangement where started_on is not null and id >= ${uuid('a0000000', '0')}
       and coalesce(ended_on, date '${FIRST_DAY}' + ${DAYS}) > period_end`,
  );
  await step(
    'unmet needs',
    `insert into unmet_need (arrangement_id, seq, recorded_at, recorded_by, service_code, resolved_at)
     select id, 1, (needs_assessed_on + 20)::timestamptz + interval '10 hours',
            case when legal_basis = 'SHL' then '${SANNA}'::uuid else '${LAURA}'::uuid end, service_code,
            case when ('x' || substr(id::text, 34, 3))::bit(12)::int % 3 = 0 then (needs_assessed_on + 90)::timestamptz end
     from arrangement where status = 'unmet_need' and id >= ${uuid('a0000000', '0')}`,
  );
  // Requests for rectification of a denial in one case out of six, some of them on to the court.
  await step(
    'rectification requests',
    `insert into rectification_request (id, arrangement_id, decision_seq, received_on, in_time, grounds, recorded_by,
       outcome, outcome_on, new_decision, court_filed_on, court_outcome, court_decided_on)
     select ${uuid('f0000000', 'n')}, d.arrangement_id, 1, d.decided_on + 20, n % 10 <> 0, 'Bench grounds', d.decided_by,
            o.outcome, case when o.outcome is not null then d.decided_on + 40 end,
            case when o.outcome = 'changed' then 'granted' end,
            case when o.outcome = 'upheld' and n % 3 = 0 then d.decided_on + 70 end,
            case when o.outcome = 'upheld' and n % 6 = 0 then 'overturned' end,
            case when o.outcome = 'upheld' and n % 6 = 0 then d.decided_on + 200 end
     from (select arrangement_id, decided_on, decided_by, row_number() over () as n
           from decision where outcome = 'denied' and arrangement_id >= ${uuid('a0000000', '0')}) d
     cross join lateral (select (array['upheld', 'changed', 'dismissed_late', null, 'upheld', 'upheld'])[1 + d.n % 6] as outcome) o
     where d.n % 6 < 5`,
  );
  await step(
    'commitments',
    `insert into payment_commitment (arrangement_id, seq, kind, supplier_id, contract_id, cost_centre_code,
       units_per_month, unit, unit_price_cents, valid_from, valid_to, status, closed_on)
     select a.id, 1, case when o.own then 'internal_order' else 'payment_commitment' end, a.supplier_id, a.contract_id,
            case when o.own then '4300-OWN' when a.legal_basis = 'SHL' then '4100-FSW' else '4200-CW' end,
            a.hours_per_month, o.unit, o.price, a.started_on, coalesce(a.ended_on, a.started_on + 730),
            case when a.ended_on is null then 'open' else 'closed' end, a.ended_on
     from arrangement a join bench_offer o on o.supplier_id = a.supplier_id and o.service_code = a.service_code
     where a.started_on is not null and a.id >= ${uuid('a0000000', '0')}`,
  );
  // The events the reports read (an ending, a period that ran out with no decision) among the usual ones.
  await step(
    'events',
    `insert into arrangement_event (arrangement_id, seq, type, actor_id, occurred_at, data)
     select a.id, e.seq, e.type, a.own_worker_id, e.at, e.data
     from arrangement a
     cross join lateral (values
       (1, 'created', a.needs_assessed_on::timestamptz, '{}'::jsonb),
       (2, 'submitted', a.needs_assessed_on::timestamptz + interval '1 day', '{}'::jsonb),
       (3, case when a.started_on is not null then 'started' end, a.started_on::timestamptz, '{}'::jsonb),
       (4, case when a.status = 'reassessment_overdue' then 'reassessment_overdue' end,
           a.period_end::timestamptz + interval '1 day', jsonb_build_object('periodEnd', a.period_end)),
       (5, case when a.status = 'ended' then 'ended' end, a.ended_on::timestamptz,
           jsonb_build_object('endsOn', a.ended_on, 'planned', a.end_reason = 'planned'))
     ) e(seq, type, at, data)
     where e.type is not null and a.id >= ${uuid('a0000000', '0')}`,
  );
  // The services that have a supplier's visits, with the days their visits fall on.
  await step(
    'runs',
    `create temp table bench_run on commit preserve rows as
     select row_number() over (order by a.id) as ord, a.id, a.started_on,
            greatest(1, least(coalesce(a.ended_on, date '${FIRST_DAY}' + ${DAYS}), a.started_on + 730) - a.started_on) as span,
            c.unit, c.kind
     from arrangement a join payment_commitment c on c.arrangement_id = a.id and c.seq = 1
     where a.id >= ${uuid('a0000000', '0')}`,
  );
  const { rows } = await pg.query<{ n: string }>('select count(*) as n from bench_run');
  const runs = Number(rows[0]!.n);
  const perRun = Math.ceil(scale.visits / runs);
  await step(
    'visits',
    `insert into visit (id, arrangement_id, visit_on, starts_at, hours, status, cancelled_by, cancelled_at, notice_hours,
       charged_hours, recorded_by, recorded_at, voided)
     select ${uuid('e0000000', 'k')}, r.id, v.on_day, (v.on_day + time '09:00') at time zone 'Europe/Helsinki', v.hours,
            case when v.cancel then 'cancelled' else 'delivered' end,
            case when v.cancel then (array['client', 'supplier'])[1 + k % 2] end,
            case when v.cancel then (v.on_day - 1 + time '12:00') at time zone 'Europe/Helsinki' end,
            case when v.cancel then 21 end,
            case when v.cancel and k % 2 = 1 then 0 else v.hours end,
            '${PERHEPOLKU}', (v.on_day + time '15:00') at time zone 'Europe/Helsinki', k % 500 = 0
     from generate_series(0, $1 - 1) k
     join bench_run r on r.ord = 1 + k % $2
     cross join lateral (select r.started_on + ((k / $2) * r.span / $3)::int as on_day,
                                case when r.unit = 'day' then 8.0 else 1.5 + (k % 4) * 0.5 end as hours,
                                k % 14 = 0 as cancel) v`,
    [scale.visits, runs, perRun],
  );
  // The families' survey answers and the own workers' forms, over the services that ran.
  await step(
    'answers',
    `insert into feedback (id, external_id, arrangement_id, service_code, supplier_id, respondent, answered_on, heard,
       right_things, parent_coping, family_relations, influence, recommend, serious_concern, municipality_code,
       bad_reasons, received_via, recorded_by, created_at)
     select ${uuid('f1000000', 'i')}, case when fam then 'bench-' || i end, a.id, a.service_code, a.supplier_id,
            case when fam then 'family' else 'own_worker' end, f.on_day, 1 + i % 4, 1 + (i / 4) % 4, 1 + (i / 3) % 4,
            1 + (i / 5) % 4, 1 + (i / 7) % 4, r.recommend, not fam and i % 50 = 1, c.municipality_code,
            case when r.recommend <= 3 then array['not_heard'] else '{}' end,
            case when fam then 'import' else 'api' end, case when not fam then a.own_worker_id end, f.on_day::timestamptz
     from generate_series(1, $1) i
     join bench_run b on b.ord = 1 + (i * 7) % $2
     join arrangement a on a.id = b.id
     join client c on c.id = a.client_id
     cross join lateral (select i % 7 <> 0 as fam, b.started_on + (b.span * (i % 10) / 10)::int as on_day) f
     cross join lateral (select (array[10, 9, 9, 8, 10, 7, 9, 6, 3, 10, 8, 2, 9, 5, 10, 1])[1 + i % 16]::smallint as recommend) r`,
    [scale.answers, runs],
  );
  // Planned self-monitoring and supervision visits, four a year a supplier, one in five with a concern.
  await step(
    'planned visits',
    `insert into planned_visit (id, visit_key, supplier_id, due_at, status, visited_on, concern, findings, recorded_by, recorded_at)
     select ${uuid('f2000000', 'row_number() over ()')}, 'bench-' || s.id || '-' || q, s.id,
            (date '${FIRST_DAY}' + q * 91)::timestamptz, 'done', date '${FIRST_DAY}' + q * 91 + 3, q % 5 = 0,
            '{}'::jsonb, '${PETRA}', (date '${FIRST_DAY}' + q * 91 + 3)::timestamptz
     from supplier s cross join generate_series(0, ${Math.floor(DAYS / 91)}) q`,
  );
  // Supervision cases: each supplier's closed ones over the years, findings from bad answers and concerns.
  await step(
    'supervision cases',
    `insert into supervision_case (id, supplier_id, number, status, outcome, opened_at, closed_at, last_event_seq)
     select ${uuid('f3000000', 'row_number() over ()')}, s.id, 1000 + n, 'closed',
            (array['no_action', 'resolved', 'resolved', 'sanction'])[1 + n % 4],
            (date '${FIRST_DAY}' + n * 30)::timestamptz, (date '${FIRST_DAY}' + n * 30 + 25)::timestamptz, 4
     from supplier s cross join generate_series(0, ${Math.floor(DAYS / 30) - 1}) n`,
  );
  await step(
    'findings',
    `insert into supervision_finding (id, supplier_id, source, feedback_id, planned_visit_id, reasons, case_id, created_at,
                                      delivered_at, rests_on, service_code)
     select ${uuid('f4000000', 'row_number() over ()')}, x.supplier_id, x.source, x.feedback_id, x.planned_visit_id,
            array['bench'], sc.id, x.at, x.at, x.day, x.service_code
     from (select f.supplier_id, 'feedback' as source, f.id as feedback_id, null::uuid as planned_visit_id,
                  f.answered_on::timestamptz as at, f.answered_on as day, f.service_code
           from feedback f where f.respondent = 'family' and f.recommend <= 3 and f.supplier_id is not null
             and f.id >= ${uuid('f1000000', '0')}
           union all
           select v.supplier_id, 'planned_visit', null, v.id, v.visited_on::timestamptz, v.visited_on, null
           from planned_visit v where v.concern and v.visit_key like 'bench-%') x
     left join supervision_case sc on sc.supplier_id = x.supplier_id and sc.number >= 1000
       and x.at >= sc.opened_at and x.at < sc.opened_at + interval '30 days'`,
  );
  // The purchases', the units' and the decisions' summaries, which the load's triggers (off until here) would have kept: built anew, with
  // the triggers on, as the migration builds them.
  await pg.query('set session_replication_role = origin');
  await step('charge summaries', 'select visit_charge_month_rebuild()');
  await step('delivered hours', 'select delivered_month_rebuild()');
  await step('decision facts and monthly counts', 'select decision_fact_rebuild()');
  // As autovacuum would leave a table loaded long ago: statistics, and the visibility map index-only scans need.
  await step('vacuum', 'vacuum (analyze)');
  return timings;
}

import { addDays, addDuration } from '../libs/domain/dates';
import { CLIENTS } from '../libs/persistence/dev/demo-region';
import { connect, demo, proposal, type ApiUser, type System } from './support/api';
import { ok, refused } from './support/expect';
import { activeService, contract, publishTestService } from './support/fixtures';

const SERVICE = 'reported_home_help_test';
/** Today as the server counts it, read before each test. */
let day = '';
const today = () => day;

let sys: System;
let aino: ApiUser, sanna: ApiUser, riikka: ApiUser;

beforeAll(async () => {
  sys = await connect();
  aino = sys.as('aino');
  sanna = sys.as('sanna');
  riikka = sys.as('riikka');
  // Home help's access-time target: one week from the needs assessment.
  await publishTestService(riikka, SERVICE, 'Raportoinnin testipalvelu');
});
beforeEach(async () => {
  day = await sys.today();
});
afterAll(() => sys.close());

describe("the team lead's figures", () => {
  it('counts access time against the target, decisions and unmet needs, as counted by hand', async () => {
    // Started today, assessed 10, 3 and 1 days ago: median 3 days, two of three within the week.
    for (const daysAgo of [10, 3, 1]) await activeService(sys, SERVICE, null, addDays(today(), -daysAgo));
    const denied = ok(await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: SERVICE })));
    ok(await aino.post(`/arrangements/${denied.id}/submit`));
    ok(await sanna.post(`/arrangements/${denied.id}/claim`));
    ok(await sanna.post(`/arrangements/${denied.id}/decision`, { outcome: 'denied', reason: 'Tarve ei täyty.' }));
    // The family asks for rectification; the section changes the decision; the family's appeal goes to court.
    const [decision] = ok(await aino.get(`/arrangements/${denied.id}/decisions`));
    const request = ok(
      await sanna.post(`/arrangements/${denied.id}/decisions/${decision.seq}/rectification-requests`, {
        receivedOn: today(),
        grounds: 'Perhe tarvitsee apua arkeen.',
      }),
    );
    expect(request).toMatchObject({ inTime: true, appealDeadline: decision.appealDeadline, outcome: null });
    ok(
      await riikka.post(`/rectification-requests/${request.id}/outcome`, {
        outcome: 'changed',
        decidedOn: today(),
        newDecision: 'Kotipalvelu myönnetään.',
      }),
    );
    ok(await riikka.post(`/rectification-requests/${request.id}/court-appeal`, { filedOn: today() }));
    const unmet = ok(await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: SERVICE })));
    ok(await aino.post(`/arrangements/${unmet.id}/submit`));
    ok(await sanna.post(`/arrangements/${unmet.id}/claim`));
    ok(await sanna.post(`/arrangements/${unmet.id}/unmet-need`, { reason: 'Ei vapaita tekijöitä.' }));
    // An unmet need is appealable too: counted with the denial, its request waiting for the section.
    const [unmetDecision] = ok(await aino.get(`/arrangements/${unmet.id}/decisions`));
    ok(
      await sanna.post(`/arrangements/${unmet.id}/decisions/${unmetDecision.seq}/rectification-requests`, {
        receivedOn: today(),
        grounds: 'Palvelu on järjestettävä.',
      }),
    );

    const figures = ok(await riikka.get(`/reports/figures?from=${today()}&to=${today()}&serviceCode=${SERVICE}`));
    const month = today().slice(0, 7);
    expect(figures).toEqual({
      period: { from: today(), to: today() },
      municipalityCode: null,
      accessTime: [{ serviceCode: SERVICE, started: 3, medianDays: 3, withinTargetShare: 0.667 }],
      decisions: [
        { serviceCode: SERVICE, kind: 'initial', outcome: 'denied', count: 1 },
        { serviceCode: SERVICE, kind: 'initial', outcome: 'granted', count: 3 },
      ],
      unmetNeeds: { recorded: 1, stillOpen: 1 },
      satisfaction: [],
      reassessmentsOverdueNow: 0,
      appeals: [
        {
          year: Number(today().slice(0, 4)),
          serviceCode: SERVICE,
          negativeDecisions: 2,
          rectificationRequests: 2,
          inTime: 2,
          upheld: 0,
          changed: 1,
          dismissedLate: 0,
          pending: 1,
          courtAppeals: 1,
          courtOverturned: 0,
        },
      ],
      accessTimeByMonth: [{ month, serviceCode: SERVICE, started: 3, medianDays: 3, withinTargetShare: 0.667 }],
      appealsByMonth: [
        {
          month,
          serviceCode: SERVICE,
          negativeDecisions: 2,
          rectificationRequests: 2,
          inTime: 2,
          upheld: 0,
          changed: 1,
          dismissedLate: 0,
          pending: 1,
        },
      ],
      unmetNeedsByMonth: [{ month, serviceCode: SERVICE, recorded: 1, stillOpen: 1 }],
    });
    // The whole month is read from the monthly counts, a day of it from the rows: the same figures, as every
    // record of this service is of today. Of one municipality's clients too, as the board report groups them.
    const monthEnd = addDays(addDuration(`${month}-01`, 'P1M'), -1);
    for (const m of ['', '&municipalityCode=espoo']) {
      const day = ok(await riikka.get(`/reports/figures?from=${today()}&to=${today()}&serviceCode=${SERVICE}${m}`));
      const whole = ok(await riikka.get(`/reports/figures?from=${month}-01&to=${monthEnd}&serviceCode=${SERVICE}${m}`));
      expect({ ...whole, period: day.period }).toEqual(day);
    }
    // Another day of the month (before today, or after on the first): none of them.
    const other = today().endsWith('-01') ? addDays(today(), 1) : addDays(today(), -1);
    expect(ok(await riikka.get(`/reports/figures?from=${other}&to=${other}&serviceCode=${SERVICE}`))).toMatchObject({
      accessTime: [],
      decisions: [],
      appeals: [],
      unmetNeeds: { recorded: 0, stillOpen: 0 },
    });
    const bad = refused(await riikka.get(`/reports/figures?from=${today()}&to=2020-01-01`), 400);
    expect(bad.problems[0]).toMatchObject({ field: 'to' });
    refused(await sanna.get(`/reports/figures?from=${today()}&to=${today()}`), 403);
  });

  it('shows each own worker’s caseload against the norm of their profession', async () => {
    // Her clients as the register has them now: other files add clients of hers to the demo's.
    const [{ count }] = await sys.db.query('select count(*)::int as count from client where own_worker_id = $1', [
      demo.userId('aino'),
    ]);
    const caseloads = ok(await riikka.get('/reports/caseloads'));
    const ainos = caseloads.find((c: { userId: string }) => c.userId === demo.userId('aino'));
    expect(count).toBeGreaterThanOrEqual(CLIENTS.filter((c) => c.ownWorkerId === demo.userId('aino')).length);
    expect(ainos).toMatchObject({
      profession: 'social_worker',
      clients: count,
      norm: 50,
      overNorm: false,
    });
    expect(ainos.runningServices).toBeGreaterThanOrEqual(3);
    const eriks = caseloads.find((c: { userId: string }) => c.userId === demo.userId('erik'));
    expect(eriks).toMatchObject({ profession: 'social_counsellor', norm: 25 });
  });

  it('adds up the year’s purchases at the committed prices, against the county’s baseline and its target', async () => {
    await contract(sys.db, {
      id: '00000000-0000-4000-8000-0000070000aa',
      supplierId: demo.perhepolku,
      serviceCode: SERVICE,
      priceCents: 4000,
    });
    const active = await activeService(sys, SERVICE, demo.perhepolku);
    const supplier = sys.as('perhepolku');
    const startsAt = new Date().toISOString();
    for (const [key, hours] of [
      ['p-1', 2],
      ['p-2', 1.5],
    ] as const) {
      ok(
        await supplier.send('POST', `/arrangements/${active.id}/visits`, { startsAt, hours, status: 'delivered' }, key),
      );
    }
    const year = Number(today().slice(0, 4));
    const report = ok(await riikka.get(`/reports/purchases?year=${year}`));
    const bought = report.services.find((s: { serviceCode: string }) => s.serviceCode === SERVICE);
    // 3.5 hours at 40.00 € = 140.00 €; a service the county has set no baseline for has no target.
    expect(bought).toEqual({
      serviceCode: SERVICE,
      chargedHours: 3.5,
      spentCents: 14_000,
      baselineCents: null,
      baselineSource: null,
      baselineIsExample: null,
      targetCents: null,
      shareOfTarget: null,
    });
    expect(report.services.find((s: { serviceCode: string }) => s.serviceCode === 'home_help')).toMatchObject({
      baselineCents: 108_600_000,
      baselineIsExample: true,
      targetCents: 86_880_000,
    });
    // The demo region's figures are another county's, and say so.
    expect(report.reductionTargetSource).toMatch(/Pirkanmaa/);
    expect(report.months.filter((m: { serviceCode: string }) => m.serviceCode === SERVICE)).toEqual([
      { month: today().slice(0, 7), serviceCode: SERVICE, chargedHours: 3.5, spentCents: 14_000 },
    ]);
    refused(await riikka.get('/reports/purchases?year=twenty'), 400);
  });
});

describe('the figures by municipality', () => {
  const OTHER = 'reported_by_municipality_test';
  let year = 0;

  beforeAll(async () => {
    await publishTestService(riikka, OTHER, 'Kuntakohtaisten lukujen testipalvelu');
    await contract(sys.db, {
      id: '00000000-0000-4000-8000-000005800001',
      supplierId: demo.perhepolku,
      serviceCode: OTHER,
      priceCents: 5000,
    });
  });

  it("count only the clients of the municipality asked: Eetu's in Espoo, Ella's in Kirkkonummi", async () => {
    year = Number(today().slice(0, 4));
    const supplier = sys.as('perhepolku');
    const startsAt = new Date().toISOString();
    // Eetu (Espoo): assessed 2 days ago, 2 hours; Ella (Kirkkonummi): assessed 20 days ago, 3 hours.
    for (const [client, daysAgo, hours] of [
      [demo.eetu.id, 2, 2],
      [demo.ella.id, 20, 3],
    ] as const) {
      const a = await activeService(sys, OTHER, demo.perhepolku, addDays(today(), -daysAgo), client);
      ok(
        await supplier.send(
          'POST',
          `/arrangements/${a.id}/visits`,
          { startsAt, hours, status: 'delivered' },
          `m-${client}`,
        ),
      );
    }
    const figuresOf = async (municipality?: string) =>
      ok(
        await riikka.get(
          `/reports/figures?from=${today()}&to=${today()}&serviceCode=${OTHER}` +
            (municipality ? `&municipalityCode=${municipality}` : ''),
        ),
      );
    const [county, espoo, kirkkonummi, hanko] = await Promise.all([
      figuresOf(),
      figuresOf('espoo'),
      figuresOf('kirkkonummi'),
      figuresOf('hanko'),
    ]);
    expect(county.accessTime).toEqual([{ serviceCode: OTHER, started: 2, medianDays: 11, withinTargetShare: 0.5 }]);
    expect(espoo).toMatchObject({
      municipalityCode: 'espoo',
      accessTime: [{ serviceCode: OTHER, started: 1, medianDays: 2, withinTargetShare: 1 }],
      accessTimeByMonth: [{ month: today().slice(0, 7), serviceCode: OTHER, started: 1, medianDays: 2 }],
    });
    expect(kirkkonummi.accessTime).toEqual([{ serviceCode: OTHER, started: 1, medianDays: 20, withinTargetShare: 0 }]);
    expect(hanko).toMatchObject({ accessTime: [], decisions: [], accessTimeByMonth: [], appealsByMonth: [] });

    const spentOf = async (municipality?: string) => {
      const report = ok(
        await riikka.get(`/reports/purchases?year=${year}${municipality ? `&municipalityCode=${municipality}` : ''}`),
      );
      return {
        year: report.services.find((s: { serviceCode: string }) => s.serviceCode === OTHER)?.spentCents ?? 0,
        months: report.months.filter((m: { serviceCode: string }) => m.serviceCode === OTHER),
      };
    };
    expect(await spentOf()).toEqual({
      year: 25_000,
      months: [{ month: today().slice(0, 7), serviceCode: OTHER, chargedHours: 5, spentCents: 25_000 }],
    });
    expect((await spentOf('espoo')).year).toBe(10_000);
    expect((await spentOf('kirkkonummi')).year).toBe(15_000);
    expect(await spentOf('hanko')).toEqual({ year: 0, months: [] });
  });

  it("count an own worker's clients of the municipality asked", async () => {
    const ainoOf = async (municipality: string) =>
      ok(await riikka.get(`/reports/caseloads?municipalityCode=${municipality}`)).find(
        (c: { userId: string }) => c.userId === demo.userId('aino'),
      );
    const [{ count }] = await sys.db.query(
      `select count(*)::int as count from client where own_worker_id = $1 and municipality_code = 'kirkkonummi'`,
      [demo.userId('aino')],
    );
    expect((await ainoOf('kirkkonummi')).clients).toBe(count);
    expect((await ainoOf('kirkkonummi')).clients).toBeLessThan(
      ok(await riikka.get('/reports/caseloads')).find((c: { userId: string }) => c.userId === demo.userId('aino'))
        .clients,
    );
  });

  it('refuse a municipality not of the county, naming the field and its rule', async () => {
    for (const path of [
      `/reports/figures?from=${today()}&to=${today()}&municipalityCode=tampere`,
      `/reports/purchases?year=2026&municipalityCode=tampere`,
      '/reports/caseloads?municipalityCode=tampere',
    ]) {
      expect(refused(await riikka.get(path), 400).problems).toEqual([
        expect.objectContaining({ field: 'municipalityCode', rule: 'known_municipality' }),
      ]);
    }
    const names = ok(await riikka.get('/reports/municipalities'));
    expect(names).toHaveLength(10);
    expect(names).toContainEqual({ code: 'raasepori', name: { fi: 'Raasepori', sv: 'Raseborg', en: 'Raasepori' } });
  });

  it("give procurement the county's purchases, never a municipality's, where a month can be one family's", async () => {
    const petra = sys.as('petra');
    ok(await petra.get('/reports/purchases?year=2026'));
    refused(await petra.get('/reports/purchases?year=2026&municipalityCode=espoo'), 403);
    ok(await riikka.get('/reports/purchases?year=2026&municipalityCode=espoo'));
  });
});

describe("the decision records' facts (decision_fact)", () => {
  it('stay equal to their sources through every change a record, a request or its arrangement can take', async () => {
    // Kept and made afresh from the sources (decision_fact_source), and the monthly counts from the facts and the
    // arrangements started: no row of the one missing from the other.
    const differences = async (q: (sql: string) => Promise<{ n: number }[]>) =>
      (
        await q(`with facts as (table decision_fact), made as (table decision_fact_source),
                 months as (table decision_month),
                 counted as (
                   select date_trunc('month', decided_on::timestamp)::date, service_code, team_id, own_worker_id,
                          supplier_id, municipality_code, kind, outcome, count(*)::int, sum(requests)::int,
                          sum(in_time)::int, sum(upheld)::int, sum(changed)::int, sum(dismissed_late)::int,
                          sum(pending)::int, sum(court)::int, sum(overturned)::int
                   from decision_fact group by 1, 2, 3, 4, 5, 6, 7, 8),
                 started as (table started_month),
                 started_counted as (
                   select date_trunc('month', a.started_on::timestamp)::date, a.service_code, a.team_id,
                          a.own_worker_id, a.supplier_id, c.municipality_code, a.access_days,
                          coalesce(a.started_on <= (a.needs_assessed_on + (s->>'accessTarget')::interval)::date, false), count(*)::int
                   from arrangement a join client c on c.id = a.client_id
                   join catalogue_version cv on cv.version = a.catalogue_version
                   cross join jsonb_array_elements(cv.services) s
                   where a.started_on is not null and s->>'code' = a.service_code
                   group by 1, 2, 3, 4, 5, 6, 7, 8)
                 select ((select count(*) from ((table facts except table made)
                                                union all (table made except table facts)) f)
                       + (select count(*) from ((table months except table counted)
                                                union all (table counted except table months)) m)
                       + (select count(*) from ((table started except table started_counted)
                                                union all (table started_counted except table started)) s))::int as n`)
      )[0]!.n;
    expect(await differences((sql) => sys.db.query(sql))).toBe(0);
    // Every kind of change, in a transaction rolled back after, each checked against the sources and by what it
    // should have moved.
    const runner = sys.db.createQueryRunner();
    await runner.startTransaction();
    try {
      const q = (sql: string, params: unknown[] = []) => runner.query(sql, params);
      const [record] = await q(
        `select f.arrangement_id as id, f.seq, a.client_id as "clientId", a.own_worker_id as "ownWorkerId", a.last_event_seq as last
         from decision_fact f join arrangement a on a.id = f.arrangement_id
         where f.kind not in ('unmet_need', 'ending') order by f.decided_on desc limit 1`,
      );
      const fact = async (seq = record.seq) =>
        (await q('select * from decision_fact where arrangement_id = $1 and seq = $2', [record.id, seq]))[0];
      const before = await fact();
      const step = async (sql: string, params: unknown[] = []) => {
        await q(sql, params);
        expect(await differences(q)).toBe(0);
      };

      await step(
        `insert into rectification_request (id, arrangement_id, decision_seq, received_on, in_time, grounds, recorded_by)
         values (gen_random_uuid(), $1, $2, current_date, true, 'Perustelut.', $3)`,
        [record.id, record.seq, record.ownWorkerId],
      );
      expect(await fact()).toMatchObject({ requests: before.requests + 1, pending: before.pending + 1 });
      await step(
        `update rectification_request set outcome = 'upheld', outcome_on = current_date, outcome_by = recorded_by,
           court_filed_on = current_date, court_outcome = 'overturned'
         where arrangement_id = $1 and decision_seq = $2 and outcome is null`,
        [record.id, record.seq],
      );
      expect(await fact()).toMatchObject({ pending: before.pending, upheld: before.upheld + 1 });
      expect((await fact()).overturned).toBeGreaterThan(before.overturned);

      // Handed over to another own worker of another team; the client moved to another municipality.
      const [other] = await q(
        `select u.id, u.team_id as "teamId" from app_user u
         where u.role = 'own_worker' and u.id <> $1 and u.team_id is not null order by u.id limit 1`,
        [record.ownWorkerId],
      );
      await step('update arrangement set own_worker_id = $2, team_id = $3 where id = $1', [
        record.id,
        other.id,
        other.teamId,
      ]);
      expect(await fact()).toMatchObject({ own_worker_id: other.id, team_id: other.teamId });
      const [elsewhere] = await q(
        `select m.code from municipality m where m.code <> (select municipality_code from client where id = $1)
         order by m.code limit 1`,
        [record.clientId],
      );
      await step('update client set municipality_code = $2 where id = $1', [record.clientId, elsewhere.code]);
      expect((await fact()).municipality_code).toBe(elsewhere.code);
      // Its start moved to another month, with other access days.
      await step(
        `update arrangement set started_on = coalesce(started_on, needs_assessed_on) - 40, access_days = 3
         where id = $1`,
        [record.id],
      );

      // An unmet need and an unplanned end recorded; the decision and the requests removed.
      await step(
        `insert into unmet_need (arrangement_id, seq, recorded_at, recorded_by, service_code)
         select id, $2, now(), own_worker_id, service_code from arrangement where id = $1`,
        [record.id, record.last + 1],
      );
      expect(await fact(record.last + 1)).toMatchObject({ kind: 'unmet_need', outcome: 'unmet_need' });
      await step(
        `insert into arrangement_event (arrangement_id, seq, type, actor_id, occurred_at, data)
         values ($1, $2, 'ended', $3, now(), '{"planned": false}')`,
        [record.id, record.last + 2, other.id],
      );
      expect(await fact(record.last + 2)).toMatchObject({ kind: 'ending', outcome: 'ended' });
      await step('delete from rectification_request where arrangement_id = $1', [record.id]);
      expect(await fact()).toMatchObject({ requests: 0, pending: 0, court: 0 });
      await step('delete from decision where arrangement_id = $1 and seq = $2', [record.id, record.seq]);
      expect(await fact()).toBeUndefined();
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

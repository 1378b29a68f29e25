import { addDays } from '../libs/domain/dates';
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

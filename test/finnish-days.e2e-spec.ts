import { ERRORS } from '../apps/api/src/common/domain-error';
import { RULE_CODES, ZOD_RULE_CODES } from '../libs/contracts/rules';
import { addDays, addDuration, daysBetween } from '../libs/domain/dates';
import { startOfDay } from '../libs/domain/zoned-arithmetic';
import { connect, demo, proposal, type ApiUser, type System } from './support/api';
import { systemEnv } from './support/env';
import { ok, refused } from './support/expect';
import { activeService, contract, ownProduction, publishTestService } from './support/fixtures';

/**
 * The county's days and the figures that rest on them, with the API, the worker and their database
 * sessions in UTC (see global-setup): a day is the day in Europe/Helsinki, deadlines and rules hold.
 */
const SERVICE = 'finnish_days_test';
const MINUTE = 60_000;

let sys: System;
let aino: ApiUser, sanna: ApiUser, laura: ApiUser, riikka: ApiUser, familjestod: ApiUser;

beforeAll(async () => {
  sys = await connect();
  aino = sys.as('aino');
  sanna = sys.as('sanna');
  laura = sys.as('laura');
  riikka = sys.as('riikka');
  familjestod = sys.as('familjestod');
  await publishTestService(riikka, SERVICE, 'Suomalaisten päivien testipalvelu');
  await contract(sys.db, {
    id: '00000000-0000-4000-8000-0000080000aa',
    supplierId: demo.perhepolku,
    serviceCode: SERVICE,
    priceCents: 4500,
  });
});
afterAll(() => sys.close());

/** 23:30 on the day before `day` and 00:30 on `day`, in Helsinki. */
function aroundMidnight(day: string): [Date, Date] {
  const midnight = startOfDay(day).getTime();
  return [new Date(midnight - 30 * MINUTE), new Date(midnight + 30 * MINUTE)];
}

describe('the Finnish day', () => {
  it('counts an unmet need recorded at 23:30 and one at 00:30 on the days they were in Helsinki', async () => {
    const { id } = ok(await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: SERVICE })));
    // Winter (UTC+2): 21:30 and 22:30 UTC on 14 January; summer (UTC+3): 20:30 and 21:30 UTC on 14 July.
    for (const [n, day] of [
      [1, '2026-01-15'],
      [3, '2026-07-15'],
    ] as const) {
      const [late, early] = aroundMidnight(day);
      expect(late.toISOString().slice(0, 10)).toBe(early.toISOString().slice(0, 10));
      for (const [seq, at] of [
        [900 + n, late],
        [901 + n, early],
      ] as const) {
        // As the worker's projection records them: the instant, not a day.
        await sys.db.query(
          `insert into unmet_need (arrangement_id, seq, recorded_at, recorded_by, service_code)
           values ($1, $2, $3, $4, $5)`,
          [id, seq, at, demo.userId('sanna'), SERVICE],
        );
      }
      const unmetOn = async (d: string) =>
        ok(await riikka.get(`/reports/figures?from=${d}&to=${d}&serviceCode=${SERVICE}`)).unmetNeeds.recorded;
      expect(await unmetOn(addDays(day, -1))).toBe(1);
      expect(await unmetOn(day)).toBe(1);
    }
  });

  it('puts visits at 23:30 and 00:30 on the days and in the months they were in Helsinki', async () => {
    const active = await activeService(sys, SERVICE, demo.perhepolku);
    const today = await sys.today();
    const firstOfNext = addDuration(`${today.slice(0, 8)}01`, 'P1M');
    const lastOfThis = addDays(firstOfNext, -1);
    const [late, early] = aroundMidnight(firstOfNext);
    const perhepolku = sys.as('perhepolku');
    for (const [key, at, hours] of [
      ['fd-late', late, 1],
      ['fd-early', early, 2],
    ] as const) {
      ok(
        await perhepolku.send(
          'POST',
          `/arrangements/${active.id}/visits`,
          { startsAt: at.toISOString(), hours, status: 'delivered' },
          key,
        ),
      );
    }
    const visits = ok(await sanna.get(`/arrangements/${active.id}/visits`));
    expect(visits.map((v: { visitOn: string; hours: number }) => [v.visitOn, v.hours])).toEqual([
      [lastOfThis, 1],
      [firstOfNext, 2],
    ]);
    const use = async (month: string) =>
      ok(await sanna.get(`/arrangements/${active.id}/use?month=${month}`)).deliveredHours;
    expect(await use(lastOfThis.slice(0, 7))).toBe(1);
    expect(await use(firstOfNext.slice(0, 7))).toBe(2);
  });
});

describe('rules the figures rest on', () => {
  it('refuses a needs assessment dated in the future, and a start before the decision', async () => {
    const today = await sys.today();
    const future = refused(
      await aino.post('/arrangements', proposal(demo.eetu.id, { needsAssessedOn: addDays(today, 1) })),
      400,
    );
    expect(future.problems).toEqual([expect.objectContaining({ field: 'needsAssessedOn', rule: 'not_in_future' })]);

    const assessed = addDays(today, -10);
    const { id } = ok(
      await aino.post(
        '/arrangements',
        proposal(demo.eetu.id, { serviceCode: SERVICE, needsAssessedOn: assessed, desiredStartOn: today }),
      ),
    );
    ok(await aino.post(`/arrangements/${id}/submit`));
    ok(await sanna.post(`/arrangements/${id}/claim`));
    await ownProduction(sys, id);
    const { decision } = ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'granted' }));
    ok(await sanna.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: '4300-OWN' }));
    const early = refused(
      await aino.post(`/arrangements/${id}/start`, { startedOn: addDays(decision.decidedOn, -1), goals: 'x' }),
      400,
    );
    expect(early.problems).toEqual([expect.objectContaining({ field: 'startedOn', rule: 'date_order' })]);
    expect(early.message).toContain(`before the decision (${decision.decidedOn})`);
    const started = ok(
      await aino.post(`/arrangements/${id}/start`, { startedOn: decision.decidedOn, goals: 'Arki sujuu.' }),
    );
    expect(started.accessDays).toBe(daysBetween(assessed, decision.decidedOn));
  });

  it('counts the rectification deadline from how the denial reached the client', async () => {
    const { id } = ok(await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: SERVICE })));
    ok(await aino.post(`/arrangements/${id}/submit`));
    ok(await sanna.post(`/arrangements/${id}/claim`));
    const bad = refused(
      await sanna.post(`/arrangements/${id}/decision`, { outcome: 'denied', reason: 'x', notification: 'fax' }),
      400,
    );
    expect(bad.problems[0]).toMatchObject({ field: 'notification' });
    const { decision } = ok(
      await sanna.post(`/arrangements/${id}/decision`, {
        outcome: 'denied',
        reason: 'Tarve ei täyty.',
        notification: 'electronic',
      }),
    );
    // The server's calendar, asked the same question, gives the same last day.
    const expected = ok(
      await sanna.get(`/calendar/rectification-deadline?sentOn=${decision.decidedOn}&notification=electronic`),
    );
    expect(expected.notifiedOn).toBe(addDays(decision.decidedOn, 3));
    expect(decision).toMatchObject({ notification: 'electronic', appealDeadline: expected.lastDay });
    const [row] = await sys.db.query(
      `select notification, to_char(appeal_deadline, 'YYYY-MM-DD') as deadline from decision where arrangement_id = $1`,
      [id],
    );
    expect(row).toEqual({ notification: 'electronic', deadline: expected.lastDay });
  });

  it("ends a payment commitment with the supplier's contract and alerts the arranging team in time", async () => {
    const today = await sys.today();
    const contractEnds = addDays(today, 20);
    await contract(sys.db, {
      id: '00000000-0000-4000-8000-0000080000bb',
      supplierId: demo.familjestod,
      serviceCode: SERVICE,
      priceCents: 5000,
      validTo: contractEnds,
    });
    const { id } = ok(await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: SERVICE })));
    ok(await aino.post(`/arrangements/${id}/submit`));
    ok(await sanna.post(`/arrangements/${id}/claim`));
    ok(await sanna.post(`/arrangements/${id}/way`, { way: 'purchase', supplierId: demo.familjestod }));
    ok(await familjestod.post(`/arrangements/${id}/order-response`, { accept: true }));
    const { decision } = ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'granted' }));
    // Three months granted: the decision runs past the contract.
    expect(decision.periodEnd > contractEnds).toBe(true);
    ok(await sanna.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: '4100-FSW' }));

    const [commitment] = await sys.db.query(
      `select to_char(valid_to, 'YYYY-MM-DD') as "validTo" from payment_commitment where arrangement_id = $1`,
      [id],
    );
    expect(commitment.validTo).toBe(contractEnds);
    const alerts = await sys.db.query('select kind, team_id, resolved_at from alert where arrangement_id = $1', [id]);
    expect(alerts).toEqual([{ kind: 'contract_ends', team_id: 'arr-fsw', resolved_at: null }]);
    const [finance] = await sys.db.query(
      `select payload from outbox where topic = 'finance.payment_commitment' and payload->>'arrangementId' = $1`,
      [id],
    );
    expect(finance.payload.validTo).toBe(contractEnds);
    // The process says the same as the read model: its timeline and the use of the service agree.
    const timeline = ok(await sanna.get(`/arrangements/${id}/timeline`));
    const committed = timeline.find((e: { type: string }) => e.type === 'payment_committed');
    expect(committed.data).toMatchObject({ validTo: contractEnds, contractEndsFirst: true });

    const listed = async (user: ApiUser) =>
      ok(await user.get('/running-services?list=contract_ending')).map((a: { id: string }) => a.id);
    expect(await listed(sanna)).toContain(id);
    expect(await listed(riikka)).toContain(id);
    // The child-welfare team does not see family social work's arrangements.
    expect(await listed(laura)).not.toContain(id);
  });

  it("leaves the own worker's form out of the families' NPS, its rule and the reports", async () => {
    const today = await sys.today();
    const { id } = await activeService(sys, SERVICE, demo.perhepolku);
    const family = (responseId: string, recommend: number) => ({
      responseId,
      arrangementId: id,
      respondent: 'family',
      answeredOn: today,
      heard: 3,
      rightThings: 3,
      recommend,
    });
    const imported = ok(
      await riikka.post('/feedback/imports', [
        family('fd-1', 3),
        family('fd-2', 3),
        family('fd-3', 3),
        family('fd-4', 10),
      ]),
    );
    expect(imported.accepted.map((r: { badReasons: string[] }) => r.badReasons)).toEqual([[], [], [], []]);
    // Counted in, the own worker's 10 would be the fifth answer, and the NPS rule (at least five) would fire.
    const own = ok(
      await aino.post('/feedback', {
        arrangementId: id,
        respondent: 'own_worker',
        answeredOn: today,
        heard: 3,
        rightThings: 3,
        recommend: 10,
      }),
    );
    expect(own.badReasons).toEqual([]);
    // The fifth family answer brings the families' NPS to (1 − 4) / 5 = −60: under 0, the rule fires.
    const fifth = ok(await riikka.post('/feedback/imports', [family('fd-5', 3)]));
    expect(fifth.accepted[0].badReasons).toEqual(['nps_below']);

    const figures = ok(await riikka.get(`/reports/figures?from=${today}&to=${today}&serviceCode=${SERVICE}`));
    expect(figures.satisfaction).toEqual([
      {
        serviceCode: SERVICE,
        answers: 5,
        nps: -60,
        ownWorkerAnswers: 1,
        ownWorkerSeriousConcerns: 0,
        // The county has set no NPS target for this service: none is borrowed.
        npsTarget: null,
        npsTargetSource: null,
        npsTargetIsExample: null,
      },
    ]);
  });
});

describe('the OpenAPI document', () => {
  it('has the error shape, with every error code and rule code a refusal names, on every operation', async () => {
    const document: any = await (await fetch(`${systemEnv().apiUrl}/docs/openapi.json`)).json();
    const error = document.components.schemas.Error.properties.error.properties;
    expect([...error.code.enum].sort()).toEqual(Object.keys(ERRORS).sort());
    expect(error.problems.items.properties.rule.enum).toEqual([
      ...Object.keys(ZOD_RULE_CODES),
      ...Object.keys(RULE_CODES),
    ]);
    expect(error.problems.items.properties.rule.enum).toEqual(
      expect.arrayContaining(['required_column', 'not_in_future', 'too_small']),
    );
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item as object));
    expect(operations.length).toBeGreaterThan(40);
    for (const op of operations as { responses: Record<string, unknown> }[]) {
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['400', '401', '403', '404', '409', '503']));
    }
  });

  it('describes the body of every success, with a named schema the web client is generated from', async () => {
    const document: any = await (await fetch(`${systemEnv().apiUrl}/docs/openapi.json`)).json();
    const undescribed: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(item as Record<string, { responses: Record<string, any> }>)) {
        const successes = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
        const named = successes.filter(([, r]) => Object.values(r.content ?? {}).some((c: any) => c.schema));
        if (successes.length === 0 || named.length !== successes.length) undescribed.push(`${method} ${path}`);
      }
    }
    expect(undescribed).toEqual([]);
    // The main screens' shapes carry an example a reader can start from.
    for (const name of ['Arrangement', 'QueuePage', 'ListedArrangement', 'Visit', 'MonthUse', 'Feedback']) {
      expect(document.components.schemas[name].example).toBeDefined();
    }
  });
});

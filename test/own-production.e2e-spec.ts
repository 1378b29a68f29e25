import { SUPPLIERS } from '../libs/persistence/dev/demo-region';
import { type ApiUser, connect, demo, proposal, type System } from './support/api';
import { ok, refused } from './support/expect';
import { publishTestService, roomInUnit } from './support/fixtures';

/**
 * The county's own-production units as providers (issue 26): choosing own production orders from a unit,
 * whose lead answers it as a supplier does (accepting names the unit's worker who works with the family, or
 * declining says it has no capacity); its users see only their unit's orders and record the visits of its
 * services. Own production always names its unit; a unit accepts only what fits in its capacity for the
 * service; its figures stand beside the suppliers' for team leads and procurement.
 */
const [homeHelpUnit, familyWorkUnit] = SUPPLIERS.filter((s) => s.ownProduction).map((s) => s.id);
/** A service of this file's own, whose capacity in the family work unit the tests set: 30 hours a month. */
const CAPACITY_SERVICE = 'unit_capacity_test';
const CAPACITY = 30;

let sys: System;
let aino: ApiUser, sanna: ApiUser, hanna: ApiUser, leena: ApiUser, maria: ApiUser, juho: ApiUser;
let perhepolku: ApiUser, riikka: ApiUser, petra: ApiUser;
let today = '';

beforeAll(async () => {
  sys = await connect();
  aino = sys.as('aino');
  sanna = sys.as('sanna');
  hanna = sys.as('hanna');
  leena = sys.as('leena');
  maria = sys.as('maria');
  juho = sys.as('juho');
  perhepolku = sys.as('perhepolku');
  riikka = sys.as('riikka');
  petra = sys.as('petra');
  today = await sys.today();
  // Other tests' services fill the home help unit as they will: it has room for them all.
  await roomInUnit(sys, homeHelpUnit!, 'home_help');
  await publishTestService(riikka, CAPACITY_SERVICE, 'Oman tuotannon kapasiteetin testipalvelu');
  await sys.db.query(
    `insert into unit_capacity (supplier_id, service_code, hours_per_month) values ($1, $2, $3)
     on conflict (supplier_id, service_code) do update set hours_per_month = excluded.hours_per_month`,
    [familyWorkUnit, CAPACITY_SERVICE, CAPACITY],
  );
});
afterAll(() => sys.close());

/** Aino's proposal for Eetu (home help unless told), submitted and claimed by Sanna: ready for the way to be chosen. */
async function claimedProposal(serviceCode = 'home_help'): Promise<string> {
  const { id } = ok(
    await aino.post(
      '/arrangements',
      proposal(demo.eetu.id, { serviceCode, needsAssessedOn: today, desiredStartOn: today, hoursPerMonth: 20 }),
    ),
  );
  ok(await aino.post(`/arrangements/${id}/submit`));
  ok(await sanna.post(`/arrangements/${id}/claim`));
  return id;
}

/** Family work from the family work unit, Juho its worker, decided and started today. */
async function familyWorkStarted(): Promise<string> {
  const id = await claimedProposal('family_work');
  ok(await sanna.post(`/arrangements/${id}/way`, { way: 'own_production', supplierId: familyWorkUnit }));
  ok(await maria.post(`/arrangements/${id}/order-response`, { accept: true, workerId: demo.userId('juho') }));
  ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'granted' }));
  ok(await sanna.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: '4100-FSW' }));
  ok(await aino.post(`/arrangements/${id}/start`, { startedOn: today, goals: 'Arki sujuu.' }));
  return id;
}

const hoursTakenOn = async (user: ApiUser, unit: string, serviceCode: string) =>
  ok(await user.get<{ supplierId: string; serviceCode: string; hoursTakenOn: number }[]>('/own-production/capacity'))
    .filter((r) => r.supplierId === unit && r.serviceCode === serviceCode)
    .map((r) => r.hoursTakenOn)[0];

describe('own production ordered from a unit', () => {
  it('is ordered from the unit, accepted naming its worker, committed as an internal order; its worker records visits', async () => {
    const id = await claimedProposal();
    const takenBefore = await hoursTakenOn(sanna, homeHelpUnit!, 'home_help');
    expect(takenBefore).toEqual(expect.any(Number));

    // A supplier is not a unit of the county.
    const notUnit = refused(
      await sanna.post(`/arrangements/${id}/way`, { way: 'own_production', supplierId: demo.perhepolku }),
      400,
    );
    expect(notUnit.problems).toEqual([expect.objectContaining({ field: 'supplierId', rule: 'own_production_unit' })]);

    const ordered = ok(
      await sanna.post(`/arrangements/${id}/way`, { way: 'own_production', supplierId: homeHelpUnit }),
    );
    expect(ordered).toMatchObject({ status: 'ordered', way: 'own_production' });

    // The unit's users see it among their orders, and only the home help unit's may answer it.
    const listed = ok(await hanna.get<{ id: string; allowedActions: string[] }[]>('/arrangements'));
    expect(listed.find((r) => r.id === id)?.allowedActions).toContain('respondToOrder');
    expect(ok(await maria.get<{ id: string }[]>('/arrangements')).map((r) => r.id)).not.toContain(id);
    refused(await maria.get(`/arrangements/${id}`), 403);
    refused(await maria.post(`/arrangements/${id}/order-response`, { accept: true }), 403);
    // The unit's worker sees the order, but its lead answers it.
    const asWorker = ok(await leena.get<{ id: string; allowedActions: string[] }[]>('/arrangements'));
    expect(asWorker.find((r) => r.id === id)?.allowedActions).not.toContain('respondToOrder');
    refused(
      await leena.post(`/arrangements/${id}/order-response`, { accept: true, workerId: demo.userId('leena') }),
      403,
    );

    // Accepting names one of the unit's own workers.
    const noWorker = refused(await hanna.post(`/arrangements/${id}/order-response`, { accept: true }), 400);
    expect(noWorker.problems).toEqual([expect.objectContaining({ field: 'workerId', rule: 'unit_worker' })]);
    const otherUnitsWorker = refused(
      await hanna.post(`/arrangements/${id}/order-response`, { accept: true, workerId: demo.userId('juho') }),
      400,
    );
    expect(otherUnitsWorker.problems).toEqual([expect.objectContaining({ field: 'workerId', rule: 'unit_worker' })]);
    const workers = ok(await hanna.get<{ id: string; name: string }[]>('/own-production/workers'));
    expect(workers.map((w) => w.id).sort()).toEqual([demo.userId('hanna'), demo.userId('leena')].sort());
    ok(await hanna.post(`/arrangements/${id}/order-response`, { accept: true, workerId: demo.userId('leena') }));

    const arranged = ok(await sanna.get(`/arrangements/${id}`));
    expect(arranged.status).toBe('arranged');
    expect(arranged.parties.supplier).toEqual({ id: homeHelpUnit, name: expect.any(String), ownProduction: true });
    expect(arranged.parties.unitWorker).toEqual({ id: demo.userId('leena'), name: demo.fullName('leena') });
    // The hours count against the unit's capacity once it has taken the service on; the unit sees its own only.
    expect(await hoursTakenOn(hanna, homeHelpUnit!, 'home_help')).toBe(takenBefore! + 20);
    expect(await hoursTakenOn(hanna, familyWorkUnit!, 'family_work')).toBeUndefined();

    ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'granted' }));
    ok(await sanna.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: '4100-FSW' }));
    ok(await aino.post(`/arrangements/${id}/start`, { startedOn: today, goals: 'Arki sujuu.' }));

    // The unit's worker records a visit and a cancellation as a supplier does; another unit may not.
    const startsAt = new Date().toISOString();
    const visit = ok(await leena.post(`/arrangements/${id}/visits`, { startsAt, hours: 2, status: 'delivered' }));
    expect(visit).toMatchObject({ status: 'delivered', chargedHours: 2, visitOn: today });
    ok(
      await leena.post(`/arrangements/${id}/visits`, {
        startsAt,
        hours: 1,
        status: 'cancelled',
        cancelledBy: 'supplier',
        cancelledAt: startsAt,
      }),
    );
    refused(await maria.post(`/arrangements/${id}/visits`, { startsAt, hours: 1, status: 'delivered' }), 403);
    refused(await perhepolku.post(`/arrangements/${id}/visits`, { startsAt, hours: 1, status: 'delivered' }), 403);

    const use = ok(await leena.get(`/arrangements/${id}/use?month=${today.slice(0, 7)}`));
    expect(use).toMatchObject({
      deliveredVisits: 1,
      deliveredHours: 2,
      supplierCancellations: 1,
      commitment: { kind: 'internal_order', unitsPerMonth: 20 },
    });
    // A unit's worker sees the family's contact while providing the service, not the county's case texts.
    const shown = ok(await leena.get(`/arrangements/${id}`));
    expect(shown.client).toMatchObject({ name: demo.eetu.fullName });
    expect(shown.proposal).toBeNull();
  });

  it('declined for no capacity, goes back to the team, which chooses another way', async () => {
    const id = await claimedProposal();
    ok(await sanna.post(`/arrangements/${id}/way`, { way: 'own_production', supplierId: homeHelpUnit }));
    ok(await hanna.post(`/arrangements/${id}/order-response`, { accept: false, cause: 'no_capacity' }));

    const back = ok(await sanna.get(`/arrangements/${id}`));
    expect(back).toMatchObject({ status: 'in_handling', way: null });
    expect(back.parties.supplier).toBeNull();
    const timeline = ok(await sanna.get(`/arrangements/${id}/timeline`));
    expect(timeline.at(-1)).toMatchObject({
      type: 'order_declined',
      data: { supplierId: homeHelpUnit, cause: 'no_capacity' },
    });
    // The unit no longer reaches an order it declined.
    refused(await hanna.get(`/arrangements/${id}`), 403);

    ok(await sanna.post(`/arrangements/${id}/way`, { way: 'purchase', supplierId: demo.perhepolku }));
    ok(await perhepolku.post(`/arrangements/${id}/order-response`, { accept: true }));
    expect(ok(await sanna.get(`/arrangements/${id}`))).toMatchObject({ status: 'arranged', way: 'purchase' });
  });
});

describe('own production always from a unit, within its capacity', () => {
  it('names its unit: own production without one is refused, naming the field and the rule', async () => {
    const id = await claimedProposal();
    const noUnit = refused(await sanna.post(`/arrangements/${id}/way`, { way: 'own_production' }), 400);
    expect(noUnit.problems).toEqual([expect.objectContaining({ field: 'supplierId', rule: 'supplier_required' })]);
    expect(ok(await sanna.get(`/arrangements/${id}`))).toMatchObject({ status: 'in_handling', way: null });
  });

  it("is refused past the unit's capacity, declined for no capacity, and the team records the unmet need", async () => {
    const capacityRow = async () =>
      ok(
        await maria.get<{ supplierId: string; serviceCode: string; hoursPerMonth: number; hoursTakenOn: number }[]>(
          '/own-production/capacity',
        ),
      ).find((r) => r.serviceCode === CAPACITY_SERVICE);
    const taken = (await capacityRow())!.hoursTakenOn;
    const fits = Math.floor((CAPACITY - taken) / 20);
    // Fill what is left of the 30 hours with 20-hour services (a rerun on the same database starts fuller).
    for (let i = 0; i < fits; i++) {
      const id = await claimedProposal(CAPACITY_SERVICE);
      ok(await sanna.post(`/arrangements/${id}/way`, { way: 'own_production', supplierId: familyWorkUnit }));
      ok(await maria.post(`/arrangements/${id}/order-response`, { accept: true, workerId: demo.userId('juho') }));
    }
    const before = (await capacityRow())!;
    const free = Math.max(0, CAPACITY - before.hoursTakenOn);
    expect(free).toBeLessThan(20);

    const id = await claimedProposal(CAPACITY_SERVICE);
    ok(await sanna.post(`/arrangements/${id}/way`, { way: 'own_production', supplierId: familyWorkUnit }));
    const over = refused(
      await maria.post(`/arrangements/${id}/order-response`, { accept: true, workerId: demo.userId('juho') }),
      400,
    );
    expect(over.problems).toEqual([
      expect.objectContaining({
        field: 'accept',
        rule: 'unit_capacity',
        message: expect.stringContaining(`${free} of its ${CAPACITY} hours`),
      }),
    ]);
    expect(over.problems[0]!.message).toContain('asks for 20');
    // Nothing was taken on: the order waits for the unit's answer, and its capacity is as it was.
    expect(ok(await sanna.get(`/arrangements/${id}`)).status).toBe('ordered');
    expect((await capacityRow())!.hoursTakenOn).toBe(before.hoursTakenOn);

    ok(await maria.post(`/arrangements/${id}/order-response`, { accept: false, cause: 'no_capacity' }));
    const back = ok(await sanna.get(`/arrangements/${id}`));
    expect(back).toMatchObject({ status: 'in_handling', way: null });
    expect(back.allowedActions).toEqual(expect.arrayContaining(['chooseArrangement', 'recordUnmetNeed']));
    const unmet = ok(
      await sanna.post(`/arrangements/${id}/unmet-need`, { reason: 'Oman tuotannon kapasiteetti ei riitä.' }),
    );
    expect(unmet).toMatchObject({ status: 'unmet_need' });
  });

  it("stand beside the suppliers in the team lead's and procurement's figures: hours against capacity, access time, NPS", async () => {
    // A service of the unit taken on, started and visited: 3 hours delivered this month.
    const id = await familyWorkStarted();
    const year = Number(today.slice(0, 4));
    const row = async (user: ApiUser) =>
      ok(await user.get(`/reports/units?year=${year}`)).units.find(
        (u: { supplierId: string; serviceCode: string }) =>
          u.supplierId === familyWorkUnit && u.serviceCode === 'family_work',
      );
    const before = await row(riikka);
    ok(
      await juho.post(`/arrangements/${id}/visits`, {
        startsAt: new Date().toISOString(),
        hours: 3,
        status: 'delivered',
      }),
    );

    const after = await row(riikka);
    // Its capacity and the hours taken on as the unit reads them: the one computation.
    const capacity = ok(
      await maria.get<{ serviceCode: string; hoursPerMonth: number; hoursTakenOn: number }[]>(
        '/own-production/capacity',
      ),
    ).find((r) => r.serviceCode === 'family_work');
    expect(after).toMatchObject({
      unitName: expect.any(String),
      hoursPerMonth: capacity!.hoursPerMonth,
      hoursTakenOn: capacity!.hoursTakenOn,
      deliveredHours: before.deliveredHours + 3,
      started: before.started,
      medianAccessDays: expect.any(Number),
      answers: expect.any(Number),
    });
    expect(after.started).toBeGreaterThanOrEqual(1);
    const month = (r: { months: { month: string; deliveredHours: number }[] }) =>
      r.months.find((m) => m.month === today.slice(0, 7))?.deliveredHours ?? 0;
    expect(month(after)).toBe(month(before) + 3);

    // Procurement reads the same figures, counts only: no client, arrangement or worker is named.
    const procurement = ok(await petra.get(`/reports/units?year=${year}`));
    expect(procurement.units).toEqual(ok(await riikka.get(`/reports/units?year=${year}`)).units);
    const said = JSON.stringify(procurement);
    for (const never of [demo.eetu.id, demo.eetu.fullName, id, demo.userId('juho')]) expect(said).not.toContain(never);
    // The units and the county's other workers do not read them.
    refused(await maria.get(`/reports/units?year=${year}`), 403);
    refused(await aino.get(`/reports/units?year=${year}`), 403);
    refused(await riikka.get('/reports/units?year=1999'), 400);
  });

  it('keep their delivered hours summed by month (delivered_month) equal to the visits through every change', async () => {
    const id = await familyWorkStarted();
    for (const hours of [2, 1.5])
      ok(
        await juho.post(`/arrangements/${id}/visits`, {
          startsAt: new Date().toISOString(),
          hours,
          status: 'delivered',
        }),
      );
    // Kept and counted afresh from the visits: no row of the one missing from the other.
    const differences = async (q: (sql: string) => Promise<{ n: number }[]>) =>
      (
        await q(`with kept as (select month, supplier_id, service_code, visits, hours from delivered_month),
                      counted as (select date_trunc('month', v.visit_on::timestamp)::date, a.supplier_id, a.service_code,
                                         count(*)::int, sum(v.hours)
                                  from visit v join arrangement a on a.id = v.arrangement_id
                                  where v.status = 'delivered' and a.supplier_id is not null group by 1, 2, 3)
                 select count(*)::int as n from ((table kept except table counted) union all (table counted except table kept)) d`)
      )[0]!.n;
    expect(await differences((sql) => sys.db.query(sql))).toBe(0);
    // Every kind of change, in a transaction rolled back after: a visit cancelled, its hours corrected, one
    // moved to another month, one deleted, the service moved to another unit and service, and deleted.
    const runner = sys.db.createQueryRunner();
    await runner.startTransaction();
    try {
      const q = (sql: string, params: unknown[] = []) => runner.query(sql, params);
      const [first, second] = await q('select id from visit where arrangement_id = $1 order by hours desc', [id]);
      await q(`update visit set hours = 4, charged_hours = 4 where id = $1`, [first.id]);
      expect(await differences(q)).toBe(0);
      await q(`update visit set visit_on = visit_on - 40 where id = $1`, [first.id]);
      expect(await differences(q)).toBe(0);
      await q(
        `update visit set status = 'cancelled', cancelled_by = 'client', cancelled_at = now(), charged_hours = 0
         where id = $1`,
        [second.id],
      );
      expect(await differences(q)).toBe(0);
      await q(`update arrangement set supplier_id = $2, service_code = 'home_help' where id = $1`, [id, homeHelpUnit]);
      expect(await differences(q)).toBe(0);
      await q(`delete from visit where id = $1`, [second.id]);
      expect(await differences(q)).toBe(0);
      await q(`delete from arrangement where id = $1`, [id]);
      expect(await differences(q)).toBe(0);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

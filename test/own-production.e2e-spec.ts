import { SUPPLIERS } from '../libs/persistence/dev/demo-region';
import { type ApiUser, connect, demo, proposal, type System } from './support/api';
import { ok, refused } from './support/expect';

/**
 * The county's own-production units as providers (issue 26): choosing own production orders from a unit,
 * whose lead answers it as a supplier does (accepting names the unit's worker who works with the family, or
 * declining says it has no capacity); its users see only their unit's orders and record the visits of its
 * services.
 */
const [homeHelpUnit, familyWorkUnit] = SUPPLIERS.filter((s) => s.ownProduction).map((s) => s.id);

let sys: System;
let aino: ApiUser, sanna: ApiUser, hanna: ApiUser, leena: ApiUser, maria: ApiUser, perhepolku: ApiUser;
let today = '';

beforeAll(async () => {
  sys = await connect();
  aino = sys.as('aino');
  sanna = sys.as('sanna');
  hanna = sys.as('hanna');
  leena = sys.as('leena');
  maria = sys.as('maria');
  perhepolku = sys.as('perhepolku');
  today = await sys.today();
});
afterAll(() => sys.close());

/** Aino's home help proposal for Eetu, submitted and claimed by Sanna: ready for the way to be chosen. */
async function claimedProposal(): Promise<string> {
  const { id } = ok(
    await aino.post('/arrangements', proposal(demo.eetu.id, { needsAssessedOn: today, desiredStartOn: today })),
  );
  ok(await aino.post(`/arrangements/${id}/submit`));
  ok(await sanna.post(`/arrangements/${id}/claim`));
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

import { randomUUID } from 'node:crypto';
import { SUPPLIERS } from '../libs/persistence/dev/demo-region';
import { ArrangementPage } from './pages/arrangement';
import { OrdersPage } from './pages/orders';
import { SuppliersPage } from './pages/suppliers';
import { demo, proposal } from './support/api';
import { ok } from './support/expect';
import { roomInUnit } from './support/fixtures';
import { browserTests } from './support/web-tests';

/**
 * Own production in a real browser (issue 26): the team orders from the home help unit, seeing its free
 * hours; the unit's lead sees the order among the unit's orders and accepts it naming the worker; the worker
 * records a visit in the running-service screen a supplier has; procurement sees the units beside the
 * suppliers. Axe on every page.
 */
const web = browserTests();
const homeHelpUnit = SUPPLIERS.find((s) => s.ownProduction)!;
const family = { id: randomUUID(), name: 'Oona Omatuotanto', born: '2018-03-14' };

beforeAll(async () => {
  await web.sys.db.query(
    `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
     values ($1, $2, $3, 'lohja', 'fi', 'SHL', (select id from app_user where username = 'aino'))`,
    [family.id, family.name, family.born],
  );
  await roomInUnit(web.sys, homeHelpUnit.id, 'home_help');
});

it("is ordered from the unit, accepted by its lead naming the worker, and the worker's visit recorded", async () => {
  const sys = web.sys;
  const [aino, sanna] = [sys.as('aino'), sys.as('sanna')];
  const today = await sys.today();
  const { id } = ok(
    await aino.post('/arrangements', proposal(family.id, { needsAssessedOn: today, desiredStartOn: today })),
  );
  ok(await aino.post(`/arrangements/${id}/submit`));
  ok(await sanna.post(`/arrangements/${id}/claim`));

  // The team sees the unit's free hours beside it and orders from it.
  const capacity = ok(
    await sanna.get<{ supplierId: string; serviceCode: string; hoursPerMonth: number; hoursTakenOn: number }[]>(
      '/own-production/capacity',
    ),
  ).find((r) => r.supplierId === homeHelpUnit.id && r.serviceCode === 'home_help')!;
  const team = (await web.signedIn('Sanna Mäkinen')).as(ArrangementPage);
  await team.open(id);
  await team.pick(team.t.facts.ways.own_production);
  await team.waitForText(
    team.text(team.t.team.unitHint, {
      free: capacity.hoursPerMonth - capacity.hoursTakenOn,
      capacity: capacity.hoursPerMonth,
    }),
  );
  await team.expectAccessible();
  await team.orderFromUnit(homeHelpUnit.name);
  expect(ok(await sanna.get(`/arrangements/${id}`))).toMatchObject({ status: 'ordered', way: 'own_production' });

  // The unit's lead sees the order (not who the family is) and accepts it, naming the worker.
  const lead = (await web.signedIn('Hanna Koskinen')).as(OrdersPage);
  await lead.waitForHeading();
  await lead.order(id).waitFor();
  expect(await lead.order(id).textContent()).not.toContain(family.name);
  await lead.expectAccessible();
  await lead.acceptNaming(id, 'Leena Nurmi');
  await lead.expectAccessible();
  const arranged = ok(await sanna.get(`/arrangements/${id}`));
  expect(arranged).toMatchObject({ status: 'arranged', parties: { unitWorker: { id: demo.userId('leena') } } });

  ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'granted' }));
  ok(await sanna.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: '4100-FSW' }));
  ok(await aino.post(`/arrangements/${id}/start`, { startedOn: today, goals: 'Arki sujuu.' }));

  // The unit's worker, in Swedish, opens the service from the unit's list and records a visit.
  const orders = (await web.signedIn('Leena Nurmi', 'sv')).as(OrdersPage);
  await orders.waitForHeading();
  await orders.expectAccessible();
  await orders.openService(family.name);
  const worker = orders.as(ArrangementPage);
  await worker.recordVisit({ time: '09.00', hours: '2' });
  await worker.waitForStatus(worker.t.running.visitSaved);
  await worker.expectAccessible();
  const visits = ok(await aino.get(`/arrangements/${id}/visits`));
  expect(visits.map((v: { status: string; chargedHours: number }) => [v.status, v.chargedHours])).toEqual([
    ['delivered', 2],
  ]);

  // Procurement sees the units' figures beside the suppliers: hours delivered against capacity, counts only.
  const suppliers = (await web.signedIn('Petra Holm')).as(SuppliersPage);
  await suppliers.openFromMenu();
  const units = suppliers.page.locator('[data-figures="units"]');
  await units.locator(`tr[data-unit="${homeHelpUnit.id}"][data-service="home_help"]`).waitFor();
  await units.locator(`[data-chart="unit-hours"][data-unit="${homeHelpUnit.id}"][data-service="home_help"]`).waitFor();
  expect(await units.textContent()).not.toContain(family.name);
  await suppliers.expectAccessible();
});

import { addDays } from '../libs/domain/dates';
import { connect, demo, type ApiUser, type System } from './support/api';
import { ok, refused } from './support/expect';
import { activeService, publishTestService } from './support/fixtures';

/**
 * Procurement keeps the contracts over HTTP, with their history, and the teams' choice of supplier follows:
 * a suspended or ended contract is not offered, a renewed one is again; a commitment already made keeps
 * its price and its end. A service of this run's own, so that the contracts here meet no other test's.
 */
const SERVICE = `contracts_test_${Date.now().toString(36)}`;

let sys: System;
let petra: ApiUser, sanna: ApiUser;
let today = '';

beforeAll(async () => {
  sys = await connect();
  petra = sys.as('petra');
  sanna = sys.as('sanna');
  await publishTestService(sys.as('riikka'), SERVICE, 'Testipalvelu sopimusten testeille');
  today = await sys.today();
});
afterAll(() => sys.close());

const offered = async (on: string) =>
  ok(await sanna.get(`/suppliers?serviceCode=${SERVICE}&on=${on}`)).map(
    (o: { supplierId: string; unitPriceCents: number }) => [o.supplierId, o.unitPriceCents],
  );
const newContract = (changes: Record<string, unknown> = {}) => ({
  supplierId: demo.perhepolku,
  serviceCode: SERVICE,
  procurementDecision: 'HANK 2026/14 § 12',
  unit: 'hour',
  unitPriceCents: 5000,
  validFrom: '2025-01-01',
  validTo: addDays(today, 60),
  cancellationTerms: { freeCancellationHours: 24, lateCancellationChargePercent: 100 },
  orderEmail: 'tilaukset@perhepolku.example',
  reason: 'Kilpailutuksen voittaja',
  ...changes,
});
const commitmentOf = async (arrangementId: string) =>
  (
    await sys.db.query(
      `select unit_price_cents as price, to_char(valid_to, 'YYYY-MM-DD') as "validTo", status
       from payment_commitment where arrangement_id = $1 order by seq`,
      [arrangementId],
    )
  )[0];

describe('contracts', () => {
  let id = '';
  let running = '';
  let committed: { price: number; validTo: string; status: string };

  it('are created from a procurement decision, kept with who and why, and offered to the teams', async () => {
    const created = ok(await petra.post('/contracts', newContract()));
    id = created.id;
    expect(created).toMatchObject({
      supplierId: demo.perhepolku,
      serviceCode: SERVICE,
      procurementDecision: 'HANK 2026/14 § 12',
      unitPriceCents: 5000,
      status: 'active',
      lastDay: addDays(today, 60),
      inForceToday: true,
      orderEmail: 'tilaukset@perhepolku.example',
    });
    expect(created.history).toEqual([
      expect.objectContaining({
        kind: 'created',
        by: expect.objectContaining({ name: expect.any(String) }),
        reason: 'Kilpailutuksen voittaja',
        before: null,
      }),
    ]);
    expect(created.history[0].by.name).toMatch(/Petra/);
    expect(await offered(today)).toContainEqual([demo.perhepolku, 5000]);
  });

  it('tell procurement the changes it may make now, and a team lead, who reads them, none', async () => {
    const changes = ['renew', 'reprice', 'suspend', 'end'];
    expect(ok(await petra.get(`/contracts/${id}`)).allowedActions).toEqual(changes);
    const listed = ok(await petra.get(`/contracts?serviceCode=${SERVICE}`)).find((c: { id: string }) => c.id === id);
    expect(listed.allowedActions).toEqual(changes);
    const riikka = sys.as('riikka');
    expect(ok(await riikka.get(`/contracts/${id}`)).allowedActions).toEqual([]);
    const ending = ok(await riikka.get('/contracts/ending')).find((c: { id: string }) => c.id === id);
    expect(ending.allowedActions).toEqual([]);
  });

  it('refuse what they cannot be, naming the field and the rule', async () => {
    const overlap = refused(await petra.post('/contracts', newContract()), 409);
    expect(overlap.problems).toEqual([expect.objectContaining({ field: 'validFrom', rule: 'overlapping_contract' })]);
    const backwards = refused(await petra.post('/contracts', newContract({ validTo: '2024-12-31' })), 400);
    expect(backwards.problems).toContainEqual(expect.objectContaining({ field: 'validTo', rule: 'date_order' }));
    const unknown = refused(await petra.post('/contracts', newContract({ serviceCode: 'no_such_service' })), 400);
    expect(unknown.problems).toEqual([expect.objectContaining({ field: 'serviceCode', rule: 'known_service' })]);
    const shorter = refused(
      await petra.post(`/contracts/${id}/renew`, { validTo: addDays(today, 30), reason: 'Lyhyempi' }),
      400,
    );
    expect(shorter.problems).toEqual([expect.objectContaining({ field: 'validTo', rule: 'extends_validity' })]);
    const past = refused(
      await petra.post(`/contracts/${id}/reprice`, { unitPriceCents: 4000, fromDate: addDays(today, -1), reason: 'x' }),
      400,
    );
    expect(past.problems).toEqual([expect.objectContaining({ field: 'fromDate', rule: 'not_in_past' })]);
    const byTeam = refused(await sanna.post('/contracts', newContract()), 403);
    expect(byTeam.problems[0]?.rule).toBe('permission');
  });

  it('are listed when they end within 90 days, and not when renewed past them', async () => {
    const ending = async () => ok(await petra.get('/contracts/ending')).map((c: { id: string }) => c.id);
    expect(await ending()).toContain(id);
    const renewed = ok(
      await petra.post(`/contracts/${id}/renew`, { validTo: addDays(today, 400), reason: 'Optiovuosi käytetty' }),
    );
    expect(renewed).toMatchObject({ validTo: addDays(today, 400), lastDay: addDays(today, 400) });
    expect(renewed.history.at(-1)).toMatchObject({
      kind: 'renewed',
      reason: 'Optiovuosi käytetty',
      before: { validTo: addDays(today, 60) },
      after: { validTo: addDays(today, 400) },
    });
    expect(await ending()).not.toContain(id);
    const filtered = ok(await petra.get(`/contracts?supplierId=${demo.perhepolku}&endingWithinDays=500`));
    expect(filtered.map((c: { id: string }) => c.id)).toContain(id);
  });

  it('reprice new orders and commitments from their day; a commitment made keeps its price', async () => {
    running = (await activeService(sys, SERVICE, demo.perhepolku)).id;
    committed = await commitmentOf(running);
    expect(committed).toMatchObject({ price: 5000, status: 'open' });

    const repriced = ok(
      await petra.post(`/contracts/${id}/reprice`, { unitPriceCents: 5600, fromDate: today, reason: 'Indeksikorotus' }),
    );
    expect(repriced.unitPriceCents).toBe(5600);
    expect(repriced.prices).toEqual([{ fromOn: today, unitPriceCents: 5600 }]);
    expect(repriced.history.at(-1)).toMatchObject({
      kind: 'repriced',
      before: { unitPriceCents: 5000 },
      after: { unitPriceCents: 5600, fromDate: today },
    });
    expect(await offered(today)).toContainEqual([demo.perhepolku, 5600]);
    expect(await commitmentOf(running)).toEqual(committed);
    expect(repriced.runningCommitments).toBe(1);
  });

  it('are not offered while suspended, and are again when resumed', async () => {
    const suspended = ok(await petra.post(`/contracts/${id}/suspend`, { reason: 'Valvonta kesken' }));
    expect(suspended).toMatchObject({ status: 'suspended', suspendedOn: today, inForceToday: false });
    expect(suspended.allowedActions).toEqual(['renew', 'reprice', 'resume', 'end']);
    expect((await offered(today)).map(([s]: [string]) => s)).not.toContain(demo.perhepolku);
    const again = refused(await petra.post(`/contracts/${id}/suspend`, { reason: 'Uudestaan' }), 409);
    expect(again).toMatchObject({
      code: 'invalid_transition',
      problems: [expect.objectContaining({ field: 'status', rule: 'contract_suspended' })],
    });

    const resumed = ok(await petra.post(`/contracts/${id}/resume`, { reason: 'Selvitys saatu' }));
    expect(resumed).toMatchObject({ status: 'active', suspendedOn: null, inForceToday: true });
    expect(resumed.allowedActions).toEqual(['renew', 'reprice', 'suspend', 'end']);
    expect(await offered(today)).toContainEqual([demo.perhepolku, 5600]);
  });

  it('end on their last day: offered until then, not after; a running commitment is not rewritten', async () => {
    const ended = ok(await petra.post(`/contracts/${id}/end`, { endsOn: today, reason: 'Sopimusrikkomus' }));
    expect(ended).toMatchObject({ status: 'terminated', endedOn: today, lastDay: today, inForceToday: true });
    expect(ended.allowedActions).toEqual([]);
    expect(ended.history.map((h: { kind: string }) => h.kind)).toEqual([
      'created',
      'renewed',
      'repriced',
      'suspended',
      'resumed',
      'ended',
    ]);
    expect(ended.history.at(-1)).toMatchObject({
      reason: 'Sopimusrikkomus',
      after: { status: 'terminated', endedOn: today },
    });
    expect(await offered(today)).toContainEqual([demo.perhepolku, 5600]);
    expect((await offered(addDays(today, 1))).map(([s]: [string]) => s)).not.toContain(demo.perhepolku);

    // The commitment made before the end runs as committed; the contract names it for the teams to re-arrange.
    expect(await commitmentOf(running)).toEqual(committed);
    expect(ended).toMatchObject({ runningCommitments: 1, runningPastLastDay: committed.validTo > today ? 1 : 0 });

    const renew = refused(
      await petra.post(`/contracts/${id}/renew`, { validTo: addDays(today, 800), reason: 'x' }),
      409,
    );
    expect(renew).toMatchObject({
      code: 'invalid_transition',
      problems: [expect.objectContaining({ field: 'status', rule: 'contract_ended' })],
    });
    const unknown = refused(
      await petra.post('/contracts/00000000-0000-4000-8000-00000000dead/end', { endsOn: today, reason: 'x' }),
      404,
    );
    expect(unknown.code).toBe('not_found');
  });

  it('past their validity are not offered, and are again once renewed', async () => {
    const short = ok(
      await petra.post(
        '/contracts',
        newContract({ supplierId: demo.familjestod, validTo: today, unitPriceCents: 4800, reason: 'Lyhyt sopimus' }),
      ),
    );
    const tomorrow = addDays(today, 1);
    expect(short.allowedActions).toEqual(['renew', 'reprice', 'suspend', 'end']);
    expect((await offered(tomorrow)).map(([s]: [string]) => s)).not.toContain(demo.familjestod);
    expect(ok(await petra.get('/contracts/ending?withinDays=0')).map((c: { id: string }) => c.id)).toContain(short.id);
    ok(await petra.post(`/contracts/${short.id}/renew`, { validTo: addDays(today, 365), reason: 'Jatketaan' }));
    expect(await offered(tomorrow)).toContainEqual([demo.familjestod, 4800]);
  });

  it('are read by procurement and team leads only, and carry no client', async () => {
    expect(ok(await sys.as('riikka').get(`/contracts/${id}`)).id).toBe(id);
    for (const user of ['aino', 'sanna', 'perhepolku'] as const) {
      expect(refused(await sys.as(user).get(`/contracts/${id}`), 403).problems[0]?.rule).toBe('permission');
    }
    const detail = JSON.stringify(ok(await petra.get(`/contracts/${id}`)));
    expect(detail).not.toContain(demo.eetu.id);
    expect(detail).not.toContain(running);
  });
});

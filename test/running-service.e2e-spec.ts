import { connect, demo, type ApiUser, type System } from './support/api';
import { eventually, ok, refused } from './support/expect';
import { activeService, contract, publishTestService } from './support/fixtures';

/**
 * Whole services run with a test catalogue whose periods last seconds: 6 s periods, 12 s in all and
 * 6 s more with special consideration, an evaluation every 4 s. The system tests' API makes the
 * continuation decision fall due 10 s before a period's end, so here from the period's first moment.
 */
const SERVICE = 'quick_home_help_test';
const CONTRACT = '00000000-0000-4000-8000-0000040000ff';
const OTHER_CONTRACT = '00000000-0000-4000-8000-0000040000fe';

let sys: System;
let aino: ApiUser, sanna: ApiUser, riikka: ApiUser, perhepolku: ApiUser, familjestod: ApiUser;
/** Today as the server counts it, read before each test. */
let day = '';
const today = () => day;

beforeAll(async () => {
  sys = await connect();
  aino = sys.as('aino');
  sanna = sys.as('sanna');
  riikka = sys.as('riikka');
  perhepolku = sys.as('perhepolku');
  familjestod = sys.as('familjestod');
  await publishTestService(riikka, SERVICE, 'Testipalvelu, jonka jaksot kestävät sekunteja', {
    periods: { first: 'PT6S', step: 'PT6S', max: 'PT12S', specialExtra: 'PT6S' },
    evaluationInterval: 'PT4S',
  });
  // Perhepolku's contract: a client's cancellation with under 24 h notice is charged in full.
  const terms = { freeCancellationHours: 24, lateCancellationChargePercent: 100 };
  await contract(sys.db, { id: CONTRACT, supplierId: demo.perhepolku, serviceCode: SERVICE, priceCents: 5000, terms });
  await contract(sys.db, { id: OTHER_CONTRACT, supplierId: demo.familjestod, serviceCode: SERVICE, priceCents: 4500 });
});
beforeEach(async () => {
  day = await sys.today();
});
afterAll(() => sys.close());

/** A service of the test catalogue taken to active, from own production or bought from Perhepolku. */
async function runningService(way: 'own_production' | 'purchase' = 'own_production'): Promise<string> {
  const active = await activeService(sys, SERVICE, way === 'purchase' ? demo.perhepolku : null);
  expect(active.running).toMatchObject({ period: 1, evaluationsHeld: 0, continuationOutcome: null });
  return active.id;
}

const detail = async (id: string) => ok(await aino.get(`/arrangements/${id}`));
const whenRunning = (id: string, test: (a: any) => boolean) =>
  eventually(`arrangement ${id} to move on`, async () => {
    const a = await detail(id);
    return test(a) ? a : undefined;
  });
const listed = async (user: ApiUser, list: string) =>
  ok(await user.get(`/running-services?list=${list}&limit=500`)).map((r: { id: string }) => r.id) as string[];
const outbox = async (id: string, topic: string) =>
  (
    await sys.db.query('select payload from outbox where payload->>$1 = $2 and topic = $3', [
      'arrangementId',
      id,
      topic,
    ])
  ).length as number;

describe('a running service', () => {
  it('holds evaluations at the interval and continues only by decision, within the maximum', async () => {
    const id = await runningService();

    // The first evaluation falls due 4 s after the start; missed, it shows on the team lead's list.
    await eventually('the evaluation to be overdue', async () =>
      (await listed(riikka, 'evaluation_overdue')).includes(id) ? true : undefined,
    );
    const evaluated = ok(
      await aino.post(`/arrangements/${id}/evaluations`, {
        heldOn: today(),
        participants: ['child', 'guardian', 'own_worker'],
        goalsProgress: 'on_track',
        notes: 'Aamurutiinit sujuvat; jatketaan iltojen harjoittelua.',
      }),
    );
    expect(evaluated.running.evaluationsHeld).toBe(1);
    expect(Date.parse(evaluated.running.nextEvaluationDueAt)).toBeGreaterThan(Date.now());
    expect(await listed(riikka, 'evaluation_overdue')).not.toContain(id);
    const [evaluation] = await sys.db.query('select * from evaluation where arrangement_id = $1', [id]);
    expect(evaluation).toMatchObject({ participants: ['child', 'guardian', 'own_worker'], goals_progress: 'on_track' });

    // The continuation decision is due: it is on the lists, and nothing continues by itself.
    await whenRunning(id, (a) => a.running.continuationDue);
    expect(await listed(riikka, 'continuation_due')).toContain(id);
    expect(await listed(aino, 'continuation_due')).toContain(id);
    expect(await listed(sys.as('erik'), 'continuation_due')).not.toContain(id);

    const continued = ok(
      await aino.post(`/arrangements/${id}/continuation`, { outcome: 'continue', reassessedOn: today() }),
    );
    expect(continued.running.continuationOutcome).toBe('continue');
    await whenRunning(id, (a) => a.running.period === 2);
    expect(await outbox(id, 'finance.payment_commitment_extended')).toBe(1);

    // 6 s more would pass the 12 s maximum: only with a written special consideration.
    const unjustified = refused(
      await aino.post(`/arrangements/${id}/continuation`, { outcome: 'continue', reassessedOn: today() }),
      400,
    );
    expect(unjustified.problems).toEqual([
      expect.objectContaining({ field: 'specialConsideration', rule: 'special_consideration_required' }),
    ]);
    ok(
      await aino.post(`/arrangements/${id}/continuation`, {
        outcome: 'continue',
        reassessedOn: today(),
        specialConsideration: 'Äidin kuntoutus jatkuu; tuki tarvitaan vielä yhden jakson ajan.',
      }),
    );
    await whenRunning(id, (a) => a.running.period === 3);
    const past = refused(
      await aino.post(`/arrangements/${id}/continuation`, {
        outcome: 'continue',
        reassessedOn: today(),
        specialConsideration: 'Vielä yksi jakso.',
      }),
      400,
    );
    expect(past.problems).toEqual([expect.objectContaining({ field: 'outcome', rule: 'period_max' })]);

    // Not continued: appealable, and the service ends at the period's end, cleanly.
    const ending = ok(
      await aino.post(`/arrangements/${id}/continuation`, {
        outcome: 'end',
        reassessedOn: today(),
        reason: 'Tavoitteet on saavutettu; perhe pärjää omin voimin.',
      }),
    );
    expect(ending.running.continuationOutcome).toBe('end');
    expect(await listed(riikka, 'ending_soon')).toContain(id);
    const ended = await whenRunning(id, (a) => a.status === 'ended');
    expect(ended.ended).toEqual({ endedOn: today(), reason: 'not_continued' });

    const decisions = await sys.db.query(
      'select kind, outcome, appeal_deadline, ended_on from decision where arrangement_id = $1 order by seq',
      [id],
    );
    expect(decisions.map((d: any) => `${d.kind}:${d.outcome}`)).toEqual([
      'initial:granted',
      'continuation:granted',
      'continuation:granted',
      'continuation:denied',
    ]);
    expect(decisions[3].appeal_deadline).not.toBeNull();
    expect(decisions.filter((d: any) => d.outcome === 'granted').every((d: any) => d.ended_on !== null)).toBe(true);
    const [commitment] = await sys.db.query(
      'select status, closed_on from payment_commitment where arrangement_id = $1',
      [id],
    );
    expect(commitment.status).toBe('closed');
    expect(await outbox(id, 'finance.payment_commitment_closed')).toBe(1);
    expect((await sys.db.query('select * from feedback_request where arrangement_id = $1', [id])).length).toBe(1);

    const types: string[] = ok(await aino.get(`/arrangements/${id}/timeline`)).map((e: { type: string }) => e.type);
    // A decision made before it fell due leaves no 'continuation_due' for that period, so those are checked apart.
    expect(types.slice(types.indexOf('started')).filter((t) => t !== 'continuation_due')).toEqual([
      'started',
      'evaluation_recorded',
      'continued',
      'period_started',
      'continued',
      'period_started',
      'not_continued',
      'ended',
    ]);
    expect(types.indexOf('continuation_due')).toBeLessThan(types.indexOf('continued'));
    refused(await aino.post(`/arrangements/${id}/termination`, { reason: 'goals_met', explanation: 'x' }), 409);
  });

  it('stops at the period end with no decision, alerts the team lead, and goes on only by a late decision', async () => {
    const id = await runningService();
    const overdue = await whenRunning(id, (a) => a.status === 'reassessment_overdue');
    expect(overdue.running.reassessmentOverdueSince).not.toBeNull();
    expect(await listed(riikka, 'continuation_overdue')).toContain(id);
    expect(await listed(sanna, 'continuation_overdue')).toContain(id);
    const [alert] = await sys.db.query('select kind, team_id, resolved_at from alert where arrangement_id = $1', [id]);
    expect(alert).toEqual({ kind: 'reassessment_overdue', team_id: 'arr-fsw', resolved_at: null });
    expect(await outbox(id, 'team_lead.alert')).toBe(1);
    // It did not silently continue: no new period, no extended commitment.
    expect(overdue.running.period).toBe(1);
    expect(await outbox(id, 'finance.payment_commitment_extended')).toBe(0);

    ok(await aino.post(`/arrangements/${id}/continuation`, { outcome: 'continue', reassessedOn: today() }));
    const resumed = await whenRunning(id, (a) => a.status === 'active' && a.running.period === 2);
    expect(resumed.running.reassessmentOverdueSince).toBeNull();
    expect(await listed(riikka, 'continuation_overdue')).not.toContain(id);
    const [resolved] = await sys.db.query('select resolved_at from alert where arrangement_id = $1', [id]);
    expect(resolved.resolved_at).not.toBeNull();
    ok(await aino.post(`/arrangements/${id}/termination`, { reason: 'moved', explanation: 'Perhe muutti Turkuun.' }));
  });

  it('records visits and cancellations against the commitment, and ends early with the technical part done', async () => {
    const id = await runningService('purchase');
    const at = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * 3_600_000).toISOString();
    const startsAt = new Date().toISOString();
    const visit = (body: Record<string, unknown>, key: string) =>
      perhepolku.send<any>('POST', `/arrangements/${id}/visits`, { startsAt, hours: 2, ...body }, key);

    const delivered = ok(await visit({ status: 'delivered' }, 'visit-1'));
    expect(delivered).toMatchObject({ status: 'delivered', chargedHours: 2, visitOn: today() });
    ok(await visit({ status: 'delivered' }, 'visit-1')); // a retry records nothing twice
    const late = ok(await visit({ status: 'cancelled', cancelledBy: 'client', cancelledAt: at(-5) }, 'visit-2'));
    expect(late).toMatchObject({ noticeHours: 5, chargedHours: 2 });
    const early = ok(
      await visit({ status: 'cancelled', cancelledBy: 'client', cancelledAt: at(-48), hours: 1.5 }, 'visit-3'),
    );
    expect(early).toMatchObject({ noticeHours: 48, chargedHours: 0 });
    const bySupplier = ok(
      await visit({ status: 'cancelled', cancelledBy: 'supplier', cancelledAt: at(-1) }, 'visit-4'),
    );
    expect(bySupplier.chargedHours).toBe(0);
    const badVisit = refused(await visit({ status: 'cancelled' }, 'visit-5'), 400);
    expect(badVisit.problems.map((p) => p.field).sort()).toEqual(['cancelledAt', 'cancelledBy']);
    refused(
      await familjestod.send('POST', `/arrangements/${id}/visits`, { startsAt, hours: 1, status: 'delivered' }),
      403,
    );

    const use = ok(await sanna.get(`/arrangements/${id}/use?month=${today().slice(0, 7)}`));
    expect(use).toMatchObject({
      deliveredVisits: 1,
      deliveredHours: 2,
      clientCancellations: 2,
      lateClientCancellations: 1,
      supplierCancellations: 1,
      chargedHours: 4,
      remainingHours: 16,
      overCommitment: false,
      amountCents: 20_000,
      commitment: { kind: 'payment_commitment', unitsPerMonth: 20, unit: 'hour', unitPriceCents: 5000, status: 'open' },
    });
    expect(ok(await aino.get(`/arrangements/${id}/visits`))).toHaveLength(4);
    refused(await sanna.get(`/arrangements/${id}/use?month=2026-13`), 400);

    // A supplier ends a service only when it can no longer provide it.
    const notSupplierReason = refused(
      await perhepolku.post(`/arrangements/${id}/termination`, { reason: 'goals_met', explanation: 'x' }),
      400,
    );
    expect(notSupplierReason.problems[0]).toMatchObject({ field: 'reason' });
    refused(await sanna.post(`/arrangements/${id}/termination`, { reason: 'goals_met', explanation: 'x' }), 403);

    const ended = ok(
      await aino.post(`/arrangements/${id}/termination`, {
        reason: 'goals_met',
        explanation: 'Tavoitteet saavutettiin etuajassa.',
      }),
    );
    expect(ended).toMatchObject({ status: 'ended', ended: { endedOn: today(), reason: 'goals_met' } });
    const [commitment] = await sys.db.query(
      `select status, to_char(closed_on, 'YYYY-MM-DD') as closed_on from payment_commitment where arrangement_id = $1`,
      [id],
    );
    expect(commitment).toEqual({ status: 'closed', closed_on: today() });
    const [decision] = await sys.db.query(
      `select to_char(ended_on, 'YYYY-MM-DD') as ended_on from decision where arrangement_id = $1`,
      [id],
    );
    expect(decision.ended_on).toBe(today());
    expect(await outbox(id, 'supplier.service_ended')).toBe(1);
    const [request] = await sys.db.query('select supplier_id, status from feedback_request where arrangement_id = $1', [
      id,
    ]);
    expect(request).toEqual({ supplier_id: demo.perhepolku, status: 'open' });
    // The own worker sees the request, and her form answers it.
    const asked = ok(await aino.get('/feedback/requests'));
    expect(asked).toContainEqual(expect.objectContaining({ arrangementId: id, supplierId: demo.perhepolku }));
    ok(
      await aino.post('/feedback', {
        arrangementId: id,
        respondent: 'own_worker',
        answeredOn: today(),
        heard: 4,
        rightThings: 4,
        recommend: 9,
      }),
    );
    expect(
      ok(await aino.get('/feedback/requests')).map((r: { arrangementId: string }) => r.arrangementId),
    ).not.toContain(id);
    refused(
      await aino.post(`/arrangements/${id}/evaluations`, {
        heldOn: today(),
        participants: ['child'],
        goalsProgress: 'achieved',
        notes: 'x',
      }),
      409,
    );
  });

  it('changes intensity and supplier only through a decision and a new payment commitment', async () => {
    const id = await runningService('purchase');
    const change = (body: Record<string, unknown>, key: string) =>
      aino.post(`/arrangements/${id}/change`, { effectiveOn: today(), reason: 'Tarve on kasvanut.', ...body }, key);
    const tooMany = refused(await change({ hoursPerMonth: 41 }, 'change-0'), 400);
    expect(tooMany.problems[0]).toMatchObject({ field: 'hoursPerMonth', rule: 'range' });
    const noContract = refused(await change({ supplierId: demo.tukiverkko }, 'change-0b'), 400);
    expect(noContract.problems[0]).toMatchObject({ field: 'supplierId', rule: 'valid_contract' });

    // Denied: recorded as an appealable decision, and nothing changes.
    ok(await change({ hoursPerMonth: 10 }, 'change-1'));
    const denied = ok(
      await sanna.post(`/arrangements/${id}/change/decision`, { outcome: 'denied', reason: 'Tarve ei ole muuttunut.' }),
    );
    expect(denied).toMatchObject({ hoursPerMonth: 20, running: { changeStatus: null } });

    const requested = ok(await change({ hoursPerMonth: 30, supplierId: demo.familjestod }, 'change-2'));
    expect(requested.running.changeStatus).toBe('requested');
    expect(await listed(sanna, 'change_pending')).toContain(id);
    refused(await change({ hoursPerMonth: 25 }, 'change-3'), 409);
    refused(await sanna.post(`/arrangements/${id}/change/payment-commitment`, { costCentreCode: '4100-FSW' }), 409);
    ok(await sanna.post(`/arrangements/${id}/change/decision`, { outcome: 'granted' }));
    const changed = ok(
      await sanna.post(`/arrangements/${id}/change/payment-commitment`, { costCentreCode: '4100-FSW' }),
    );
    expect(changed).toMatchObject({ hoursPerMonth: 30, supplierId: demo.familjestod, running: { changeStatus: null } });
    expect(await listed(sanna, 'change_pending')).not.toContain(id);

    const commitments = await sys.db.query(
      `select status, supplier_id, units_per_month, unit_price_cents from payment_commitment
       where arrangement_id = $1 order by seq`,
      [id],
    );
    expect(commitments).toEqual([
      { status: 'closed', supplier_id: demo.perhepolku, units_per_month: 20, unit_price_cents: 5000 },
      { status: 'open', supplier_id: demo.familjestod, units_per_month: 30, unit_price_cents: 4500 },
    ]);
    const decisions = await sys.db.query(
      `select kind, outcome, appeal_deadline is not null as appealable from decision where arrangement_id = $1 order by seq`,
      [id],
    );
    expect(decisions).toEqual([
      { kind: 'initial', outcome: 'granted', appealable: false },
      { kind: 'change', outcome: 'denied', appealable: true },
      { kind: 'change', outcome: 'granted', appealable: false },
    ]);
    const [ended] = await sys.db.query(
      `select payload from outbox where topic = 'supplier.service_ended' and payload->>'arrangementId' = $1`,
      [id],
    );
    expect(ended.payload).toMatchObject({ supplierId: demo.perhepolku, reason: 'supplier_changed' });
    // The new supplier now sees the service, and the old one no longer does.
    ok(await familjestod.get(`/arrangements/${id}`));
    refused(await perhepolku.get(`/arrangements/${id}`), 403);
    ok(await aino.post(`/arrangements/${id}/termination`, { reason: 'goals_met', explanation: 'Valmis.' }));
  });
});

import { addDays, addDuration, daysBetween } from '../libs/domain/dates';
import { connect, demo, proposal, type ApiUser, type System } from './support/api';
import { ok, refused } from './support/expect';
import { ownProduction, unitFor } from './support/fixtures';

let sys: System;
let aino: ApiUser, erik: ApiUser, helmi: ApiUser, sanna: ApiUser, jonas: ApiUser, laura: ApiUser, oskari: ApiUser;
let perhepolku: ApiUser, familjestod: ApiUser, petra: ApiUser, riikka: ApiUser;

beforeAll(async () => {
  sys = await connect();
  aino = sys.as('aino');
  erik = sys.as('erik');
  helmi = sys.as('helmi');
  sanna = sys.as('sanna');
  jonas = sys.as('jonas');
  laura = sys.as('laura');
  oskari = sys.as('oskari');
  perhepolku = sys.as('perhepolku');
  familjestod = sys.as('familjestod');
  petra = sys.as('petra');
  riikka = sys.as('riikka');
});
afterAll(() => sys.close());

/** A proposal of aino's, submitted and claimed by sanna (family social work). */
async function claimedProposal(overrides: Record<string, unknown> = {}): Promise<string> {
  const { id } = ok(await aino.post('/arrangements', proposal(demo.eetu.id, overrides)));
  // With no body at all, as the API page's `curl -X POST` sends them.
  ok(await aino.send('POST', `/arrangements/${id}/submit`));
  ok(await sanna.send('POST', `/arrangements/${id}/claim`));
  return id;
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const rows: { n: string }[] = await sys.db.query(sql, params);
  return Number(rows[0]?.n);
}

describe('the arrangement process over HTTP', () => {
  it('takes a proposal through the queue to an active, purchased service', async () => {
    // Wished to start two weeks from today as the server counts it: the grant starts then, for home help's 3 months.
    const startOn = addDays(await sys.today(), 14);
    const created = ok(await aino.post('/arrangements', proposal(demo.eetu.id, { desiredStartOn: startOn })));
    expect(created).toMatchObject({
      status: 'draft',
      teamId: 'arr-fsw',
      dueOn: '2026-11-23',
      client: { name: 'Eetu Järvinen' },
    });
    expect(created.proposal.justification).toContain('sairaalahoidossa');
    const id: string = created.id;

    ok(await aino.post(`/arrangements/${id}/submit`));
    const queue = ok(await sanna.get('/teams/arr-fsw/queue?assignee=none&limit=200'));
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(id);

    expect(ok(await sanna.post(`/arrangements/${id}/claim`)).assigneeId).toBe(demo.userId('sanna'));
    const offers = ok(await sanna.get('/suppliers?serviceCode=home_help&on=2026-11-23'));
    // The demo's two suppliers in their framework ranking; other test files may have added suppliers of their own.
    const demoSuppliers = [demo.perhepolku, demo.familjestod];
    expect(
      offers.map((o: { supplierId: string }) => o.supplierId).filter((s: string) => demoSuppliers.includes(s)),
    ).toEqual(demoSuppliers);
    expect(
      ok(await sanna.post(`/arrangements/${id}/way`, { way: 'purchase', supplierId: demo.perhepolku })).status,
    ).toBe('ordered');

    const supplierView = ok(await perhepolku.get(`/arrangements/${id}`));
    expect(supplierView.client).toBeNull();
    expect(supplierView.proposal).toBeNull();
    ok(await perhepolku.post(`/arrangements/${id}/order-response`, { accept: true }));

    const granted = ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'granted' }));
    expect(granted.decision).toMatchObject({
      outcome: 'granted',
      decidedBy: demo.userId('sanna'),
      periodStart: startOn,
      periodEnd: addDays(addDuration(startOn, 'P3M'), -1),
    });
    ok(await sanna.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: '4100-FSW' }));
    const active = ok(
      await aino.post(`/arrangements/${id}/start`, {
        startedOn: startOn,
        goals: 'Tavoitteet kirjattu asiakassuunnitelmaan.',
      }),
    );
    // Access time from the needs assessment (16 November 2026) to the start.
    expect(active).toMatchObject({
      status: 'active',
      startedOn: startOn,
      accessDays: daysBetween('2026-11-16', startOn),
    });

    const [commitment] = await sys.db.query('select * from payment_commitment where arrangement_id = $1', [id]);
    expect(commitment).toMatchObject({
      kind: 'payment_commitment',
      supplier_id: demo.perhepolku,
      cost_centre_code: '4100-FSW',
      units_per_month: 20,
      unit: 'hour',
      unit_price_cents: 4900,
      status: 'open',
    });
    const timeline = ok(await aino.get(`/arrangements/${id}/timeline`));
    expect(timeline.map((e: { type: string }) => e.type)).toEqual([
      'drafted',
      'submitted',
      'claimed',
      'arrangement_chosen',
      'order_accepted',
      'granted',
      'payment_committed',
      'started',
    ]);
    expect(timeline.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(timeline[4].actorId).toBe(demo.userId('perhepolku'));
    expect(timeline[7].text).toEqual({ goals: 'Tavoitteet kirjattu asiakassuunnitelmaan.' });
  });

  it('arranges own production from a unit with an internal order at no price', async () => {
    const id = await claimedProposal();
    await ownProduction(sys, id);
    ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'granted' }));
    ok(await sanna.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: '4300-OWN' }));
    const [row] = await sys.db.query(
      'select kind, supplier_id, unit_price_cents from payment_commitment where arrangement_id = $1',
      [id],
    );
    expect(row).toEqual({ kind: 'internal_order', supplier_id: unitFor('home_help').id, unit_price_cents: null });
  });

  it('returns a proposal for completion; the worker completes and resubmits it', async () => {
    const id = await claimedProposal();
    const returned = ok(await sanna.post(`/arrangements/${id}/return`, { reason: 'Tuntimäärän perustelu puuttuu.' }));
    expect(returned).toMatchObject({ status: 'returned', assigneeId: null });
    refused(await sanna.post(`/arrangements/${id}/claim`), 409);

    const saved = ok(
      await aino.put(`/arrangements/${id}/proposal`, {
        ...proposal(demo.eetu.id, { hoursPerMonth: 30 }),
        clientId: undefined,
        serviceCode: undefined,
      }),
    );
    expect(saved).toMatchObject({ status: 'returned', hoursPerMonth: 30 });
    expect(ok(await aino.post(`/arrangements/${id}/submit`)).status).toBe('submitted');
    const types = ok(await aino.get(`/arrangements/${id}/timeline`)).map((e: { type: string; text: unknown }) => [
      e.type,
      e.text,
    ]);
    expect(types).toContainEqual(['returned', { reason: 'Tuntimäärän perustelu puuttuu.' }]);
    expect(types.map((t: unknown[]) => t[0])).toEqual([
      'drafted',
      'submitted',
      'claimed',
      'returned',
      'draft_saved',
      'submitted',
    ]);
  });

  it('sends the order back to the team when the supplier declines, and to another supplier', async () => {
    const id = await claimedProposal();
    ok(await sanna.post(`/arrangements/${id}/way`, { way: 'purchase', supplierId: demo.perhepolku }));
    refused(await familjestod.post(`/arrangements/${id}/order-response`, { accept: true }), 403);
    refused(await perhepolku.post(`/arrangements/${id}/order-response`, { accept: false }), 400);
    const declined = ok(
      await perhepolku.post(`/arrangements/${id}/order-response`, {
        accept: false,
        reason: 'Ei vapaita työntekijöitä.',
      }),
    );
    expect(declined).toEqual({ id, status: 'in_handling' });
    expect(ok(await sanna.get(`/arrangements/${id}`))).toMatchObject({ status: 'in_handling', supplierId: null });
    // The declining supplier no longer sees the arrangement.
    refused(await perhepolku.get(`/arrangements/${id}`), 403);

    ok(await sanna.post(`/arrangements/${id}/way`, { way: 'purchase', supplierId: demo.familjestod }));
    expect(ok(await familjestod.post(`/arrangements/${id}/order-response`, { accept: true })).status).toBe('arranged');
    expect(
      await count(
        `select count(*) as n from outbox where topic = 'supplier.order' and payload->>'arrangementId' = $1`,
        [id],
      ),
    ).toBe(2);
  });

  it('records a denied decision as appealable, with instructions and deadline, and ends the process', async () => {
    const id = await claimedProposal();
    refused(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'denied' }), 400);
    const denied = ok(
      await sanna.post(`/arrangements/${id}/decision`, {
        outcome: 'denied',
        reason: 'Tarve ei täytä SHL 18 a §:n edellytyksiä.',
      }),
    );
    expect(denied.status).toBe('denied');
    expect(denied.decision.appealDeadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(denied.decision.appealInstructions.fi).toContain('yksilöasioiden jaostolta');
    expect(denied.decision.appealInstructions.sv).toContain('sektion för individärenden');
    const [row] = await sys.db.query(
      'select outcome, decided_by, appeal_deadline from decision where arrangement_id = $1',
      [id],
    );
    expect(row).toMatchObject({ outcome: 'denied', decided_by: demo.userId('sanna') });
    const closed = refused(await sanna.post(`/arrangements/${id}/reopen`), 409);
    expect(closed.message).toContain('denied');
  });

  it('records an unmet need instead of dropping it, and takes it back when resources appear', async () => {
    const id = await claimedProposal();
    const unmet = ok(
      await sanna.post(`/arrangements/${id}/unmet-need`, { reason: 'Kotipalvelun resurssit loppu Espoossa.' }),
    );
    expect(unmet.status).toBe('unmet_need');
    const [row] = await sys.db.query(
      'select service_code, recorded_by, resolved_at from unmet_need where arrangement_id = $1',
      [id],
    );
    expect(row).toEqual({ service_code: 'home_help', recorded_by: demo.userId('sanna'), resolved_at: null });

    expect(ok(await jonas.post(`/arrangements/${id}/reopen`))).toMatchObject({
      status: 'in_handling',
      assigneeId: demo.userId('jonas'),
    });
    expect(
      await count('select count(*) as n from unmet_need where arrangement_id = $1 and resolved_at is not null', [id]),
    ).toBe(1);
  });

  it('gives a proposal to exactly one of two team members claiming it at once', async () => {
    const { id } = ok(await aino.post('/arrangements', proposal(demo.ella.id)));
    ok(await aino.post(`/arrangements/${id}/submit`));
    const replies = await Promise.all([
      sanna.post(`/arrangements/${id}/claim`),
      jonas.post(`/arrangements/${id}/claim`),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = replies[0].status === 200 ? 'sanna' : 'jonas';
    expect(ok(await aino.get(`/arrangements/${id}`)).assigneeId).toBe(demo.userId(winner));
    expect(
      await count(`select count(*) as n from arrangement_event where arrangement_id = $1 and type = 'claimed'`, [id]),
    ).toBe(1);
  });

  it('has effect once when a request is repeated with the same idempotency key', async () => {
    const body = proposal(demo.ella.id);
    const first = ok(await aino.post('/arrangements', body, 'create-ella-1'));
    const again = ok(await aino.post('/arrangements', body, 'create-ella-1'));
    expect(again.id).toBe(first.id);
    expect(await count('select count(*) as n from arrangement where id = $1', [first.id])).toBe(1);

    ok(await aino.post(`/arrangements/${first.id}/submit`, {}, 'submit-1'));
    ok(await aino.post(`/arrangements/${first.id}/submit`, {}, 'submit-1'));
    ok(await sanna.post(`/arrangements/${first.id}/claim`, {}, 'claim-1'));
    const reason = { reason: 'Täydennä tavoitteet.' };
    const replies = await Promise.all(
      [1, 2, 3].map(() => sanna.post(`/arrangements/${first.id}/return`, reason, 'return-1')),
    );
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
    const events = await sys.db.query('select type from arrangement_event where arrangement_id = $1 order by seq', [
      first.id,
    ]);
    expect(events.map((e: { type: string }) => e.type)).toEqual(['drafted', 'submitted', 'claimed', 'returned']);
    expect(
      await count(`select count(*) as n from arrangement_text where arrangement_id = $1 and kind = 'reason'`, [
        first.id,
      ]),
    ).toBe(1);
  });

  it('answers a consultation asked during preparation from the team queue', async () => {
    const { id } = ok(
      await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: 'family_work', hoursPerMonth: null })),
    );
    expect(
      ok(await aino.post(`/arrangements/${id}/consultation`, { question: 'Perhetyö vai kotipalvelu?' }))
        .consultationOpen,
    ).toBe(true);
    const queue = ok(await jonas.get('/teams/arr-fsw/queue?limit=200'));
    expect(queue.items.find((i: { id: string }) => i.id === id)).toMatchObject({
      status: 'draft',
      consultationOpen: true,
    });
    expect(
      ok(await jonas.post(`/arrangements/${id}/consultation/answer`, { answer: 'Perhetyö.' })).consultationOpen,
    ).toBe(false);
  });
});

describe('who may do what', () => {
  it('refuses a request without a valid token', async () => {
    const res = await fetch(
      `${(await import('./support/env')).systemEnv().apiUrl}/arrangements/00000000-0000-4000-8000-000000000000`,
    );
    expect(res.status).toBe(401);
    const forged = sys.as('aino');
    (forged as unknown as { token: string }).token += 'x';
    refused(await forged.get('/me'), 401);
  });

  it('lets only the own worker propose and submit, and only the arranging team claim and arrange', async () => {
    refused(await petra.post('/arrangements', proposal(demo.eetu.id)), 403);
    refused(await sanna.post('/arrangements', proposal(demo.eetu.id)), 403);
    const notMine = refused(await erik.post('/arrangements', proposal(demo.eetu.id)), 403);
    expect(notMine.message).toContain('own worker');

    const { id } = ok(await aino.post('/arrangements', proposal(demo.eetu.id)));
    refused(await erik.post(`/arrangements/${id}/submit`), 403);
    ok(await aino.post(`/arrangements/${id}/submit`));
    refused(await aino.post(`/arrangements/${id}/claim`), 403);
    refused(await perhepolku.post(`/arrangements/${id}/claim`), 403);
    const otherTeam = refused(await laura.post(`/arrangements/${id}/claim`), 403);
    expect(otherTeam.message).toContain('not among those you handle');
    refused(await laura.get('/teams/arr-fsw/queue'), 403);
    refused(await petra.get(`/arrangements/${id}`), 403);
    expect(ok(await riikka.get('/teams/arr-fsw/queue')).items.length).toBeGreaterThan(0);
  });

  it('lets only a qualified social worker decide in child welfare', async () => {
    const { id } = ok(
      await helmi.post('/arrangements', proposal(demo.onni.id, { serviceCode: 'intensified_family_work' })),
    );
    expect(ok(await helmi.post(`/arrangements/${id}/submit`)).teamId).toBe('arr-cw');
    ok(await oskari.post(`/arrangements/${id}/claim`));
    await ownProduction(sys, id, oskari);
    const counsellor = refused(await oskari.post(`/arrangements/${id}/decision`, { outcome: 'granted' }), 403);
    expect(counsellor.message).toContain('social worker');
    // The child's responsible social worker decides together with the team.
    expect(ok(await helmi.post(`/arrangements/${id}/decision`, { outcome: 'granted' })).decision.decidedBy).toBe(
      demo.userId('helmi'),
    );
  });
});

describe('bad input', () => {
  it('names the field and the rule', async () => {
    const missing = refused(
      await aino.post('/arrangements', { ...proposal(demo.eetu.id), justification: undefined }),
      400,
    );
    expect(missing.problems).toContainEqual(expect.objectContaining({ field: 'justification' }));
    const date = refused(
      await aino.post('/arrangements', proposal(demo.eetu.id, { needsAssessedOn: '2026-02-30' })),
      400,
    );
    expect(date.problems).toContainEqual(expect.objectContaining({ field: 'needsAssessedOn' }));
    const extra = refused(await aino.post('/arrangements', proposal(demo.eetu.id, { clientName: 'x' })), 400);
    expect(extra.problems[0]?.rule).toBe('unrecognized_keys');
    const hours = refused(await aino.post('/arrangements', proposal(demo.eetu.id, { hoursPerMonth: 41 })), 400);
    expect(hours.problems).toEqual([expect.objectContaining({ field: 'hoursPerMonth', rule: 'range' })]);
    const basis = refused(
      await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: 'intensified_family_work' })),
      400,
    );
    expect(basis.problems).toEqual([expect.objectContaining({ field: 'serviceCode', rule: 'legal_basis' })]);
    const unknown = refused(await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: 'massage' })), 400);
    expect(unknown.problems[0]?.rule).toBe('known_service');
    refused(await aino.send('POST', '/arrangements', undefined), 400);
    const key = refused(await aino.post('/arrangements', proposal(demo.eetu.id), 'not a key!'), 400);
    expect(key.problems[0]?.field).toBe('Idempotency-Key');
  });

  it('answers 404 for what does not exist and 400 for a malformed id', async () => {
    refused(await aino.post('/arrangements', proposal('00000000-0000-4000-8000-00000000dead')), 404);
    refused(await aino.get('/arrangements/00000000-0000-4000-8000-00000000dead'), 404);
    refused(await aino.get('/arrangements/not-a-uuid'), 400);
    refused(await sanna.get('/teams/no-such-team/queue'), 404);
    refused(await riikka.get('/teams/no-such-team/queue'), 404);
    refused(await aino.get('/catalogue/services/massage'), 404);
  });

  it('leaves nothing half-written when a command is refused', async () => {
    const id = await claimedProposal();
    const texts = () => count('select count(*) as n from arrangement_text where arrangement_id = $1', [id]);
    const before = await texts();
    // Tukiverkko's family-work contract has expired: it cannot be ordered from.
    const expired = refused(
      await sanna.post(`/arrangements/${id}/way`, { way: 'purchase', supplierId: demo.tukiverkko }),
      400,
    );
    expect(expired.problems).toEqual([expect.objectContaining({ field: 'supplierId', rule: 'valid_contract' })]);
    // Refused by the workflow after its text was stored: the text is taken away again.
    refused(await aino.post(`/arrangements/${id}/withdraw`, { reason: 'Perhe muutti.' }), 409);
    refused(await jonas.post(`/arrangements/${id}/return`, { reason: 'Ei minun.' }), 403);
    refused(await sanna.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: 'NOPE' }), 400);
    expect(await texts()).toBe(before);
    expect(ok(await sanna.get(`/arrangements/${id}`))).toMatchObject({ status: 'in_handling', way: null });
  });

  it('refuses a start before the needs assessment, naming the field', async () => {
    const id = await claimedProposal();
    await ownProduction(sys, id);
    ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'granted' }));
    ok(await sanna.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: '4300-OWN' }));
    const early = refused(await sanna.post(`/arrangements/${id}/start`, { startedOn: '2026-11-01', goals: 'x' }), 400);
    expect(early.problems).toEqual([expect.objectContaining({ field: 'startedOn', rule: 'date_order' })]);
  });
});

describe('the team queue', () => {
  it('filters, flags the overdue and pages by keyset in due order', async () => {
    const ids: string[] = [];
    for (const needsAssessedOn of ['2026-10-01', '2026-10-02', '2026-10-03']) {
      const { id } = ok(
        await erik.post(
          '/arrangements',
          proposal(demo.noah.id, { serviceCode: 'professional_support_person', hoursPerMonth: null, needsAssessedOn }),
        ),
      );
      ok(await erik.post(`/arrangements/${id}/submit`));
      ids.push(id);
    }
    const path = '/teams/arr-fsw/queue?service=professional_support_person&status=submitted&overdue=true&limit=2';
    const first = ok(await sanna.get(path));
    expect(first.items.map((i: { id: string }) => i.id)).toEqual(ids.slice(0, 2));
    expect(first.items[0]).toMatchObject({ dueOn: '2026-11-01', overdue: true, client: { name: 'Noah Westerlund' } });
    const second = ok(await sanna.get(`${path}&after=${first.nextCursor}`));
    expect(second.items.map((i: { id: string }) => i.id)).toEqual([ids[2]]);
    expect(second.nextCursor).toBeNull();

    ok(await jonas.post(`/arrangements/${ids[0]}/claim`));
    const mine = ok(await jonas.get('/teams/arr-fsw/queue?assignee=me&service=professional_support_person'));
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([ids[0]]);
    const bad = refused(await sanna.get('/teams/arr-fsw/queue?status=sleeping&limit=0'), 400);
    expect(bad.problems.map((p) => p.field).sort()).toEqual(['limit', 'status.0']);
    refused(await sanna.get('/teams/arr-fsw/queue?after=garbage'), 400);
  });
});

describe('health', () => {
  it('reports the database and Temporal reachable', async () => {
    const res = await sys.anonymous().get('/health');
    expect(res).toEqual({ status: 200, body: { status: 'ok', database: { ok: true }, temporal: { ok: true } } });
  });
});

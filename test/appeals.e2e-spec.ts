import { addDays } from '../libs/domain/dates';
import { type ApiUser, connect, demo, proposal, type System } from './support/api';
import { eventually, ok, refused } from './support/expect';
import { activeService, publishTestService } from './support/fixtures';

/**
 * Requests for rectification: in time or late by the decision's own deadline, the section's answer
 * once, the court after the section, the client's grounds kept from those who may not read them.
 */
let sys: System;
let aino: ApiUser, sanna: ApiUser, riikka: ApiUser;

/** Periods of 30 s: the continuation decision falls due 10 s before the end, time enough to change it. */
const QUICK = 'appeals_quick_test';

beforeAll(async () => {
  sys = await connect();
  [aino, sanna, riikka] = [sys.as('aino'), sys.as('sanna'), sys.as('riikka')];
  await publishTestService(riikka, QUICK, 'Muutoksenhaun testipalvelu, jonka jaksot kestävät sekunteja', {
    periods: { first: 'PT30S', step: 'PT30S', max: 'PT30S', specialExtra: null },
    evaluationInterval: 'PT60S',
  });
});
afterAll(() => sys.close());

/** A denied decision, moved `daysAgo` into the past with the deadline it had then (as if sent by post). */
async function deniedDaysAgo(daysAgo: number): Promise<{ id: string; seq: number; deadline: string }> {
  const { id } = ok(await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: 'home_help' })));
  ok(await aino.post(`/arrangements/${id}/submit`));
  ok(await sanna.post(`/arrangements/${id}/claim`));
  ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'denied', reason: 'Tarve ei täyty.' }));
  const [decision] = ok(await aino.get(`/arrangements/${id}/decisions`));
  const decidedOn = addDays(await sys.today(), -daysAgo);
  const { lastDay } = ok(await aino.get(`/calendar/rectification-deadline?sentOn=${decidedOn}`));
  await sys.db.query(
    'update decision set decided_on = $3, appeal_deadline = $4 where arrangement_id = $1 and seq = $2',
    [id, decision.seq, decidedOn, lastDay],
  );
  return { id, seq: decision.seq, deadline: lastDay };
}

/** An arrangement's decision of `kind` (and `outcome`), once the process has recorded it. */
async function decisionOf(
  id: string,
  kind: string,
  outcome?: string,
): Promise<{ seq: number; kind: string; outcome: string; appealDeadline: string | null; allowedActions: string[] }> {
  return eventually(`the ${kind} decision of ${id}`, async () => {
    const listed: { seq: number; kind: string; outcome: string; appealDeadline: string; allowedActions: string[] }[] =
      ok(await sanna.get(`/arrangements/${id}/decisions`));
    return listed.find((d) => d.kind === kind && (!outcome || d.outcome === outcome));
  });
}

describe('requests for rectification', () => {
  it('records a request against each appealable decision, and refuses one against a grant naming the rule', async () => {
    const today = await sys.today();
    const request = (id: string, seq: number) =>
      sanna.post(`/arrangements/${id}/decisions/${seq}/rectification-requests`, {
        receivedOn: today,
        grounds: 'Päätös on perheelle kohtuuton.',
      });

    const denial = await deniedDaysAgo(0);

    const { id: notContinued } = await activeService(sys, QUICK, null);
    await eventually('the continuation decision to fall due', async () => {
      const a = ok(await aino.get(`/arrangements/${notContinued}`));
      return a.running?.continuationDue ? a : undefined;
    });
    ok(
      await aino.post(`/arrangements/${notContinued}/continuation`, {
        outcome: 'end',
        reassessedOn: today,
        reason: 'Tavoitteet on saavutettu.',
      }),
    );

    const { id: changeDenied } = await activeService(sys, 'home_help', null);
    ok(
      await aino.post(`/arrangements/${changeDenied}/change`, {
        effectiveOn: today,
        reason: 'Tarve on kasvanut.',
        hoursPerMonth: 10,
      }),
    );
    ok(
      await sanna.post(`/arrangements/${changeDenied}/change/decision`, {
        outcome: 'denied',
        reason: 'Tarve ei ole muuttunut.',
      }),
    );

    const { id: unmet } = ok(await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: 'home_help' })));
    ok(await aino.post(`/arrangements/${unmet}/submit`));
    ok(await sanna.post(`/arrangements/${unmet}/claim`));
    ok(await sanna.post(`/arrangements/${unmet}/unmet-need`, { reason: 'Yksikään tuottaja ei ota uusia asiakkaita.' }));

    const { id: ended } = await activeService(sys, 'home_help', null);
    ok(await aino.post(`/arrangements/${ended}/termination`, { reason: 'moved', explanation: 'Perhe muutti.' }));

    const appealable = [
      { id: denial.id, kind: 'initial', outcome: 'denied' },
      { id: notContinued, kind: 'continuation', outcome: 'denied' },
      { id: changeDenied, kind: 'change', outcome: 'denied' },
      { id: unmet, kind: 'unmet_need', outcome: 'unmet_need' },
      { id: ended, kind: 'ending', outcome: 'ended' },
    ];
    const recorded: Record<string, { id: string }> = {};
    for (const a of appealable) {
      const d = await decisionOf(a.id, a.kind, a.outcome);
      // Listed with its last day and the step on offer: the same rule the route keeps.
      expect(d.appealDeadline).toEqual(expect.any(String));
      expect(d.allowedActions).toEqual(['requestRectification']);
      const r = ok(await request(a.id, d.seq));
      expect(r).toMatchObject({
        decisionKind: a.kind,
        decisionOutcome: a.outcome,
        appealDeadline: d.appealDeadline,
        inTime: true,
        outcome: null,
      });
      expect((await decisionOf(a.id, a.kind, a.outcome)).allowedActions).toEqual([]);
      recorded[a.kind] = r;
    }

    // A grant is not appealable: listed without the step, refused by the route with the rule named.
    const grant = await decisionOf(changeDenied, 'initial', 'granted');
    expect(grant).toMatchObject({ appealDeadline: null, allowedActions: [] });
    const refusal = refused(await request(changeDenied, grant.seq), 409);
    expect(refusal.problems[0]).toMatchObject({ field: 'decision', rule: 'appealable' });

    // An early end changed: the service is arranged anew for the family, the proposal in the team's queue.
    const reversed = ok(
      await riikka.post(`/rectification-requests/${recorded.ending!.id}/outcome`, {
        outcome: 'changed',
        decidedOn: today,
        newDecision: 'Palvelu jatkuu; päättäminen kumotaan.',
      }),
    );
    expect(reversed.followUpArrangementId).toEqual(expect.any(String));
    await eventually('the follow-up in the queue', async () => {
      const a = ok(await sanna.get(`/arrangements/${reversed.followUpArrangementId}`));
      return a.status === 'submitted' ? a : undefined;
    });
    // An unmet need changed: the team reopens the proposal it left unmet, and arranges the service.
    const unmetChanged = ok(
      await riikka.post(`/rectification-requests/${recorded.unmet_need!.id}/outcome`, {
        outcome: 'changed',
        decidedOn: today,
        newDecision: 'Palvelu on järjestettävä.',
      }),
    );
    expect(unmetChanged.followUpArrangementId).toBeNull();
    const left = ok(await sanna.get(`/arrangements/${unmet}`));
    expect(left).toMatchObject({ status: 'unmet_need' });
    expect(left.allowedActions).toContain('reopen');
  });

  it("takes a denial the section changes to a grant on to arranging: the proposal is in the team's queue, submitted", async () => {
    const today = await sys.today();
    const d = await deniedDaysAgo(3);
    const request = ok(
      await sanna.post(`/arrangements/${d.id}/decisions/${d.seq}/rectification-requests`, {
        receivedOn: today,
        grounds: 'Kotipalvelu on perheelle välttämätön.',
      }),
    );
    const changed = ok(
      await riikka.post(`/rectification-requests/${request.id}/outcome`, {
        outcome: 'changed',
        decidedOn: today,
        newDecision: 'Kotipalvelu myönnetään esityksen mukaisesti.',
      }),
    );
    expect(changed.followUpArrangementId).toEqual(expect.any(String));
    const followUp = await eventually('the follow-up in the queue', async () => {
      const a = ok(await sanna.get(`/arrangements/${changed.followUpArrangementId}`));
      return a.status === 'submitted' ? a : undefined;
    });
    const original = ok(await sanna.get(`/arrangements/${d.id}`));
    expect(original.status).toBe('denied');
    expect(followUp).toMatchObject({ serviceCode: original.serviceCode, ownWorkerId: original.ownWorkerId });
    expect(followUp.proposal).toEqual(original.proposal);
    const queue = ok(await sanna.get(`/teams/${original.teamId}/queue?limit=200`));
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(followUp.id);
    const [first] = ok(await sanna.get(`/arrangements/${followUp.id}/timeline`));
    expect(first.data).toMatchObject({ rectifiesArrangementId: d.id, rectificationRequestId: request.id });
  });

  it('carries out a decision not to continue changed on rectification: the service goes on for another period', async () => {
    const { id } = await activeService(sys, QUICK, null);
    await eventually('the continuation decision to fall due', async () => {
      const a = ok(await aino.get(`/arrangements/${id}`));
      return a.running?.continuationDue ? a : undefined;
    });
    const today = await sys.today();
    ok(
      await aino.post(`/arrangements/${id}/continuation`, {
        outcome: 'end',
        reassessedOn: today,
        reason: 'Tavoitteet on saavutettu.',
      }),
    );
    const decisions: { seq: number; kind: string; outcome: string }[] = ok(
      await aino.get(`/arrangements/${id}/decisions`),
    );
    const notContinued = decisions.find((d) => d.kind === 'continuation' && d.outcome === 'denied')!;
    const request = ok(
      await sanna.post(`/arrangements/${id}/decisions/${notContinued.seq}/rectification-requests`, {
        receivedOn: today,
        grounds: 'Tuki on yhä tarpeen.',
      }),
    );
    ok(
      await riikka.post(`/rectification-requests/${request.id}/outcome`, {
        outcome: 'changed',
        decidedOn: today,
        newDecision: 'Palvelu jatkuu seuraavan jakson.',
      }),
    );
    // Past the maximum of one period too: the section's decision stands. The second period opens.
    const second = await eventually(
      'the second period',
      async () => {
        const a = ok(await aino.get(`/arrangements/${id}`));
        return a.running?.period === 2 ? a : undefined;
      },
      60,
    );
    expect(second.status).toBe('active');
    const timeline: { type: string; data: Record<string, unknown> }[] = ok(
      await aino.get(`/arrangements/${id}/timeline`),
    );
    expect(timeline.find((e) => e.type === 'continued')?.data).toMatchObject({ rectificationRequestId: request.id });
  });

  it('counts a request received after the last day as late, and only a late one may be dismissed as late', async () => {
    const today = await sys.today();
    const late = await deniedDaysAgo(60);
    const request = ok(
      await sanna.post(`/arrangements/${late.id}/decisions/${late.seq}/rectification-requests`, {
        receivedOn: today,
        grounds: 'Emme saaneet päätöstä ajoissa.',
      }),
    );
    expect(request).toMatchObject({ inTime: false, appealDeadline: late.deadline });
    ok(
      await riikka.post(`/rectification-requests/${request.id}/outcome`, {
        outcome: 'dismissed_late',
        decidedOn: today,
      }),
    );
    // Decided once.
    refused(
      await riikka.post(`/rectification-requests/${request.id}/outcome`, { outcome: 'upheld', decidedOn: today }),
      409,
    );

    const timely = await deniedDaysAgo(10);
    const inTime = ok(
      await sanna.post(`/arrangements/${timely.id}/decisions/${timely.seq}/rectification-requests`, {
        receivedOn: today,
        grounds: 'Tarve on suurempi kuin arvioitiin.',
      }),
    );
    expect(inTime.inTime).toBe(true);
    const wrong = refused(
      await riikka.post(`/rectification-requests/${inTime.id}/outcome`, {
        outcome: 'dismissed_late',
        decidedOn: today,
      }),
      400,
    );
    expect(wrong.problems[0]).toMatchObject({ field: 'outcome', rule: 'in_time' });
    const changed = refused(
      await riikka.post(`/rectification-requests/${inTime.id}/outcome`, { outcome: 'changed', decidedOn: today }),
      400,
    );
    expect(changed.problems[0]).toMatchObject({ field: 'newDecision', rule: 'required' });
    // The court hears an appeal against the section's decision, not before it.
    refused(await riikka.post(`/rectification-requests/${inTime.id}/court-appeal`, { filedOn: today }), 409);
    ok(await riikka.post(`/rectification-requests/${inTime.id}/outcome`, { outcome: 'upheld', decidedOn: today }));
    ok(await riikka.post(`/rectification-requests/${inTime.id}/court-appeal`, { filedOn: today }));
    const decided = ok(
      await riikka.post(`/rectification-requests/${inTime.id}/court-appeal/outcome`, {
        outcome: 'overturned',
        decidedOn: today,
      }),
    );
    expect(decided).toMatchObject({ outcome: 'upheld', courtFiledOn: today, courtOutcome: 'overturned' });
  });

  it("refuses a request dated in the future or before the decision, and keeps the client's grounds from a supplier", async () => {
    const today = await sys.today();
    const d = await deniedDaysAgo(5);
    const path = `/arrangements/${d.id}/decisions/${d.seq}/rectification-requests`;
    const future = refused(await sanna.post(path, { receivedOn: addDays(today, 1), grounds: 'x' }), 400);
    expect(future.problems[0]).toMatchObject({ field: 'receivedOn', rule: 'not_in_future' });
    const before = refused(await sanna.post(path, { receivedOn: addDays(today, -6), grounds: 'x' }), 400);
    expect(before.problems[0]).toMatchObject({ field: 'receivedOn', rule: 'date_order' });
    refused(
      await sanna.post(`/arrangements/${d.id}/decisions/999/rectification-requests`, {
        receivedOn: today,
        grounds: 'x',
      }),
      404,
    );
    ok(await sanna.post(path, { receivedOn: today, grounds: 'Perusteet.' }));
    expect(ok(await aino.get(`/arrangements/${d.id}/rectification-requests`))).toHaveLength(1);
    refused(await sys.as('perhepolku').get(`/arrangements/${d.id}/rectification-requests`), 403);
    refused(await aino.post(path, { receivedOn: today, grounds: 'x' }), 403);
  });
});

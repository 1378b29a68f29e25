import type { ChildProcess } from 'node:child_process';
import { addDays, addDuration } from '../libs/domain/dates';
import { USERS } from '../libs/persistence/dev/demo-region';
import { connect, demo, proposal, type ApiUser, type System } from './support/api';
import { systemEnv } from './support/env';
import { eventually, ok, refused } from './support/expect';
import { ownProduction, publishTestService } from './support/fixtures';
import { processEnvOf } from './support/global-setup';
import { kill, launch, waitFor } from './support/processes';

/**
 * Evaluations at the gap agreed with the family (seed 002: "1–3 kuukauden välein järjestettävissä
 * arviointipalavereissa … laaditaan mahdolliset uudet tavoitteet"), their overdue alerts, and the card's
 * required steps (seed 004) as a checklist the start waits for.
 *
 * A month and a week cannot pass in a test: the alerts' graces are the API's configuration, which it
 * writes into each arrangement's rules when the proposal is made. So the arrangements whose alerts are
 * watched are made through an API of this test's own, whose graces are 3 s (the own worker) and 6 s
 * (the team lead); the shared worker runs their processes as any other.
 */
const BOUNDS = 'evals_bounds_test';
const QUICK = 'evals_quick_test';
const STEPS = 'evals_steps_test';
const API_PORT = 3162;

let sys: System;
let api: ChildProcess;
let aino: ApiUser, sanna: ApiUser, riikka: ApiUser;
/** aino and sanna at this test's own API. */
let ainoHere: ApiUser, sannaHere: ApiUser;
let today = '';
const AINO_ID = USERS.find((u) => u.username === 'aino')!.id;

beforeAll(async () => {
  sys = await connect();
  aino = sys.as('aino');
  sanna = sys.as('sanna');
  riikka = sys.as('riikka');
  api = launch('evals-api', process.execPath, ['dist/apps/api/src/main.js'], {
    ...processEnvOf(systemEnv()),
    API_PORT: String(API_PORT),
    PROCESS_NAME: 'evals-api',
    EVALUATION_ALERT_OWN_WORKER_AFTER: 'PT3S',
    EVALUATION_ALERT_TEAM_LEAD_AFTER: 'PT6S',
  });
  ainoHere = sys.asAt('aino', `http://127.0.0.1:${API_PORT}`);
  sannaHere = sys.asAt('sanna', `http://127.0.0.1:${API_PORT}`);
  // The card of family work as seed 002 has it: evaluations every one to three months.
  await publishTestService(riikka, BOUNDS, 'Arviointivälit kuten perhetyössä', {
    evaluationInterval: 'P3M',
    evaluationIntervalShortest: 'P1M',
  });
  // Periods of 40 s; evaluations every 2–8 s.
  await publishTestService(riikka, QUICK, 'Testipalvelu, jonka arvioinnit ovat sekuntien välein', {
    periods: { first: 'PT40S', step: 'PT40S', max: 'PT80S', specialExtra: null },
    evaluationInterval: 'PT8S',
    evaluationIntervalShortest: 'PT2S',
  });
  // As the 24-hour family rehabilitation's card: an introductory visit with the family before the start.
  await publishTestService(riikka, STEPS, 'Testipalvelu, jonka kortti vaatii tutustumiskäynnin', {
    requiredSteps: ['decision', 'introductory_visit', 'starting_negotiation', 'monthly_interim_negotiation'],
  });
  await waitFor('the test API', async () => (await fetch(`http://127.0.0.1:${API_PORT}/health`)).ok, 60_000);
}, 90_000);
beforeEach(async () => {
  today = await sys.today();
});
afterAll(async () => {
  if (api.pid) kill(api.pid);
  await sys.close();
});

/** A proposal of aino's for Eetu, from own production, taken to its payment commitment through `worker` and `team`'s API. */
async function committed(serviceCode: string, [worker, team]: [ApiUser, ApiUser] = [aino, sanna]): Promise<string> {
  const { id } = ok(
    await worker.post(
      '/arrangements',
      proposal(demo.eetu.id, { serviceCode, needsAssessedOn: today, desiredStartOn: today }),
    ),
  );
  ok(await worker.post(`/arrangements/${id}/submit`));
  ok(await team.post(`/arrangements/${id}/claim`));
  await ownProduction(sys, id, team);
  ok(await team.post(`/arrangements/${id}/decision`, { outcome: 'granted' }));
  ok(await team.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: '4100-FSW' }));
  return id;
}

const outbox = async (id: string, topic: string) =>
  (
    await sys.db.query(`select payload from outbox where topic = $1 and payload->>'arrangementId' = $2`, [topic, id])
  ).map((r: { payload: Record<string, unknown> }) => r.payload);

describe('evaluations at the interval agreed with the family', () => {
  it("agrees an interval of one month at the start, within the card's one to three months", async () => {
    const card = ok(await riikka.get('/catalogue/services/family_work'));
    expect(card).toMatchObject({ evaluationInterval: 'P3M', evaluationIntervalShortest: 'P1M' });

    const id = await committed(BOUNDS);
    for (const evaluationInterval of ['P2W', 'P4M']) {
      const wrong = refused(
        await aino.post(`/arrangements/${id}/start`, { startedOn: today, goals: 'Arki sujuu.', evaluationInterval }),
        400,
      );
      expect(wrong.problems).toEqual([
        expect.objectContaining({ field: 'evaluationInterval', rule: 'evaluation_interval' }),
      ]);
    }
    const started = ok(
      await aino.post(`/arrangements/${id}/start`, {
        startedOn: today,
        goals: 'Arki sujuu.',
        evaluationInterval: 'P1M',
      }),
    );
    expect(started.running).toMatchObject({
      evaluationInterval: 'P1M',
      evaluationIntervalBounds: { shortest: 'P1M', longest: 'P3M' },
    });
    // Due a month after the start: its last day is the day before the same day next month.
    expect(started.running.nextEvaluationDueOn).toBe(addDays(addDuration(today, 'P1M'), -1));
    ok(
      await aino.post(`/arrangements/${id}/termination`, {
        reason: 'goals_met',
        endsOn: today,
        explanation: 'Valmis.',
      }),
    );
  });

  it('alerts the own worker, then the team lead, to an evaluation overdue; the evaluation held changes the interval and sets new goals', async () => {
    const id = await committed(QUICK, [ainoHere, sannaHere]);
    ok(
      await aino.post(`/arrangements/${id}/start`, {
        startedOn: today,
        goals: 'Arki sujuu.',
        evaluationInterval: 'PT4S',
      }),
    );

    // Overdue past the first grace: the own worker is told, by the message the own worker gets.
    const [toWorker] = await eventually('the own worker alerted', async () => {
      const m = await outbox(id, 'own_worker.evaluation_overdue');
      return m.length > 0 ? m : undefined;
    });
    expect(toWorker).toMatchObject({ arrangementId: id, ownWorkerId: AINO_ID });
    expect(await outbox(id, 'team_lead.alert')).toEqual([]);
    // Past the second: the team lead, with an alert open until the evaluation is held.
    const [toLead] = await eventually('the team lead alerted', async () => {
      const m = await outbox(id, 'team_lead.alert');
      return m.length > 0 ? m : undefined;
    });
    expect(toLead).toMatchObject({ arrangementId: id, kind: 'evaluation_overdue' });
    const open = await sys.db.query('select kind, resolved_at from alert where arrangement_id = $1', [id]);
    expect(open).toEqual([{ kind: 'evaluation_overdue', resolved_at: null }]);
    expect(
      ok(await riikka.get('/running-services?list=evaluation_overdue&limit=500')).map((r: { id: string }) => r.id),
    ).toContain(id);

    // Held: the goals' progress and the new goals recorded, the gap changed for the next one.
    const held = ok(
      await aino.post(`/arrangements/${id}/evaluations`, {
        heldOn: today,
        participants: ['child', 'guardian', 'own_worker', 'supplier'],
        goalsProgress: 'partly',
        notes: 'Aamut sujuvat, illat eivät vielä.',
        newGoals: 'Iltarutiini ilman riitoja kolmena iltana viikossa.',
        evaluationInterval: 'PT6S',
      }),
    );
    expect(held.running).toMatchObject({ evaluationsHeld: 1, evaluationInterval: 'PT6S' });
    const [resolved] = await sys.db.query('select resolved_at from alert where arrangement_id = $1', [id]);
    expect(resolved.resolved_at).not.toBeNull();
    const [evaluation] = await sys.db.query(
      `select e.goals_progress, e.evaluation_interval, t.body from evaluation e
       join arrangement_text t on t.id = e.new_goals_text_id where e.arrangement_id = $1`,
      [id],
    );
    expect(evaluation).toMatchObject({
      goals_progress: 'partly',
      evaluation_interval: 'PT6S',
      body: { goals: 'Iltarutiini ilman riitoja kolmena iltana viikossa.' },
    });
    // The next is due the new gap after the meeting, at most.
    const next = Date.parse(held.running.nextEvaluationDueAt);
    expect(next - Date.now()).toBeLessThanOrEqual(6_000);
    // A meeting not yet held cannot be recorded: the same rule as for every day that must have come.
    const tomorrow = refused(
      await aino.post(`/arrangements/${id}/evaluations`, {
        heldOn: addDays(today, 1),
        participants: ['own_worker'],
        goalsProgress: 'on_track',
        notes: 'Huomenna.',
      }),
      400,
    );
    expect(tomorrow.problems).toEqual([expect.objectContaining({ field: 'heldOn', rule: 'not_in_future' })]);
    // A gap outside the card's bounds is refused at an evaluation too.
    const wrong = refused(
      await aino.post(`/arrangements/${id}/evaluations`, {
        heldOn: today,
        participants: ['own_worker'],
        goalsProgress: 'on_track',
        notes: 'Lyhyt tarkistus.',
        evaluationInterval: 'PT20S',
      }),
      400,
    );
    expect(wrong.problems).toEqual([
      expect.objectContaining({ field: 'evaluationInterval', rule: 'evaluation_interval' }),
    ]);
    ok(
      await aino.post(`/arrangements/${id}/termination`, {
        reason: 'goals_met',
        endsOn: today,
        explanation: 'Valmis.',
      }),
    );
  });
});

describe("the card's required steps", () => {
  it('blocks the start until the introductory visit is recorded, and shows who did each step and when', async () => {
    const id = await committed(STEPS);
    const before = ok(await aino.get(`/arrangements/${id}`));
    expect(before.allowedActions).toContain('recordStep');
    expect(before.requiredSteps.map((s: { code: string; state: string }) => [s.code, s.state])).toEqual([
      ['decision', 'done'],
      ['introductory_visit', 'open'],
      ['starting_negotiation', 'open'],
      ['monthly_interim_negotiation', 'open'],
    ]);

    const blocked = refused(
      await aino.post(`/arrangements/${id}/start`, { startedOn: today, goals: 'Arki sujuu.' }),
      400,
    );
    expect(blocked.problems).toEqual([expect.objectContaining({ field: 'startedOn', rule: 'required_step' })]);
    const unknown = refused(await aino.post(`/arrangements/${id}/steps`, { step: 'decision', doneOn: today }), 400);
    expect(unknown.problems).toEqual([expect.objectContaining({ field: 'step', rule: 'required_step' })]);
    const ahead = refused(
      await aino.post(`/arrangements/${id}/steps`, { step: 'introductory_visit', doneOn: addDays(today, 1) }),
      400,
    );
    expect(ahead.problems).toEqual([expect.objectContaining({ field: 'doneOn', rule: 'not_in_future' })]);
    // Another own worker may not record the family's steps.
    refused(await sys.as('erik').post(`/arrangements/${id}/steps`, { step: 'introductory_visit', doneOn: today }), 403);

    ok(await aino.post(`/arrangements/${id}/steps`, { step: 'introductory_visit', doneOn: today }));
    const started = ok(await aino.post(`/arrangements/${id}/start`, { startedOn: today, goals: 'Arki sujuu.' }));
    expect(started.status).toBe('active');
    const after = ok(await aino.get(`/arrangements/${id}`));
    expect(after.requiredSteps).toEqual([
      expect.objectContaining({ code: 'decision', state: 'done' }),
      expect.objectContaining({ code: 'introductory_visit', state: 'done', doneOn: today, doneBy: AINO_ID, times: 1 }),
      expect.objectContaining({ code: 'starting_negotiation', state: 'done', doneOn: today }),
      expect.objectContaining({ code: 'monthly_interim_negotiation', timing: 'recurring', state: 'open' }),
    ]);
    // The monthly interim negotiation is recorded while the service runs.
    ok(await aino.post(`/arrangements/${id}/steps`, { step: 'monthly_interim_negotiation', doneOn: today }));
    const [row] = await sys.db.query(
      'select code, recorded_by from service_step where arrangement_id = $1 order by seq desc',
      [id],
    );
    expect(row).toEqual({ code: 'monthly_interim_negotiation', recorded_by: AINO_ID });
    ok(
      await aino.post(`/arrangements/${id}/termination`, {
        reason: 'goals_met',
        endsOn: today,
        explanation: 'Valmis.',
      }),
    );
  });
});

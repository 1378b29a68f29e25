import { addDays } from '../libs/domain/dates';
import { randomUUID } from 'node:crypto';
import { connect, demo, proposal, type ApiUser, type System } from './support/api';
import { ok, refused } from './support/expect';
import { activeService } from './support/fixtures';

/**
 * Every client always has an own worker: the team lead hands a client over, and every right to act on
 * the client's open arrangements moves from the old worker to the new one, in the queue and while a
 * service runs; the timeline shows it; a worker who leaves cannot be left anyone's own worker.
 */
let sys: System;
let aino: ApiUser, erik: ApiUser, sanna: ApiUser, riikka: ApiUser;
let clientId: string;

beforeAll(async () => {
  sys = await connect();
  aino = sys.as('aino');
  erik = sys.as('erik');
  sanna = sys.as('sanna');
  riikka = sys.as('riikka');
  // A client of the test's own, so that the demo clients' caseloads stay as the other tests count them.
  clientId = randomUUID();
  await sys.db.query(
    `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
     values ($1, 'Siirto Testinen', '2015-05-05', 'espoo', 'fi', 'SHL', $2)`,
    [clientId, demo.userId('aino')],
  );
});
afterAll(() => sys.close());

const clientsOf = async (username: 'aino' | 'erik') =>
  ok(await riikka.get('/reports/caseloads')).find((c: { userId: string }) => c.userId === demo.userId(username))
    .clients as number;

describe('handing a client over to another own worker', () => {
  it('moves every right to act, in the queue and on a running service, and the timeline shows it', async () => {
    const queued = ok(await aino.post('/arrangements', proposal(clientId)));
    ok(await aino.post(`/arrangements/${queued.id}/submit`));
    ok(await sanna.post(`/arrangements/${queued.id}/claim`));
    ok(await sanna.post(`/arrangements/${queued.id}/return`, { reason: 'Tavoitteet puuttuvat.' }));
    const running = await activeService(sys, 'home_help', null, undefined, clientId);
    const [ainoBefore, erikBefore] = [await clientsOf('aino'), await clientsOf('erik')];

    refused(await aino.post(`/clients/${clientId}/own-worker`, { ownWorkerId: demo.userId('erik'), reason: 'x' }), 403);
    const handed = ok(
      await riikka.post(
        `/clients/${clientId}/own-worker`,
        { ownWorkerId: demo.userId('erik'), reason: 'Ainon tiimi vaihtui.' },
        `handover-${clientId}`,
      ),
    );
    expect(handed.arrangements.sort()).toEqual([queued.id, running.id].sort());

    for (const id of [queued.id, running.id]) {
      const timeline = ok(await erik.get(`/arrangements/${id}/timeline`));
      expect(timeline.at(-1)).toMatchObject({
        type: 'handed_over',
        data: { from: demo.userId('aino'), to: demo.userId('erik') },
      });
      refused(await aino.get(`/arrangements/${id}`), 403);
    }
    // In the queue: the returned proposal is now Erik's to complete and submit.
    refused(await aino.post(`/arrangements/${queued.id}/submit`), 403);
    expect(ok(await erik.post(`/arrangements/${queued.id}/submit`)).status).toBe('submitted');
    // While the service runs: Erik records the evaluation; Aino no longer may.
    const evaluation = {
      heldOn: await sys.today(),
      participants: ['guardian', 'own_worker'],
      goalsProgress: 'on_track',
      notes: 'Uusi omatyöntekijä tapasi perheen.',
    };
    refused(await aino.post(`/arrangements/${running.id}/evaluations`, evaluation), 403);
    expect(ok(await erik.post(`/arrangements/${running.id}/evaluations`, evaluation)).running.evaluationsHeld).toBe(1);

    expect([await clientsOf('aino'), await clientsOf('erik')]).toEqual([ainoBefore - 1, erikBefore + 1]);
    const history = ok(await riikka.get(`/clients/${clientId}/own-worker/history`));
    expect(history[0]).toMatchObject({
      fromWorker: 'Aino Virtanen',
      toWorker: 'Erik Lindholm',
      reason: 'Ainon tiimi vaihtui.',
    });
    // The same request again changes nothing more.
    ok(
      await riikka.post(
        `/clients/${clientId}/own-worker`,
        { ownWorkerId: demo.userId('erik'), reason: 'Ainon tiimi vaihtui.' },
        `handover-${clientId}`,
      ),
    );
    expect(ok(await riikka.get(`/clients/${clientId}/own-worker/history`))).toHaveLength(1);
  });

  it('refuses to disable a worker who is still anyone’s own worker, naming the clients', async () => {
    const blocked = refused(await riikka.post(`/users/${demo.userId('aino')}/disable`), 409);
    expect(blocked.problems.length).toBeGreaterThan(0);
    expect(blocked.problems[0]).toMatchObject({ field: 'clients', rule: 'has_clients' });

    const leaver = randomUUID();
    await sys.db.query(
      `insert into app_user (id, username, full_name, role, profession, team_id)
       values ($1, $2, 'Lähtevä Työntekijä', 'own_worker', 'social_worker', 'fsw-espoo')`,
      [leaver, `lahteva-${leaver.slice(0, 8)}`],
    );
    expect(ok(await riikka.post(`/users/${leaver}/disable`))).toEqual({ userId: leaver, disabled: true });
    const toLeaver = refused(
      await riikka.post(`/clients/${clientId}/own-worker`, { ownWorkerId: leaver, reason: 'x' }),
      400,
    );
    expect(toLeaver.problems[0]).toMatchObject({ field: 'ownWorkerId', rule: 'active_own_worker' });
  });

  it('hands several clients over together, all or none, each with its own history', async () => {
    const [shl, lsl] = [randomUUID(), randomUUID()];
    for (const [id, basis, worker] of [
      [shl, 'SHL', 'aino'],
      [lsl, 'LsL', 'helmi'],
    ] as const) {
      await sys.db.query(
        `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
         values ($1, 'Yhdessä Siirrettävä', '2013-04-04', 'espoo', 'fi', $2, $3)`,
        [id, basis, demo.userId(worker)],
      );
    }
    // Erik is a social counsellor: the child-welfare client cannot go to him, so neither goes.
    const refusal = refused(
      await riikka.post('/clients/own-worker', {
        clientIds: [shl, lsl],
        ownWorkerId: demo.userId('erik'),
        reason: 'x',
      }),
      400,
    );
    expect(refusal.problems[0]).toMatchObject({ field: 'ownWorkerId', rule: 'social_worker' });
    const owners = async () =>
      (await sys.db.query('select own_worker_id as w from client where id = any($1::uuid[]) order by id', [[shl, lsl]]))
        .map((r: { w: string }) => r.w)
        .sort();
    expect(await owners()).toEqual([demo.userId('aino'), demo.userId('helmi')].sort());
    // Aino may not hand over her own clients.
    refused(
      await aino.post('/clients/own-worker', { clientIds: [shl], ownWorkerId: demo.userId('erik'), reason: 'x' }),
      403,
    );

    const leaver = randomUUID();
    await sys.db.query(
      `insert into app_user (id, username, full_name, role, profession, team_id, leaving_on)
       values ($1, $2, 'Lähtö Tänään', 'own_worker', 'social_worker', 'cw-lohja', $3)`,
      [leaver, `lahto-${leaver.slice(0, 8)}`, await sys.today()],
    );
    // One who leaves today takes no one; the own workers' list says so.
    const workers = ok(await riikka.get('/own-workers'));
    expect(workers.find((w: { id: string }) => w.id === leaver)).toMatchObject({
      leavingOn: await sys.today(),
      allowedActions: ['setLeavingDay'],
    });
    refused(await riikka.post('/clients/own-worker', { clientIds: [shl], ownWorkerId: leaver, reason: 'x' }), 400);
    // A leaving day is an own worker's, and one still to come.
    const past = refused(
      await riikka.post(`/users/${leaver}/leaving-day`, { leavingOn: addDays(await sys.today(), -1) }),
      400,
    );
    expect(past.problems).toEqual([expect.objectContaining({ field: 'leavingOn', rule: 'not_in_past' })]);
    refused(await riikka.post(`/users/${demo.userId('sanna')}/leaving-day`, { leavingOn: await sys.today() }), 409);

    const handed = ok(
      await riikka.post(
        '/clients/own-worker',
        { clientIds: [shl, lsl], ownWorkerId: demo.userId('helmi'), reason: 'Tiimit yhdistyvät.' },
        `together-${shl}`,
      ),
    );
    expect(handed.map((h: { clientId: string }) => h.clientId).sort()).toEqual([shl, lsl].sort());
    expect(await owners()).toEqual([demo.userId('helmi'), demo.userId('helmi')]);
    const history = ok(await riikka.get(`/clients/${shl}/own-worker/history`));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ fromWorker: 'Aino Virtanen', toWorker: 'Helmi Korhonen' });
    const [{ changes }] = await sys.db.query(
      `select count(*)::int as changes from access_log where client_id = any($1::uuid[]) and action = 'change'
         and user_id = $2`,
      [[shl, lsl], demo.userId('riikka')],
    );
    expect(changes).toBe(2);
    // Found again by search, within the lead's reach.
    const found = ok(await riikka.get('/clients?q=yhdessä%204.4.2013'));
    expect(found.map((c: { id: string }) => c.id).sort()).toEqual([shl, lsl].sort());
    expect(found[0].allowedActions).toEqual(['handOver']);
  });
});

import { randomUUID } from 'node:crypto';
import { PERSONS, TEAM_PHONES } from '../libs/persistence/dev/demo-region';
import { type ApiUser, connect, demo, type System } from './support/api';
import { systemEnv } from './support/env';
import { ok } from './support/expect';
import { addClient, addPerson, fakeIdentityCode, type FamilyUser, signInFamily } from './support/family';
import { activeService } from './support/fixtures';
import { ownWorkerOfOwn } from './support/web-tests';

/**
 * The family's own view over HTTP: a guardian signs in (the development list), sees their child's
 * decision, its letter and whom to contact, and every read is in the access log naming them; another
 * family's guardian reaches none of it; a young person of 15 sees their own matters, of 14 not; and a
 * worker's token or session opens no family route, nor a family's session a worker's.
 */
let sys: System;
const worker = { id: randomUUID(), username: 'fanni-family', name: 'Fanni Perhetesti' };
let fanni: ApiUser;
let child: string, arrangement: string, seq: number;
let guardian: string, otherGuardian: string;
let kaija: FamilyUser, other: FamilyUser;
let today: string;

beforeAll(async () => {
  sys = await connect();
  today = await sys.today();
  fanni = await ownWorkerOfOwn(sys, worker);
  child = await addClient(sys.db, { name: 'Kalle Perhetesti', dateOfBirth: '2016-04-04', ownWorkerId: worker.id });
  arrangement = (await activeService(sys, 'home_help', demo.perhepolku, undefined, child, fanni)).id;
  [{ seq }] = ok(await fanni.get(`/arrangements/${arrangement}/decisions`));
  guardian = await addPerson(sys.db, {
    name: 'Kaija Perhetesti',
    identityCode: fakeIdentityCode(),
    guardianOf: [child],
  });
  const otherChild = await addClient(sys.db, {
    name: 'Toivo Toistesti',
    dateOfBirth: '2017-07-07',
    ownWorkerId: worker.id,
  });
  otherGuardian = await addPerson(sys.db, {
    name: 'Tero Toistesti',
    identityCode: fakeIdentityCode(),
    guardianOf: [otherChild],
  });
  kaija = await signInFamily(guardian);
  other = await signInFamily(otherGuardian);
});
afterAll(() => sys.close());

const api = systemEnv().apiUrl;

describe("the family's view", () => {
  it('signs in by the development list of persons, which names the demo guardians', async () => {
    const persons = (await (await fetch(`${api}/family/sign-in/persons`)).json()) as { id: string; name: string }[];
    expect(persons.map((p) => p.name)).toEqual(expect.arrayContaining(PERSONS.map((p) => p.name)));
    // Names only: no identity code, nor its hash.
    expect(persons.every((p) => Object.keys(p).join() === 'id,name')).toBe(true);
    for (const p of PERSONS) expect(JSON.stringify(persons)).not.toContain(p.identityCode);
    expect(ok(await kaija.get('/family/session'))).toMatchObject({ name: 'Kaija Perhetesti' });
    const refused = await fetch(`${api}/family/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId: randomUUID() }),
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as any).error.problems[0]).toMatchObject({
      field: 'personId',
      rule: 'known_person',
    });
  });

  it("shows a guardian their child's decision, its letter and whom to contact, and logs each read", async () => {
    const [{ last }] = await sys.db.query('select coalesce(max(id), 0) as last from access_log');
    expect(ok(await kaija.get('/family/clients'))).toEqual([{ id: child, name: 'Kalle Perhetesti', as: 'guardian' }]);
    const matters = ok(await kaija.get(`/family/clients/${child}`));
    expect(matters.contact).toEqual({
      ownWorker: 'Fanni Perhetesti',
      team: expect.objectContaining({ fi: 'Perhesosiaalityö, Espoo' }),
      phone: TEAM_PHONES['fsw-espoo'],
    });
    const [a] = matters.arrangements;
    expect(a).toMatchObject({ id: arrangement, serviceCode: 'home_help', status: 'active', periodStart: today });
    expect(a.service.fi).toEqual(expect.any(String));
    expect(a.periodEnd).toEqual(expect.any(String));
    expect(a.nextEvaluationOn).toEqual(expect.any(String));
    expect(a.decisions).toEqual([
      expect.objectContaining({ seq, kind: 'initial', outcome: 'granted', decidedOn: today, appealDeadline: null }),
    ]);
    // The family sees no worker's text about the family, nor anyone's identity.
    expect(JSON.stringify(matters)).not.toMatch(/justification|goals|Arki sujuu|dateOfBirth|address/);

    const letter = await kaija.download(`/family/arrangements/${arrangement}/decisions/${seq}/letter`);
    expect(letter.status).toBe(200);
    expect(letter.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await letter.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const rows = await sys.db.query(
      `select user_id as "userId", role, team_id as "teamId", record, action from access_log
       where id > $1 and client_id = $2 order by id`,
      [last, child],
    );
    expect(rows).toEqual([
      { userId: guardian, role: 'guardian', teamId: null, record: 'client', action: 'list' },
      { userId: guardian, role: 'guardian', teamId: null, record: 'client', action: 'read' },
      { userId: guardian, role: 'guardian', teamId: null, record: 'decision_letter', action: 'list' },
      { userId: guardian, role: 'guardian', teamId: null, record: 'decision_letter', action: 'read' },
    ]);
    // The registry office answering the family sees the guardian's reads by name.
    const log = ok(await sys.as('kaisa').get(`/clients/${child}/access-log?from=${today}&to=${today}`));
    expect(log).toContainEqual(
      expect.objectContaining({ name: 'Kaija Perhetesti', role: 'guardian', roleText: 'huoltaja', action: 'read' }),
    );
  });

  it("refuses another family's guardian everything of this family: 404, as if it did not exist", async () => {
    expect(ok(await other.get('/family/clients')).map((c: { id: string }) => c.id)).not.toContain(child);
    const [{ last }] = await sys.db.query('select coalesce(max(id), 0) as last from access_log');
    expect((await other.get(`/family/clients/${child}`)).status).toBe(404);
    expect((await other.download(`/family/arrangements/${arrangement}/decisions/${seq}/letter`)).status).toBe(404);
    expect((await other.get(`/family/clients/${randomUUID()}`)).status).toBe(404);
    const [{ rows }] = await sys.db.query(
      'select count(*)::int as rows from access_log where id > $1 and client_id = $2',
      [last, child],
    );
    expect(rows).toBe(0);
  });

  it('shows a young person their own matters from the day they turn 15, not the day before', async () => {
    const [{ fifteen, fourteen }] = await sys.db.query(
      `select to_char($1::date - interval '15 years', 'YYYY-MM-DD') as fifteen,
              to_char($1::date - interval '15 years' + interval '1 day', 'YYYY-MM-DD') as fourteen`,
      [today],
    );
    const older = await addClient(sys.db, { name: 'Iida Itsetesti', dateOfBirth: fifteen, ownWorkerId: worker.id });
    const younger = await addClient(sys.db, { name: 'Jere Itsetesti', dateOfBirth: fourteen, ownWorkerId: worker.id });
    const iida = await signInFamily(
      await addPerson(sys.db, { name: 'Iida Itsetesti', identityCode: fakeIdentityCode(), self: older }),
    );
    const jere = await signInFamily(
      await addPerson(sys.db, { name: 'Jere Itsetesti', identityCode: fakeIdentityCode(), self: younger }),
    );
    expect(ok(await iida.get('/family/clients'))).toEqual([{ id: older, name: 'Iida Itsetesti', as: 'client' }]);
    expect(ok(await iida.get(`/family/clients/${older}`))).toMatchObject({ as: 'client', arrangements: [] });
    expect(ok(await jere.get('/family/clients'))).toEqual([]);
    expect((await jere.get(`/family/clients/${younger}`)).status).toBe(404);
  });

  it("keeps workers and families apart: neither's token or session opens the other's routes", async () => {
    // A worker's bearer token and a worker's browser session: 401 on the family's routes.
    expect((await sys.as('aino').get('/family/clients')).status).toBe(401);
    expect((await sys.as('kaisa').get(`/family/clients/${child}`)).status).toBe(401);
    const workerSignIn = await fetch(`${api}/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'aino' }),
    });
    const workerCookie = workerSignIn.headers.getSetCookie()[0]!.split(';')[0]!;
    expect((await fetch(`${api}/me`, { headers: { cookie: workerCookie } })).status).toBe(200);
    expect((await fetch(`${api}/family/clients`, { headers: { cookie: workerCookie } })).status).toBe(401);
    // A family's session: 401 on the workers' routes, the letter's too.
    expect((await fetch(`${api}/me`, { headers: { cookie: kaija.cookie } })).status).toBe(401);
    expect((await kaija.get(`/arrangements/${arrangement}/decisions`)).status).toBe(401);
    expect((await kaija.get(`/clients/${child}/own-worker/history`)).status).toBe(401);
    // A family's session with a bearer token is still no family session.
    const both = await fetch(`${api}/family/clients`, {
      headers: { cookie: kaija.cookie, authorization: 'Bearer x' },
    });
    expect(both.status).toBe(401);
  });

  it('ends the family session at sign-out, which needs its CSRF token', async () => {
    const session = await signInFamily(guardian);
    const without = await fetch(`${api}/family/session/sign-out`, {
      method: 'POST',
      headers: { cookie: session.cookie },
    });
    expect(without.status).toBe(403);
    expect(ok(await session.send('POST', '/family/session/sign-out'))).toEqual({
      signOutUrl: null,
      closeBrowser: false,
    });
    expect((await session.get('/family/clients')).status).toBe(401);
    // The other session of the same person lives on.
    expect((await kaija.get('/family/clients')).status).toBe(200);
  });
});

import { randomUUID } from 'node:crypto';
import { PERSONS, TEAM_PHONES } from '../libs/persistence/dev/demo-region';
import { addDays } from '../libs/domain/dates';
import { type ApiUser, connect, demo, proposal, type System } from './support/api';
import { systemEnv } from './support/env';
import { eventually, ok, refused } from './support/expect';
import { addClient, addPerson, fakeIdentityCode, type FamilyUser, signInFamily } from './support/family';
import { activeService } from './support/fixtures';
import { ownWorkerOfOwn } from './support/web-tests';

/**
 * The family's own view over HTTP: a guardian signs in (the development list), sees their child's
 * decision, its letter and whom to contact, and every read is in the access log naming them; another
 * family's guardian reaches none of it; a young person of 15 sees their own matters, of 14 not; and a
 * worker's token or session opens no family route, nor a family's session a worker's. Online, the family
 * answers the feedback survey offered at a service's end and after the county's months of it, once (a
 * second answer, even a simultaneous one, is refused), a bad answer making a finding for supervision; and
 * sends a request for rectification, in time or late, which the team sees as sent by the family.
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
      // A child in no aftercare: no other county's worker to name, and no client plan.
      responsibleWorker: null,
    });
    expect(matters.clientPlan).toBe(false);
    const [a] = matters.arrangements;
    expect(a).toMatchObject({ id: arrangement, serviceCode: 'home_help', status: 'active', periodStart: today });
    expect(a.service.fi).toEqual(expect.any(String));
    expect(a.periodEnd).toEqual(expect.any(String));
    expect(a.nextEvaluationOn).toEqual(expect.any(String));
    expect(a.decisions).toEqual([
      expect.objectContaining({ seq, kind: 'initial', outcome: 'granted', decidedOn: today, appealDeadline: null }),
    ]);
    // The proposal's justification and goals are the family's to read (as the worker wrote them); the
    // workers' later notes (the start's goals text) and anyone's identity are not in the view.
    expect(a.justification).toBe(proposal(child).justification);
    expect(a.goals).toBe(proposal(child).goals);
    expect(JSON.stringify(matters)).not.toMatch(/Arki sujuu|dateOfBirth|address/);

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

/** Every question of the survey answered well, and badly (a 1 on each item, a 2 for recommending). */
const GOOD = {
  heard: 4,
  rightThings: 4,
  lifeSituation: 3,
  parentCoping: 3,
  familyRelations: 4,
  influence: 4,
  workedWith: ['whole_family'],
  recommend: 9,
  helpedMost: 'Kotiapu auttoi arjessa.',
};
const BAD = {
  heard: 1,
  rightThings: 1,
  parentCoping: 1,
  familyRelations: 1,
  influence: 1,
  recommend: 2,
  didNotHelp: 'Työntekijä ei kuunnellut.',
};

describe("the family's answers online", () => {
  let sanni: string, sari: FamilyUser, sariId: string;
  let ended: string, running: string, denied: { id: string; seq: number; deadline: string };
  type Arrangement = {
    id: string;
    survey: { point: string } | null;
    allowedActions: string[];
    decisions: {
      seq: number;
      kind: string;
      appealDeadline: string | null;
      late: boolean | null;
      rectification: { receivedOn: string; inTime: boolean; sentOnline: boolean } | null;
      allowedActions: string[];
    }[];
  };
  const matters = async (): Promise<Arrangement[]> => ok(await sari.get(`/family/clients/${sanni}`)).arrangements;
  const of = async (id: string) => (await matters()).find((a) => a.id === id)!;

  beforeAll(async () => {
    sanni = await addClient(sys.db, { name: 'Sanni Kyselytesti', dateOfBirth: '2014-05-05', ownWorkerId: worker.id });
    sariId = await addPerson(sys.db, {
      name: 'Sari Kyselytesti',
      identityCode: fakeIdentityCode(),
      guardianOf: [sanni],
    });
    sari = await signInFamily(sariId);
    // A service that ended early (the family moved): its survey at the end, and the ending is appealable.
    ended = (await activeService(sys, 'home_help', demo.perhepolku, undefined, sanni, fanni)).id;
    ok(await fanni.post(`/arrangements/${ended}/termination`, { reason: 'moved', explanation: 'Perhe muutti.' }));
    // A service running for seven months: past the county's six, its survey while it runs.
    running = (await activeService(sys, 'home_help', demo.perhepolku, undefined, sanni, fanni)).id;
    await sys.db.query(`update arrangement set started_on = started_on - interval '7 months' where id = $1`, [running]);
    // A denial sent sixty days ago: its last day to request rectification has passed.
    const { id } = ok(await fanni.post('/arrangements', proposal(sanni, { serviceCode: 'home_help' })));
    ok(await fanni.post(`/arrangements/${id}/submit`));
    ok(await sys.as('sanna').post(`/arrangements/${id}/claim`));
    ok(await sys.as('sanna').post(`/arrangements/${id}/decision`, { outcome: 'denied', reason: 'Tarve ei täyty.' }));
    const [decision] = ok(await fanni.get(`/arrangements/${id}/decisions`));
    const decidedOn = addDays(today, -60);
    const { lastDay } = ok(await fanni.get(`/calendar/rectification-deadline?sentOn=${decidedOn}`));
    await sys.db.query(
      'update decision set decided_on = $3, appeal_deadline = $4 where arrangement_id = $1 and seq = $2',
      [id, decision.seq, decidedOn, lastDay],
    );
    denied = { id, seq: decision.seq, deadline: lastDay };
    await eventually('the ended service to offer its survey', async () =>
      (await of(ended))?.survey ? true : undefined,
    );
  });

  it('offers the survey at the end and after the months, answered once; a second answer is 409', async () => {
    expect(await of(ended)).toMatchObject({ survey: { point: 'ended' }, allowedActions: ['answerSurvey'] });
    expect(await of(running)).toMatchObject({ survey: { point: 'running' }, allowedActions: ['answerSurvey'] });
    expect(await of(denied.id)).toMatchObject({ survey: null, allowedActions: [] });

    const answer = (id: string, point: string, body: unknown) =>
      sari.send('POST', `/family/arrangements/${id}/surveys/${point}`, body);
    // Not offered at that point, an unknown point, an answer off its scale: each names its field and rule.
    expect(refused(await answer(running, 'ended', GOOD), 409).problems[0]).toMatchObject({
      field: 'point',
      rule: 'survey_offered',
    });
    expect(refused(await answer(running, 'someday', GOOD), 400).problems[0]).toMatchObject({ field: 'point' });
    expect(refused(await answer(running, 'running', { ...GOOD, heard: 5 }), 400).problems[0]).toMatchObject({
      field: 'heard',
    });
    expect(refused(await answer(running, 'running', { ...GOOD, nickname: 'x' }), 400).problems[0]).toMatchObject({
      rule: 'unrecognized_keys',
    });

    const [{ last }] = await sys.db.query('select coalesce(max(id), 0) as last from access_log');
    expect(ok(await answer(running, 'running', GOOD))).toEqual({
      arrangementId: running,
      point: 'running',
      answeredOn: today,
    });
    const again = refused(await answer(running, 'running', GOOD), 409);
    expect(again.code).toBe('conflict');
    expect(again.problems).toEqual([expect.objectContaining({ field: 'point', rule: 'answered_once' })]);
    expect(await of(running)).toMatchObject({ survey: null, allowedActions: [] });

    // Two answers at the same moment: one lands, the other is refused by the table's key.
    const both = await Promise.all([answer(ended, 'ended', BAD), answer(ended, 'ended', BAD)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await of(ended)).toMatchObject({ survey: null, allowedActions: [] });

    const saved = await sys.db.query(
      `select f.arrangement_id as "arrangementId", f.received_via as via, f.respondent, f.recorded_by as "recordedBy",
              f.heard, f.recommend, f.texts, s.point, s.person_id as "personId"
       from feedback f join family_survey_answer s on s.feedback_id = f.id
       where f.arrangement_id = any($1::uuid[]) order by s.point`,
      [[ended, running]],
    );
    expect(saved).toEqual([
      expect.objectContaining({
        arrangementId: ended,
        via: 'family',
        respondent: 'family',
        recordedBy: null,
        heard: 1,
        point: 'ended',
        personId: sariId,
      }),
      expect.objectContaining({
        arrangementId: running,
        via: 'family',
        respondent: 'family',
        recordedBy: null,
        heard: 4,
        recommend: 9,
        point: 'running',
      }),
    ]);
    expect(saved[1].texts).toMatchObject({ helpedMost: GOOD.helpedMost });
    // Each answer is in the access log as created by the guardian.
    const logged = await sys.db.query(
      `select user_id as "userId", role, record, action from access_log
       where id > $1 and client_id = $2 and action = 'create' order by id`,
      [last, sanni],
    );
    // The answer to the running one, then the one (or both, when both got past the first check) at the end.
    const created = { userId: sariId, role: 'guardian', record: 'feedback', action: 'create' };
    expect(logged.length === 2 || logged.length === 3).toBe(true);
    expect(logged).toEqual(logged.map(() => created));
  });

  it("makes a bad answer a finding for the supplier's supervision, as any survey answer", async () => {
    const [finding] = await sys.db.query(
      `select sf.supplier_id as "supplierId", sf.reasons from supervision_finding sf
       join feedback f on f.id = sf.feedback_id where f.arrangement_id = $1 and f.received_via = 'family'`,
      [ended],
    );
    expect(finding).toEqual({ supplierId: demo.perhepolku, reasons: expect.arrayContaining(['item_low:heard']) });
    // A good answer is bad for none of its own answers. (It may still bring the supplier's NPS below the
    // county's threshold: that depends on the families' answers other test files gave the same supplier.)
    const ofGood: { reasons: string[] }[] = await sys.db.query(
      `select sf.reasons from supervision_finding sf join feedback f on f.id = sf.feedback_id
       where f.arrangement_id = $1`,
      [running],
    );
    expect(ofGood.flatMap((f) => f.reasons).filter((r) => r !== 'nps_below')).toEqual([]);
    await eventually('the finding delivered to a supervision case', async () => {
      const [row] = await sys.db.query(
        `select sf.case_id as "caseId" from supervision_finding sf join feedback f on f.id = sf.feedback_id
         where f.arrangement_id = $1 and f.received_via = 'family'`,
        [ended],
      );
      return row?.caseId ?? undefined;
    });
  });

  it('sends a request for rectification in time, once by its key, and the team sees it sent by the family', async () => {
    const ending = (await of(ended)).decisions.find((d) => d.kind === 'ending')!;
    expect(ending).toMatchObject({ late: false, rectification: null, allowedActions: ['requestRectification'] });
    const path = `/family/arrangements/${ended}/decisions/${ending.seq}/rectification-requests`;
    expect(refused(await sari.send('POST', path, { grounds: '  ' }, 'family-rect-1'), 400).problems[0]).toMatchObject({
      field: 'grounds',
    });
    const [{ last }] = await sys.db.query('select coalesce(max(id), 0) as last from access_log');
    const sent = ok(await sari.send('POST', path, { grounds: 'Muutimme vasta ensi kuussa.' }, 'family-rect-1'));
    expect(sent).toMatchObject({ arrangementId: ended, decisionSeq: ending.seq, receivedOn: today, inTime: true });
    // The same key again: the same request.
    expect(ok(await sari.send('POST', path, { grounds: 'Muutimme vasta ensi kuussa.' }, 'family-rect-1')).id).toBe(
      sent.id,
    );
    // Another: one request a decision, as when the team records it.
    expect(refused(await sari.send('POST', path, { grounds: 'Toinen.' }, 'family-rect-2'), 409).code).toBe(
      'invalid_transition',
    );
    expect((await of(ended)).decisions.find((d) => d.seq === ending.seq)).toMatchObject({
      rectification: { receivedOn: today, inTime: true, sentOnline: true },
      allowedActions: [],
    });
    const [recorded] = ok(await sys.as('sanna').get(`/arrangements/${ended}/rectification-requests`));
    expect(recorded).toMatchObject({
      id: sent.id,
      receivedOn: today,
      inTime: true,
      sentOnline: true,
      recordedBy: null,
      grounds: 'Muutimme vasta ensi kuussa.',
      allowedActions: ['recordOutcome'],
    });
    const logged = await sys.db.query(
      `select user_id as "userId", role, record, record_id as "recordId", action from access_log
       where id > $1 and client_id = $2 and user_id = $3 order by id`,
      [last, sanni, sariId],
    );
    expect(logged[0]).toEqual({
      userId: sariId,
      role: 'guardian',
      record: 'arrangement',
      recordId: ended,
      action: 'create',
    });
  });

  it('takes a late request and marks it late, and refuses one of a grant naming the rule', async () => {
    const decision = (await of(denied.id)).decisions[0]!;
    expect(decision).toMatchObject({
      appealDeadline: denied.deadline,
      late: true,
      allowedActions: ['requestRectification'],
    });
    const sent = ok(
      await sari.send('POST', `/family/arrangements/${denied.id}/decisions/${denied.seq}/rectification-requests`, {
        grounds: 'Emme saaneet päätöstä ajoissa.',
      }),
    );
    expect(sent).toMatchObject({ receivedOn: today, inTime: false });
    const [recorded] = ok(await sys.as('sanna').get(`/arrangements/${denied.id}/rectification-requests`));
    expect(recorded).toMatchObject({
      inTime: false,
      sentOnline: true,
      outcomes: expect.arrayContaining(['dismissed_late']),
    });

    const grant = (await of(running)).decisions[0]!;
    expect(grant).toMatchObject({ appealDeadline: null, late: null, allowedActions: [] });
    const refusal = refused(
      await sari.send('POST', `/family/arrangements/${running}/decisions/${grant.seq}/rectification-requests`, {
        grounds: 'x',
      }),
      409,
    );
    expect(refusal.problems[0]).toMatchObject({ field: 'decision', rule: 'appealable' });
  });

  it("refuses another family's guardian the survey and the request: 404, and nothing logged or saved", async () => {
    const ending = (await of(ended)).decisions.find((d) => d.kind === 'ending')!;
    const [{ last }] = await sys.db.query('select coalesce(max(id), 0) as last from access_log');
    expect((await other.send('POST', `/family/arrangements/${running}/surveys/running`, GOOD)).status).toBe(404);
    expect((await other.send('POST', `/family/arrangements/${ended}/surveys/ended`, GOOD)).status).toBe(404);
    expect(
      (
        await other.send('POST', `/family/arrangements/${ended}/decisions/${ending.seq}/rectification-requests`, {
          grounds: 'x',
        })
      ).status,
    ).toBe(404);
    expect((await other.get(`/family/clients/${sanni}`)).status).toBe(404);
    const [{ rows }] = await sys.db.query(
      'select count(*)::int as rows from access_log where id > $1 and client_id = $2',
      [last, sanni],
    );
    expect(rows).toBe(0);
  });
});

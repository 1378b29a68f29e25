import { randomUUID } from 'node:crypto';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ROLES, type Role } from '../libs/contracts';
import { addDuration } from '../libs/domain/dates';
import { documentedOperations, markingProblems, type DocumentedRead } from '../apps/api/src/access/client-data';
import { type Permission, permits } from '../apps/api/src/access/permissions';
import { connect, demo, type DemoUser, proposal, type System } from './support/api';
import { systemEnv } from './support/env';
import { ok } from './support/expect';
import { activeService } from './support/fixtures';
import { addPerson, fakeIdentityCode, type FamilyUser, signInFamily } from './support/family';
import { PERSONS } from '../libs/persistence/dev/demo-region';

/**
 * The access log is complete (703/2023): every route of the served OpenAPI document that answers with a
 * client's data is marked `x-client-data` (by the one rule in apps/api/src/access/client-data.ts), and
 * each marked route, called by someone allowed to with records of Eetu's this test made, writes a row
 * naming that person, Eetu, and the record the mark names.
 */
let sys: System;
let document: OpenAPIObject;
let today: string;
/** Eetu's records: a running service, an ended one, a proposal in the queue, the supervision case. */
let running: string, ended: string, queued: string, caseId: string, feedbackId: string, decisionSeq: number;
/** A young person of aino's in aftercare: the aftercare routes are theirs, as a child has none. */
const youngPerson = randomUUID();
const ofYoungPerson = (path: string) => path.includes('/aftercare');

/** Eetu's guardian of the demo region, who calls the routes of the family's view. */
const MARJA = PERSONS.find((p) => p.name === 'Marja Järvinen')!.id;
let marja: FamilyUser;
/** The young person in aftercare themself, who calls the family's view's aftercare routes. */
let youngSelf: string, young: FamilyUser;

/** Who calls a route: the first of these whose role has its permission (the role table in permissions.ts). */
const CALLERS: [Role, DemoUser][] = [
  ['own_worker', 'aino'],
  ['arranging', 'sanna'],
  ['team_lead', 'riikka'],
  ['supplier', 'perhepolku'],
  ['procurement', 'petra'],
  ['registrar', 'kaisa'],
  ['own_production', 'leena'],
];

beforeAll(async () => {
  sys = await connect();
  document = (await (await fetch(`${systemEnv().apiUrl}/docs/openapi.json`)).json()) as OpenAPIObject;
  today = await sys.today();
  const aino = sys.as('aino');
  running = (await activeService(sys, 'home_help', demo.perhepolku)).id;
  ended = (await activeService(sys, 'home_help', demo.perhepolku)).id;
  ok(
    await aino.post(`/arrangements/${ended}/termination`, {
      reason: 'goals_met',
      explanation: 'Tavoitteet täyttyivät.',
    }),
  );
  // Assessed long ago, the proposal is due first: on the first page of the team's queue.
  queued = ok(await aino.post('/arrangements', proposal(demo.eetu.id, { needsAssessedOn: '2025-01-01' }))).id;
  ok(await aino.post(`/arrangements/${queued}/submit`));
  // Poor feedback on the running service opens (or joins) a supervision case of its supplier.
  // With words of its own: the supplier's page lists the answers that wrote something.
  const given = ok(
    await aino.post('/feedback', {
      arrangementId: running,
      respondent: 'own_worker',
      answeredOn: today,
      heard: 1,
      didNotHelp: 'Käynnit peruttiin.',
    }),
  );
  [caseId, feedbackId] = [given.caseId, given.id];
  if (!caseId) throw new Error('the poor feedback opened no supervision case');
  [{ seq: decisionSeq }] = ok(await aino.get(`/arrangements/${running}/decisions`));
  marja = await signInFamily(MARJA);
  await sys.db.query(
    `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
     values ($1, 'Nuori Jälkihuollosta', $2, 'espoo', 'fi', 'LsL', $3)`,
    [youngPerson, addDuration(today, 'P19Y', -1), demo.userId('aino')],
  );
  ok(
    await aino.put(`/clients/${youngPerson}/aftercare`, {
      basis: 'placement',
      startedOn: today,
      placingCounty: 'west_uusimaa',
      residenceCounty: 'west_uusimaa',
      planAgreedOn: today,
    }),
  );
  youngSelf = await addPerson(sys.db, {
    name: 'Nuori Jälkihuollosta',
    identityCode: fakeIdentityCode(),
    self: youngPerson,
  });
  young = await signInFamily(youngSelf);
});
afterAll(() => sys.close());

/** The route's path with its parameters filled with Eetu's records; fails on a parameter it has no record for. */
function concrete(path: string): string {
  return path.replace(/\{([A-Za-z]+)\}/g, (_, name: string, at: number) => {
    const owner = path.slice(0, at).split('/').filter(Boolean).pop();
    const value =
      name === 'id'
        ? { arrangements: running, clients: ofYoungPerson(path) ? youngPerson : demo.eetu.id, cases: caseId }[
            owner ?? ''
          ]
        : { teamId: 'arr-fsw', supplierId: demo.perhepolku, seq: String(decisionSeq) }[name];
    if (!value) throw new Error(`no record of Eetu's for {${name}} in ${path}: give the test one`);
    return value;
  });
}

/** The query: required parameters, and filters that keep Eetu's records in a list, filled by name. */
function query(op: DocumentedRead): string {
  const parameters = ((document.paths[op.path]?.get?.parameters ?? []) as Record<string, any>[]).filter(
    (p) => p.in === 'query',
  );
  const values: Record<string, string> = {
    from: today,
    to: today,
    month: today.slice(0, 7),
    clientId: demo.eetu.id,
    list: 'ending_soon',
    within: 'P10Y',
    q: 'Eetu Järvinen',
  };
  const pairs: string[] = [];
  for (const p of parameters) {
    const value = p.name === 'limit' && p.schema?.maximum ? String(p.schema.maximum) : values[p.name];
    if (value !== undefined) pairs.push(`${p.name}=${encodeURIComponent(value)}`);
    else if (p.required) throw new Error(`no value for the query parameter ${p.name} of ${op.path}: give the test one`);
  }
  return pairs.length ? `?${pairs.join('&')}` : '';
}

function callerOf(op: DocumentedRead): [Role, DemoUser] {
  const caller = CALLERS.find(([role]) => permits(role, op.permission as Permission));
  if (!caller) throw new Error(`no role has ${op.permission}, which ${op.path} needs`);
  return caller;
}

describe('the access log, complete', () => {
  it('has every route that answers with a client’s data marked in the served document', () => {
    expect(markingProblems(document)).toEqual([]);
    // The reads known when this test was written, at least: a document that lost its marks fails here.
    expect(documentedOperations(document).filter((op) => op.marked).length).toBeGreaterThanOrEqual(16);
    expect(CALLERS.map(([role]) => role).sort()).toEqual([...ROLES].sort());
  });

  it('gets a row, naming the caller and the client, from every marked route', async () => {
    const reads = documentedOperations(document).filter((op) => op.marked);
    const fixtures = [demo.eetu.id, running, ended, queued, caseId, feedbackId, youngPerson];
    const missing: string[] = [];
    for (const op of reads) {
      const route = `${op.method} ${op.path}`;
      // The family's view is called by Eetu's guardian in her own session (its aftercare routes by the young
      // person in their own); the rest by a worker of the role.
      const [role, username] = op.family ? [ofYoungPerson(op.path) ? 'client' : 'guardian', null] : callerOf(op);
      const [family, familyId] = ofYoungPerson(op.path) ? [young, youngSelf] : [marja, MARJA];
      const path = concrete(op.path) + query(op);
      const [{ last }] = await sys.db.query('select coalesce(max(id), 0) as last from access_log');
      const reply = username ? await sys.as(username).download(path) : await family.download(path);
      const body = await reply.text();
      if (reply.status !== 200) {
        missing.push(`${route} as ${role}: answered ${reply.status} ${body.slice(0, 200)}`);
        continue;
      }
      // A list must show one of Eetu's records, or the missing row would say nothing.
      if (!fixtures.some((id) => path.includes(id) || body.includes(id))) {
        missing.push(`${route} as ${role}: the answer shows none of Eetu's records`);
        continue;
      }
      const [{ rows }] = await sys.db.query(
        `select count(*)::int as rows from access_log
         where id > $1 and user_id = $2 and client_id = $3 and record = $4`,
        [
          last,
          username ? demo.userId(username) : familyId,
          ofYoungPerson(op.path) ? youngPerson : demo.eetu.id,
          op.marked,
        ],
      );
      if (rows === 0) missing.push(`${route} as ${role}: no ${op.marked} row for Eetu`);
    }
    expect(missing).toEqual([]);
  });
});

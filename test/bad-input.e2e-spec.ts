import { connect, demo, proposal, type ApiUser, type DemoUser, type System } from './support/api';
import { ok, refused } from './support/expect';
import { unitFor } from './support/fixtures';

/**
 * Every route family answers bad input with a 4xx in the documented error shape, never a 5xx: bodies
 * too large, not JSON, not UTF-8, impossible dates, months, durations, versions, cursors and numbers,
 * unknown ids; and the answers that were wrong before (409 before 403, 404 for an unknown supplier,
 * 422 for a reused Idempotency-Key).
 */
let sys: System;
let draftId: string;
let claimedId: string;

beforeAll(async () => {
  sys = await connect();
  draftId = ok(await sys.as('aino').post('/arrangements', proposal(demo.eetu.id))).id;
  claimedId = ok(await sys.as('aino').post('/arrangements', proposal(demo.eetu.id))).id;
  ok(await sys.as('aino').post(`/arrangements/${claimedId}/submit`));
  ok(await sys.as('sanna').post(`/arrangements/${claimedId}/claim`));
});
afterAll(() => sys.close());

const UNKNOWN = '00000000-0000-4000-8000-00000000beef';
const cursor = (text: string) => Buffer.from(text).toString('base64url');
const big = JSON.stringify({ ...proposal(demo.eetu.id), justification: 'x'.repeat(2 * 1024 * 1024) });
const invalidUtf8 = Buffer.concat([Buffer.from('{"reason": "'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]);

type Case = [who: DemoUser, method: string, path: () => string, body: unknown, status: number, raw?: 'json' | 'csv'];

const CASES: Record<string, Case> = {
  'a body over the limit': ['aino', 'POST', () => '/arrangements', big, 413, 'json'],
  'malformed JSON': ['aino', 'POST', () => '/arrangements', '{"clientId": ', 400, 'json'],
  'invalid UTF-8 in a JSON body': [
    'sanna',
    'POST',
    () => `/arrangements/${claimedId}/return`,
    invalidUtf8,
    400,
    'json',
  ],
  'invalid UTF-8 in a survey file': ['riikka', 'POST', () => '/feedback/imports', invalidUtf8, 400, 'csv'],
  'hours past any month': [
    'aino',
    'POST',
    () => '/arrangements',
    proposal(demo.eetu.id, { serviceCode: 'family_work', hoursPerMonth: 2_147_483_648 }),
    400,
  ],
  'a change to hours past any month': [
    'aino',
    'POST',
    () => `/arrangements/${claimedId}/change`,
    { hoursPerMonth: 2_147_483_648, effectiveOn: '2026-12-01', reason: 'x' },
    400,
  ],
  'an impossible date': [
    'aino',
    'POST',
    () => '/arrangements',
    proposal(demo.eetu.id, { desiredStartOn: '2026-02-30' }),
    400,
  ],
  'a date in year 9999': [
    'aino',
    'POST',
    () => '/arrangements',
    proposal(demo.eetu.id, { desiredStartOn: '9999-12-31' }),
    400,
  ],
  'a start in year 9999': [
    'sanna',
    'POST',
    () => `/arrangements/${claimedId}/start`,
    { startedOn: '9999-12-31', goals: 'x' },
    400,
  ],
  'a field of the wrong type': [
    'aino',
    'PUT',
    () => `/arrangements/${draftId}/proposal`,
    { hoursPerMonth: 'many' },
    400,
  ],
  'an unknown field': ['sanna', 'POST', () => `/arrangements/${claimedId}/claim`, { sneaky: true }, 400],
  'a cursor with an impossible date': [
    'sanna',
    'GET',
    () => `/teams/arr-fsw/queue?after=${cursor(`2026-02-30|${UNKNOWN}`)}`,
    null,
    400,
  ],
  'a cursor with no uuid': [
    'sanna',
    'GET',
    () => `/teams/arr-fsw/queue?after=${cursor('2026-02-01|not-a-uuid')}`,
    null,
    400,
  ],
  'a cursor of garbage': ['sanna', 'GET', () => '/teams/arr-fsw/queue?after=%00%01', null, 400],
  'a limit out of range': ['sanna', 'GET', () => '/teams/arr-fsw/queue?limit=100000', null, 400],
  'month 0000-01': ['sanna', 'GET', () => `/arrangements/${claimedId}/use?month=0000-01`, null, 400],
  'month 13': ['sanna', 'GET', () => `/arrangements/${claimedId}/use?month=2026-13`, null, 400],
  'a window of 99999999 years': [
    'riikka',
    'GET',
    () => '/running-services?list=ending_soon&within=P99999999Y',
    null,
    400,
  ],
  'a catalogue version past any integer': ['aino', 'GET', () => '/catalogue/services?version=99999999999', null, 400],
  'a card version past any integer': [
    'aino',
    'GET',
    () => '/catalogue/services/home_help?version=99999999999',
    null,
    400,
  ],
  'a report range of impossible days': [
    'riikka',
    'GET',
    () => '/reports/figures?from=2026-02-30&to=2026-03-01',
    null,
    400,
  ],
  'a year of purchases out of range': ['riikka', 'GET', () => '/reports/purchases?year=99999', null, 400],
  'a deadline from year 0': ['aino', 'GET', () => '/calendar/rectification-deadline?sentOn=0000-01-01', null, 400],
  'an unknown arrangement': ['aino', 'GET', () => `/arrangements/${UNKNOWN}`, null, 404],
  'an arrangement id that is no uuid': ['aino', 'GET', () => '/arrangements/42', null, 400],
  'a command on an unknown arrangement': ['sanna', 'POST', () => `/arrangements/${UNKNOWN}/claim`, {}, 404],
  'an unknown supplier’s running services': [
    'petra',
    'GET',
    () => `/suppliers/${UNKNOWN}/running-arrangements`,
    null,
    404,
  ],
  'an unknown supplier’s scorecard': ['petra', 'GET', () => `/suppliers/${UNKNOWN}/scorecard`, null, 404],
  'an unknown supervision case': ['sanna', 'GET', () => `/supervision/cases/${UNKNOWN}`, null, 404],
  'a step on an unknown case': ['sanna', 'POST', () => `/supervision/cases/${UNKNOWN}/close`, { reason: 'x' }, 404],
  'planned supervision every 99999999 years': [
    'petra',
    'PUT',
    () => `/suppliers/${demo.perhepolku}/planned-supervision`,
    { every: 'P99999999Y' },
    400,
  ],
  'findings of an unknown visit': [
    'petra',
    'POST',
    () => `/planned-visits/${UNKNOWN}/findings`,
    { visitedOn: '2026-11-02', concern: false, findings: 'x' },
    404,
  ],
  'feedback on an unknown arrangement': [
    'aino',
    'POST',
    () => '/feedback',
    { arrangementId: UNKNOWN, respondent: 'own_worker', answeredOn: '2026-11-02' },
    404,
  ],
  'feedback rules based on a version past any integer': [
    'riikka',
    'PUT',
    () => '/feedback/rules',
    { basedOnVersion: 99999999999, note: 'x', rules: { itemAtOrBelow: 1, seriousConcern: true, nps: null } },
    400,
  ],
  'an unknown route': ['aino', 'GET', () => '/no-such-thing', null, 404],
};

describe('bad input, route family by route family', () => {
  it.each(Object.entries(CASES))(
    '%s: a 4xx in the error shape, never a 5xx',
    async (_, [who, method, path, body, status, raw]) => {
      const user: ApiUser = sys.as(who);
      const reply = raw
        ? await user.raw(
            method,
            path(),
            typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
            raw === 'csv' ? 'text/csv' : 'application/json',
          )
        : await user.send(method, path(), body ?? undefined);
      expect(reply.status).toBe(status);
      expect(reply.body.error).toEqual(
        expect.objectContaining({ code: expect.any(String), message: expect.any(String), problems: expect.any(Array) }),
      );
    },
  );

  it('names what is wrong with a body that is not JSON', async () => {
    const reply = await sys.as('aino').raw('POST', '/arrangements', '{"clientId": ', 'application/json');
    expect(reply.body.error.problems).toEqual([expect.objectContaining({ field: '(body)', rule: 'json' })]);
  });

  it('names the limit of a body that is too large', async () => {
    const reply = await sys.as('aino').raw('POST', '/arrangements', big, 'application/json');
    expect(reply.body.error).toMatchObject({ code: 'payload_too_large', message: expect.stringContaining('1048576') });
  });

  it('stores nothing from a body that is not UTF-8', async () => {
    await sys.as('sanna').raw('POST', `/arrangements/${claimedId}/return`, invalidUtf8, 'application/json');
    expect(ok(await sys.as('aino').get(`/arrangements/${claimedId}`)).status).toBe('in_handling');
  });
});

describe('answers that say what happened', () => {
  it('answers a team command out of order with 409 and the state, before who may give it', async () => {
    for (const [path, body] of [
      ['way', { way: 'own_production', supplierId: unitFor('home_help').id }],
      ['payment-commitment', { costCentreCode: '4100-FSW' }],
      ['release', {}],
    ] as const) {
      const reply = refused(await sys.as('jonas').post(`/arrangements/${draftId}/${path}`, body), 409);
      expect(reply.message).toContain('draft');
    }
  });

  it('forgets a request refused for its input: the corrected one goes through under the same key', async () => {
    const key = `corrected-${Date.now()}`;
    const empty = refused(
      await sys.as('aino').post('/arrangements', proposal(demo.eetu.id, { justification: '' }), key),
      400,
    );
    expect(empty.problems.some((p) => p.field.endsWith('justification'))).toBe(true);
    expect((await sys.as('aino').post('/arrangements', proposal(demo.eetu.id), key)).status).toBe(201);
  });

  it('refuses an Idempotency-Key used again with another body, naming the key', async () => {
    const key = `reused-${Date.now()}`;
    ok(await sys.as('aino').post('/arrangements', proposal(demo.eetu.id), key));
    const reused = refused(
      await sys.as('aino').post('/arrangements', proposal(demo.eetu.id, { hoursPerMonth: 30 }), key),
      422,
    );
    expect(reused).toMatchObject({ code: 'idempotency_key_reused', message: expect.stringContaining(key) });
    // The same body again is the same request: the same arrangement.
    expect((await sys.as('aino').post('/arrangements', proposal(demo.eetu.id), key)).status).toBe(201);
    const command = `return-${Date.now()}`;
    const returned = await sys
      .as('sanna')
      .post(`/arrangements/${claimedId}/consultation/answer`, { answer: 'a' }, command);
    expect(returned.status).toBeLessThan(500);
    refused(
      await sys.as('sanna').post(`/arrangements/${claimedId}/consultation/answer`, { answer: 'b' }, command),
      422,
    );
  });
});

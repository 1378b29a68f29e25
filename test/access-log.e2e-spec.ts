import { connect, demo, proposal, type ApiUser, type System } from './support/api';
import { ok, refused } from './support/expect';
import { activeService } from './support/fixtures';

/**
 * The access log a client may ask for (703/2023): every read and change of a client's data writes a row;
 * the rows cannot be changed; a read whose row cannot be written fails.
 */
let sys: System;
let aino: ApiUser, sanna: ApiUser, riikka: ApiUser;

beforeAll(async () => {
  sys = await connect();
  aino = sys.as('aino');
  sanna = sys.as('sanna');
  riikka = sys.as('riikka');
});
afterAll(() => sys.close());

type Row = { userId: string; role: string; record: string; recordId: string | null; action: string; purpose: string };

async function logSince(clientId: string, since: number, lang = 'fi'): Promise<(Row & Record<string, string>)[]> {
  const today = await sys.today();
  const rows = ok(await riikka.get(`/clients/${clientId}/access-log?from=${today}&to=${today}&lang=${lang}`));
  return rows.filter((r: { at: string }) => Date.parse(r.at) >= since);
}

describe('the access log', () => {
  it('has a row for each read and change of a client’s data, newest first, in the asker’s language', async () => {
    // Rows from this test on: other suites read the same client just before.
    const since = Date.now();
    const { id } = await activeService(sys, 'home_help', null);
    ok(await aino.get(`/arrangements/${id}`));
    ok(await aino.get(`/arrangements/${id}/timeline`));
    ok(await aino.get(`/arrangements/${id}/decisions`));
    // Assessed long ago, the proposal is due first: it is on the first page of the queue.
    const queued = ok(await aino.post('/arrangements', proposal(demo.eetu.id, { needsAssessedOn: '2025-01-01' })));
    ok(await aino.post(`/arrangements/${queued.id}/submit`));
    const page = ok(await sanna.get('/teams/arr-fsw/queue?limit=20'));
    expect(page.items.map((i: { id: string }) => i.id)).toContain(queued.id);
    ok(await aino.get('/clients'));
    ok(
      await aino.post('/feedback', {
        arrangementId: id,
        respondent: 'own_worker',
        answeredOn: await sys.today(),
        heard: 4,
      }),
    );
    const rows = await logSince(demo.eetu.id, since, 'sv');
    const seen = rows.map((r) => `${r.role}:${r.record}:${r.action}`);
    for (const entry of [
      'own_worker:proposal:create',
      'arranging:arrangement:change',
      'own_worker:arrangement:read',
      'own_worker:timeline:read',
      'own_worker:decision_letter:list',
      'arranging:arrangement:list',
      'own_worker:client:list',
      'own_worker:feedback:create',
    ]) {
      expect(seen).toContain(entry);
    }
    // Newest first, with who and why, in Swedish.
    expect(seen[0]).toBe('own_worker:feedback:create');
    expect(rows[0]).toMatchObject({
      userId: demo.userId('aino'),
      name: 'Aino Virtanen',
      roleText: 'egen kontaktperson',
      recordText: 'respons',
      actionText: 'registrerade',
      purposeText: 'handläggning av klientärendet',
    });
    // One row per client shown in a list, not one per list.
    const queueRows = rows.filter((r) => r.role === 'arranging' && r.action === 'list');
    expect(queueRows).toHaveLength(1);
    refused(await aino.get(`/clients/${demo.eetu.id}/access-log?from=2026-01-01&to=2026-12-31`), 403);
  });

  it('logs a supervision case read as a read of the families’ feedback, for supervision', async () => {
    const since = Date.now();
    const { id } = await activeService(sys, 'home_help', demo.perhepolku);
    const { caseId } = ok(
      await aino.post('/feedback', {
        arrangementId: id,
        respondent: 'own_worker',
        answeredOn: await sys.today(),
        heard: 1,
      }),
    );
    expect(caseId).toEqual(expect.any(String));
    ok(await sys.as('petra').get(`/supervision/cases/${caseId}`));
    const read = (await logSince(demo.eetu.id, since, 'en')).filter((r) => r.role === 'procurement');
    expect(read[0]).toMatchObject({
      record: 'feedback',
      action: 'read',
      purpose: 'supervision',
      purposeText: 'supervision',
    });
  });

  it('cannot be changed or emptied, not even by the application’s own database user', async () => {
    const [{ id }] = await sys.db.query('select id from access_log limit 1');
    await expect(sys.db.query(`update access_log set role = 'team_lead' where id = $1`, [id])).rejects.toThrow(
      'append-only',
    );
    await expect(sys.db.query('delete from access_log where id = $1', [id])).rejects.toThrow('append-only');
    await expect(sys.db.query('truncate access_log')).rejects.toThrow('append-only');
  });

  it('fails a read whose row cannot be written, showing nothing', async () => {
    const { id } = ok(await aino.post('/arrangements', proposal(demo.eetu.id)));
    // As if the log's table refused aino's rows (a full disk, a broken constraint): her reads must fail.
    await sys.db.query(
      `alter table access_log add constraint refuse_aino check (user_id <> '${demo.userId('aino')}') not valid`,
    );
    try {
      const reply = refused(await aino.get(`/arrangements/${id}`), 503);
      expect(JSON.stringify(reply)).not.toContain('Eetu');
      refused(await aino.get('/clients'), 503);
      // Others are logged and served as before.
      ok(await sanna.get('/teams/arr-fsw/queue'));
    } finally {
      await sys.db.query('alter table access_log drop constraint refuse_aino');
    }
  });

  it('fails a queue page whose rows cannot be written, showing nothing; a refused page writes none', async () => {
    // The queue's page writes its log in the statement that reads it: the insert's failure is the page's.
    await sys.db.query(
      `alter table access_log add constraint refuse_jonas check (user_id <> '${demo.userId('jonas')}') not valid`,
    );
    try {
      const reply = refused(await sys.as('jonas').get('/teams/arr-fsw/queue?limit=5'), 503);
      expect(JSON.stringify(reply)).not.toMatch(/clientName|"client"/);
      expect(reply.message).toContain('access log');
    } finally {
      await sys.db.query('alter table access_log drop constraint refuse_jonas');
    }
    // Another team's member: the page's own statement finds the rule refuses, so it writes no row.
    const oskari = sys.as('oskari');
    const [{ last }] = await sys.db.query('select coalesce(max(id), 0) as last from access_log');
    refused(await oskari.get('/teams/arr-fsw/queue?limit=5'), 403);
    const written = await sys.db.query(
      `select id from access_log
       where id > $1 and user_id = $2 and client_id in (select client_id from arrangement where team_id = 'arr-fsw')`,
      [last, demo.userId('oskari')],
    );
    expect(written).toEqual([]);
  });
});

import { connect, demo, proposal, type System } from './support/api';
import { systemEnv } from './support/env';
import { ok } from './support/expect';
import { ownApi, ownPostgres, ownTemporal } from './support/own-services';

/**
 * The command path under faults: Temporal away or frozen, the API stopped between saving a draft and
 * starting its process, PostgreSQL stopped. Each dependency that is stopped is the test's own.
 */
let sys: System;
beforeAll(async () => {
  sys = await connect();
});
afterAll(() => sys.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await fn();
  return { value, ms: Date.now() - started };
}

async function timelineOf(id: string): Promise<string[]> {
  const reply = await sys.as('aino').get(`/arrangements/${id}/timeline`);
  return reply.status === 200 ? reply.body.map((e: { type: string }) => e.type) : [];
}

async function until(what: string, probe: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await probe()) return;
    await sleep(250);
  }
  throw new Error(`${what} did not happen within ${ms} ms`);
}

describe('a start with Temporal away', () => {
  it('saves the draft (202), never deletes it, and ends in one arrangement with its process', async () => {
    // An API whose Temporal does not answer (nothing listens on its port), beside the shared system.
    const away = await ownApi(systemEnv(), 3161, {
      TEMPORAL_ADDRESS: '127.0.0.1:7299',
      TEMPORAL_RPC_TIMEOUT_MS: '1500',
    });
    try {
      const aino = sys.asAt('aino', away.url);
      const key = `away-${Date.now()}`;
      const body = proposal(demo.eetu.id);
      // The same key twice, 300 ms apart, while Temporal is away: both saved, the same arrangement.
      const [first, second] = await Promise.all([
        aino.post('/arrangements', body, key),
        sleep(300).then(() => aino.post('/arrangements', body, key)),
      ]);
      expect([first.status, second.status]).toEqual([202, 202]);
      expect(second.body.id).toBe(first.body.id);
      const id: string = first.body.id;
      expect(ok(await aino.get(`/arrangements/${id}`)).status).toBe('draft');
      // Health says so within two seconds, with no internal error text.
      const health = await timed(() => fetch(`${away.url}/health`));
      expect(health.ms).toBeLessThan(2_500);
      const text = await health.value.text();
      expect([health.value.status, JSON.parse(text)]).toEqual([
        503,
        {
          status: 'degraded',
          database: { ok: true },
          // A refused connection is retried until the probe's time is up: either answer is honest.
          temporal: { ok: false, reason: expect.stringMatching(/^(not answering|too slow)$/) },
        },
      ]);
      expect(text).not.toMatch(/ECONN|7299/);

      // The worker's sweep starts its process; the retry with the key through a working API finds it.
      await until('the draft’s process', async () => (await timelineOf(id)).includes('drafted'));
      const retried = await sys.as('aino').post('/arrangements', body, key);
      expect(retried.status).toBe(201);
      expect(retried.body.id).toBe(id);
      const [{ n }] = await sys.db.query('select count(*)::int as n from arrangement where id = $1', [id]);
      expect(n).toBe(1);
      ok(await sys.as('aino').post(`/arrangements/${id}/submit`));
    } finally {
      away.stop();
    }
  });

  it('starts the process of a draft saved by an API that was killed before starting it, at the first command', async () => {
    const away = await ownApi(systemEnv(), 3162, {
      TEMPORAL_ADDRESS: '127.0.0.1:7299',
      TEMPORAL_RPC_TIMEOUT_MS: '1500',
    });
    const key = `killed-${Date.now()}`;
    const saved = await sys.asAt('aino', away.url).post('/arrangements', proposal(demo.eetu.id), key);
    // Killed before its process started: the draft is there, without a workflow.
    away.stop();
    expect(saved.status).toBe(202);
    const id: string = saved.body.id;
    // The own worker submits at once, before the sweep: the command starts the process, then applies.
    expect(ok(await sys.as('aino').post(`/arrangements/${id}/submit`)).status).toBe('submitted');
    expect(await timelineOf(id)).toEqual(['drafted', 'submitted']);
    const retried = await sys.as('aino').post('/arrangements', proposal(demo.eetu.id), key);
    expect([retried.status, retried.body.id, retried.body.status]).toEqual([201, id, 'submitted']);
  });
});

describe('a frozen Temporal server', () => {
  it('answers a start within the deadline, and health within two seconds, without hanging', async () => {
    const temporal = await ownTemporal(7266);
    const api = await ownApi(systemEnv(), 3163, { TEMPORAL_ADDRESS: temporal.url, TEMPORAL_RPC_TIMEOUT_MS: '2000' });
    try {
      const health = async () => timed(async () => (await fetch(`${api.url}/health`)).status);
      await until('the API’s health', async () => (await health()).value === 200);
      process.kill(temporal.pid, 'SIGSTOP');
      const start = await timed(() =>
        sys.asAt('aino', api.url).post('/arrangements', proposal(demo.eetu.id), `frozen-${Date.now()}`),
      );
      expect(start.value.status).toBe(202);
      expect(start.ms).toBeLessThan(10_000);
      const frozen = await timed(() => fetch(`${api.url}/health`));
      expect(frozen.value.status).toBe(503);
      expect(frozen.ms).toBeLessThan(2_500);
      const body = await frozen.value.json();
      expect(body).toEqual({ status: 'degraded', database: { ok: true }, temporal: { ok: false, reason: 'too slow' } });
      process.kill(temporal.pid, 'SIGCONT');
      await until('the API’s health after the thaw', async () => (await health()).value === 200);
    } finally {
      process.kill(temporal.pid, 'SIGCONT');
      api.stop();
      temporal.stop();
    }
  });
});

describe('a PostgreSQL outage', () => {
  it('answers 503 with Retry-After in bounded time, health names the database, and the API recovers by itself', async () => {
    const pg = await ownPostgres(5499);
    const api = await ownApi(systemEnv(), 3164, { DATABASE_URL: pg.url, DATABASE_CONNECT_TIMEOUT_MS: '1000' });
    try {
      const aino = sys.asAt('aino', api.url);
      await until('the API on its own database', async () => (await aino.get('/clients')).status === 200);
      pg.stop();
      const sanna = sys.asAt('sanna', api.url);
      const replies = [];
      for (const [user, path] of [
        [aino, '/clients'],
        [aino, '/arrangements/00000000-0000-4000-8000-000000000001'],
        [sanna, '/teams/arr-fsw/queue'],
      ] as const) {
        replies.push(await timed(() => user.get(path)));
      }
      const created = await timed(() => aino.post('/arrangements', proposal(demo.eetu.id), `pg-down-${Date.now()}`));
      for (const { value, ms } of [...replies, created]) {
        expect(value.status).toBe(503);
        expect(value.body.error.code).toBe('unavailable');
        expect(ms).toBeLessThan(5_000);
      }
      expect(replies[0]!.value.headers?.get('retry-after')).toBe('5');
      const health = await timed(() => fetch(`${api.url}/health`));
      expect(health.ms).toBeLessThan(2_500);
      const text = await health.value.text();
      expect(JSON.parse(text)).toEqual({
        status: 'degraded',
        database: { ok: false, reason: 'not answering' },
        temporal: { ok: true },
      });
      expect(text).not.toMatch(/ECONN|127\.0\.0\.1|5499/);

      await pg.start();
      await until('the API after PostgreSQL came back', async () => (await aino.get('/clients')).status === 200);
    } finally {
      api.stop();
      pg.destroy();
    }
  });
});

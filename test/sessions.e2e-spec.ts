import { createHash, randomUUID } from 'node:crypto';
import { connect, demo, type System } from './support/api';
import { systemEnv } from './support/env';
import { ok, refused } from './support/expect';
import { ownApi } from './support/own-services';

/**
 * The web app's session, over HTTP as a browser holds it: an httpOnly cookie naming a session the API
 * keeps in PostgreSQL, a CSRF token for every changing request, sign-out that ends it at once, and the
 * idle and absolute time-outs. Time passes by moving the session's own times in the database, so that
 * the tests wait for nothing.
 */
let sys: System;
beforeAll(async () => {
  sys = await connect();
});
afterAll(() => sys.close());

/** A browser's view of one session: the cookie it was given, and the CSRF token the API told it. */
class Browser {
  private constructor(
    readonly baseUrl: string,
    readonly setCookie: string,
    readonly csrfToken: string,
  ) {}

  static async signIn(username: string, baseUrl = systemEnv().apiUrl, carried?: Browser): Promise<Browser> {
    const res = await fetch(`${baseUrl}/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(carried ? { cookie: carried.cookie } : {}) },
      body: JSON.stringify({ username }),
    });
    expect(res.status).toBe(200);
    const [setCookie] = res.headers.getSetCookie();
    const facts = (await res.json()) as { csrfToken: string };
    return new Browser(baseUrl, setCookie!, facts.csrfToken);
  }

  get cookie(): string {
    return this.setCookie.split(';')[0]!;
  }

  /** The session's row, by the hash of the cookie's value (what the table keeps). */
  get idHash(): string {
    return createHash('sha256').update(this.cookie.split('=')[1]!).digest('hex');
  }

  async send(method: string, path: string, headers: Record<string, string> = {}, body?: unknown) {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.send('GET', path, headers);
  }

  /** A changing request as the web app sends it: with the session's CSRF token. */
  post(path: string, body: unknown = {}) {
    return this.send('POST', path, { 'x-csrf-token': this.csrfToken }, body);
  }
}

const attributes = (setCookie: string) =>
  setCookie
    .split(';')
    .slice(1)
    .map((a) => a.trim().toLowerCase());

/** Moves the session's clock: its last use and its beginning this many minutes into the past. */
async function age(browser: Browser, minutes: { idle?: number; since?: number }) {
  await sys.db.query(
    `update browser_session set last_seen_at = now() - make_interval(mins => $2), created_at = now() - make_interval(mins => $3)
     where id_hash = $1`,
    [browser.idHash, minutes.idle ?? 0, minutes.since ?? minutes.idle ?? 0],
  );
}

describe('the browser session', () => {
  it('lives in an httpOnly, SameSite=Strict cookie naming a session kept on the server, never a bearer', async () => {
    const browser = await Browser.signIn('aino');
    expect(browser.cookie).toMatch(/^luvn-session=[\w-]{43}$/);
    expect(attributes(browser.setCookie)).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/']));
    // Development over plain HTTP: not Secure (the HTTPS case is below); no lifetime, so the browser forgets it when closed.
    expect(
      attributes(browser.setCookie).some((a) => a === 'secure' || a.startsWith('max-age') || a.startsWith('expires')),
    ).toBe(false);
    const me = ok(await browser.get('/me'));
    expect(me.userId).toBe(demo.userId('aino'));
    // The table keeps the value's hash, not the value: a copy of it opens no session.
    const [row] = await sys.db.query(
      'select user_id as "userId", id_hash as "idHash" from browser_session where id_hash = $1',
      [browser.idHash],
    );
    expect(row).toEqual({ userId: demo.userId('aino'), idHash: browser.idHash });
    expect(JSON.stringify(await sys.db.query('select * from browser_session'))).not.toContain(
      browser.cookie.split('=')[1],
    );
    const facts = ok(await browser.get('/session'));
    expect(facts).toEqual({
      csrfToken: browser.csrfToken,
      idleSeconds: 1800,
      warningSeconds: 60,
      idleLeft: expect.any(Number),
      maxLeft: expect.any(Number),
    });
    expect(facts.idleLeft).toBeGreaterThan(1790);
    // Other systems keep their bearer tokens; a bearer caller has no browser session.
    expect(ok(await sys.as('aino').get('/me')).userId).toBe(demo.userId('aino'));
    refused(await sys.as('aino').get('/session'), 404);
  });

  it('refuses a changing request without the session’s CSRF token, and takes one with it', async () => {
    const browser = await Browser.signIn('aino');
    const others: Record<string, string>[] = [
      {},
      { 'x-csrf-token': 'not-the-token' },
      { 'x-csrf-token': (await Browser.signIn('aino')).csrfToken },
    ];
    for (const headers of others) {
      const refusal = refused(await browser.send('POST', '/session/sign-out', headers, {}), 403);
      expect(refusal.problems).toEqual([{ field: 'X-CSRF-Token', rule: 'csrf_token', message: expect.any(String) }]);
    }
    // Any changing method, whatever its body (refused before the route reads it).
    const unknown = randomUUID();
    for (const [method, path] of [
      ['PUT', `/arrangements/${unknown}/proposal`],
      ['DELETE', `/suppliers/${unknown}/planned-supervision`],
    ] as const) {
      expect([method, refused(await browser.send(method, path, {}, {}), 403).problems[0]?.rule]).toEqual([
        method,
        'csrf_token',
      ]);
    }
    // A broken Authorization header beside the cookie is refused, not passed over for the cookie.
    refused(await browser.get('/me', { authorization: 'Basic c2FubmE6' }), 401);
    refused(await browser.get('/me', { authorization: 'Bearer not-a-token' }), 401);
    // Nothing was done: the session is still there.
    ok(await browser.get('/me'));
    // A read needs no token.
    expect(ok(await browser.get('/clients')).length).toBeGreaterThan(0);
    ok(await browser.post('/session/sign-out'));
  });

  it('ends at sign-out: the same cookie then answers 401, and its row is gone', async () => {
    const browser = await Browser.signIn('sanna');
    ok(await browser.get('/me'));
    const out = await browser.post('/session/sign-out');
    expect(ok(out)).toEqual({ signOutUrl: null, closeBrowser: false });
    // The answer tells the browser to forget the cookie as well.
    expect(out.headers.getSetCookie().join()).toMatch(/^luvn-session=;.*Expires=Thu, 01 Jan 1970/);
    refused(await browser.get('/me'), 401);
    refused(await browser.get('/session'), 401);
    expect(await sys.db.query('select 1 from browser_session where id_hash = $1', [browser.idHash])).toEqual([]);
  });

  it('ends the session a browser came with when it signs in again (no old session lives on beside the new)', async () => {
    const first = await Browser.signIn('aino');
    const again = await Browser.signIn('sanna', systemEnv().apiUrl, first);
    refused(await first.get('/me'), 401);
    expect(ok(await again.get('/me')).userId).toBe(demo.userId('sanna'));
  });

  it('ends after 30 minutes unused and after 10 hours in any case; a peek at the time left is not use', async () => {
    const idle = await Browser.signIn('aino');
    await age(idle, { idle: 29 });
    const peeked = ok(await idle.get('/session', { 'x-session-peek': '1' }));
    expect(peeked.idleLeft).toBeLessThanOrEqual(60);
    const [{ minutes }] = await sys.db.query(
      `select extract(epoch from now() - last_seen_at) / 60 as minutes from browser_session where id_hash = $1`,
      [idle.idHash],
    );
    expect(Number(minutes)).toBeGreaterThan(28.9);
    // Used at 29 minutes: another 30 from now.
    ok(await idle.get('/me'));
    expect(ok(await idle.get('/session')).idleLeft).toBeGreaterThan(1790);
    await age(idle, { idle: 31, since: 31 });
    refused(await idle.get('/me'), 401);

    const longDay = await Browser.signIn('aino');
    await age(longDay, { idle: 0, since: 10 * 60 + 1 });
    refused(await longDay.get('/me'), 401);
  });

  it('ends at once for a disabled user, whatever the user cache holds', async () => {
    const id = randomUUID();
    const username = `lahtija-${id.slice(0, 8)}`;
    const [{ teamId }] = await sys.db.query('select team_id as "teamId" from team_lead where user_id = $1 limit 1', [
      demo.userId('riikka'),
    ]);
    await sys.db.query(
      `insert into app_user (id, username, full_name, role, profession, team_id)
       values ($1, $2, 'Lähtevä Työntekijä', 'own_worker', 'social_worker', $3)`,
      [id, username, teamId],
    );
    const leaving = await Browser.signIn(username);
    ok(await leaving.get('/me'));
    ok(await sys.as('riikka').post(`/users/${id}/disable`));
    refused(await leaving.get('/me'), 401);
    expect(await sys.db.query('select 1 from browser_session where user_id = $1', [id])).toEqual([]);
    // The same for one disabled in the register directly (a leaver's account closed by HR's feed).
    const other = await Browser.signIn('aino');
    const otherId = randomUUID();
    await sys.db.query(
      `insert into app_user (id, username, full_name, role, profession, team_id)
       values ($1, $2, 'Toinen Lähtijä', 'own_worker', 'social_worker', $3)`,
      [otherId, `lahtija-${otherId.slice(0, 8)}`, teamId],
    );
    const closed = await Browser.signIn(`lahtija-${otherId.slice(0, 8)}`);
    await sys.db.query('update app_user set disabled_at = now() where id = $1', [otherId]);
    refused(await closed.get('/me'), 401);
    ok(await other.get('/me'));
  });

  it('is Secure and bound to its origin (__Host-) where the web app is served over TLS, with short times as configured', async () => {
    const api = await ownApi(systemEnv(), 3184, {
      APP_URL: 'https://luvn.example',
      SESSION_IDLE_SECONDS: '600',
      SESSION_WARNING_SECONDS: '30',
    });
    try {
      const browser = await Browser.signIn('aino', api.url);
      expect(browser.cookie).toMatch(/^__Host-luvn-session=/);
      expect(attributes(browser.setCookie)).toEqual(
        expect.arrayContaining(['httponly', 'samesite=strict', 'path=/', 'secure']),
      );
      expect(attributes(browser.setCookie).some((a) => a.startsWith('domain'))).toBe(false);
      const facts = ok(await browser.get('/session'));
      expect([facts.idleSeconds, facts.warningSeconds]).toEqual([600, 30]);
      await age(browser, { idle: 11 });
      refused(await browser.get('/me'), 401);
    } finally {
      api.stop();
    }
  });
});

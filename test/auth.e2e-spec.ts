import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { loadConfig } from '../libs/config/config';
import { mintTokens } from '../apps/api/src/auth/tokens';
import { ApiUser, connect, demo, type System } from './support/api';
import { systemEnv } from './support/env';
import { ok, refused } from './support/expect';
import { ownApi } from './support/own-services';

/**
 * Who the caller is: the token is checked for its key, issuer, audience and expiry, and the user is
 * looked up, so that a disabled user or a changed role takes effect at once, not at the token's expiry.
 */
let sys: System;
const config = () => loadConfig({ ...process.env, DATABASE_URL: systemEnv().databaseUrl });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  sys = await connect();
});
afterAll(() => sys.close());

function signed(claims: { sub?: string; iss?: string; aud?: string; exp?: number }, key = config().JWT_SECRET) {
  const jwt = new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setIssuedAt();
  if (claims.sub) jwt.setSubject(claims.sub);
  jwt.setIssuer(claims.iss ?? config().AUTH_ISSUER).setAudience(claims.aud ?? config().AUTH_AUDIENCE);
  jwt.setExpirationTime(claims.exp ?? Math.floor(Date.now() / 1000) + 600);
  return jwt.sign(new TextEncoder().encode(key));
}

const as = (token: string) => new ApiUser(systemEnv().apiUrl, token);

describe('who the caller is', () => {
  it("tells the screens each person's menu and the self-monitoring it reads: a unit's lead, not its worker", async () => {
    const [hanna, leena] = [ok(await sys.as('hanna').get('/me')), ok(await sys.as('leena').get('/me'))];
    expect(hanna).toMatchObject({
      unitLead: true,
      pages: ['orders', 'supervision'],
      allowedActions: ['readSelfMonitoring'],
    });
    expect(leena).toMatchObject({ unitLead: false, pages: ['orders'], allowedActions: [] });
    ok(await sys.as('hanna').get('/reports/self-monitoring?year=2026'));
    refused(await sys.as('leena').get('/reports/self-monitoring?year=2026'), 403);
    expect(ok(await sys.as('riikka').get('/me')).allowedActions).toEqual(['readSelfMonitoring']);
  });

  it('refuses a missing, unsigned, wrongly signed, expired or misaddressed token', async () => {
    const aino = demo.userId('aino');
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(
      JSON.stringify({ sub: aino, iss: config().AUTH_ISSUER, aud: config().AUTH_AUDIENCE, exp: 4102444800 }),
    ).toString('base64url');
    const tokens: Record<string, string> = {
      'alg none': `${header}.${body}.`,
      'another key': await signed({ sub: aino }, 'not-the-key-of-this-api-at-all'),
      expired: await signed({ sub: aino, exp: Math.floor(Date.now() / 1000) - 60 }),
      'another issuer': await signed({ sub: aino, iss: 'https://somewhere.else' }),
      'another audience': await signed({ sub: aino, aud: 'another-api' }),
      'no user': await signed({}),
      'an unknown user': await signed({ sub: randomUUID() }),
    };
    refused(await sys.anonymous().get('/me'), 401);
    for (const [what, token] of Object.entries(tokens)) {
      const reply = await as(token).get('/me');
      expect([what, reply.status]).toEqual([what, 401]);
    }
    expect(ok(await as(await signed({ sub: aino })).get('/me')).userId).toBe(aino);
  });

  it('takes a disabled user and a changed role from the register, not from the token', async () => {
    const id = randomUUID();
    const username = `tilapainen-${id.slice(0, 8)}`;
    await sys.db.query(
      `insert into app_user (id, username, full_name, role, profession, team_id)
       values ($1, $2, 'Tilapäinen Työntekijä', 'own_worker', 'social_worker', 'fsw-espoo')`,
      [id, username],
    );
    const token = (await mintTokens(sys.db, config(), [username])).get(username)!;
    const user = as(token);
    expect(ok(await user.get('/me'))).toMatchObject({
      role: 'own_worker',
      pages: ['myClients', 'running', 'catalogue'],
      allowedActions: [],
    });
    refused(await user.get('/reports/caseloads'), 403);

    // The menu, and what else the screens offer, follow the role at once.
    await sys.db.query(`update app_user set role = 'team_lead', profession = null, team_id = null where id = $1`, [id]);
    await sleep(700);
    const lead = ok(await user.get('/me'));
    expect(lead).toMatchObject({ role: 'team_lead', allowedActions: ['readSelfMonitoring'] });
    expect(lead.pages[0]).toBe('attention');
    expect(lead.pages).toEqual(expect.arrayContaining(['figures', 'handovers', 'settings']));
    expect(lead.pages).not.toContain('myClients');
    ok(await user.get('/reports/caseloads'));

    await sys.db.query('update app_user set disabled_at = now() where id = $1', [id]);
    await sleep(700);
    refused(await user.get('/me'), 401);
  });
});

describe("the county's identity provider", () => {
  it("accepts the tokens its published keys sign, and no others, the development key's included", async () => {
    const ISSUER = 'https://tunnistus.example.invalid';
    const AUDIENCE = 'luvn-county-api';
    const provider = await generateKeyPair('RS256');
    const stranger = await generateKeyPair('RS256');
    const jwks = { keys: [{ ...(await exportJWK(provider.publicKey)), kid: 'county-1', alg: 'RS256', use: 'sig' }] };
    // The provider's keys served over real HTTP, as the identity provider publishes them.
    const keys: Server = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(jwks));
    });
    await new Promise<void>((r) => keys.listen(3171, '127.0.0.1', r));
    const api = await ownApi(systemEnv(), 3172, {
      AUTH_JWKS_URL: 'http://127.0.0.1:3171/jwks',
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: AUDIENCE,
    });
    try {
      const aino = demo.userId('aino');
      const rs = (key: Parameters<SignJWT['sign']>[0], over: { iss?: string; aud?: string } = {}) =>
        new SignJWT({})
          .setProtectedHeader({ alg: 'RS256', kid: 'county-1' })
          .setSubject(aino)
          .setIssuer(over.iss ?? ISSUER)
          .setAudience(over.aud ?? AUDIENCE)
          .setIssuedAt()
          .setExpirationTime('5m')
          .sign(key);
      const at = (token: string) => new ApiUser(api.url, token);
      expect(ok(await at(await rs(provider.privateKey)).get('/me')).userId).toBe(aino);
      refused(await at(await rs(stranger.privateKey)).get('/me'), 401);
      refused(await at(await rs(provider.privateKey, { aud: config().AUTH_AUDIENCE })).get('/me'), 401);
      refused(await at(await rs(provider.privateKey, { iss: config().AUTH_ISSUER })).get('/me'), 401);
      refused(await at(await signed({ sub: aino, iss: ISSUER, aud: AUDIENCE })).get('/me'), 401);
    } finally {
      api.stop();
      await new Promise((r) => keys.close(r));
    }
  });
});

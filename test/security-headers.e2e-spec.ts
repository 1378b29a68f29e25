import { connect, type System } from './support/api';
import { systemEnv } from './support/env';

/**
 * The headers a county's data protection officer looks for, on the web app's page and on an API answer
 * with a client's data: a strict content security policy, no framing or sniffing, no referrer, HSTS, no
 * server banner, and personal data never kept by a shared browser's cache.
 */
let sys: System;
beforeAll(async () => {
  sys = await connect();
});
afterAll(() => sys.close());

const page = () => fetch(`${systemEnv().apiUrl}/my-clients`, { headers: { accept: 'text/html' } });

function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('security headers', () => {
  it('serve the web app under a strict content security policy, unframed, unsniffed, without a referrer or a banner', async () => {
    const res = await page();
    expect(res.status).toBe(200);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toContain("'self'");
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it("let a browser keep the web app's own files, and revalidate its page", async () => {
    const index = await page();
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('etag')).toBeTruthy();
    const script = /<script[^>]+src="([^"]+\.js)"/.exec(await index.text())?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(new URL(script!, systemEnv().apiUrl));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(asset.headers.get('etag')).toBeTruthy();
    // A path like a file's that no file answers is the API's, and kept by no one.
    const missing = await fetch(`${systemEnv().apiUrl}/assets/no-such-file.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
  });

  it('come with a refused body too (the body parsers answer before any route)', async () => {
    const res = await fetch(`${systemEnv().apiUrl}/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username": ',
    });
    expect(res.status).toBe(400);
    expect(directives(res.headers.get('content-security-policy')).get('frame-ancestors')).toEqual(["'none'"]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('mark every answer with personal data no-store, with the same headers', async () => {
    const res = await sys.as('aino').get('/clients');
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(res.headers?.get('cache-control')).toBe('no-store');
    // Nothing kept, nothing to revalidate: no validator of the body.
    expect(res.headers?.get('etag')).toBeNull();
    expect(res.headers?.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers?.get('x-powered-by')).toBeNull();
    expect(directives(res.headers?.get('content-security-policy') ?? null).get('frame-ancestors')).toEqual(["'none'"]);
  });
});

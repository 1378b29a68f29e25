import { connect, type ApiUser, type System } from './support/api';
import { systemEnv } from './support/env';
import { ok, refused } from './support/expect';
import { ownApi } from './support/own-services';

/**
 * A period a county sets is days, weeks, months or years: the public catalogue API refuses one of seconds.
 * The tests' periods of seconds go through the development API, which a production API does not have.
 */
let sys: System;
let riikka: ApiUser;

beforeAll(async () => {
  sys = await connect();
  riikka = sys.as('riikka');
});
afterAll(() => sys.close());

async function quickChange(code: string) {
  const [latest] = ok(await riikka.get('/catalogue/versions'));
  const card = ok(await riikka.get('/catalogue/services/home_help'));
  delete card.version;
  delete card.allowedActions;
  return {
    basedOnVersion: latest.version as number,
    note: 'Kehityksen palvelu, jonka jaksot kestävät sekunteja',
    service: {
      ...card,
      code,
      // A name of its own: the browser tests choose home help by its name.
      name: { fi: `Kehityspalvelu ${code}`, sv: `Utvecklingstjänst ${code}`, en: `Development service ${code}` },
      periods: { first: 'PT6S', step: 'PT6S', max: 'PT12S', specialExtra: null },
      evaluationInterval: 'PT4S',
    },
  };
}

describe('the catalogue of a county and the development catalogue', () => {
  it('refuses a period of seconds in the public catalogue API, naming the field and the rule', async () => {
    const change = await quickChange('dev_api_public_refusal');
    const error = refused(await riikka.put('/catalogue/services/dev_api_public_refusal', change), 400);
    const problems = error.problems.map((p) => `${p.field}:${p.rule}`).sort();
    expect(problems).toEqual([
      'service.evaluationInterval:county_duration',
      'service.periods.first:county_duration',
      'service.periods.max:county_duration',
      'service.periods.step:county_duration',
    ]);
    expect(error.problems[0]!.message).toMatch(/years, months, weeks or days/);
    refused(await riikka.get('/catalogue/services/dev_api_public_refusal'), 404);
  });

  it('publishes it through the development API, for the team lead only', async () => {
    const change = await quickChange('dev_api_quick');
    refused(await sys.as('sanna').put('/dev-api/catalogue/services/dev_api_quick', change), 403);
    const card = ok(await riikka.put('/dev-api/catalogue/services/dev_api_quick', change));
    expect(card.periods).toEqual({ first: 'PT6S', step: 'PT6S', max: 'PT12S', specialExtra: null });
    expect(ok(await riikka.get('/catalogue/services/dev_api_quick')).evaluationInterval).toBe('PT4S');
  });

  it('is not in the public OpenAPI document', async () => {
    const document: any = await (await fetch(`${systemEnv().apiUrl}/docs/openapi.json`)).json();
    expect(Object.keys(document.paths).filter((p) => p.startsWith('/dev-api'))).toEqual([]);
    expect(Object.keys(document.paths)).toContain('/catalogue/services/{code}');
  });

  it('is absent from an API in production', async () => {
    const api = await ownApi(systemEnv(), 3183, {
      NODE_ENV: 'production',
      // Production takes only the identity provider's tokens; none are needed to find a route missing.
      AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks',
      SIGN_IN_THROTTLE_SECRET: 'the-tests-production-throttle-secret',
      FAMILY_IDENTITY_SECRET: 'the-tests-production-identity-code-key',
      DEV_API: 'off',
    });
    try {
      const put = (path: string) =>
        fetch(`${api.url}${path}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' });
      // The public route is there (it wants a token); the development one is not.
      expect((await put('/catalogue/services/dev_api_quick')).status).toBe(401);
      expect((await put('/dev-api/catalogue/services/dev_api_quick')).status).toBe(404);
    } finally {
      api.stop();
    }
  });
});

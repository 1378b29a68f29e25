import { loadConfig } from './config';

describe('the configuration', () => {
  const production = {
    NODE_ENV: 'production',
    AUTH_JWKS_URL: 'https://idp.luvn.example/jwks',
    SIGN_IN_THROTTLE_SECRET: 'a-production-secret-of-32-characters',
    FAMILY_IDENTITY_SECRET: 'a-production-key-for-identity-codes',
  };

  it('takes a setting given as empty as unset, as Compose passes one the county left out', () => {
    const config = loadConfig({ FINANCE_URL: '', OIDC_CLIENT_ID: '', API_PORT: '' });
    expect([config.FINANCE_URL, config.OIDC_CLIENT_ID, config.API_PORT]).toEqual([undefined, undefined, 3000]);
  });

  it('refuses a session warning no shorter than the idle time, and the web client as the API audience', () => {
    expect(() => loadConfig({ SESSION_IDLE_SECONDS: '60', SESSION_WARNING_SECONDS: '60' })).toThrow('SESSION_WARNING');
    expect(() => loadConfig({ OIDC_CLIENT_ID: 'luvn-web', AUTH_AUDIENCE: 'luvn-web' })).toThrow('AUTH_AUDIENCE');
    expect(loadConfig({ OIDC_CLIENT_ID: 'luvn-web', AUTH_AUDIENCE: 'luvn-api' }).OIDC_CLIENT_ID).toBe('luvn-web');
  });

  it('has the development API off unless turned on', () => {
    expect(loadConfig({}).DEV_API).toBe('off');
    expect(loadConfig({ DEV_API: 'on' }).DEV_API).toBe('on');
    expect(loadConfig(production).DEV_API).toBe('off');
  });

  it('refuses the development API in production', () => {
    expect(() => loadConfig({ ...production, DEV_API: 'on' })).toThrow('the development API (DEV_API) cannot be on');
    expect(() => loadConfig({ DEV_API: 'yes' })).toThrow('DEV_API');
  });

  it('refuses production without its own key for identity codes', () => {
    expect(() => loadConfig({ ...production, FAMILY_IDENTITY_SECRET: undefined })).toThrow('FAMILY_IDENTITY_SECRET');
    expect(() => loadConfig({ ...production, FAMILY_IDENTITY_SECRET: 'short' })).toThrow('FAMILY_IDENTITY_SECRET');
  });

  it('refuses production without its own key for the sign-in throttle', () => {
    expect(() => loadConfig({ ...production, SIGN_IN_THROTTLE_SECRET: undefined })).toThrow('SIGN_IN_THROTTLE_SECRET');
    expect(() => loadConfig({ ...production, SIGN_IN_THROTTLE_SECRET: 'short' })).toThrow('SIGN_IN_THROTTLE_SECRET');
  });

  it("trusts no proxy unless told, and takes Express's forms of trust proxy", () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,2001:db8::/32' }).TRUST_PROXY).toEqual([
      'loopback',
      '10.0.0.0/8',
      '2001:db8::/32',
    ]);
    for (const wrong of ['true', 'proxy.luvn.example', '10.0.0.0/33', '10.0.0.1/8/1', 'loopback,'])
      expect(() => loadConfig({ TRUST_PROXY: wrong })).toThrow('TRUST_PROXY');
  });
});

import { loadConfig } from './config';

describe('the configuration', () => {
  const production = { NODE_ENV: 'production', AUTH_JWKS_URL: 'https://idp.luvn.example/jwks' };

  it('has the development API off unless turned on', () => {
    expect(loadConfig({}).DEV_API).toBe('off');
    expect(loadConfig({ DEV_API: 'on' }).DEV_API).toBe('on');
    expect(loadConfig(production).DEV_API).toBe('off');
  });

  it('refuses the development API in production', () => {
    expect(() => loadConfig({ ...production, DEV_API: 'on' })).toThrow('the development API (DEV_API) cannot be on');
    expect(() => loadConfig({ DEV_API: 'yes' })).toThrow('DEV_API');
  });
});

import { randomUUID } from 'node:crypto';
import { systemEnv } from './env';
import { ownApi } from './own-services';
import { kill, launch, portOpen, waitFor } from './processes';

/**
 * A real OpenID provider (test/support/oidc-provider.mjs, with `options`) and an API of the test's own
 * that signs the browser in through it, on the two ports given; `body` gets the web app's address. The
 * provider stands for the county's identity provider (the workers' client, `luvn-web`) and for its
 * identification broker (the family's view's client, `luvn-family`, whose subject is the identity code).
 */
export async function withProvider(
  [providerPort, apiPort]: [number, number],
  options: string[],
  body: (appUrl: string) => Promise<void>,
): Promise<void> {
  const [issuer, appUrl] = [`http://127.0.0.1:${providerPort}`, `http://127.0.0.1:${apiPort}`];
  const secret = randomUUID();
  const provider = launch(
    'oidc-provider',
    process.execPath,
    ['test/support/oidc-provider.mjs', String(providerPort), appUrl, secret, ...options],
    {},
  );
  try {
    await waitFor('the OpenID provider', () => portOpen(providerPort), 20_000);
    const api = await ownApi(systemEnv(), apiPort, {
      AUTH_JWKS_URL: `${issuer}/jwks`,
      AUTH_ISSUER: issuer,
      AUTH_AUDIENCE: 'luvn-api',
      OIDC_CLIENT_ID: 'luvn-web',
      OIDC_CLIENT_SECRET: secret,
      FAMILY_OIDC_ISSUER: issuer,
      FAMILY_OIDC_CLIENT_ID: 'luvn-family',
      FAMILY_OIDC_CLIENT_SECRET: secret,
      APP_URL: appUrl,
    });
    try {
      await body(appUrl);
    } finally {
      api.stop();
    }
  } finally {
    kill(provider.pid!);
  }
}

// A real OpenID Connect provider for the browser tests (oidc-provider), standing where the county's
// identity provider stands: the API signs in as a confidential client with the authorization code and
// PKCE, the subject being the user's id in the register, and signs out there (RP-initiated logout); and
// where the family's identification broker stands (client luvn-family, the subject an identity code). Its
// own sign-in, consent and sign-out pages are the library's development interactions.
// Usage: node test/support/oidc-provider.mjs PORT APP_URL CLIENT_SECRET [--no-sign-out]
// (--no-sign-out: a provider without RP-initiated logout, as some brokers are)
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const [port, appUrl, secret, option] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'luvn-web',
      client_secret: secret,
      redirect_uris: [`${appUrl}/auth/oidc/callback`],
      post_logout_redirect_uris: [`${appUrl}/`],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
    // The family's view's client at the identification broker: the subject is the personal identity code.
    {
      client_id: 'luvn-family',
      client_secret: secret,
      redirect_uris: [`${appUrl}/family/auth/oidc/callback`],
      post_logout_redirect_uris: [`${appUrl}/family/`],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  pkce: { required: () => true },
  findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id }) }),
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: option !== '--no-sign-out' } },
});
provider.proxy = false;
createServer(provider.callback()).listen(Number(port), '127.0.0.1', () => {
  process.stderr.write(`[oidc] ${issuer}\n`);
});

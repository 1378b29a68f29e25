// A real OpenID Connect provider for the browser tests (oidc-provider), standing where the county's
// identity provider stands: authorization code with PKCE for the web app, the subject being the user's
// id in the register. Its own sign-in and consent pages are the library's development interactions.
// Usage: node test/support/oidc-provider.mjs PORT REDIRECT_URI
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const [port, redirectUri] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'luvn-web',
      redirect_uris: [redirectUri],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'none',
    },
  ],
  pkce: { required: () => true },
  // The web app exchanges its code from the browser, across origins.
  clientBasedCORS: () => true,
  findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id }) }),
  features: { devInteractions: { enabled: true } },
});
provider.proxy = false;
createServer(provider.callback()).listen(Number(port), '127.0.0.1', () => {
  process.stderr.write(`[oidc] ${issuer}\n`);
});

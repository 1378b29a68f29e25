/**
 * Signing in with the county's OpenID Connect provider from the browser: the authorization code flow with
 * PKCE (no client secret in a browser). The verifier and state wait in this tab's session storage for the
 * provider to send the browser back to /signed-in; the ID token then is the bearer the API checks.
 */
export interface OidcSettings {
  issuer: string;
  clientId: string;
}

const PENDING = 'luvn.oidc';

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
}

const redirectUri = () => `${location.origin}/signed-in`;

async function discover(issuer: string): Promise<Discovery> {
  const res = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!res.ok) throw new Error(`the identity provider did not answer (${res.status})`);
  return (await res.json()) as Discovery;
}

function randomText(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

async function challengeOf(verifier: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  return btoa(String.fromCharCode(...digest))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Sends the browser to the provider's sign-in. */
export async function beginSignIn(settings: OidcSettings): Promise<void> {
  const { authorization_endpoint } = await discover(settings.issuer);
  const verifier = randomText();
  const state = randomText();
  sessionStorage.setItem(PENDING, JSON.stringify({ ...settings, verifier, state }));
  const url = new URL(authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: redirectUri(),
    scope: 'openid',
    state,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
}

/** Back from the provider: the code exchanged for the ID token, or an error saying why not. */
export async function finishSignIn(query: URLSearchParams): Promise<string> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as
    | (OidcSettings & { verifier: string; state: string })
    | null;
  sessionStorage.removeItem(PENDING);
  if (query.get('error')) throw new Error(query.get('error_description') ?? query.get('error') ?? 'refused');
  if (!pending || query.get('state') !== pending.state) throw new Error('the sign-in was not started here');
  const { token_endpoint } = await discover(pending.issuer);
  const res = await fetch(token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: query.get('code') ?? '',
      redirect_uri: redirectUri(),
      client_id: pending.clientId,
      code_verifier: pending.verifier,
    }),
  });
  if (!res.ok) throw new Error(`the identity provider refused the code (${res.status})`);
  const { id_token } = (await res.json()) as { id_token?: string };
  if (!id_token) throw new Error('the identity provider gave no ID token');
  return id_token;
}

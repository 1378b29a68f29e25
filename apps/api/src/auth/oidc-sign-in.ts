import { Inject, Injectable, Logger } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import * as oidc from 'openid-client';
import { parse } from 'cookie';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../common/config.provider';
import { select } from '../common/postgres';
import { randomToken, secureCookies, sha256 } from './sessions';

/** Why a sign-in through the provider did not end in a session: the web app says it in the person's language. */
export type SignInFailure = 'provider_unavailable' | 'provider_refused' | 'not_started_here' | 'unknown_user';

export class SignInFailed extends Error {
  constructor(
    readonly reason: SignInFailure,
    readonly account: string | null = null,
    /** Whether the sign-in throttle counts it: not a person cancelling, or a sign-in begun in another tab. */
    readonly counts = true,
  ) {
    super(reason);
  }
}

/** The sign-in on its way, kept in oidc_sign_in for this long (the provider's pages take a person minutes). */
const PENDING_SECONDS = 600;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a sign-in was started from this app's own page (or typed in): another site's link does not start
 * one, which with the provider's single sign-on could otherwise open a session nobody asked for.
 */
export function startedHere(req: Request): boolean {
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

/**
 * Signing in with the county's OpenID Connect provider, done by the API (openid-client, a certified
 * relying party): the authorization code flow with PKCE, a state and a nonce, the code exchanged
 * server-side and the ID token checked there. The browser only follows redirects; the provider's tokens
 * never reach it, and are not kept: the session is this API's own.
 */
@Injectable()
export class OidcSignIn {
  protected readonly logger = new Logger(this.constructor.name);
  private discovered: Promise<oidc.Configuration> | null = null;

  constructor(
    protected readonly ds: DataSource,
    @Inject(CONFIG) protected readonly config: Config,
  ) {}

  /** The provider is offered only with the identity provider's keys and a client id configured. */
  get enabled(): boolean {
    return Boolean(this.config.AUTH_JWKS_URL && this.config.OIDC_CLIENT_ID);
  }

  /** The provider and this app's client there (the family's view has a client, and a broker, of its own). */
  protected get client(): { issuer: string; id: string; secret: string | undefined } {
    return { issuer: this.config.AUTH_ISSUER, id: this.config.OIDC_CLIENT_ID!, secret: this.config.OIDC_CLIENT_SECRET };
  }

  /** The app's path the sign-in belongs to: its callback is beneath it, and signing out comes back to it. */
  protected get base(): string {
    return '';
  }

  /** Where the provider sends the browser back: registered with the provider (docs/security.md). */
  get redirectUri(): string {
    return `${this.appUrl}${this.base}/auth/oidc/callback`;
  }

  /** Where the provider sends the browser after signing out there: the web app's start. */
  get signedOutUri(): string {
    return `${this.appUrl}${this.base}/`;
  }

  /** The provider's sign-in page for a new sign-in; what it needs to finish waits here, keyed by a cookie. */
  async begin(res: Response, returnTo: string): Promise<URL> {
    const config = await this.provider();
    const [id, state, nonce, verifier] = [
      randomToken(),
      oidc.randomState(),
      oidc.randomNonce(),
      oidc.randomPKCECodeVerifier(),
    ];
    await this.ds.query(`delete from oidc_sign_in where created_at < now() - make_interval(secs => $1)`, [
      PENDING_SECONDS,
    ]);
    await this.ds.query(
      'insert into oidc_sign_in (id_hash, state, nonce, code_verifier, return_to) values ($1, $2, $3, $4, $5)',
      [sha256(id), state, nonce, verifier, returnTo],
    );
    // Lax, not Strict: the provider's redirect back is a navigation from its site, which must carry it.
    res.cookie(this.pendingCookie, id, this.pendingCookieOptions());
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: 'openid',
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      // A sign-in at the provider older than the idle time is not reused: after a time-out the next person
      // at the workstation is asked who they are, not signed in as the last one.
      max_age: String(this.config.SESSION_IDLE_SECONDS),
    });
  }

  /**
   * Back from the provider: the code exchanged and the ID token checked (issuer, audience, expiry, nonce),
   * its subject the user's id in the register. The sign-in on its way is used once, whatever the outcome.
   */
  async finish(req: Request, res: Response): Promise<{ userId: string; returnTo: string }> {
    const { claims, returnTo } = await this.exchange(req, res);
    const sub = claims.sub;
    const [user] =
      sub && UUID.test(sub)
        ? await select<{ id: string }>(this.ds, 'select id from app_user where id = $1 and disabled_at is null', [sub])
        : [];
    if (!user) throw new SignInFailed('unknown_user', sub ?? null);
    return { userId: user.id, returnTo };
  }

  /** The ID token's claims, checked, and the page the sign-in began from. */
  protected async exchange(req: Request, res: Response): Promise<{ claims: oidc.IDToken; returnTo: string }> {
    const id = parse(req.headers.cookie ?? '')[this.pendingCookie];
    res.clearCookie(this.pendingCookie, { ...this.pendingCookieOptions(), maxAge: undefined });
    const [pending] = id
      ? await select<{ state: string; nonce: string; verifier: string; returnTo: string }>(
          this.ds,
          `with used as (
             delete from oidc_sign_in where id_hash = $1
             returning state, nonce, code_verifier as verifier, return_to as "returnTo", created_at)
           select state, nonce, verifier, "returnTo" from used where created_at > now() - make_interval(secs => $2)`,
          [sha256(id), PENDING_SECONDS],
        )
      : [];
    if (!pending) throw new SignInFailed('not_started_here', null, false);
    // The person cancelled at the provider (or it refused them there): nothing to count here.
    if (typeof req.query.error === 'string') throw new SignInFailed('provider_refused', null, false);
    const config = await this.provider();
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      // The address the provider sent the browser to, as registered (not as a proxy may have rewritten it).
      const answer = new URL(this.redirectUri);
      answer.search = new URLSearchParams(req.query as Record<string, string>).toString();
      tokens = await oidc.authorizationCodeGrant(config, answer, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        maxAge: this.config.SESSION_IDLE_SECONDS,
        idTokenExpected: true,
      });
    } catch (err) {
      // The OAuth error code and the check that failed name no one; the provider's message is not logged.
      const { name, error } = err as { name?: string; error?: string };
      this.logger.warn(`the provider's answer was refused: ${name ?? 'error'}${error ? ` (${error})` : ''}`);
      throw new SignInFailed('provider_refused');
    }
    const claims = tokens.claims();
    if (!claims) throw new SignInFailed('provider_refused');
    return { claims, returnTo: pending.returnTo };
  }

  /**
   * What a sign-out answers: where the browser signs out at the provider too, and whether the person must
   * close the browser instead (the provider in use but giving no way to sign out there: its single sign-on
   * would sign the next person at this browser in as this one).
   */
  async signOut(): Promise<{ signOutUrl: string | null; closeBrowser: boolean }> {
    const signOutUrl = await this.signOutUrl();
    return { signOutUrl, closeBrowser: this.enabled && signOutUrl === null };
  }

  /**
   * The provider's sign-out (RP-initiated logout), if it offers one: it names this client and where to
   * come back, never the ID token, which would reach the browser in the address.
   */
  async signOutUrl(): Promise<string | null> {
    if (!this.enabled) return null;
    try {
      const config = await this.provider();
      if (!config.serverMetadata().end_session_endpoint) {
        this.logger.warn(
          'the identity provider offers no sign-out (end_session_endpoint): people are told to close the browser',
        );
        return null;
      }
      return oidc
        .buildEndSessionUrl(config, {
          client_id: this.client.id,
          post_logout_redirect_uri: this.signedOutUri,
        })
        .toString();
    } catch (err) {
      this.logger.warn(
        `could not reach the identity provider to sign out there (${err instanceof Error ? err.message : 'error'}): the person is told to close the browser`,
      );
      return null;
    }
  }

  /** `__Host-` where cookies are Secure: bound to this origin, so that a sibling host cannot plant one. */
  protected get pendingCookie(): string {
    return secureCookies(this.config) ? '__Host-luvn-oidc' : 'luvn-oidc';
  }

  private pendingCookieOptions(): CookieOptions {
    const secure = secureCookies(this.config);
    return { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: PENDING_SECONDS * 1000 };
  }

  private get appUrl(): string {
    return this.config.APP_URL.replace(/\/$/, '');
  }

  /** The provider's metadata, discovered once (again after a failure, so that a provider that was away is found). */
  private provider(): Promise<oidc.Configuration> {
    if (!this.enabled) throw new SignInFailed('provider_unavailable');
    this.discovered ??= this.discover().catch((err: unknown) => {
      this.discovered = null;
      this.logger.warn(`the identity provider could not be reached: ${err instanceof Error ? err.message : 'error'}`);
      throw new SignInFailed('provider_unavailable');
    });
    return this.discovered;
  }

  private discover(): Promise<oidc.Configuration> {
    const client = this.client;
    const issuer = new URL(client.issuer);
    // Plain HTTP only to a provider on this machine (development and tests); anywhere else TLS.
    const local = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    return oidc.discovery(
      issuer,
      client.id,
      undefined,
      client.secret ? oidc.ClientSecretBasic(client.secret) : oidc.None(),
      { execute: local ? [oidc.allowInsecureRequests] : [], timeout: 10 },
    );
  }
}

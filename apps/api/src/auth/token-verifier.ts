import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyResult } from 'jose';
import { BoundedMap } from '../common/bounded-map';
import { CONFIG, type Config } from '../common/config.provider';
import { DomainError, ErrorCode } from '../common/domain-error';
import { developmentKey } from './tokens';

/** How many verified tokens are remembered: more than the people signed in at once. */
const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * Verifies a bearer token: the county's identity provider's published keys (AUTH_JWKS_URL) in
 * production, the development key otherwise; always the issuer, the audience, the expiry, and an
 * algorithm of the key's kind (so `alg: none` and a key of another kind are refused).
 */
@Injectable()
export class TokenVerifier {
  /** Verifies a token's signature, issuer, audience and expiry with the configured key. */
  private readonly verify: (token: string) => Promise<JWTVerifyResult>;
  /**
   * Tokens already verified, with their subject and expiry: a token says the same thing on every request it
   * comes with, and checking its signature again cost a tenth of an arrangement read's CPU. Its expiry is
   * still checked on each use; whether the person may act at all is the user register's to say
   * (UsersService), asked on every request as before.
   */
  private readonly verified = new BoundedMap<string, { sub: string; exp: number }>(VERIFIED_TOKENS_KEPT);

  constructor(@Inject(CONFIG) config: Config) {
    const checks = { issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE };
    if (config.AUTH_JWKS_URL) {
      const keys = createRemoteJWKSet(new URL(config.AUTH_JWKS_URL));
      this.verify = (token) => jwtVerify(token, keys, { ...checks, algorithms: ['RS256', 'PS256', 'ES256'] });
    } else {
      const key = developmentKey(config);
      this.verify = (token) => jwtVerify(token, key, { ...checks, algorithms: ['HS256'] });
    }
  }

  /** The user the token names; 401 for any token that is not valid here and now. */
  async userOf(token: string): Promise<string> {
    const known = this.verified.get(token);
    // Expired as jose counts it: at its `exp` second, not after.
    if (known && known.exp * 1000 > Date.now()) return known.sub;
    if (known) this.verified.delete(token);
    try {
      const { payload } = await this.verify(token);
      if (typeof payload.sub !== 'string' || payload.exp === undefined) throw new Error('no subject or expiry');
      this.verified.set(token, { sub: payload.sub, exp: payload.exp });
      return payload.sub;
    } catch {
      throw new DomainError(
        ErrorCode.Unauthenticated,
        'the bearer token is invalid, expired, or not meant for this API',
      );
    }
  }
}

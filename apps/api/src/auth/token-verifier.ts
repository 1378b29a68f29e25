import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { CONFIG, type Config } from '../common/config.provider';
import { DomainError, ErrorCode } from '../common/domain-error';
import { developmentKey } from './tokens';

/**
 * Verifies a bearer token: the county's identity provider's published keys (AUTH_JWKS_URL) in
 * production, the development key otherwise; always the issuer, the audience, the expiry, and an
 * algorithm of the key's kind (so `alg: none` and a key of another kind are refused).
 */
@Injectable()
export class TokenVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;
  private readonly algorithms: string[];

  constructor(@Inject(CONFIG) private readonly config: Config) {
    if (config.AUTH_JWKS_URL) {
      this.key = createRemoteJWKSet(new URL(config.AUTH_JWKS_URL));
      this.algorithms = ['RS256', 'PS256', 'ES256'];
    } else {
      this.key = developmentKey(config);
      this.algorithms = ['HS256'];
    }
  }

  /** The user the token names; 401 for any token that is not valid here and now. */
  async userOf(token: string): Promise<string> {
    try {
      const options = {
        issuer: this.config.AUTH_ISSUER,
        audience: this.config.AUTH_AUDIENCE,
        algorithms: this.algorithms,
      };
      const { payload } =
        this.key instanceof Uint8Array
          ? await jwtVerify(token, this.key, options)
          : await jwtVerify(token, this.key, options);
      if (typeof payload.sub !== 'string' || payload.exp === undefined) throw new Error('no subject or expiry');
      return payload.sub;
    } catch {
      throw new DomainError(
        ErrorCode.Unauthenticated,
        'the bearer token is invalid, expired, or not meant for this API',
      );
    }
  }
}

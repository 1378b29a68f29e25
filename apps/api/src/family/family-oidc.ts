import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { identityHash } from '../../../../libs/persistence/identity-codes';
import { select } from '../common/postgres';
import { OidcSignIn, SignInFailed } from '../auth/oidc-sign-in';
import { secureCookies } from '../auth/sessions';

/**
 * The family's sign-in through the county's identification broker (strong identification: Suomi.fi
 * e-Identification is reached through such a broker), the same code flow as the workers' with a client of
 * its own. The broker's ID token carries the personal identity code (FAMILY_OIDC_IDENTITY_CLAIM); it is
 * hashed here at once and the person found by the hash. The code is never stored, logged or passed on.
 */
@Injectable()
export class FamilyOidcSignIn extends OidcSignIn {
  override get enabled(): boolean {
    return Boolean(this.config.FAMILY_OIDC_ISSUER && this.config.FAMILY_OIDC_CLIENT_ID);
  }

  protected override get client() {
    return {
      issuer: this.config.FAMILY_OIDC_ISSUER!,
      id: this.config.FAMILY_OIDC_CLIENT_ID!,
      secret: this.config.FAMILY_OIDC_CLIENT_SECRET,
    };
  }

  protected override get base(): string {
    return '/family';
  }

  protected override get pendingCookie(): string {
    return secureCookies(this.config) ? '__Host-luvn-family-oidc' : 'luvn-family-oidc';
  }

  /** The person the identity code names, by its hash; `unknown_user` when the register has no such person. */
  async finishPerson(req: Request, res: Response): Promise<{ personId: string; account: string; returnTo: string }> {
    const { claims, returnTo } = await this.exchange(req, res);
    const code = claims[this.config.FAMILY_OIDC_IDENTITY_CLAIM];
    const hash = typeof code === 'string' && code ? identityHash(code, this.config.FAMILY_IDENTITY_SECRET) : null;
    const [person] = hash
      ? await select<{ id: string }>(this.ds, 'select id from person where identity_hash = $1', [hash])
      : [];
    // The throttle counts failures by the hash, never the code.
    if (!person) throw new SignInFailed('unknown_user', hash);
    return { personId: person.id, account: hash!, returnTo: returnTo.startsWith('/family') ? returnTo : '/family' };
  }
}

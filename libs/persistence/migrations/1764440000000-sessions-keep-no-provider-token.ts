import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session keeps nothing of the identity provider's tokens: signing out there names the client, not the
 * ID token (which would otherwise reach the browser in the sign-out address). The sign-ins on their way
 * are swept by age, so their age is indexed.
 */
export class SessionsKeepNoProviderToken1764440000000 implements MigrationInterface {
  name = 'SessionsKeepNoProviderToken1764440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table browser_session drop column provider_id_token;
      create index oidc_sign_in_created on oidc_sign_in (created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop index oidc_sign_in_created;
      alter table browser_session add column provider_id_token text;
    `);
  }
}

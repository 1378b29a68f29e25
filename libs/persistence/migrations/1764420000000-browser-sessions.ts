import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The web app's sessions, kept on the server: the browser holds only a cookie with a random value, and
 * this table its SHA-256, so that the table alone (a backup, a replica) opens no session. Idle and
 * absolute time-outs are judged against `last_seen_at` and `created_at` with the configured times.
 * A sign-in through the county's identity provider waits in `oidc_sign_in` between the redirect there
 * and the provider's answer (its state, nonce and PKCE verifier never reach the browser).
 */
export class BrowserSessions1764420000000 implements MigrationInterface {
  name = 'BrowserSessions1764420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table browser_session (
        id_hash text primary key,
        user_id uuid not null references app_user (id) on delete cascade,
        csrf_token text not null,
        provider_id_token text,
        created_at timestamptz not null default now(),
        last_seen_at timestamptz not null default now()
      );
      create index browser_session_user on browser_session (user_id);
      create index browser_session_last_seen on browser_session (last_seen_at);

      create table oidc_sign_in (
        id_hash text primary key,
        state text not null,
        nonce text not null,
        code_verifier text not null,
        return_to text not null,
        created_at timestamptz not null default now()
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table oidc_sign_in; drop table browser_session;`);
  }
}

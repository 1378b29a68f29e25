import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sign-in throttle's counters (apps/api/src/auth/sign-in-throttle.ts), shared by every API process.
 * The table is the one rate-limiter-flexible's PostgreSQL store reads and writes, its columns in the order
 * its statements insert them: `key` is a limit's name and an HMAC of the address or username (never either
 * itself), `points` what was counted in the window, `expire` when the window or the block ends (epoch
 * milliseconds, as the library counts). The library's own table creation is turned off; it deletes rows
 * an hour past their `expire`, hence the index.
 */
export class SignInThrottle1764430000000 implements MigrationInterface {
  name = 'SignInThrottle1764430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table sign_in_throttle (
        key varchar(255) primary key,
        points integer not null default 0,
        expire bigint
      );
      create index sign_in_throttle_expire on sign_in_throttle (expire);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table sign_in_throttle;`);
  }
}

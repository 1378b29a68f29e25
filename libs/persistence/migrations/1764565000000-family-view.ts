import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The family's own view. A `person` is a citizen who signs in: a guardian, or a client old enough to see
 * their own matters. The personal identity code is never kept: `identity_hash` is its HMAC with the
 * deployment's key (FAMILY_IDENTITY_SECRET), so that a copy of the table names no one by code, and the
 * sign-in finds the person by hashing the code the identification broker gives. `guardianship` says whose
 * matters a guardian sees; `client_id` on a person says that the person is that client (a young person).
 * A family's browser sessions are their own table, naming a person, beside the workers' (which name a
 * user): neither kind of session can be taken for the other. A team has a phone the family may call.
 */
export class FamilyView1764565000000 implements MigrationInterface {
  name = 'FamilyView1764565000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table person (
        id uuid primary key,
        identity_hash text not null unique,
        name text not null,
        client_id uuid unique references client (id)
      );
      create table guardianship (
        person_id uuid not null references person (id) on delete cascade,
        client_id uuid not null references client (id),
        primary key (person_id, client_id)
      );
      create index guardianship_client on guardianship (client_id);

      create table family_session (
        id_hash text primary key,
        person_id uuid not null references person (id) on delete cascade,
        csrf_token text not null,
        created_at timestamptz not null default now(),
        last_seen_at timestamptz not null default now()
      );
      create index family_session_person on family_session (person_id);
      create index family_session_last_seen on family_session (last_seen_at);

      alter table team add column phone text;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table team drop column phone;
      drop table family_session;
      drop table guardianship;
      drop table person;
    `);
  }
}

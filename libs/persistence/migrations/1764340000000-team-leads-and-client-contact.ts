import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which teams a team lead leads (a lead sees those teams' people, queues and figures, no others), and
 * how a family is reached: the address and the contact a supplier needs once it has accepted an order.
 */
export class TeamLeadsAndClientContact1764340000000 implements MigrationInterface {
  name = 'TeamLeadsAndClientContact1764340000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table team_lead (
        user_id uuid not null references app_user (id),
        team_id text not null references team (id),
        primary key (user_id, team_id)
      );
      alter table client add column address text, add column contact_name text, add column contact_phone text;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table client drop column address, drop column contact_name, drop column contact_phone;
      drop table team_lead;
    `);
  }
}

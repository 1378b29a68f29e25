import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which of an own-production unit's users leads it (issue 26, self-monitoring): the lead answers the unit's
 * orders and its self-monitoring cases, as a supplier does its own; the unit's workers record visits.
 */
export class UnitLeads1764575000000 implements MigrationInterface {
  name = 'UnitLeads1764575000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table app_user add column unit_lead boolean not null default false;
      alter table app_user add constraint app_user_unit_lead_check check (not unit_lead or role = 'own_production');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table app_user drop constraint app_user_unit_lead_check;
      alter table app_user drop column unit_lead;
    `);
  }
}

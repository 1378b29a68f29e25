import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registrar (kirjaaja / registrator), who answers a client's request for their access log (703/2023);
 * and the day a worker leaves, set by their team lead ahead of it, so that the clients to hand over show
 * before the worker is gone.
 */
export class RegistrarAndLeavingDay1764493000000 implements MigrationInterface {
  name = 'RegistrarAndLeavingDay1764493000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table app_user drop constraint app_user_role_check;
      alter table app_user add constraint app_user_role_check
        check (role in ('own_worker', 'arranging', 'team_lead', 'procurement', 'supplier', 'registrar'));
      alter table app_user add column leaving_on date;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table app_user drop column leaving_on;
      alter table app_user drop constraint app_user_role_check;
      alter table app_user add constraint app_user_role_check
        check (role in ('own_worker', 'arranging', 'team_lead', 'procurement', 'supplier'));
    `);
  }
}

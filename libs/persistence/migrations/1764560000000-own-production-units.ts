import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The county's own-production units as providers (issue 26): their users, a role of their own with the unit
 * as their supplier record (marked own production), and each unit's capacity in hours a month per service.
 */
export class OwnProductionUnits1764560000000 implements MigrationInterface {
  name = 'OwnProductionUnits1764560000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table app_user drop constraint app_user_role_check;
      alter table app_user add constraint app_user_role_check
        check (role in ('own_worker', 'arranging', 'team_lead', 'procurement', 'supplier', 'registrar',
                        'own_production'));
      alter table app_user drop constraint app_user_check;
      alter table app_user add constraint app_user_check
        check ((role in ('supplier', 'own_production')) = (supplier_id is not null));
      create table unit_capacity (
        supplier_id uuid not null references supplier (id),
        service_code text not null,
        hours_per_month integer not null check (hours_per_month between 0 and 100000),
        primary key (supplier_id, service_code)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table unit_capacity;
      alter table app_user drop constraint app_user_check;
      alter table app_user add constraint app_user_check check ((role = 'supplier') = (supplier_id is not null));
      alter table app_user drop constraint app_user_role_check;
      alter table app_user add constraint app_user_role_check
        check (role in ('own_worker', 'arranging', 'team_lead', 'procurement', 'supplier', 'registrar'));
    `);
  }
}

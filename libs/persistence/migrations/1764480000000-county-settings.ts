import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The county's own targets, baselines and norms (libs/contracts/county-settings.ts): each value with the
 * day it applies from, its source and who set it, never overwritten, so that a figure of a past period
 * keeps the value that was in force then. `example` marks the demo region's values, which come from
 * other counties' documents and are never this county's.
 */
export class CountySettings1764480000000 implements MigrationInterface {
  name = 'CountySettings1764480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table county_setting (
        id bigserial primary key,
        key text not null
          check (key in ('purchase_baseline_cents', 'purchase_reduction_target', 'caseload_norm', 'nps_target')),
        scope text not null default '',
        value numeric not null,
        valid_from date not null,
        source text not null,
        note text,
        example boolean not null default false,
        set_by uuid references app_user (id),
        set_at timestamptz not null default now()
      );
      create index county_setting_in_force on county_setting (key, scope, valid_from desc, id desc);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table county_setting');
  }
}

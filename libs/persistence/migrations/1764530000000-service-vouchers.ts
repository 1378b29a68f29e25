import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Service vouchers (palveluseteli): the county's value of a service's voucher per hour or visit, each from
 * the day it applies and never overwritten, so that a commitment or letter of a past day keeps the value in
 * force then; and the suppliers the county has approved as voucher providers of a service, from a day and
 * until they are withdrawn. A voucher's commitment takes its price from here, never from a contract.
 */
export class ServiceVouchers1764530000000 implements MigrationInterface {
  name = 'ServiceVouchers1764530000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table voucher_value (
        id bigserial primary key,
        service_code text not null,
        unit text not null check (unit in ('hour', 'visit')),
        value_cents integer not null check (value_cents > 0),
        valid_from date not null,
        source text not null,
        set_by uuid references app_user (id),
        set_at timestamptz not null default now()
      );
      create index voucher_value_in_force on voucher_value (service_code, valid_from desc, id desc);
      create table voucher_provider (
        supplier_id uuid not null references supplier (id),
        service_code text not null,
        approved_on date not null,
        withdrawn_on date,
        approved_by uuid references app_user (id),
        primary key (supplier_id, service_code),
        check (withdrawn_on is null or withdrawn_on >= approved_on)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table voucher_provider; drop table voucher_value;');
  }
}

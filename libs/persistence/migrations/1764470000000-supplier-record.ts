import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A supplier's record kept by procurement: its own address for orders (a contract's address, where it
 * names one, still comes first), filled from the address of its latest contract; and every change of the
 * record with who made it and when. The webhook's secret is never written to the history, only whether it
 * changed.
 */
export class SupplierRecord1764470000000 implements MigrationInterface {
  name = 'SupplierRecord1764470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table supplier add column order_email text;
      update supplier s set order_email = (
        select c.order_email from supplier_contract c
        where c.supplier_id = s.id and c.order_email is not null
        order by c.valid_to desc, c.valid_from desc limit 1);

      create table supplier_change (
        id bigserial primary key,
        supplier_id uuid not null references supplier (id),
        kind text not null check (kind in ('created', 'changed')),
        by_user uuid references app_user (id),
        before jsonb,
        after jsonb not null,
        secret_changed boolean not null default false,
        at timestamptz not null default now()
      );
      create index supplier_change_supplier on supplier_change (supplier_id, id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table supplier_change;
      alter table supplier drop column order_email;
    `);
  }
}

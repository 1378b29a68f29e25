import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contracts kept by procurement over the API, with their history. A contract may be suspended (not
 * offered until resumed) and ended on a day (`ended_on`, its last day; a contract ended by a supervision
 * case has none and stops at once). A new price applies from its day (`contract_price`); the price before
 * the first such day is the contract's own. Every change is one row of `contract_change`: who, why, and
 * the contract's values before and after. Orders and commitments read a contract as it stands on their day.
 */
export class ContractHistory1764450000000 implements MigrationInterface {
  name = 'ContractHistory1764450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table supplier_contract drop constraint supplier_contract_status_check;
      alter table supplier_contract
        add constraint supplier_contract_status_check check (status in ('active', 'suspended', 'terminated')),
        add column procurement_decision text,
        add column suspended_on date,
        add column ended_on date,
        add constraint supplier_contract_suspended_check check ((status = 'suspended') = (suspended_on is not null)
          or (status = 'terminated' and suspended_on is not null)),
        add constraint supplier_contract_ended_check check (ended_on is null or status = 'terminated');

      create table contract_price (
        contract_id uuid not null references supplier_contract (id),
        from_on date not null,
        unit_price_cents integer not null check (unit_price_cents > 0),
        primary key (contract_id, from_on)
      );

      create table contract_change (
        id bigserial primary key,
        contract_id uuid not null references supplier_contract (id),
        kind text not null check (kind in ('created', 'renewed', 'repriced', 'suspended', 'resumed', 'ended')),
        by_user uuid references app_user (id),
        reason text not null,
        before jsonb,
        after jsonb not null,
        at timestamptz not null default now()
      );
      create index contract_change_contract on contract_change (contract_id, id);

      -- The unit price of a contract on a day: the newest price from that day or before, else the contract's own.
      create function contract_price_on(contract uuid, day date) returns integer language sql stable as $$
        select coalesce(
          (select p.unit_price_cents from contract_price p
            where p.contract_id = contract and p.from_on <= day order by p.from_on desc limit 1),
          (select c.unit_price_cents from supplier_contract c where c.id = contract))
      $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop function contract_price_on(uuid, date);
      drop table contract_change;
      drop table contract_price;
      update supplier_contract set status = 'terminated' where status = 'suspended';
      alter table supplier_contract
        drop constraint supplier_contract_ended_check,
        drop constraint supplier_contract_suspended_check,
        drop constraint supplier_contract_status_check,
        drop column ended_on,
        drop column suspended_on,
        drop column procurement_decision,
        add constraint supplier_contract_status_check check (status in ('active', 'terminated'));
    `);
  }
}

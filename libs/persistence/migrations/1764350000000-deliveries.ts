import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox becomes a delivery queue: each message is pending until its destination has it, retried
 * with backoff, or parked for an operator with the receiver's answer kept. Messages of one stream (one
 * destination's messages about one arrangement or case) go in order. Where messages go: a supplier's
 * e-mail from its contract and its webhook; a person's e-mail and language.
 */
export class Deliveries1764350000000 implements MigrationInterface {
  name = 'Deliveries1764350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table outbox
        add column stream text generated always as (
          split_part(topic, '.', 1) || ':' || coalesce(payload->>'arrangementId', payload->>'caseId', message_key)
        ) stored,
        add column status text not null default 'pending' check (status in ('pending', 'delivered', 'parked')),
        add column attempts integer not null default 0,
        add column next_attempt_at timestamptz not null default now(),
        add column retry_since timestamptz not null default now(),
        add column last_error text,
        add column parked_at timestamptz,
        add column retried_by uuid references app_user (id);
      update outbox set status = 'delivered' where delivered_at is not null;
      create index outbox_due on outbox (next_attempt_at, id) where status = 'pending';
      create index outbox_stream on outbox (stream, id) where status <> 'delivered';
      create index outbox_parked on outbox (parked_at desc) where status = 'parked';

      alter table supplier_contract add column order_email text;
      alter table supplier add column webhook_url text, add column webhook_secret text;
      alter table app_user
        add column email text,
        add column language text not null default 'fi' check (language in ('fi', 'sv', 'en'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table app_user drop column email, drop column language;
      alter table supplier drop column webhook_url, drop column webhook_secret;
      alter table supplier_contract drop column order_email;
      drop index outbox_parked;
      drop index outbox_stream;
      drop index outbox_due;
      alter table outbox drop column stream, drop column status, drop column attempts, drop column next_attempt_at, drop column retry_since,
        drop column last_error, drop column parked_at, drop column retried_by;
    `);
  }
}

import type { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import { addToInstant } from '../domain/zoned-arithmetic';
import { clientPlanPdf } from '../letters/client-plan';
import { decisionLetter } from '../letters/letter-store';
import { type MailLanguage, mailed, render } from './emails';
import { claimDue, destinationOf, markDelivered, type OutboxMessage, park, retryLater } from './outbox';
import { DeliveryFailure, Mailer, postJson, webhookHeaders } from './transports';
import { describeError, loggerFor } from '../observability/logger';

const log = loggerFor('delivery');

/** A batch: this many streams claimed at once, at most this many messages of each. */
const BATCH_STREAMS = 200;
const BATCH_PER_STREAM = 100;
/** Streams sent at once: each a receiver's connection (HTTP keep-alive) or an SMTP session. */
const BATCH_CONCURRENCY = 16;
/** No message of a batch is started after this long: what was sent is recorded, and the locks let go. */
const BATCH_MS = 2_000;

interface Person {
  email: string | null;
  language: MailLanguage;
}

/**
 * Delivers the outbox: each message to the destination its topic names (docs/api.md, "Deliveries"), at least
 * once, in order within its stream, with its key for the receiver to drop repeats. A destination that is
 * not configured is not delivered to; its messages wait.
 */
export class Deliverer {
  private readonly mailer: Mailer | null;

  constructor(
    private readonly ds: DataSource,
    private readonly config: Config,
  ) {
    this.mailer = config.SMTP_URL ? new Mailer(config.SMTP_URL, config.MAIL_FROM, config.DELIVERY_TIMEOUT_MS) : null;
  }

  /** The destinations configured here: only their messages are claimed. */
  destinations(): string[] {
    return [
      ...(this.config.FINANCE_URL ? ['finance'] : []),
      ...(this.config.CLIENT_INFORMATION_URL ? ['client_information'] : []),
      // Each county's address is its own row's: a county without one has its messages wait (toCounty).
      'county',
      ...(this.mailer ? ['supplier', 'own_worker', 'team_lead', 'arranging_team', 'procurement'] : []),
    ];
  }

  /**
   * Delivers what is due, a batch at a time, until nothing is; returns how many messages were handled
   * (sent, or failed and retried later or parked). A batch is claimed in one statement and held by its
   * transaction: its streams are sent side by side, each stream's messages one after another, and what was
   * sent is marked in one statement when the batch ends. A worker killed mid-batch marks nothing of it, so
   * after its restart the batch is sent again under the same keys (at least once).
   */
  async deliverDue(stopped: () => boolean = () => false): Promise<number> {
    const destinations = this.destinations();
    if (destinations.length === 0) return 0;
    let handled = 0;
    while (!stopped()) {
      const count = await this.ds.transaction(async (m) => {
        const runs = await claimDue(m, destinations, BATCH_STREAMS, BATCH_PER_STREAM);
        if (runs.length === 0) return 0;
        // Sending stops starting new messages after a while, so that what was sent is soon recorded.
        const until = Date.now() + BATCH_MS;
        const sent: string[] = [];
        const failed: { msg: OutboxMessage; failure: DeliveryFailure }[] = [];
        const sendRun = async (run: OutboxMessage[]) => {
          for (const msg of run) {
            if (stopped() || Date.now() > until) return;
            try {
              await this.send(msg);
              sent.push(msg.id);
            } catch (err) {
              const failure =
                err instanceof DeliveryFailure ? err : new DeliveryFailure(`could not send: ${String(err)}`, false);
              failed.push({ msg, failure });
              // The rest of the stream waits behind it.
              return;
            }
          }
        };
        let next = 0;
        await Promise.all(
          Array.from({ length: Math.min(BATCH_CONCURRENCY, runs.length) }, async () => {
            while (next < runs.length) await sendRun(runs[next++]!);
          }),
        );
        await markDelivered(m, sent);
        for (const { msg, failure } of failed) {
          const expired = Date.now() > addToInstant(new Date(msg.retrySince), this.config.DELIVERY_RETRY_FOR).getTime();
          if (failure.permanent || expired) {
            await park(m, msg.id, failure.message);
            log.warn({ delivery: msg.key, topic: msg.topic, reason: failure.message }, 'delivery parked');
          } else {
            await retryLater(m, msg, failure.message);
          }
        }
        return sent.length + failed.length;
      });
      if (count === 0) break;
      handled += count;
    }
    return handled;
  }

  close(): void {
    this.mailer?.close();
  }

  private async send(msg: OutboxMessage): Promise<void> {
    const body = JSON.stringify({ messageId: msg.key, topic: msg.topic, createdAt: msg.createdAt, ...msg.payload });
    switch (destinationOf(msg.topic)) {
      case 'finance':
        return postJson(this.config.FINANCE_URL!, body, msg.key, this.config.DELIVERY_TIMEOUT_MS);
      case 'client_information':
        return postJson(
          this.config.CLIENT_INFORMATION_URL!,
          await this.withLetter(msg, body),
          msg.key,
          this.config.DELIVERY_TIMEOUT_MS,
        );
      case 'supplier':
        return this.toSupplier(msg, body);
      case 'county':
        return this.toCounty(msg, body);
      default:
        return this.toPeople(msg, await this.recipients(msg));
    }
  }

  /**
   * A decision goes to the client information system with its letter, the PDF the client gets; so does
   * an early end, which the county decided (a planned end has its continuation decision's letter).
   */
  private async withLetter(msg: OutboxMessage, body: string): Promise<string> {
    const decision = msg.topic === 'client_information.decision';
    if (!(decision || msg.topic === 'client_information.service_ended')) return body;
    if (typeof msg.payload.arrangementId !== 'string') return body;
    const pdf = await decisionLetter(this.ds, msg.payload.arrangementId, Number(msg.key.split(':')[1]));
    if (!pdf && decision) throw new DeliveryFailure(`no decision ${msg.key} to write a letter of`, true);
    if (!pdf) return body;
    const letter = { contentType: 'application/pdf', base64: pdf.toString('base64') };
    return JSON.stringify({ ...(JSON.parse(body) as Record<string, unknown>), letter });
  }

  /**
   * Another county's aftercare notice, to the address it gave (county.notice_url); the client plan goes with its
   * PDF as the plan stands now. A county with no address set has its messages tried again, then parked.
   */
  private async toCounty(msg: OutboxMessage, body: string): Promise<void> {
    const code = msg.payload.countyCode;
    const [county]: { url: string | null }[] = await this.ds.query(
      'select notice_url as url from county where code = $1 and not own',
      [typeof code === 'string' ? code : null],
    );
    if (!county) throw new DeliveryFailure(`${msg.topic} names no other county`, true);
    if (!county.url) throw new DeliveryFailure(`the county ${String(code)} has no notice address set`, false);
    if (msg.topic === 'county.client_plan') {
      const pdf = await clientPlanPdf(this.ds, String(msg.payload.clientId));
      if (!pdf) throw new DeliveryFailure(`no aftercare of client for ${msg.key}`, true);
      const plan = { contentType: 'application/pdf', base64: pdf.toString('base64') };
      body = JSON.stringify({ ...(JSON.parse(body) as Record<string, unknown>), plan });
    }
    return postJson(county.url, body, msg.key, this.config.DELIVERY_TIMEOUT_MS);
  }

  /** A supplier gets its e-mail at its order address (supplierAddress), in Finnish and Swedish, and its webhook if it has one. */
  private async toSupplier(msg: OutboxMessage, body: string): Promise<void> {
    const supplierId = typeof msg.payload.supplierId === 'string' ? msg.payload.supplierId : null;
    if (!supplierId) throw new DeliveryFailure(`${msg.topic} names no supplier`, true);
    const contractId = typeof msg.payload.contractId === 'string' ? msg.payload.contractId : null;
    const supplier = await supplierAddress(this.ds, supplierId, contractId);
    if (!supplier) throw new DeliveryFailure(`no supplier ${supplierId}`, true);
    if (supplier.webhookUrl && supplier.webhookSecret) {
      await postJson(
        supplier.webhookUrl,
        body,
        msg.key,
        this.config.DELIVERY_TIMEOUT_MS,
        webhookHeaders(supplier.webhookSecret, body),
      );
    }
    if (!mailed(msg.topic)) return;
    if (!supplier.email) throw new DeliveryFailure(`supplier ${supplierId} has no address for orders`, true);
    await this.mail(msg, [{ email: supplier.email, language: 'fi' }], ['fi', 'sv']);
  }

  private async toPeople(msg: OutboxMessage, people: Person[]): Promise<void> {
    if (!mailed(msg.topic)) return;
    const without = people.filter((p) => !p.email).length;
    if (people.length === 0 || without === people.length) {
      throw new DeliveryFailure(`no one to send ${msg.topic} to has an e-mail address`, true);
    }
    for (const p of people.filter((x) => x.email)) await this.mail(msg, [p], [p.language]);
  }

  private async mail(msg: OutboxMessage, to: Person[], languages: MailLanguage[]): Promise<void> {
    const names = await this.serviceNames(msg);
    const link = this.linkOf(msg);
    const { subject, text } = render(msg.topic, languages, (l) => ({
      service: names?.[l] ?? (typeof msg.payload.serviceCode === 'string' ? msg.payload.serviceCode : ''),
      link,
      payload: msg.payload,
    }));
    await this.mailer!.send({ to: to.map((p) => p.email!), subject, text, key: msg.key });
  }

  /** Who a message to people goes to, by its topic. */
  private recipients(msg: OutboxMessage): Promise<Person[]> {
    const p = msg.payload;
    const people = (where: string, params: unknown[]): Promise<Person[]> =>
      this.ds.query(
        `select u.email, u.language from app_user u where u.disabled_at is null and ${where} order by u.id`,
        params,
      );
    switch (destinationOf(msg.topic)) {
      case 'own_worker':
        return people('u.id = coalesce($1::uuid, (select own_worker_id from arrangement where id = $2::uuid))', [
          p.ownWorkerId ?? null,
          p.arrangementId ?? null,
        ]);
      case 'team_lead':
        return people('u.id in (select user_id from team_lead where team_id = $1)', [p.teamId]);
      case 'arranging_team':
        return people(`u.role = 'arranging' and u.team_id = $1`, [p.teamId]);
      case 'procurement':
        return people(`u.role = 'procurement'`, []);
      default:
        throw new DeliveryFailure(`no destination for ${msg.topic}`, true);
    }
  }

  private linkOf(msg: OutboxMessage): string {
    const app = this.config.APP_URL.replace(/\/$/, '');
    if (msg.topic === 'supplier.order') return `${app}/orders`;
    if (typeof msg.payload.caseId === 'string') return `${app}/supervision/cases/${msg.payload.caseId}`;
    return typeof msg.payload.arrangementId === 'string'
      ? `${app}/arrangements/${msg.payload.arrangementId}`
      : `${app}/`;
  }

  /** The service's names from the newest catalogue, by the message's service or its arrangement's. */
  private async serviceNames(msg: OutboxMessage): Promise<Record<MailLanguage, string> | null> {
    const [row]: { name: Record<MailLanguage, string> | null }[] = await this.ds.query(
      `select s->'name' as name
       from (select services from catalogue_version order by version desc limit 1) v,
            jsonb_array_elements(v.services) s
       where s->>'code' = coalesce($1::text, (select service_code from arrangement where id = $2::uuid))`,
      [msg.payload.serviceCode ?? null, msg.payload.arrangementId ?? null],
    );
    return row?.name ?? null;
  }
}

/**
 * The worker's delivery loop: every DELIVERY_INTERVAL_MS it delivers what is due. Several workers may
 * run it: a message is claimed by one at a time. Returns a function that stops it.
 */
export function startDeliveries(config: Config, ds: DataSource): () => Promise<void> {
  const deliverer = new Deliverer(ds, config);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const round = () => {
    running = deliverer
      .deliverDue(() => stopped)
      .then(() => undefined)
      .catch((err: unknown) => {
        // PostgreSQL away: the next round tries again.
        log.warn(describeError(err), 'delivery round failed, the next one tries again');
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(round, config.DELIVERY_INTERVAL_MS);
      });
  };
  round();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
    deliverer.close();
  };
}

/**
 * Where a supplier's messages go: the address of the contract the message is about where the contract names
 * one, else the supplier's own order address from its record; and its webhook. Null for no such supplier.
 */
export async function supplierAddress(
  ds: DataSource,
  supplierId: string,
  contractId: string | null,
): Promise<{ webhookUrl: string | null; webhookSecret: string | null; email: string | null } | null> {
  const [supplier]: { webhookUrl: string | null; webhookSecret: string | null; email: string | null }[] =
    await ds.query(
      `select s.webhook_url as "webhookUrl", s.webhook_secret as "webhookSecret",
              coalesce((select c.order_email from supplier_contract c where c.id = $2::uuid and c.supplier_id = s.id),
                       s.order_email) as email
       from supplier s where s.id = $1::uuid`,
      [supplierId, contractId],
    );
  return supplier ?? null;
}

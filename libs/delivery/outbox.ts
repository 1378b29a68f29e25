import type { EntityManager, DataSource } from 'typeorm';

/** One message of the outbox as the deliverer handles it: ids and codes only, never a client's name. */
export interface OutboxMessage {
  id: string;
  key: string;
  topic: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  attempts: number;
  /** Since when it has been tried: its creation, or an operator's retry. */
  retrySince: Date;
}

/** The destination a topic's prefix names: finance.payment_commitment goes to `finance`. */
export const destinationOf = (topic: string): string => topic.split('.')[0]!;

/**
 * A batch of due messages for `destinations`, claimed in one statement: up to `streams` streams (one
 * destination's messages about one arrangement or case), each as a run of its messages in order, at most
 * `perStream` of them. A stream is claimed by locking its oldest undelivered message, its _head_, for the
 * caller's transaction (another worker skips the locked row, and no worker claims a later message of a
 * stream while an earlier one is undelivered), so a stream is sent by one worker at a time and a receiver
 * gets its messages in order. The run behind the head stops at the first message not due.
 */
export async function claimDue(
  m: EntityManager,
  destinations: string[],
  streams: number,
  perStream: number,
): Promise<OutboxMessage[][]> {
  const rows: (OutboxMessage & { head: string; due: boolean })[] = await m.query(
    `with heads as materialized (
       select o.id, o.stream, o.next_attempt_at
       from outbox o
       where o.status = 'pending' and o.next_attempt_at <= now() and split_part(o.topic, '.', 1) = any($1::text[])
         and not exists (select 1 from outbox e where e.stream = o.stream and e.id < o.id and e.status <> 'delivered')
       order by o.next_attempt_at, o.id
       limit $2
       for update of o skip locked)
     select h.id::text as head, r.id::text as id, r.key, r.topic, r.payload, r."createdAt", r.attempts,
            r."retrySince", r.due
     from heads h cross join lateral (
       select o.id, o.message_key as key, o.topic, o.payload, o.created_at as "createdAt", o.attempts,
              o.retry_since as "retrySince", o.status = 'pending' and o.next_attempt_at <= now() as due
       from outbox o
       where o.stream = h.stream and o.id >= h.id and o.status <> 'delivered'
       order by o.id
       limit $3) r
     order by h.next_attempt_at, h.id, r.id`,
    [destinations, streams, perStream],
  );
  const runs = new Map<string, OutboxMessage[]>();
  const stopped = new Set<string>();
  for (const { head, due, ...msg } of rows) {
    if (stopped.has(head)) continue;
    if (!due) {
      stopped.add(head);
      continue;
    }
    const run = runs.get(head);
    if (run) run.push(msg);
    else runs.set(head, [msg]);
  }
  return [...runs.values()];
}

/** The messages sent, marked delivered in one statement. */
export async function markDelivered(m: EntityManager, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await m.query(
    `update outbox set status = 'delivered', delivered_at = now(), attempts = attempts + 1, last_error = null
     where id = any($1::bigint[])`,
    [ids],
  );
}

/** Tries again after a backoff that doubles from a second up to ten minutes. */
export async function retryLater(m: EntityManager, msg: OutboxMessage, error: string): Promise<void> {
  const seconds = Math.min(600, 2 ** Math.min(msg.attempts, 10));
  await m.query(
    `update outbox set attempts = attempts + 1, last_error = $2,
       next_attempt_at = now() + $3 * interval '1 second' where id = $1`,
    [msg.id, error, seconds],
  );
}

/** Set aside for an operator, with the receiver's answer: it and the later messages of its stream wait. */
export async function park(m: EntityManager, id: string, error: string): Promise<void> {
  await m.query(
    `update outbox set status = 'parked', parked_at = now(), attempts = attempts + 1, last_error = $2 where id = $1`,
    [id, error],
  );
}

export interface ListedDelivery {
  id: string;
  key: string;
  topic: string;
  destination: string;
  status: 'pending' | 'delivered' | 'parked';
  attempts: number;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
  parkedAt: string | null;
  nextAttemptAt: string | null;
}

const LISTED = `select id::text, message_key as key, topic, split_part(topic, '.', 1) as destination, status,
    attempts, last_error as "lastError", to_json(created_at)#>>'{}' as "createdAt",
    to_json(delivered_at)#>>'{}' as "deliveredAt", to_json(parked_at)#>>'{}' as "parkedAt",
    case when status = 'pending' then to_json(next_attempt_at)#>>'{}' end as "nextAttemptAt"
  from outbox`;

/** The deliveries in one status, newest first: what an operator reads. */
export function listDeliveries(
  ds: DataSource,
  status: ListedDelivery['status'],
  limit: number,
): Promise<ListedDelivery[]> {
  return ds.query(`${LISTED} where status = $1 order by id desc limit $2`, [status, limit]);
}

/** How many messages wait parked for an operator. */
export async function parkedCount(ds: DataSource): Promise<number> {
  const [row]: { count: number }[] = await ds.query(
    `select count(*)::int as count from outbox where status = 'parked'`,
  );
  return row?.count ?? 0;
}

/**
 * A parked message back in the queue now, tried again for as long as a new one would be; null when no
 * parked message has this id.
 */
export async function retryParked(ds: DataSource, id: string, by: string): Promise<ListedDelivery | null> {
  // Through a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count], not the rows.
  const rows: unknown[] = await ds.query(
    `with retried as (
       update outbox set status = 'pending', next_attempt_at = now(), retry_since = now(), parked_at = null,
         retried_by = $2 where id = $1 and status = 'parked' returning id)
     select id from retried`,
    [id, by],
  );
  if (rows.length === 0) return null;
  const [row]: ListedDelivery[] = await ds.query(`${LISTED} where id = $1`, [id]);
  return row ?? null;
}

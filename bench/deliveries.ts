import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Config, loadConfig } from '../libs/config/config';
import { Deliverer } from '../libs/delivery/deliverer';
import { createDataSource } from '../libs/persistence/data-source';
import { prepareDatabase } from '../libs/persistence/database';
import { dropDatabase } from '../libs/persistence/dev/throwaway-database';

/**
 * The outbox's delivery throughput to a local HTTP receiver, by the worker's own code (the Deliverer):
 * messages on many streams (one per arrangement), the same with two deliverers at once (two workers),
 * and one stream (its messages strictly in order). Returns the figures by name for the side-by-side table.
 */
export async function deliveryFigures(config: Config): Promise<Record<string, string>> {
  const figures: Record<string, string> = {};
  let taken = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      taken++;
      res.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/finance`;
  const ds = createDataSource(config.DATABASE_URL, 6);
  await ds.initialize();
  const only = { ...config, FINANCE_URL: url, CLIENT_INFORMATION_URL: undefined, SMTP_URL: undefined };
  const run = async (label: string, n: number, streams: number, deliverers: number) => {
    const tag = randomUUID();
    const arrangements = Array.from({ length: streams }, () => randomUUID());
    await ds.query(
      `insert into outbox (message_key, topic, payload)
       select $1 || ':' || i, 'finance.payment_commitment_closed',
              jsonb_build_object('arrangementId', ($2::uuid[])[1 + i % $3], 'closedOn', '2026-11-27')
       from generate_series(0, $4 - 1) i`,
      [tag, arrangements, streams, n],
    );
    taken = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: deliverers }, () => new Deliverer(ds, only).deliverDue()));
    const seconds = (performance.now() - started) / 1000;
    const [remaining]: { left: number }[] = await ds.query(
      "select count(*)::int as left from outbox where message_key like $1 || ':%' and status <> 'delivered'",
      [tag],
    );
    figures[`deliveries: ${label}`] = `${(n / seconds).toFixed(0)} msg/s`;
    console.log(
      `   ${label.padEnd(34)} ${(n / seconds).toFixed(0).padStart(6)} msg/s   (${n} messages in ${seconds.toFixed(1)} s, ${taken} calls, ${remaining?.left ?? '?'} left)`,
    );
  };
  try {
    console.log('\n5. Deliveries to a local HTTP receiver (the worker\u2019s Deliverer)');
    await run('many streams, one deliverer', 2_000, 2_000, 1);
    await run('many streams, two deliverers', 2_000, 2_000, 2);
    await run('one stream (in order), one deliverer', 500, 1, 1);
  } finally {
    await ds.destroy();
    server.close();
  }
  return figures;
}

/** `npm run bench -- deliveries`: only these figures, on a fresh database with its schema, no Temporal. */
if (require.main === module) {
  const config = loadConfig();
  (async () => {
    await dropDatabase(config.DATABASE_URL);
    const ds = createDataSource(config.DATABASE_URL, 2);
    await prepareDatabase(ds, config.DATABASE_URL);
    await ds.destroy();
    await deliveryFigures(config);
  })().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}

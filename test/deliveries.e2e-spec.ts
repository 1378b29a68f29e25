import { randomUUID } from 'node:crypto';
import { MESSAGE_SCHEMAS } from '../libs/delivery/messages';
import { CLIENTS } from '../libs/persistence/dev/demo-region';
import { type ApiUser, connect, demo, proposal, type System } from './support/api';
import { systemEnv } from './support/env';
import { eventually, ok } from './support/expect';
import { activeService, publishTestService } from './support/fixtures';
import { type OwnProcess, ownWorker } from './support/own-services';
import { httpReceiver, type Inbox, type Receiver, signedWith, smtpInbox } from './support/receivers';

/**
 * What leaves the building, against real receivers in this process: an SMTP server and HTTP endpoints
 * for the finance system, the client information system and a supplier's webhook. A worker of this
 * file's own delivers to them (the shared worker has no destinations configured, so it delivers nothing).
 */
let sys: System;
let aino: ApiUser, sanna: ApiUser, riikka: ApiUser;
let inbox: Inbox;
let finance: Receiver, clientInformation: Receiver, webhook: Receiver;
let worker: OwnProcess;
const family = { id: randomUUID(), name: 'Toivo Toimitustesti', born: '2015-05-05' };
/** Periods of seconds: the continuation decision falls due at once, and continuing extends the commitment. */
const QUICK = 'delivery_quick_test';

const startWorker = (): OwnProcess =>
  ownWorker(systemEnv(), 'worker-deliveries', {
    FINANCE_URL: finance.url,
    CLIENT_INFORMATION_URL: clientInformation.url,
    SMTP_URL: inbox.url,
    APP_URL: 'https://luvn.example',
    DELIVERY_INTERVAL_MS: '200',
    DELIVERY_TIMEOUT_MS: '5000',
    // Only the delivery loop: no workflows of the shared task queue, no draft sweep.
    TEMPORAL_TASK_QUEUE: 'deliveries-test-only',
    DRAFT_SWEEP_INTERVAL_MS: '3600000',
  });

beforeAll(async () => {
  sys = await connect();
  [aino, sanna, riikka] = [sys.as('aino'), sys.as('sanna'), sys.as('riikka')];
  [inbox, finance, clientInformation, webhook] = await Promise.all([
    smtpInbox(),
    httpReceiver(),
    httpReceiver(),
    httpReceiver(),
  ]);
  await sys.db.query(
    `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
     values ($1, $2, $3, 'espoo', 'fi', 'SHL', (select id from app_user where username = 'aino'))`,
    [family.id, family.name, family.born],
  );
  // Long enough that the continuation is decided before the period ends, also on a busy machine: a period
  // ended without one stops the service, and the commitment would close instead of running on.
  await publishTestService(riikka, QUICK, 'Toimitusten testipalvelu, jonka jaksot kestävät sekunteja', {
    periods: { first: 'PT40S', step: 'PT40S', max: 'PT400S', specialExtra: null },
    evaluationInterval: 'PT60S',
  });
  worker = startWorker();
});
afterAll(async () => {
  worker.stop();
  await sys.db.query('update supplier set webhook_url = null, webhook_secret = null where id = $1', [demo.familjestod]);
  // Every message a receiver got is as the published schema of its topic says.
  const unlike = [...finance.received, ...clientInformation.received, ...webhook.received].flatMap((r) => {
    const schema = MESSAGE_SCHEMAS[r.json.topic as keyof typeof MESSAGE_SCHEMAS];
    const checked = schema?.safeParse(r.json);
    return checked?.success ? [] : [`${r.key}: ${checked?.error.message ?? `no schema for ${String(r.json.topic)}`}`];
  });
  expect(unlike).toEqual([]);
  // No e-mail the process sent names a client or gives a birth date: a link to the application instead.
  const personal = [...CLIENTS.flatMap((c) => [c.fullName, c.dateOfBirth]), family.name, family.born];
  const leaks = inbox.mails.flatMap((m) =>
    personal.filter((p) => `${m.subject ?? ''}\n${m.text ?? ''}`.includes(p)).map((p) => `${m.messageId}: ${p}`),
  );
  await Promise.all([inbox.close(), finance.close(), clientInformation.close(), webhook.close()]);
  await sys.close();
  expect(inbox.mails.length).toBeGreaterThan(0);
  expect(leaks).toEqual([]);
});

/** `eventually` for a probe of what the receivers here hold. */
const until = <T>(what: string, probe: () => T | undefined, seconds?: number) =>
  eventually(what, () => Promise.resolve(probe()), seconds);

/** The keys a receiver took for one arrangement, in the order it took them. */
const keysOf = (r: Receiver, id: string, list: 'received' | 'processed' = 'processed') =>
  r[list].filter((x) => x.key.startsWith(`${id}:`)).map((x) => x.key.slice(id.length + 1));

async function ordered(supplierId: string): Promise<string> {
  const { id } = ok(await aino.post('/arrangements', proposal(family.id, { serviceCode: 'home_help' })));
  ok(await aino.post(`/arrangements/${id}/submit`));
  ok(await sanna.post(`/arrangements/${id}/claim`));
  ok(await sanna.post(`/arrangements/${id}/way`, { way: 'purchase', supplierId }));
  return id;
}

describe('deliveries', () => {
  it("e-mails an order to the chosen supplier's address and no other, in Finnish and Swedish, with a link and no client", async () => {
    const id = await ordered(demo.perhepolku);
    const mail = await until('the order e-mail', () =>
      inbox.mails.find((m) => m.messageId?.includes(`${id}:`) && m.messageId.includes(':order@')),
    );
    expect(mail.rcptTo).toEqual(['tilaukset@perhepolku.example']);
    expect(inbox.mails.filter((m) => m.messageId === mail.messageId).flatMap((m) => m.rcptTo)).toEqual([
      'tilaukset@perhepolku.example',
    ]);
    expect(mail.subject).toBe('Uusi tilaus: Lapsiperheiden kotipalvelu / Ny beställning: Hemservice för barnfamiljer');
    expect(mail.text).toContain('https://luvn.example/orders');
  });

  it('tells the finance system of a commitment opened and closed, each once and in order', async () => {
    const { id } = await activeService(sys, 'home_help', demo.perhepolku, undefined, family.id);
    ok(await aino.post(`/arrangements/${id}/termination`, { reason: 'goals_met', explanation: 'Arki sujuu.' }));
    await until('the commitment opened and closed', () => (keysOf(finance, id).length === 2 ? true : undefined));
    expect(keysOf(finance, id).map((k) => k.split(':')[1])).toEqual(['commitment', 'commitment_closed']);
    expect(keysOf(finance, id, 'received')).toHaveLength(2);
    const opened = finance.processed.find((r) => r.key.startsWith(`${id}:`))!.json;
    expect(opened).toMatchObject({ topic: 'finance.payment_commitment', arrangementId: id, unitsPerMonth: 20 });
    // The client information system heard of the decision, the start and the end, in that order.
    await until('the decision, the start and the end to the client information system', () =>
      keysOf(clientInformation, id).length === 3 ? true : undefined,
    );
    expect(keysOf(clientInformation, id).map((k) => k.split(':')[1])).toEqual(['decision', 'started', 'ended']);
    // And the own worker was told of the decision by e-mail.
    const told = await until('the own worker told of the decision', () =>
      inbox.mails.find((m) => m.messageId?.includes(`${id}:`) && m.messageId.includes(':decided@')),
    );
    expect(told.rcptTo).toEqual(['aino@luvn.example']);
  });

  it('tells the finance system of the commitment extended when the service continues, between its opening and closing', async () => {
    const { id } = await activeService(sys, QUICK, null, undefined, family.id);
    await eventually('the continuation decision to fall due', async () => {
      const a = ok(await aino.get(`/arrangements/${id}`));
      return a.running?.continuationDue ? a : undefined;
    });
    ok(await aino.post(`/arrangements/${id}/continuation`, { outcome: 'continue', reassessedOn: await sys.today() }));
    await eventually('the extension recorded', async () => {
      const listed: { key: string }[] = ok(await riikka.get('/deliveries?status=delivered&limit=500'));
      return listed.some((d) => d.key.startsWith(`${id}:`) && d.key.endsWith(':commitment_extended'))
        ? true
        : undefined;
    });
    ok(await aino.post(`/arrangements/${id}/termination`, { reason: 'goals_met', explanation: 'Valmista.' }));
    await until('opened, extended and closed', () => (keysOf(finance, id).length === 3 ? true : undefined));
    expect(keysOf(finance, id).map((k) => k.split(':')[1])).toEqual([
      'commitment',
      'commitment_extended',
      'commitment_closed',
    ]);
    expect(keysOf(finance, id, 'received')).toHaveLength(3);
  });

  it('delivers everything in order once a receiver that was down is back, repeats only under the same key', async () => {
    finance.answer = () => 503;
    const down = Date.now();
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { id } = await activeService(sys, 'home_help', demo.perhepolku, undefined, family.id);
      ok(await aino.post(`/arrangements/${id}/termination`, { reason: 'moved', explanation: 'Muutto.' }));
      ids.push(id);
    }
    await until('a refused call', () => (finance.received.some((r) => r.key.startsWith(ids[0]!)) ? true : undefined));
    // Down for half a minute in all: tried again and again under backoff, nothing taken.
    await new Promise((r) => setTimeout(r, Math.max(0, 30_000 - (Date.now() - down))));
    finance.answer = () => 200;
    for (const id of ids) {
      await until('every message after the outage', () => (keysOf(finance, id).length === 2 ? true : undefined), 60);
      expect(keysOf(finance, id).map((k) => k.split(':')[1])).toEqual(['commitment', 'commitment_closed']);
      // Tried again while down, always under the message's own key.
      expect(new Set(keysOf(finance, id, 'received'))).toEqual(new Set(keysOf(finance, id)));
    }
    console.log(
      `finance down ${((Date.now() - down) / 1000).toFixed(0)} s: ${finance.received.length} calls, ${finance.processed.length} messages taken`,
    );
  });

  it('parks a message the receiver refuses with a 4xx, holds back the later ones, and sends them when an operator retries', async () => {
    let refusing = '';
    finance.answer = (r) => (refusing && r.key.startsWith(refusing) ? 400 : 200);
    const id = await ordered(demo.perhepolku);
    refusing = id;
    ok(await sys.as('perhepolku').post(`/arrangements/${id}/order-response`, { accept: true }));
    ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'granted' }));
    ok(await sanna.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: '4100-FSW' }));
    type Listed = { id: string; key: string; lastError: string };
    const parked = await eventually('the refused message parked', async () => {
      const listed: Listed[] = ok(await riikka.get('/deliveries?status=parked'));
      return listed.find((d) => d.key.startsWith(`${id}:`));
    });
    expect(parked.lastError).toContain('400');
    ok(await aino.post(`/arrangements/${id}/start`, { startedOn: await sys.today(), goals: 'Arki sujuu.' }));
    ok(await aino.post(`/arrangements/${id}/termination`, { reason: 'moved', explanation: 'Muutto.' }));
    // The closing waits behind the parked opening: the finance system never hears of it first.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(keysOf(finance, id)).toEqual([]);
    refusing = '';
    const retried = ok(await riikka.post(`/deliveries/${parked.id}/retry`));
    expect(retried).toMatchObject({ id: parked.id, status: 'pending' });
    await until('both after the retry', () => (keysOf(finance, id).length === 2 ? true : undefined));
    expect(keysOf(finance, id).map((k) => k.split(':')[1])).toEqual(['commitment', 'commitment_closed']);
    expect((await riikka.post(`/deliveries/${parked.id}/retry`)).status).toBe(404);
    expect((await aino.get('/deliveries')).status).toBe(403);
  });

  it('sends many streams at once, each in order, and a refused message holds back only its own stream', async () => {
    const streams = [randomUUID(), randomUUID(), randomUUID()];
    const refused = `${streams[1]}:2:closed`;
    finance.answer = (r) => (r.key === refused ? 400 : 200);
    // Five messages on each of three streams, written at once: the deliverer claims them in one batch.
    await sys.db.query(
      `insert into outbox (message_key, topic, payload)
       select s || ':' || i || ':closed', 'finance.payment_commitment_closed',
              jsonb_build_object('arrangementId', s, 'closedOn', '2026-11-27')
       from generate_series(0, 4) i, unnest($1::text[]) s
       order by i, s`,
      [streams],
    );
    const all = ['0:closed', '1:closed', '2:closed', '3:closed', '4:closed'];
    for (const id of [streams[0]!, streams[2]!]) {
      await until('a stream in order', () => (keysOf(finance, id).length === 5 ? true : undefined));
      expect(keysOf(finance, id)).toEqual(all);
    }
    type Listed = { id: string; key: string };
    const parked = await eventually('the refused message parked', async () => {
      const listed: Listed[] = ok(await riikka.get('/deliveries?status=parked'));
      return listed.find((d) => d.key === refused);
    });
    await new Promise((r) => setTimeout(r, 1_000));
    expect(keysOf(finance, streams[1]!)).toEqual(['0:closed', '1:closed']);
    finance.answer = () => 200;
    ok(await riikka.post(`/deliveries/${parked.id}/retry`));
    await until('the rest after the retry', () => (keysOf(finance, streams[1]!).length === 5 ? true : undefined));
    expect(keysOf(finance, streams[1]!)).toEqual(all);
  });

  it("signs a supplier's webhook call with its secret: it verifies with that secret and fails with another", async () => {
    const secret = `whsec-${randomUUID()}`;
    await sys.db.query('update supplier set webhook_url = $2, webhook_secret = $3 where id = $1', [
      demo.familjestod,
      webhook.url,
      secret,
    ]);
    const id = await ordered(demo.familjestod);
    const call = await until('the order on the webhook', () =>
      webhook.processed.find((r) => r.key.startsWith(`${id}:`)),
    );
    expect(call.json).toMatchObject({ topic: 'supplier.order', arrangementId: id, supplierId: demo.familjestod });
    expect(signedWith(call, secret)).toBe(true);
    expect(signedWith(call, `whsec-${randomUUID()}`)).toBe(false);
    expect(signedWith({ ...call, body: call.body.replace('"hoursPerMonth":20', '"hoursPerMonth":200') }, secret)).toBe(
      false,
    );
    expect(Math.abs(Date.now() / 1000 - Number(call.headers['x-luvn-timestamp']))).toBeLessThan(300);
    // And the e-mail went to Familjestöd's own address.
    const mail = await until('the order e-mail', () =>
      inbox.mails.find((m) => m.messageId?.includes(`${id}:`) && m.messageId.includes(':order@')),
    );
    expect(mail.rcptTo).toEqual(['bestallningar@familjestod.example']);
  });

  it('loses nothing when the worker is killed while delivering: after its restart every message is taken once', async () => {
    finance.delayMs = 700;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await activeService(sys, 'home_help', demo.perhepolku, undefined, family.id)).id);
    await until('a delivery under way', () => (keysOf(finance, ids[0]!, 'received').length ? true : undefined));
    worker.stop();
    const before = finance.processed.length;
    worker = startWorker();
    for (const id of ids) {
      await until('each commitment after the restart', () => (keysOf(finance, id).length === 1 ? true : undefined), 60);
    }
    finance.delayMs = 0;
    const calls = finance.received.filter((r) => ids.some((id) => r.key.startsWith(`${id}:`))).map((r) => r.key);
    console.log(`worker killed with ${before} messages taken: ${calls.length} calls for 3 messages after restart`);
    // Every call was one of the three messages; each taken once by the receiver that drops repeats.
    expect(new Set(calls).size).toBe(3);
    expect(finance.processed.filter((r) => calls.includes(r.key))).toHaveLength(3);
  });
});

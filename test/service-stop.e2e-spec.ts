import { randomUUID } from 'node:crypto';
import { MESSAGE_SCHEMAS } from '../libs/delivery/messages';
import { SUPPLIERS } from '../libs/persistence/dev/demo-region';
import { type ApiUser, connect, demo, type System } from './support/api';
import { systemEnv } from './support/env';
import { eventually, ok, refused } from './support/expect';
import { activeService, publishTestService } from './support/fixtures';
import { type OwnProcess, ownWorker } from './support/own-services';
import { httpReceiver, type Inbox, type Receiver, smtpInbox } from './support/receivers';

/**
 * A service that must stop stops at the supplier too, and a contract's price is charged in its unit.
 * Against real receivers in this process, as test/deliveries.e2e-spec.ts: an SMTP server, the finance
 * system's endpoint and a supplier's webhook, delivered to by a worker of this file's own.
 */
let sys: System;
let aino: ApiUser, riikka: ApiUser;
let inbox: Inbox;
let finance: Receiver, webhook: Receiver;
let worker: OwnProcess;
const family = { id: randomUUID(), name: 'Kerttu Keskeytystesti', born: '2016-06-06' };
/** A first period of seconds, ending with no decision unless one is made; the next lasts a minute. */
const STOPPING = 'stop_quick_test';
/** A service of the county's usual periods, bought per visit from Perhepolku and per day from Familjestöd. */
const PRICED = 'stop_priced_test';
const CONTRACTS = {
  stoppingDay: '00000000-0000-4000-8000-000000006101',
  perVisit: '00000000-0000-4000-8000-000000006102',
  perDay: '00000000-0000-4000-8000-000000006103',
};
const TERMS = { freeCancellationHours: 24, lateCancellationChargePercent: 50 };

async function contract(id: string, supplierId: string, serviceCode: string, unit: string, priceCents: number) {
  await sys.db.query(
    `insert into supplier_contract (id, supplier_id, service_code, unit, unit_price_cents, valid_from, valid_to,
       cancellation_terms, order_answer_working_days)
     values ($1, $2, $3, $4, $5, '2020-01-01', '2099-12-31', $6, 3) on conflict (id) do nothing`,
    [id, supplierId, serviceCode, unit, priceCents, JSON.stringify(TERMS)],
  );
}

beforeAll(async () => {
  sys = await connect();
  [aino, riikka] = [sys.as('aino'), sys.as('riikka')];
  [inbox, finance, webhook] = await Promise.all([smtpInbox(), httpReceiver(), httpReceiver()]);
  await sys.db.query(
    `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
     values ($1, $2, $3, 'espoo', 'fi', 'SHL', (select id from app_user where username = 'aino'))`,
    [family.id, family.name, family.born],
  );
  await publishTestService(riikka, STOPPING, 'Testipalvelu, jonka ensimmäinen jakso kestää sekunteja', {
    periods: { first: 'PT6S', step: 'PT60S', max: 'PT300S', specialExtra: null },
    evaluationInterval: 'PT300S',
  });
  await publishTestService(riikka, PRICED, 'Testipalvelu, jota ostetaan käynneittäin ja päivittäin');
  await contract(CONTRACTS.stoppingDay, demo.tukiverkko, STOPPING, 'day', 8000);
  await contract(CONTRACTS.perVisit, demo.perhepolku, PRICED, 'visit', 4000);
  await contract(CONTRACTS.perDay, demo.familjestod, PRICED, 'day', 9000);
  await sys.db.query('update supplier set webhook_url = $2, webhook_secret = $3 where id = $1', [
    demo.tukiverkko,
    webhook.url,
    `whsec-${randomUUID()}`,
  ]);
  worker = ownWorker(systemEnv(), 'worker-service-stop', {
    FINANCE_URL: finance.url,
    SMTP_URL: inbox.url,
    APP_URL: 'https://luvn.example',
    DELIVERY_INTERVAL_MS: '200',
    DELIVERY_TIMEOUT_MS: '5000',
    // Only the delivery loop: no workflows of the shared task queue, no draft sweep.
    TEMPORAL_TASK_QUEUE: 'service-stop-test-only',
    DRAFT_SWEEP_INTERVAL_MS: '3600000',
  });
});
afterAll(async () => {
  worker.stop();
  await sys.db.query('update supplier set webhook_url = null, webhook_secret = null where id = $1', [demo.tukiverkko]);
  await Promise.all([inbox.close(), finance.close(), webhook.close()]);
  await sys.close();
});

/** `eventually` for a probe of what the receivers here hold. */
const until = <T>(what: string, probe: () => T | undefined, seconds?: number) =>
  eventually(what, () => Promise.resolve(probe()), seconds);

/** What a receiver took about one arrangement, in order, each checked against its topic's published schema. */
function taken(r: Receiver, id: string) {
  return r.processed
    .filter((x) => x.key.startsWith(`${id}:`))
    .map((x) => {
      const schema = MESSAGE_SCHEMAS[x.json.topic as keyof typeof MESSAGE_SCHEMAS];
      expect(schema?.safeParse(x.json).error).toBeUndefined();
      return x.json;
    });
}

/** The e-mail sent for one arrangement's message whose key ends in `suffix`. */
const mailOf = (id: string, suffix: string) =>
  until(`the e-mail ${suffix}`, () =>
    inbox.mails.find((m) => m.messageId?.includes(`${id}:`) && m.messageId.includes(`:${suffix}@`)),
  );

const whenStatus = (id: string, test: (a: any) => boolean) =>
  eventually(`arrangement ${id} to move on`, async () => {
    const a = ok(await aino.get(`/arrangements/${id}`));
    return test(a) ? a : undefined;
  });

/** The day after `day`, and a time on a day as a Finnish clock shows it (noon is that day in either offset). */
const dayAfter = (day: string) => new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00+02:00`;

describe('a service stopped for want of a continuation decision', () => {
  it('tells the supplier and the finance system at once, refuses visits of the stopped days, and tells both when a late decision continues it', async () => {
    const { id } = await activeService(sys, STOPPING, demo.tukiverkko, undefined, family.id);
    const tukiverkko = sys.as('tukiverkko');
    const stopped = await whenStatus(id, (a) => a.status === 'reassessment_overdue');
    const lastDay: string = stopped.running.periodEnd;

    // The finance system: the commitment opened, then closed on the period's last day for want of a decision.
    await until('the commitment closed', () => (taken(finance, id).length >= 2 ? true : undefined));
    expect(taken(finance, id)).toMatchObject([
      { topic: 'finance.payment_commitment', contractId: CONTRACTS.stoppingDay },
      { topic: 'finance.payment_commitment_closed', closedOn: lastDay, reason: 'no_decision' },
    ]);
    // The supplier: on its webhook and at its address, in Finnish and Swedish, naming no client.
    const call = await until('the stop on the webhook', () =>
      webhook.processed.find((r) => r.key.startsWith(`${id}:`) && r.json.topic === 'supplier.service_stopped'),
    );
    expect(call.json).toMatchObject({ supplierId: demo.tukiverkko, serviceCode: STOPPING, lastDay });
    expect(MESSAGE_SCHEMAS['supplier.service_stopped'].safeParse(call.json).error).toBeUndefined();
    const told = await mailOf(id, 'supplier_stop');
    expect(told.rcptTo).toEqual([SUPPLIERS[2]!.orderEmail]);
    expect(told.subject).toBe(
      `Palvelu keskeytyy, jatkopäätöstä ei ole: Testipalvelu ${STOPPING} / Tjänsten avbryts, fortsättningsbeslut saknas: Testtjänst ${STOPPING}`,
    );
    expect(told.text).toContain('makseta');
    expect(told.text).toContain('betalas inte');
    expect(told.text).not.toContain(family.name);
    expect(told.text).toContain(`https://luvn.example/arrangements/${id}`);

    // A visit after the last day is refused by its rule, not recorded unpaid.
    const visit = (day: string, key: string) =>
      tukiverkko.send(
        'POST',
        `/arrangements/${id}/visits`,
        { startsAt: at(day, 12), hours: 2, status: 'delivered' },
        key,
      );
    const refusal = refused(await visit(dayAfter(lastDay), 'stopped-day'), 400);
    expect(refusal.problems).toMatchObject([{ field: 'startsAt', rule: 'no_decision_in_force' }]);
    expect(await sys.db.query('select 1 from visit where arrangement_id = $1', [id])).toHaveLength(0);

    // A late decision: the service goes on from the decision's day, on a new commitment; both are told.
    const today = await sys.today();
    ok(await aino.post(`/arrangements/${id}/continuation`, { outcome: 'continue', reassessedOn: today }));
    const resumed = await whenStatus(id, (a) => a.status === 'active' && a.running.period === 2);
    expect(resumed.running.periodStart).toBe(today);
    await until('the new commitment', () => (taken(finance, id).length >= 3 ? true : undefined));
    expect(taken(finance, id)[2]).toMatchObject({
      topic: 'finance.payment_commitment',
      validFrom: today,
      contractId: CONTRACTS.stoppingDay,
      supplierId: demo.tukiverkko,
    });
    // Never an extension of the commitment that closed: the days with no decision stay unpaid.
    expect(taken(finance, id).map((m) => m.topic)).not.toContain('finance.payment_commitment_extended');
    const goesOn = await until('the resumption on the webhook', () =>
      webhook.processed.find((r) => r.key.startsWith(`${id}:`) && r.json.topic === 'supplier.service_resumed'),
    );
    expect(goesOn.json).toMatchObject({ supplierId: demo.tukiverkko, resumesOn: today });
    expect(MESSAGE_SCHEMAS['supplier.service_resumed'].safeParse(goesOn.json).error).toBeUndefined();
    const toldAgain = await mailOf(id, 'supplier_resume');
    expect(toldAgain.rcptTo).toEqual([SUPPLIERS[2]!.orderEmail]);
    expect(toldAgain.subject).toContain('Palvelu jatkuu');
    expect(toldAgain.subject).toContain('Tjänsten fortsätter');
    const commitments = await sys.db.query(
      `select status, to_char(valid_from, 'YYYY-MM-DD') as "from", to_char(valid_to, 'YYYY-MM-DD') as "to"
       from payment_commitment where arrangement_id = $1 order by seq`,
      [id],
    );
    expect(commitments).toMatchObject([
      { status: 'closed', to: lastDay },
      { status: 'open', from: today },
    ]);
    // From the decision's day visits are the service's again (periods of seconds leave no day between here).
    ok(await visit(today, 'decided-day'));
    ok(await aino.post(`/arrangements/${id}/termination`, { reason: 'goals_met', explanation: 'Arki sujuu.' }));
  });

  it("tells the county's own-production unit at its address when an own-produced service stops", async () => {
    const { id } = await activeService(sys, STOPPING, null, undefined, family.id);
    const stopped = await whenStatus(id, (a) => a.status === 'reassessment_overdue');
    const told = await mailOf(id, 'supplier_stop');
    const unit = SUPPLIERS.find((s) => s.ownProduction)!;
    expect(told.rcptTo).toEqual([unit.orderEmail]);
    await until('the internal order closed', () => (taken(finance, id).length >= 2 ? true : undefined));
    expect(taken(finance, id)[1]).toMatchObject({
      topic: 'finance.payment_commitment_closed',
      closedOn: stopped.running.periodEnd,
      reason: 'no_decision',
    });
    // Decided late not to continue, it ends on the period's last day: the finance system hears the end too.
    const reason = 'Tavoitteet on saavutettu.';
    ok(
      await aino.post(`/arrangements/${id}/continuation`, { outcome: 'end', reassessedOn: await sys.today(), reason }),
    );
    await whenStatus(id, (a) => a.status === 'ended');
    await until('the end to the finance system', () => (taken(finance, id).length >= 3 ? true : undefined));
    expect(taken(finance, id)[2]).toMatchObject({ topic: 'finance.payment_commitment_closed', reason: 'ended' });
  });
});

describe('costs as the contract prices them', () => {
  /** The month's use and the year's purchases of the service, over the months and years of `days`. */
  async function charged(id: string, days: string[]) {
    const months = [...new Set(days.map((d) => d.slice(0, 7)))];
    let use = 0;
    for (const m of months) use += ok(await riikka.get(`/arrangements/${id}/use?month=${m}`)).amountCents as number;
    return use;
  }
  async function purchases(days: string[]) {
    const years = [...new Set(days.map((d) => Number(d.slice(0, 4))))];
    let spent = 0;
    for (const y of years) {
      const line = ok(await riikka.get(`/reports/purchases?year=${y}`)).services.find(
        (s: { serviceCode: string }) => s.serviceCode === PRICED,
      );
      spent += (line?.spentCents as number | undefined) ?? 0;
    }
    return spent;
  }

  it('charges a per-visit contract per visit and a per-day contract per day with a visit, in the use and the purchases', async () => {
    const today = await sys.today();
    const tomorrow = dayAfter(today);
    const days = [today, tomorrow];
    const before = await purchases(days);

    // Per visit, 40 €: two visits delivered the same day and a client's late cancellation, charged at half.
    const perVisit = (await activeService(sys, PRICED, demo.perhepolku, undefined, family.id)).id;
    const perhepolku = sys.as('perhepolku');
    const recordAt = (who: ApiUser, id: string) => async (body: Record<string, unknown>, key: string) =>
      ok(await who.send<any>('POST', `/arrangements/${id}/visits`, body, key));
    const byPerhepolku = recordAt(perhepolku, perVisit);
    await byPerhepolku({ startsAt: at(today, 9), hours: 2, status: 'delivered' }, 'v1');
    await byPerhepolku({ startsAt: at(today, 14), hours: 1, status: 'delivered' }, 'v2');
    const late = await byPerhepolku(
      { startsAt: at(tomorrow, 9), hours: 2, status: 'cancelled', cancelledBy: 'client', cancelledAt: at(tomorrow, 5) },
      'v3',
    );
    expect(late.chargedHours).toBe(1);
    await byPerhepolku(
      {
        startsAt: at(tomorrow, 12),
        hours: 2,
        status: 'cancelled',
        cancelledBy: 'supplier',
        cancelledAt: at(tomorrow, 11),
      },
      'v4',
    );
    // 2.5 visits at 40 €, where hours × price would have made 4 h × 40 € = 160 €.
    expect(await charged(perVisit, days)).toBe(10_000);

    // Per day, 90 €: two visits today and one tomorrow with a late cancellation beside it, two days.
    const perDay = (await activeService(sys, PRICED, demo.familjestod, undefined, family.id)).id;
    const byFamiljestod = recordAt(sys.as('familjestod'), perDay);
    await byFamiljestod({ startsAt: at(today, 9), hours: 2, status: 'delivered' }, 'd1');
    await byFamiljestod({ startsAt: at(today, 15), hours: 3, status: 'delivered' }, 'd2');
    await byFamiljestod({ startsAt: at(tomorrow, 10), hours: 1, status: 'delivered' }, 'd3');
    await byFamiljestod(
      {
        startsAt: at(tomorrow, 16),
        hours: 1,
        status: 'cancelled',
        cancelledBy: 'client',
        cancelledAt: at(tomorrow, 12),
      },
      'd4',
    );
    expect(await charged(perDay, days)).toBe(18_000);
    const use = ok(await riikka.get(`/arrangements/${perDay}/use?month=${today.slice(0, 7)}`));
    expect(use.commitment).toMatchObject({ unit: 'day', unitPriceCents: 9000 });

    // The year's purchases of the service: the same 100 € and 180 €.
    expect((await purchases(days)) - before).toBe(28_000);

    // Visits recorded before stopped days were refused are not charged either: a stop from tomorrow, as the
    // process records one (its event, the period's last day today), leaves Familjestöd's tomorrow unpaid.
    await sys.db.query(
      `insert into arrangement_event (arrangement_id, seq, type, actor_id, occurred_at, data)
       select $1::uuid, 1000, 'reassessment_overdue', actor_id, now(), $2::jsonb from arrangement_event
       where arrangement_id = $1 order by seq desc limit 1`,
      [perDay, JSON.stringify({ periodEnd: today, teamId: 'arr-fsw' })],
    );
    expect(await charged(perDay, days)).toBe(9_000);
    expect((await purchases(days)) - before).toBe(19_000);
  });
});

import { randomUUID } from 'node:crypto';
import { AttentionPage, DeliveriesPage, RunningListPage } from './pages/attention';
import type { ApiUser } from './support/api';
import { demo } from './support/api';
import { systemEnv } from './support/env';
import { eventually, ok } from './support/expect';
import { activeService, contract, publishTestService } from './support/fixtures';
import { type OwnProcess, ownWorker } from './support/own-services';
import { httpReceiver, type Receiver } from './support/receivers';
import { browserTests, ownWorkerOfOwn } from './support/web-tests';

/**
 * The team lead's "what needs attention now", the parked messages sent again from their screen, and the
 * own worker's running services. A service whose periods last seconds, and an own worker and family of
 * this file's own, so that the stopped service is this file's and no other file's counts move with it.
 */
const web = browserTests();
const sys = () => web.sys;

const SERVICE = 'attention_screens_test';
const CONTRACT = '00000000-0000-4000-8000-000005700001';
const worker = { id: randomUUID(), username: 'olli-attention', name: 'Olli Huomiotesti' };
const family = { id: randomUUID(), name: 'Hilla Huomiotesti' };
let workerApi: ApiUser;

beforeAll(async () => {
  workerApi = await ownWorkerOfOwn(sys(), worker);
  await sys().db.query(
    `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
     values ($1, $2, '2016-03-03', 'espoo', 'fi', 'SHL', $3)`,
    [family.id, family.name, worker.id],
  );
  // A 6 s period and no continuation: the service stops at its end and waits for the decision.
  await publishTestService(sys().as('riikka'), SERVICE, 'Huomionäkymän testipalvelu, jonka jaksot kestävät sekunteja', {
    periods: { first: 'PT6S', step: 'PT6S', max: 'PT12S', specialExtra: null },
    evaluationInterval: 'PT60S',
  });
  await contract(sys().db, { id: CONTRACT, supplierId: demo.perhepolku, serviceCode: SERVICE, priceCents: 5200 });
});

const started = (supplierId: string | null) =>
  activeService(sys(), SERVICE, supplierId, undefined, family.id, workerApi).then((a) => a.id as string);

const statusOf = async (id: string) => ok(await workerApi.get(`/arrangements/${id}`)).status;

/** The API's counts for the team lead, as the page's tiles are keyed. */
async function apiCounts(): Promise<Record<string, number>> {
  const attention = ok(await sys().as('riikka').get('/attention'));
  return {
    ...Object.fromEntries(
      (attention.sections as { category: string; count: number }[]).map((s) => [s.category, s.count]),
    ),
    parked_deliveries: attention.parkedDeliveries,
  };
}

describe('what needs attention now', () => {
  it('shows the team lead a service stopped for want of a continuation decision, counted as the API counts, and opens it', async () => {
    const id = await started(null);
    await eventually('the service to stop at its period end', async () =>
      (await statusOf(id)) === 'reassessment_overdue' ? true : undefined,
    );
    const page = (await web.signedIn('Riikka Salo')).as(AttentionPage);
    // The team lead starts here: the first page of their menu.
    await page.waitForCounts();
    expect(page.url()).toMatch(/\/attention$/);
    await page.row('continuation_overdue', id).waitFor();
    expect(await page.row('continuation_overdue', id).textContent()).toContain(family.name);
    // The municipality by its name, as the reader writes it.
    expect(await page.row('continuation_overdue', id).getByRole('cell', { name: 'Espoo', exact: true }).count()).toBe(
      1,
    );
    // The tiles say what the API says (read again until both are of the same moment: the clock moves others').
    await eventually('the tiles to match the API', async () => {
      const [shown, counted] = [await page.shownCounts(), await apiCounts()];
      if (JSON.stringify(shown) === JSON.stringify(counted)) return true;
      await page.reload();
      await page.waitForCounts();
      return undefined;
    });
    expect((await page.shownCounts()).continuation_overdue).toBeGreaterThanOrEqual(1);
    await page.followCount('continuation_overdue');
    expect(page.url()).toMatch(/#attention-continuation_overdue$/);
    await page.expectAccessible();
    await page.screenshots('attention');

    await page.openRow('continuation_overdue', id, family.name);
    await page.page.waitForURL(new RegExp(`/arrangements/${id}$`));
    await page.heading(new RegExp(family.name)).waitFor();
    await page.expectAccessible();
    await page.page.context().close();
  });

  it('lists the own worker’s running services, with what each waits for, and opens one', async () => {
    const id = await started(null);
    const page = (await web.signedIn(worker.name)).as(RunningListPage);
    await page.openFromMenu();
    const cells = await page.rowCells(id);
    expect(cells).toMatchObject({
      [page.t.runningList.client]: family.name,
      [page.t.runningList.service]: `Testipalvelu ${SERVICE}`,
    });
    expect([page.t.status.active, page.t.status.reassessment_overdue]).toContain(cells[page.t.runningList.status]);
    // Only the worker's own clients' services: every row is this file's family's.
    const listed: { id: string; client: { name: string } }[] = ok(await workerApi.get('/running-services'));
    expect(listed.map((r) => r.id)).toContain(id);
    expect(new Set(listed.map((r) => r.client.name))).toEqual(new Set([family.name]));
    await page.expectAccessible();
    await page.screenshots('running-list');
    await page.open(id, family.name);
    await page.page.waitForURL(new RegExp(`/arrangements/${id}$`));
    await page.page.context().close();
  });
});

describe('parked messages', () => {
  let finance: Receiver;
  let delivering: OwnProcess | undefined;
  let refusing = '';

  beforeAll(async () => {
    finance = await httpReceiver();
    finance.answer = (r) => (refusing && r.key.startsWith(refusing) ? 400 : 200);
  });
  afterAll(async () => {
    delivering?.stop();
    await finance.close();
  });

  it('are sent again from the team lead’s screen, reached from the attention page’s count, and delivered', async () => {
    const riikka = sys().as('riikka');
    // The shared worker delivers nothing: the commitment waits in the outbox until this file's worker starts,
    // the finance receiver by then refusing this service's messages.
    const id = await started(demo.perhepolku);
    refusing = id;
    delivering = ownWorker(systemEnv(), 'worker-attention-deliveries', {
      FINANCE_URL: finance.url,
      DELIVERY_INTERVAL_MS: '200',
      DELIVERY_TIMEOUT_MS: '5000',
      // Only the delivery loop: no workflows of the shared task queue, no draft sweep.
      TEMPORAL_TASK_QUEUE: 'attention-deliveries-test-only',
      DRAFT_SWEEP_INTERVAL_MS: '3600000',
    });
    type Listed = { id: string; key: string; allowedActions: string[] };
    const parked = await eventually('the refused commitment parked', async () => {
      const listed: Listed[] = ok(await riikka.get('/deliveries?status=parked&limit=500'));
      return listed.find((d) => d.key.startsWith(`${id}:`));
    });
    expect(parked.allowedActions).toEqual(['retry']);
    refusing = '';

    const page = (await web.signedIn('Riikka Salo')).as(AttentionPage);
    await page.waitForCounts();
    expect((await page.shownCounts()).parked_deliveries).toBeGreaterThanOrEqual(1);
    await page.followCount('parked_deliveries');
    const deliveries = page.as(DeliveriesPage);
    await deliveries.waitForHeading();
    expect(await deliveries.rowCells(parked.id)).toMatchObject({
      [deliveries.t.deliveries.what]: deliveries.t.deliveries.topics.finance.payment_commitment,
      [deliveries.t.deliveries.to]: deliveries.t.deliveries.destinations.finance,
    });
    expect((await deliveries.rowCells(parked.id))[deliveries.t.deliveries.why]).toContain('400');
    await deliveries.expectAccessible();
    await deliveries.screenshots('deliveries');

    await deliveries.retry(parked.id);
    await deliveries.waitForStatus(
      deliveries.text(deliveries.t.deliveries.retried, {
        what: deliveries.t.deliveries.topics.finance.payment_commitment,
      }),
    );
    await deliveries.row(parked.id).waitFor({ state: 'detached' });
    await eventually('the commitment delivered after the retry', async () => {
      const delivered: Listed[] = ok(await riikka.get('/deliveries?status=delivered&limit=500'));
      return delivered.some((d) => d.id === parked.id) ? true : undefined;
    });
    expect(finance.processed.map((r) => r.key)).toContain(parked.key);
    await deliveries.expectAccessible();
    await deliveries.page.context().close();
  });
});

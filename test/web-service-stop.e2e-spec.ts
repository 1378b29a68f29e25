import { randomUUID } from 'node:crypto';
import { finnishDate } from '../apps/web/src/common/format';
import { ArrangementPage } from './pages/arrangement';
import { demo } from './support/api';
import { eventually, ok } from './support/expect';
import { activeService, contract, publishTestService } from './support/fixtures';
import { browserTests } from './support/web-tests';

/**
 * The running-service page of a service stopped for want of a continuation decision, as its supplier sees
 * it in a real browser: the stop said in words, in the reader's language, with the last day paid.
 */
const web = browserTests();
const SERVICE = 'web_stop_quick_test';
const CONTRACT = '00000000-0000-4000-8000-000000006104';
const family = { id: randomUUID(), name: 'Saga Stopptest', born: '2017-07-07' };

beforeAll(async () => {
  const sys = web.sys;
  await sys.db.query(
    `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
     values ($1, $2, $3, 'raasepori', 'sv', 'SHL', (select id from app_user where username = 'aino'))`,
    [family.id, family.name, family.born],
  );
  await publishTestService(sys.as('riikka'), SERVICE, 'Testipalvelu, jonka ensimmäinen jakso kestää sekunteja', {
    periods: { first: 'PT6S', step: 'PT60S', max: 'PT300S', specialExtra: null },
    evaluationInterval: 'PT300S',
  });
  await contract(sys.db, { id: CONTRACT, supplierId: demo.tukiverkko, serviceCode: SERVICE, priceCents: 5600 });
});

it('tells the supplier on the service page that the service has stopped and visits after its last day are not paid', async () => {
  const sys = web.sys;
  const { id } = await activeService(sys, SERVICE, demo.tukiverkko, undefined, family.id);
  const stopped = await eventually('the period to end with no decision', async () => {
    const a = ok(await sys.as('aino').get(`/arrangements/${id}`));
    return a.status === 'reassessment_overdue' ? a : undefined;
  });
  for (const language of ['sv', 'fi'] as const) {
    const supplier = (await web.signedIn('Tukiverkko Oy, tilaukset', language)).as(ArrangementPage);
    await supplier.open(id);
    await supplier.waitForText(supplier.t.running.stoppedTitle);
    await supplier.waitForText(
      supplier.text(supplier.t.running.stopped, { day: finnishDate(stopped.running.periodEnd as string) }),
    );
    await supplier.expectAccessible();
  }
  ok(await sys.as('aino').post(`/arrangements/${id}/termination`, { reason: 'moved', explanation: 'Flyttade.' }));
});

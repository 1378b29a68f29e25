import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { euros } from '../apps/web/src/common/format';
import { addDays } from '../libs/domain/dates';
import { ArrangementPage } from './pages/arrangement';
import { type ApiUser, demo, proposal } from './support/api';
import { eventually, ok, refused } from './support/expect';
import { contract, publishTestService } from './support/fixtures';
import { browserTests } from './support/web-tests';

/**
 * A service arranged with a service voucher (palveluseteli): the county's value of the voucher, the
 * providers approved to accept it, the family's choice among them told like a supplier's order, the
 * voucher's commitment at the county's value, the decision letter stating it, and the visits followed
 * against it as a purchase's are against its commitment. A service of this file's own, so that its
 * vouchers, providers and purchases meet no other test's.
 */
const web = browserTests();
const sys = () => web.sys;
const SERVICE = `vouchers_${Date.now().toString(36)}`;
/** A contract of this file's own (ids 64xx): the purchase's suppliers are not the voucher's providers. */
const CONTRACT_ID = '00000000-0000-4000-8000-000000006401';
const VALUE_CENTS = 3250;
let today = '';
let aino: ApiUser, sanna: ApiUser, petra: ApiUser;

beforeAll(async () => {
  [aino, sanna, petra] = [sys().as('aino'), sys().as('sanna'), sys().as('petra')];
  today = await sys().today();
  await publishTestService(sys().as('riikka'), SERVICE, 'Palvelusetelin testipalvelu', {
    waysOfArranging: ['own_production', 'service_voucher', 'purchase'],
  });
  await contract(sys().db, { id: CONTRACT_ID, supplierId: demo.tukiverkko, serviceCode: SERVICE, priceCents: 5400 });
});

/** A proposal of aino's for Eetu in the team's hands, claimed by sanna. */
async function claimed(): Promise<string> {
  const { id } = ok(
    await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: SERVICE, desiredStartOn: today })),
  );
  ok(await aino.post(`/arrangements/${id}/submit`));
  ok(await sanna.post(`/arrangements/${id}/claim`));
  return id;
}

const voucherOf = async () => ok(await sanna.get(`/vouchers?serviceCode=${SERVICE}&on=${today}`));

function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'luvn-voucher-')), 'letter.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('a service voucher', () => {
  let id = '';

  it('is chosen only once the county has set its value, and only with a provider approved to accept it', async () => {
    id = await claimed();
    // The card allows the voucher; without the family's provider it names the field.
    const noProvider = refused(await sanna.post(`/arrangements/${id}/way`, { way: 'service_voucher' }), 400);
    expect(noProvider.problems).toEqual([expect.objectContaining({ field: 'supplierId', rule: 'supplier_required' })]);
    const noValue = refused(
      await sanna.post(`/arrangements/${id}/way`, { way: 'service_voucher', supplierId: demo.familjestod }),
      400,
    );
    expect(noValue.problems).toEqual([expect.objectContaining({ field: 'way', rule: 'voucher_value' })]);

    // Procurement sets the county's value (a later one from a later day) and approves two providers.
    refused(
      await sanna.post('/vouchers/values', {
        serviceCode: SERVICE,
        unit: 'hour',
        valueCents: VALUE_CENTS,
        validFrom: today,
        source: 'x',
      }),
      403,
    );
    const set = (valueCents: number, validFrom: string) =>
      petra.post('/vouchers/values', {
        serviceCode: SERVICE,
        unit: 'hour',
        valueCents,
        validFrom,
        source: 'Aluehallituksen päätös palvelusetelin arvosta',
      });
    expect(ok(await set(VALUE_CENTS, addDays(today, -30)))).toMatchObject({ valueCents: VALUE_CENTS, unit: 'hour' });
    ok(await set(9_900, addDays(today, 400)));
    refused(
      await petra.post('/vouchers/values', {
        serviceCode: 'no_such',
        unit: 'hour',
        valueCents: 1,
        validFrom: today,
        source: 'abc',
      }),
      400,
    );
    for (const supplierId of [demo.perhepolku, demo.familjestod]) {
      ok(
        await petra.post('/vouchers/providers', { supplierId, serviceCode: SERVICE, approvedOn: addDays(today, -10) }),
      );
    }
    // A provider approved from a later day is not offered yet.
    ok(
      await petra.post('/vouchers/providers', {
        supplierId: demo.tukiverkko,
        serviceCode: SERVICE,
        approvedOn: addDays(today, 5),
      }),
    );

    const voucher = await voucherOf();
    expect(voucher.value).toMatchObject({ unit: 'hour', valueCents: VALUE_CENTS });
    expect(voucher.providers.map((p: { supplierId: string }) => p.supplierId).sort()).toEqual(
      [demo.perhepolku, demo.familjestod].sort(),
    );
    // The purchase's suppliers are the contracts', not the voucher's.
    const offers = ok(await sanna.get(`/suppliers?serviceCode=${SERVICE}&on=${today}`));
    expect(offers.map((o: { supplierId: string }) => o.supplierId)).toEqual([demo.tukiverkko]);

    const notApproved = refused(
      await sanna.post(`/arrangements/${id}/way`, { way: 'service_voucher', supplierId: demo.tukiverkko }),
      400,
    );
    expect(notApproved.problems).toEqual([expect.objectContaining({ field: 'supplierId', rule: 'voucher_provider' })]);
  });

  it("tells the family's provider like a supplier, commits the voucher at the county's value and states it in the letter", async () => {
    const chosen = ok(
      await sanna.post(`/arrangements/${id}/way`, { way: 'service_voucher', supplierId: demo.familjestod }),
    );
    expect(chosen).toMatchObject({
      status: 'ordered',
      way: 'service_voucher',
      supplierId: demo.familjestod,
      contractId: null,
    });
    const order = await eventually('the order to the provider', async () => {
      const [row] = await sys().db.query(
        `select payload from outbox where topic = 'supplier.order' and payload->>'arrangementId' = $1`,
        [id],
      );
      return row?.payload;
    });
    expect(order).toMatchObject({
      supplierId: demo.familjestod,
      contractId: null,
      way: 'service_voucher',
      serviceCode: SERVICE,
    });
    // Another provider may not answer it; the chosen one accepts as a supplier does.
    refused(await sys().as('perhepolku').post(`/arrangements/${id}/order-response`, { accept: true }), 403);
    ok(await sys().as('familjestod').post(`/arrangements/${id}/order-response`, { accept: true }));

    ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'granted' }));
    ok(await sanna.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: '4100-FSW' }));
    const [commitment] = await sys().db.query(
      `select kind, supplier_id, contract_id, unit, unit_price_cents, units_per_month from payment_commitment
       where arrangement_id = $1`,
      [id],
    );
    expect(commitment).toEqual({
      kind: 'service_voucher',
      supplier_id: demo.familjestod,
      contract_id: null,
      unit: 'hour',
      unit_price_cents: VALUE_CENTS,
      units_per_month: 20,
    });
    const finance = await eventually('the commitment to finance', async () => {
      const [row] = await sys().db.query(
        `select payload from outbox where topic = 'finance.payment_commitment' and payload->>'arrangementId' = $1`,
        [id],
      );
      return row?.payload;
    });
    expect(finance).toMatchObject({ kind: 'service_voucher', supplierId: demo.familjestod, contractId: null });

    const [decision] = ok(await aino.get(`/arrangements/${id}/decisions`));
    const res = await aino.download(`/arrangements/${id}/decisions/${decision.seq}/letter`);
    expect(res.status).toBe(200);
    const read = pdfText(Buffer.from(await res.arrayBuffer()));
    expect(read).toContain('Päätös: Myönnetään');
    expect(read).toContain('Palveluntuottaja: Familjestöd Väst Ab');
    expect(read).toContain('Palveluseteli: 32,50 € / tunti');
  });

  it('follows the visits against the voucher as a purchase is against its commitment, and counts them in purchases', async () => {
    const year = Number(today.slice(0, 4));
    const purchases = async () =>
      ok(await sys().as('riikka').get(`/reports/purchases?year=${year}`)).services.find(
        (s: { serviceCode: string }) => s.serviceCode === SERVICE,
      ) ?? null;
    const before = await purchases();
    ok(await aino.post(`/arrangements/${id}/start`, { startedOn: today, goals: 'Arki sujuu.' }));
    const familjestod = sys().as('familjestod');
    const startsAt = new Date().toISOString();
    ok(
      await familjestod.send('POST', `/arrangements/${id}/visits`, { startsAt, hours: 3, status: 'delivered' }, 'v-1'),
    );
    // Another provider may not record them.
    refused(
      await sys()
        .as('perhepolku')
        .send('POST', `/arrangements/${id}/visits`, { startsAt, hours: 1, status: 'delivered' }),
      403,
    );
    const use = ok(await sanna.get(`/arrangements/${id}/use?month=${today.slice(0, 7)}`));
    expect(use).toMatchObject({
      deliveredVisits: 1,
      chargedHours: 3,
      remainingHours: 17,
      overCommitment: false,
      amountCents: 3 * VALUE_CENTS,
      commitment: { kind: 'service_voucher', unit: 'hour', unitPriceCents: VALUE_CENTS, unitsPerMonth: 20 },
    });
    const after = await purchases();
    expect((after?.spentCents ?? 0) - (before?.spentCents ?? 0)).toBe(3 * VALUE_CENTS);
    expect((after?.chargedHours ?? 0) - (before?.chargedHours ?? 0)).toBe(3);
  });
});

describe("the arranging team's screen", () => {
  it('offers the ways the card allows, and a voucher with the providers that accept it and its value, in Finnish, Swedish and English', async () => {
    const id = await claimed();
    const valueText = (page: ArrangementPage) =>
      page.text(page.t.voucher.value, { value: euros(VALUE_CENTS), unit: page.t.voucher.units.hour });
    for (const lang of ['en', 'sv'] as const) {
      const page = (await web.signedIn('Sanna Mäkinen', lang)).as(ArrangementPage);
      await page.open(id);
      await page.heading(page.t.team.arrange, 2).waitFor();
      await page.pick(page.t.facts.ways.service_voucher);
      await page.waitForText(page.t.voucher.provider);
      await page.waitForText(valueText(page));
      for (const name of ['Perhepolku Oy', 'Familjestöd Väst Ab']) {
        expect(await page.page.getByRole('radio', { name: new RegExp(name) }).count()).toBe(1);
      }
      expect(await page.page.getByRole('radio', { name: /Tukiverkko/ }).count()).toBe(0);
      await page.expectAccessible();
      await page.page.context().close();
    }

    const page = (await web.signedIn('Sanna Mäkinen', 'fi')).as(ArrangementPage);
    await page.open(id);
    await page.heading(page.t.team.arrange, 2).waitFor();
    for (const way of ['purchase', 'service_voucher', 'own_production'] as const) {
      expect(await page.page.getByRole('radio', { name: page.t.facts.ways[way], exact: true }).count()).toBe(1);
    }
    await page.pick(page.t.facts.ways.service_voucher);
    await page.waitForText(valueText(page));
    await page.expectAccessible();
    await page.screenshots('voucher-choice');
    await page.pick('Perhepolku Oy');
    expect(await page.page.getByRole('radio', { name: /Perhepolku Oy/ }).isChecked()).toBe(true);
    await page.button(page.t.voucher.order).click();
    await page.waitForText(page.t.team.waitingForSupplier);
    expect(ok(await sanna.get(`/arrangements/${id}`))).toMatchObject({
      status: 'ordered',
      way: 'service_voucher',
      supplierId: demo.perhepolku,
    });
  });
});

import { meanText, npsText, SURVEY_ITEMS } from '../apps/web/src/suppliers/figures';
import { addDays } from '../libs/domain/dates';
import { MyScorecardPage, SupplierPage, SuppliersPage } from './pages/suppliers';
import { demo } from './support/api';
import { ok, refused } from './support/expect';
import { activeService, contract, publishTestService } from './support/fixtures';
import { browserTests } from './support/web-tests';

/**
 * Procurement's supplier screens and the supplier's own scorecard, in a real browser: the register, a
 * supplier's page with its contracts, charts and what the families wrote, a new supplier and its record
 * changed; a chart's table view read against the API. Tukiverkko's answers for a service of this file's own:
 * six in this quarter (shown) and three in an earlier one (withheld).
 */
const web = browserTests();
const sys = () => web.sys;
const SERVICE = `web_suppliers_${Date.now().toString(36)}`;
const TUKIVERKKO = 'Tukiverkko Oy';
const CONTRACT = '00000000-0000-4000-8000-000005400011';
const WORDS = 'Työntekijä kuunteli koko perhettä.';
/** A supplier of this file's own, whose counts no other test changes. */
const LISTED = {
  name: 'Lasten Tuki Testi Oy',
  businessId: '2345679-9',
  contract: '00000000-0000-4000-8000-000005400012',
};
let listedId = '';
let arrangementId = '';

beforeAll(async () => {
  const riikka = sys().as('riikka');
  await publishTestService(riikka, SERVICE, 'Testipalvelu palveluntuottajanäkymien testeille');
  await contract(sys().db, { id: CONTRACT, supplierId: demo.tukiverkko, serviceCode: SERVICE, priceCents: 5600 });
  arrangementId = (await activeService(sys(), SERVICE, demo.tukiverkko)).id;
  listedId = ok(
    await sys().as('petra').post('/suppliers', {
      name: LISTED.name,
      businessId: LISTED.businessId,
      orderEmail: 'tilaukset@lastentuki.example',
    }),
  ).id;
  await contract(sys().db, { id: LISTED.contract, supplierId: listedId, serviceCode: SERVICE, priceCents: 5400 });
  const today = await sys().today();
  // Good answers only (no item at 1, NPS above 0): no supervision case opens for them.
  const now = [9, 10, 8, 7, 9, 6].map((recommend, i) => ({
    answeredOn: today,
    recommend,
    heard: 4,
    rightThings: 3 + (i % 2),
    parentCoping: 2 + (i % 3),
    influence: i < 4 ? 3 : null,
    helpedMost: i === 0 ? WORDS : null,
  }));
  const earlier = [10, 9, 9].map((recommend) => ({ answeredOn: addDays(today, -120), recommend, heard: 3 }));
  const report = ok(
    await riikka.post(
      '/feedback/imports',
      [...now, ...earlier].map((a, i) => ({
        responseId: `${SERVICE}-${i}`,
        arrangementId,
        respondent: 'family',
        ...a,
      })),
    ),
  );
  expect(report.accepted).toHaveLength(9);
  expect(report.accepted.flatMap((a: { badReasons: string[] }) => a.badReasons)).toEqual([]);
});

const scorecard = async () =>
  ok(await sys().as('petra').get(`/suppliers/${demo.tukiverkko}/scorecard?serviceCode=${SERVICE}`));

describe("procurement's supplier screens", () => {
  it("list the suppliers with their counts and open one: its record, contracts, charts, cases, running services and the families' words", async () => {
    const list = (await web.signedIn('Petra Holm')).as(SuppliersPage);
    await list.openFromMenu();
    const t = list.t.suppliers;
    // Other files' services and cases change the demo suppliers' counts as this runs: this file's own supplier's stay.
    expect(await list.rowCells(listedId)).toEqual({
      [t.supplier]: LISTED.name,
      [t.businessId]: LISTED.businessId,
      [t.contractsInForce]: '1',
      [t.openCases]: '0',
      [t.runningServices]: '0',
    });
    expect(await list.rowCells(demo.tukiverkko)).toMatchObject({
      [t.supplier]: TUKIVERKKO,
      [t.businessId]: '3456788-1',
    });
    await list.expectAccessible();
    await list.screenshots('suppliers');

    const page = await list.openSupplier(TUKIVERKKO);
    expect(await page.recordFacts()).toMatchObject({
      [t.name]: TUKIVERKKO,
      [t.businessId]: '3456788-1',
      [t.orderEmail]: 'tilaukset@tukiverkko.example',
      [t.webhookSecret]: t.secretNotSet,
    });
    await page.contractRow(CONTRACT).getByRole('link').waitFor();
    expect(await page.contractRow(CONTRACT).getByRole('link').getAttribute('href')).toBe(`/contracts/${CONTRACT}`);
    const card = await scorecard();
    expect(await page.runningRow(SERVICE).locator('td').last().textContent()).toBe(String(card.running[0].count));
    expect(Object.keys(await page.casesFacts())).toEqual(
      (['open', 'closedWithoutAction', 'resolved', 'sanctions', 'contractsTerminated'] as const).map(
        (k) => t.outcomes[k],
      ),
    );
    await page.words().getByText(WORDS).waitFor();
    await page.figure(page.service(SERVICE), page.text(t.npsChart, { service: `Testipalvelu ${SERVICE}` })).waitFor();
    await page.expectAccessible();
    await page.screenshots('suppliers-supplier');

    await page.chooseLanguage('sv');
    await page.heading(page.text(page.t.suppliers.pageTitle, { name: TUKIVERKKO })).waitFor();
    await page
      .service(SERVICE)
      .locator('.figure-latest')
      .getByText(page.text(page.t.suppliers.withheld_other, { count: 5 }), { exact: false })
      .first()
      .waitFor();
    await page.expectAccessible();
    await page.screenshots('suppliers-supplier-sv');
  });

  it("a chart's table view shows the same numbers as the API, a quarter of fewer than 5 answers withheld", async () => {
    const page = (await web.signedIn('Petra Holm')).as(SupplierPage);
    await page.open(demo.tukiverkko);
    const t = page.t.suppliers;
    const card = await scorecard();
    const quarters = card.services.filter((s: { period: string }) => s.period !== 'all');
    expect(quarters.map((q: { withheld: boolean }) => q.withheld).sort()).toEqual([false, true]);
    const withheld = page.text(t.withheld_other, { count: card.minimumAnswersShown });
    const shown = (v: number | null, format: (n: number) => string) => (v === null ? withheld : format(v));

    const service = page.service(SERVICE);
    const name = `Testipalvelu ${SERVICE}`;
    const nps = await page.tableView(page.figure(service, page.text(t.npsChart, { service: name })));
    const means = await page.tableView(page.figure(service, page.text(t.meansChart, { service: name })));
    expect(Object.keys(nps).sort()).toEqual(quarters.map((q: { period: string }) => q.period).sort());
    for (const q of quarters as { period: string; nps: number | null; means: Record<string, number | null> }[]) {
      expect(nps[q.period]).toEqual({ nps: shown(q.nps, npsText) });
      expect(means[q.period]).toEqual(
        Object.fromEntries(SURVEY_ITEMS.map((k) => [k, shown(q.means[k] ?? null, meanText)])),
      );
    }
    // The quarter of six answers shows its figures; of the earlier one's three, none.
    const current = quarters.find((q: { withheld: boolean }) => !q.withheld);
    expect(nps[current.period]?.nps).not.toBe(withheld);
    expect(means[current.period]?.parentCoping).not.toBe(withheld);
    // Four of its six answered the last item: its mean is withheld though the quarter's figures are shown.
    expect(means[current.period]?.influence).toBe(withheld);
    const earlier = quarters.find((q: { withheld: boolean }) => q.withheld);
    expect(Object.values(means[earlier.period]!)).toEqual(SURVEY_ITEMS.map(() => withheld));
    await page.expectAccessible();
  });

  it('create a supplier, refused a business id another has, then change its order e-mail and webhook', async () => {
    const list = (await web.signedIn('Petra Holm')).as(SuppliersPage);
    await list.openFromMenu();
    const form = await list.openNew();
    await form.fill({ name: 'Kasvun Polku Oy', businessId: '1234567-1', orderEmail: 'tilaukset@kasvunpolku.example' });
    await form.submit();
    await form.waitForText(form.t.rules.business_id_taken);
    await form.businessId('7654321-2');
    await form.expectAccessible();
    await form.screenshots('suppliers-new');
    const id = await form.save();

    const page = form.as(SupplierPage);
    const t = page.t.suppliers;
    expect(await page.recordFacts()).toMatchObject({
      [t.name]: 'Kasvun Polku Oy',
      [t.businessId]: '7654321-2',
      [t.orderEmail]: 'tilaukset@kasvunpolku.example',
      [t.webhookUrl]: '–',
      [t.webhookSecret]: t.secretNotSet,
    });
    const secret = 'kasvun-polun-allekirjoitus-2027';
    await page.edit(
      {
        orderEmail: 'uudet.tilaukset@kasvunpolku.example',
        webhookUrl: 'https://kasvunpolku.example/luvn',
        webhookSecret: secret,
      },
      'Kasvun Polku Oy',
    );
    expect(await page.recordFacts()).toMatchObject({
      [t.orderEmail]: 'uudet.tilaukset@kasvunpolku.example',
      [t.webhookUrl]: 'https://kasvunpolku.example/luvn',
      [t.webhookSecret]: t.secretSet,
      [t.lastChange]: expect.stringContaining('Petra Holm'),
    });
    expect(await page.page.content()).not.toContain(secret);
    expect(ok(await sys().as('petra').get(`/suppliers/${id}`))).toMatchObject({
      orderEmail: 'uudet.tilaukset@kasvunpolku.example',
      webhookUrl: 'https://kasvunpolku.example/luvn',
      webhookSecretSet: true,
    });
    // A new supplier has no cases yet: each outcome counts none.
    expect(Object.values(await page.casesFacts())).toEqual(['0', '0', '0', '0', '0']);
    await page.expectAccessible();
  });
});

describe("the supplier's own scorecard", () => {
  it('shows its figures, cases and running services but not the families’ words; another supplier’s it may not read', async () => {
    const page = (await web.signedIn('Tukiverkko Oy, tilaukset')).as(MyScorecardPage);
    await page.openFromMenu();
    const t = page.t.suppliers;
    await page.figure(page.service(SERVICE), page.text(t.npsChart, { service: `Testipalvelu ${SERVICE}` })).waitFor();
    await page.runningRow(SERVICE).waitFor();
    expect(await page.words().count()).toBe(0);
    expect(await page.page.content()).not.toContain(WORDS);
    await page.expectAccessible();
    await page.screenshots('my-scorecard');
    refused(await sys().as('tukiverkko').get(`/suppliers/${demo.perhepolku}/scorecard`), 403);
  });
});

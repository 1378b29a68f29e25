import { euros, monthText } from '../apps/web/src/common/format';
import { figureText } from '../apps/web/src/suppliers/figures';
import { addDays } from '../libs/domain/dates';
import { FiguresPage, SettingsPage } from './pages/figures';
import { demo } from './support/api';
import { ok } from './support/expect';
import { activeService, contract, publishTestService } from './support/fixtures';
import { browserTests } from './support/web-tests';

/**
 * The team lead's figures and the county's settings in a real browser. A service of this file's own,
 * bought from Perhepolku at 50 €/h for two clients: Eetu in Espoo (assessed 2 days before the start, 2 hours
 * delivered) and Ella in Kirkkonummi (20 days, 3 hours); a purchases baseline for the service from next year,
 * set over the API, and one for this year set on the settings screen.
 */
const web = browserTests();
const sys = () => web.sys;
const SERVICE = `web_figures_${Date.now().toString(36)}`;
const SERVICE_NAME = `Testipalvelu ${SERVICE}`;
const CONTRACT = '00000000-0000-4000-8000-000005800011';
let today = '';
let year = 0;

beforeAll(async () => {
  const riikka = sys().as('riikka');
  await publishTestService(riikka, SERVICE, 'Testipalvelu lukujen näkymien testeille');
  await contract(sys().db, { id: CONTRACT, supplierId: demo.perhepolku, serviceCode: SERVICE, priceCents: 5000 });
  today = await sys().today();
  year = Number(today.slice(0, 4));
  const startsAt = new Date().toISOString();
  for (const [client, daysAgo, hours] of [
    [demo.eetu.id, 2, 2],
    [demo.ella.id, 20, 3],
  ] as const) {
    const a = await activeService(sys(), SERVICE, demo.perhepolku, addDays(today, -daysAgo), client);
    ok(
      await sys()
        .as('perhepolku')
        .send('POST', `/arrangements/${a.id}/visits`, { startsAt, hours, status: 'delivered' }, `${SERVICE}-${client}`),
    );
  }
  ok(
    await riikka.post('/county-settings', {
      key: 'purchase_baseline_cents',
      scope: SERVICE,
      value: 5_000_000,
      validFrom: `${year + 1}-01-01`,
      source: 'Talousarvio seuraavalle vuodelle',
    }),
  );
});

const figuresOf = async (municipality?: string) =>
  ok(
    await sys()
      .as('riikka')
      .get(
        `/reports/figures?from=${year}-01-01&to=${year}-12-31&serviceCode=${SERVICE}` +
          (municipality ? `&municipalityCode=${municipality}` : ''),
      ),
  );
const purchasesOf = async (municipality?: string) =>
  ok(
    await sys()
      .as('riikka')
      .get(`/reports/purchases?year=${year}${municipality ? `&municipalityCode=${municipality}` : ''}`),
  );

/** The month's median days and purchases as the API has them, then as the page's table view and CSV file show them. */
async function expectSameNumbers(page: FiguresPage, municipality?: string) {
  const month = today.slice(0, 7);
  const access = (await figuresOf(municipality)).accessTimeByMonth.find(
    (m: { month: string; serviceCode: string }) => m.month === month && m.serviceCode === SERVICE,
  );
  const spent = (await purchasesOf(municipality)).months.find(
    (m: { month: string; serviceCode: string }) => m.month === month && m.serviceCode === SERVICE,
  ).spentCents;
  expect((await page.table('accessDays'))[month]).toEqual({ medianDays: figureText(access.medianDays, 1) });
  expect((await page.table('purchases'))[month]).toMatchObject({ spent: euros(spent) });
  const accessCsv = await page.csv('accessDays');
  expect(accessCsv[0]).toEqual([page.t.figures.month, page.t.figures.series.medianDays]);
  expect(accessCsv.find((r) => r[0] === monthText(month))).toEqual([monthText(month), String(access.medianDays)]);
  const purchasesCsv = await page.csv('purchases');
  expect(Number(purchasesCsv.find((r) => r[0] === monthText(month))![1]) * 100).toBe(spent);
  return { medianDays: access.medianDays, spent };
}

describe("the team lead's figures", () => {
  it('show each chart as a table and a CSV file with the numbers of the API, for the county and for a municipality', async () => {
    const page = (await web.signedIn('Riikka Salo')).as(FiguresPage);
    await page.open();
    await page.choose({ year, service: SERVICE_NAME });
    // Medians of 2 and 20 days; 2 + 3 hours at 50 €.
    expect(await expectSameNumbers(page)).toEqual({ medianDays: 11, spent: 25_000 });
    await page.expectAccessible();
    await page.screenshots('figures-county');

    await page.choose({ municipality: 'Espoo' });
    expect(await expectSameNumbers(page, 'espoo')).toEqual({ medianDays: 2, spent: 10_000 });
    await page.expectAccessible();

    // Each own worker's clients in Espoo beside their profession's norm, as the API counts them.
    const caseloads: { userId: string; clients: number; norm: number | null }[] = ok(
      await sys().as('riikka').get('/reports/caseloads?municipalityCode=espoo'),
    );
    expect(caseloads.length).toBeGreaterThan(0);
    const shown = await page.table('caseloads');
    expect(Object.keys(shown).sort()).toEqual(caseloads.map((c) => c.userId).sort());
    for (const c of caseloads) {
      expect(shown[c.userId]).toEqual({
        clients: figureText(c.clients, 0),
        norm: c.norm === null ? page.t.figures.noValue : figureText(c.norm, 0),
      });
    }

    // Side by side: one bar per municipality, Ella's Kirkkonummi beside Eetu's Espoo, the others without starts.
    await page.compare(page.t.figures.compared.medianDays);
    const compared = await page.table('compare');
    expect(compared.espoo).toEqual({ value: '2' });
    expect(compared.kirkkonummi).toEqual({ value: '20' });
    expect(compared.hanko).toEqual({ value: page.t.figures.noValue });
    expect(Object.keys(compared)).toHaveLength(10);
    await page.expectAccessible();
    await page.screenshots('figures-compare');
  });

  it('say that a target is not set instead of drawing one', async () => {
    const page = (await web.signedIn('Riikka Salo')).as(FiguresPage);
    await page.open();
    await page.choose({ year, service: SERVICE_NAME });
    // No baseline for the service this year, and no NPS target in the county at all.
    expect(await page.saysNotSet('purchases')).toBe(true);
    expect(await page.references('purchases')).toEqual({});
    expect(await page.saysNotSet('nps')).toBe(true);
    await page.page.getByText(page.t.figures.notSet).first().waitFor();
    await page.expectAccessible();
    await page.screenshots('figures-not-set');
  });
});

describe("the county's settings", () => {
  it('set on the screen change the purchases figure of that year only, as the figures page draws it', async () => {
    const settings = (await web.signedIn('Riikka Salo')).as(SettingsPage);
    await settings.open();
    await settings.expectAccessible();
    // The demo's examples are another county's and say so.
    expect(
      (await settings.row('in-force', 'purchase_baseline_cents', 'home_help'))[settings.t.settings.source],
    ).toContain(settings.t.settings.example);
    await settings.setBaseline({
      service: SERVICE_NAME,
      euros: '60000',
      validFrom: `1.1.${year}`,
      source: 'Tilinpäätös, ostot palveluittain',
    });
    await settings.waitForStatus(
      settings.text(settings.t.settings.saved, {
        key: settings.t.settings.keys.purchase_baseline_cents,
        from: `1.1.${year}`,
      }),
    );
    // The form starts afresh for the next value.
    expect(await settings.valueField().inputValue()).toBe('');
    expect(await settings.row('history', 'purchase_baseline_cents', SERVICE)).toMatchObject({
      [settings.t.settings.value]: euros(5_000_000),
      [settings.t.settings.setBy]: expect.stringContaining('Riikka Salo'),
    });
    expect(await settings.row('in-force', 'purchase_baseline_cents', SERVICE)).toMatchObject({
      [settings.t.settings.value]: euros(6_000_000),
      [settings.t.settings.validFrom]: `1.1.${year}`,
    });
    await settings.screenshots('settings');

    const page = settings.as(FiguresPage);
    await page.open();
    const baseline = page.t.figures.references.baseline;
    await page.choose({ year, service: SERVICE_NAME });
    expect((await page.references('purchases'))[baseline]).toBe(euros(6_000_000));
    expect(await page.saysNotSet('purchases')).toBe(false);
    await page.expectAccessible();
    await page.screenshots('figures-baseline');
    await page.choose({ year: year + 1 });
    expect((await page.references('purchases'))[baseline]).toBe(euros(5_000_000));
    await page.choose({ year: year - 1 });
    expect(await page.saysNotSet('purchases')).toBe(true);
    // The API agrees: this year's baseline is the one set on the screen.
    expect(
      (await purchasesOf()).services.find((s: { serviceCode: string }) => s.serviceCode === SERVICE),
    ).toMatchObject({ baselineCents: 6_000_000, baselineIsExample: false });
  });

  it('are read by procurement without the form', async () => {
    const settings = (await web.signedIn('Petra Holm')).as(SettingsPage);
    await settings.open();
    await settings.waitForText(settings.t.settings.readOnly);
    expect(await settings.form().count()).toBe(0);
    await settings.expectAccessible();
    await settings.screenshots('settings-procurement');
  });
});

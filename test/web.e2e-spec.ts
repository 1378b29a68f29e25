import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { mintTokens } from '../apps/api/src/auth/tokens';
import { loadConfig } from '../libs/config/config';
import { ApiUser, connect, demo, proposal, type System } from './support/api';
import { activeService, publishTestService } from './support/fixtures';
import { accessibilityProblems, launchChromium, screenshots } from './support/browser';
import { systemEnv } from './support/env';
import { eventually, ok } from './support/expect';
import { ownApi } from './support/own-services';
import { kill, launch, portOpen, waitFor } from './support/processes';

/**
 * The web app in a real Chromium against the real API, worker, Temporal and PostgreSQL: people sign in,
 * read and act by clicking and typing, in Finnish or Swedish; every page of the path is checked with axe.
 */
let sys: System;
let browser: Browser;
let errors: string[] = [];

/**
 * An own worker of this file's own, with clients of her own, so that the demo workers' caseloads and
 * clients stay as the other files count them.
 */
const veera = { id: randomUUID(), username: 'veera', name: 'Veera Verkkotesti' };
let veeraApi: ApiUser;
const family = { id: randomUUID(), name: 'Selma Selaintesti' };
const queued = { id: randomUUID(), name: 'Kalle Jonotesti' };
/** A client only the keyboard test proposes for, so that its row's name is its own in the queue. */
const keyed = { id: randomUUID(), name: 'Kaisa Näppäintesti' };
/** Eight years old: professional support is for 10–17, for 7–9 only with a special consideration. */
const eight = { id: randomUUID(), name: 'Oiva Polkutesti' };
/** A client whose home help runs: visits, a change, an early end. */
const running = { id: randomUUID(), name: 'Rasmus Käyntitesti' };
/** A client whose service's periods last seconds, so that its continuation decision falls due at once. */
const continuing = { id: randomUUID(), name: 'Jatko Jaksotesti' };
/** Periods of 6 s and at most 6 s: a second period needs the special consideration the card asks. */
const QUICK = 'web_quick_test';

beforeAll(async () => {
  sys = await connect();
  browser = await launchChromium();
  await sys.db.query(
    `insert into app_user (id, username, full_name, role, profession, team_id)
     values ($1, $2, $3, 'own_worker', 'social_worker', 'fsw-espoo')`,
    [veera.id, veera.username, veera.name],
  );
  await publishTestService(sys.as('riikka'), QUICK, 'Selaintestin palvelu, jonka jaksot kestävät sekunteja', {
    periods: { first: 'PT6S', step: 'PT6S', max: 'PT6S', specialExtra: 'PT12S' },
    evaluationInterval: 'PT60S',
  });
  const config = loadConfig({ ...process.env, DATABASE_URL: systemEnv().databaseUrl });
  veeraApi = new ApiUser(systemEnv().apiUrl, (await mintTokens(sys.db, config, [veera.username])).get(veera.username)!);
  const today = await sys.today();
  const eightYearsAgo = `${Number(today.slice(0, 4)) - 8}-01-01`;
  for (const [c, born] of [
    [family, '2016-02-02'],
    [queued, '2016-02-02'],
    [keyed, '2016-02-02'],
    [running, '2016-02-02'],
    [continuing, '2016-02-02'],
    [
      eight,
      today.slice(5) >= '01-01' && today.slice(5) < '02-01' ? `${Number(today.slice(0, 4)) - 9}-12-01` : eightYearsAgo,
    ],
  ] as const) {
    await sys.db.query(
      `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
       values ($1, $2, $3, 'espoo', 'fi', 'SHL', $4)`,
      [c.id, c.name, born, veera.id],
    );
  }
});
beforeEach(() => {
  errors = [];
});
afterEach(() => expect(errors).toEqual([]));
afterAll(async () => {
  await browser.close();
  await sys.close();
});

/** A fresh browser context (its own storage), signed in as `name` through the sign-in page. */
async function signedIn(name: string, language?: 'sv' | 'en'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // A script error on a page fails the test that caused it, not a wait thirty seconds later.
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(systemEnv().apiUrl + '/');
  if (language) {
    await page.getByRole('button', { name: /^Suomeksi/ }).click();
    await page.getByRole('menuitem', { name: language === 'sv' ? 'På svenska' : 'In English' }).click();
  }
  await page.getByRole('button', { name: new RegExp(`: ${name}$`) }).click();
  await page
    .getByRole('heading', { level: 1 })
    .filter({ hasNotText: /Kirjaudu|Logga in|Sign in/ })
    .waitFor();
  return page;
}

const expectAccessible = async (page: Page) => expect(await accessibilityProblems(page)).toEqual([]);

/**
 * Presses Tab until the focused element's name (its aria-label or text) is `name`, as a keyboard user
 * moves through a page; fails when it is not reached within `max` presses. Returns whether the focus
 * is visible on it (an outline or a focus ring drawn with a shadow).
 */
async function tabTo(page: Page, name: string, max = 80): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(`(() => {
      const e = document.activeElement;
      if (!e) return null;
      const style = getComputedStyle(e);
      return {
        name: (e.getAttribute('aria-label') || e.textContent || '').trim(),
        visible: (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none',
      };
    })()`);
    const f = focused as { name: string; visible: boolean } | null;
    if (f?.name === name) return f.visible;
  }
  throw new Error(`${name} was not reached with ${max} presses of Tab`);
}

describe('the web app', () => {
  it('signs an own worker in, lists her clients and what waits for her, and keeps her language on reload', async () => {
    ok(await veeraApi.post('/arrangements', proposal(family.id)));
    const page = await signedIn(veera.name);
    await page.getByRole('heading', { level: 1, name: 'Asiakkaani' }).waitFor();
    const selma = page.getByRole('region', { name: family.name });
    await selma.getByText('Odottaa sinua: Lähetä esitys').first().waitFor();
    expect(await page.getByRole('region', { name: demo.onni.fullName }).count()).toBe(0);
    await expectAccessible(page);
    await screenshots(page, 'my-clients');

    await page.getByRole('button', { name: /^Suomeksi/ }).click();
    await page.getByRole('menuitem', { name: 'På svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mina klienter' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mina klienter' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await selma.getByText('Väntar på dig: Skicka förslaget').first().waitFor();
    await expectAccessible(page);
  });

  it("lets a team member claim a proposal in the team's queue; a colleague sees who has it and cannot claim it", async () => {
    const worker = veeraApi;
    // Assessed long ago, so that it is due before the other files' proposals and on the queue's first page.
    const { id } = ok(await worker.post('/arrangements', proposal(queued.id, { needsAssessedOn: '2026-09-01' })));
    ok(await worker.post(`/arrangements/${id}/submit`));

    const sanna = await signedIn('Sanna Mäkinen', 'sv');
    await sanna.getByRole('heading', { level: 1, name: 'Teamets kö' }).waitFor();
    const row = sanna.locator(`tr[data-arrangement="${id}"]`);
    await row.getByRole('button', { name: `Ta till behandling: ${queued.name}` }).click();
    await row.getByRole('cell', { name: 'Du' }).waitFor();
    expect(ok(await worker.get(`/arrangements/${id}`)).assigneeId).toBe(demo.userId('sanna'));
    await expectAccessible(sanna);
    await screenshots(sanna, 'queue');

    const jonas = await signedIn('Jonas Ekström');
    const seen = jonas.locator(`tr[data-arrangement="${id}"]`);
    await seen.getByRole('cell', { name: 'Sanna Mäkinen' }).waitFor();
    expect(await seen.getByRole('button').count()).toBe(0);
  });

  it('shows a supplier only its own orders, to decline with a reason or accept', async () => {
    const [worker, sanna] = [veeraApi, sys.as('sanna')];
    const { id } = ok(await worker.post('/arrangements', proposal(family.id)));
    ok(await worker.post(`/arrangements/${id}/submit`));
    ok(await sanna.post(`/arrangements/${id}/claim`));
    ok(await sanna.post(`/arrangements/${id}/way`, { way: 'purchase', supplierId: demo.perhepolku }));

    const other = await signedIn('Familjestöd Väst Ab, beställningar', 'sv');
    await other.getByRole('heading', { level: 1, name: 'Beställningar' }).waitFor();
    expect(await other.locator(`[data-arrangement="${id}"]`).count()).toBe(0);

    const perhepolku = await signedIn('Perhepolku Oy, tilaukset');
    const order = perhepolku.locator(`section[data-arrangement="${id}"]`);
    await order.waitFor();
    // An order shows the service and the hours, never who the family is.
    expect(await order.textContent()).not.toContain(family.name);
    await expectAccessible(perhepolku);
    await screenshots(perhepolku, 'orders');
    await order.getByRole('button', { name: 'Hylkää tilaus' }).click();
    await order.getByRole('textbox', { name: 'Hylkäämisen syy' }).fill('Ei vapaita työntekijöitä joulukuussa.');
    await order.getByRole('button', { name: 'Vahvista hylkäys' }).click();
    await perhepolku.getByRole('status').getByText('Tilaus hylätty.').waitFor();
    expect(ok(await sanna.get(`/arrangements/${id}`)).status).toBe('in_handling');

    ok(await sanna.post(`/arrangements/${id}/way`, { way: 'purchase', supplierId: demo.familjestod }));
    await other.reload();
    const offered = other.locator(`section[data-arrangement="${id}"]`);
    await offered.getByRole('button', { name: 'Godkänn beställningen' }).click();
    await other.getByRole('status').getByText('Beställningen godkänd.').waitFor();
    expect(ok(await sanna.get(`/arrangements/${id}`)).status).toBe('arranged');
    await expectAccessible(other);
  });

  it('takes a proposal from the own worker through the team and two suppliers to a running, evaluated service', async () => {
    const today = await sys.today();
    const finnish = (iso: string) => iso.split('-').reverse().map(Number).join('.');

    // The own worker drafts, is asked for the special consideration, reloads in the middle, and submits.
    const worker = await signedIn(veera.name);
    await worker.getByRole('link', { name: `Uusi palveluesitys: ${eight.name}` }).click();
    await worker.getByRole('button', { name: /Palvelu$/ }).click();
    await worker.getByRole('option', { name: 'Ammatillinen tukihenkilö' }).click();
    await worker.getByRole('heading', { name: 'Periaatekortti: Ammatillinen tukihenkilö' }).waitFor();
    await worker.getByRole('textbox', { name: 'Palvelutarve arvioitu' }).fill(finnish(today));
    await worker.getByRole('textbox', { name: 'Toivottu alkamispäivä' }).fill(finnish(today));
    await worker
      .getByRole('textbox', { name: 'Perustelut' })
      .fill('Oiva tarvitsee turvallisen aikuisen koulun jälkeen.');
    await worker.reload();
    // Nothing typed is lost: the form comes back as it was, the service's card with it.
    await worker.getByRole('heading', { name: 'Periaatekortti: Ammatillinen tukihenkilö' }).waitFor();
    expect(await worker.getByRole('textbox', { name: 'Perustelut' }).inputValue()).toBe(
      'Oiva tarvitsee turvallisen aikuisen koulun jälkeen.',
    );
    await worker.getByRole('textbox', { name: 'Tavoitteet' }).fill('Koulupäivät sujuvat; harrastus löytyy.');
    const special = worker.getByRole('textbox', { name: 'Erityinen harkinta' });
    await special.fill('Oiva on 8-vuotias; isoveli sai samasta tuesta apua, ja perhe toivoo tätä.');
    await expectAccessible(worker);
    await screenshots(worker, 'new-proposal');
    await worker.getByRole('button', { name: 'Tallenna ja lähetä järjestämistiimille' }).click();
    await worker.getByText('Lähetetty', { exact: true }).waitFor();
    const id = worker.url().split('/').pop()!;

    // The team member, in Swedish, claims it and orders from the first supplier.
    const sanna = await signedIn('Sanna Mäkinen', 'sv');
    await sanna.locator(`tr[data-arrangement="${id}"]`).getByRole('link', { name: eight.name }).click();
    await sanna.getByRole('heading', { level: 1, name: `Professionell stödperson – ${eight.name}` }).waitFor();
    await sanna.getByRole('button', { name: 'Ta till behandling' }).click();
    // The design system draws its own radio buttons: one clicks their labels, as a user does.
    await sanna.getByText('Tukiverkko Oy', { exact: true }).click();
    expect(await sanna.getByRole('radio', { name: /Tukiverkko Oy/ }).isChecked()).toBe(true);
    await expectAccessible(sanna);
    await sanna.getByRole('button', { name: 'Skicka beställningen' }).click();
    await sanna.getByText('Beställningen väntar på serviceproducentens svar.').waitFor();

    const tukiverkko = await signedIn('Tukiverkko Oy, tilaukset');
    const order = tukiverkko.locator(`section[data-arrangement="${id}"]`);
    await order.getByRole('button', { name: 'Hylkää tilaus' }).click();
    await order.getByRole('textbox', { name: 'Hylkäämisen syy' }).fill('Ei tukihenkilöä tälle alueelle.');
    await order.getByRole('button', { name: 'Vahvista hylkäys' }).click();
    await tukiverkko.getByRole('status').getByText('Tilaus hylätty.').waitFor();

    await sanna.reload();
    await sanna.getByText('Familjestöd Väst Ab', { exact: true }).click();
    await sanna.getByRole('button', { name: 'Skicka beställningen' }).click();
    // The supplier's list is read when it opens: the order must be placed first.
    await sanna.getByText('Beställningen väntar på serviceproducentens svar.').waitFor();
    const familjestod = await signedIn('Familjestöd Väst Ab, beställningar', 'sv');
    await familjestod
      .locator(`section[data-arrangement="${id}"]`)
      .getByRole('button', { name: 'Godkänn beställningen' })
      .click();
    await familjestod.getByRole('status').getByText('Beställningen godkänd.').waitFor();

    // The team decides and commits payment.
    await sanna.reload();
    await sanna.getByRole('button', { name: 'Fatta beslut' }).click();
    await sanna.getByRole('button', { name: /Kostnadsställe$/ }).click();
    await sanna.getByRole('option', { name: /^4100-FSW/ }).click();
    await expectAccessible(sanna);
    await screenshots(sanna, 'arrangement-team');
    await sanna.getByRole('button', { name: 'Ge betalningsförbindelse' }).click();
    await sanna.getByText('Betalningsförbindelse given', { exact: true }).first().waitFor();

    // The own worker records the start and an evaluation.
    await worker.goto(`${systemEnv().apiUrl}/arrangements/${id}`);
    await worker.getByRole('button', { name: 'Kirjaa palvelu alkaneeksi' }).click();
    await worker.getByRole('heading', { name: 'Arviointipalaveri' }).waitFor();
    await worker.getByText('Lapsi', { exact: true }).click();
    expect(await worker.getByRole('checkbox', { name: 'Lapsi' }).isChecked()).toBe(true);
    await worker.getByRole('textbox', { name: 'Mitä sovittiin' }).fill('Tapaamiset jatkuvat viikoittain.');
    await expectAccessible(worker);
    await worker.getByRole('button', { name: 'Tallenna arviointi' }).click();
    await worker.getByText('Arviointi kirjattu').waitFor();
    await screenshots(worker, 'arrangement-own-worker');
    expect(ok(await veeraApi.get(`/arrangements/${id}`))).toMatchObject({
      status: 'active',
      supplierId: demo.familjestod,
      running: { evaluationsHeld: 1 },
    });
  });

  it('follows a running service: the supplier records visits and sees the month against the commitment; the own worker asks a change, the team grants it, the own worker ends the service', async () => {
    const { id } = await activeService(sys, 'home_help', demo.perhepolku, undefined, running.id, veeraApi);
    const today = await sys.today();

    // The supplier opens the service from its list and records a visit, then a late cancellation by the family.
    const supplier = await signedIn('Perhepolku Oy, tilaukset');
    await supplier.getByRole('link', { name: new RegExp(running.name) }).click();
    await supplier.getByRole('heading', { name: 'Kirjaa käynti' }).waitFor();
    await supplier.getByRole('textbox', { name: 'Alkamisaika' }).fill('09.00');
    await supplier.getByRole('textbox', { name: 'Tunnit' }).fill('2');
    await supplier.getByRole('button', { name: 'Tallenna käynti' }).click();
    await supplier.getByRole('status').getByText('Käynti tallennettu.').waitFor();
    await supplier.getByRole('cell', { name: 'Toteutui' }).waitFor();
    await supplier.getByText('Peruttiin', { exact: true }).click();
    await supplier.getByText('asiakas', { exact: true }).click();
    await supplier.getByRole('textbox', { name: 'Alkamisaika' }).fill('14.00');
    await supplier.getByRole('textbox', { name: 'Tunnit' }).fill('1,5');
    await supplier.getByRole('textbox', { name: 'Perumisen kellonaika' }).fill('08.00');
    await supplier.getByRole('button', { name: 'Tallenna käynti' }).click();
    // Six hours' notice where the contract asks 24: the family's cancellation is charged in full.
    await supplier.getByRole('cell', { name: /^Perui: asiakas/ }).waitFor();
    await supplier.getByText('Käytetty 3,5 / 20 tuntia; jäljellä 16,5.').waitFor();
    await expectAccessible(supplier);
    await screenshots(supplier, 'running-supplier');
    const visits = ok(await veeraApi.get(`/arrangements/${id}/visits`));
    expect(visits.map((v: { status: string; chargedHours: number }) => [v.status, v.chargedHours])).toEqual([
      ['delivered', 2],
      ['cancelled', 1.5],
    ]);
    expect(ok(await veeraApi.get(`/arrangements/${id}/use?month=${today.slice(0, 7)}`))).toMatchObject({
      deliveredVisits: 1,
      lateClientCancellations: 1,
      chargedHours: 3.5,
      amountCents: 17_150,
    });

    // The own worker asks for more hours.
    const worker = await signedIn(veera.name);
    await worker.goto(`${systemEnv().apiUrl}/arrangements/${id}`);
    await worker.getByRole('heading', { name: 'Pyydä muutosta' }).waitFor();
    await worker.getByRole('textbox', { name: 'Tunteja kuukaudessa' }).fill('30');
    await worker
      .getByRole('textbox', { name: 'Miksi muutos tarvitaan' })
      .fill('Äidin leikkaus: apua tarvitaan enemmän.');
    await expectAccessible(worker);
    await screenshots(worker, 'running-own-worker');
    await worker.getByRole('button', { name: 'Lähetä muutospyyntö tiimille' }).click();
    await worker.getByText('Muutosta pyydetty tiimiltä').waitFor();

    // A member of the team, in Swedish, grants it and gives the payment commitment for it.
    const team = await signedIn('Sanna Mäkinen', 'sv');
    await team.goto(`${systemEnv().apiUrl}/arrangements/${id}`);
    await team.getByRole('heading', { name: 'Beslut om ändringen' }).waitFor();
    await team.getByText('Äidin leikkaus: apua tarvitaan enemmän.').waitFor();
    await expectAccessible(team);
    await team.getByRole('button', { name: 'Fatta beslut' }).click();
    await team.getByRole('heading', { name: 'Betalningsförbindelse för ändringen' }).waitFor();
    await team.getByRole('button', { name: /Kostnadsställe$/ }).click();
    await team.getByRole('option', { name: /^4100-FSW/ }).click();
    await team.getByRole('button', { name: 'Ge betalningsförbindelse' }).click();
    await team.getByText('Betalningsförbindelse för ändringen given').waitFor();
    expect(ok(await veeraApi.get(`/arrangements/${id}`))).toMatchObject({ hoursPerMonth: 30 });

    // The goals are met early: the own worker ends the service, with the reason.
    await worker.reload();
    await worker.getByRole('heading', { name: 'Päätä palvelu' }).waitFor();
    await worker.getByRole('button', { name: /Päättymisen syy$/ }).click();
    await worker.getByRole('option', { name: 'Tavoitteet saavutettu' }).click();
    await worker.getByRole('textbox', { name: 'Selvitys' }).fill('Arki sujuu omin voimin.');
    await worker.getByRole('button', { name: 'Päätä palvelu' }).click();
    await worker.getByText('Päättynyt', { exact: true }).first().waitFor();
    expect(ok(await veeraApi.get(`/arrangements/${id}`))).toMatchObject({
      status: 'ended',
      ended: { endedOn: today, reason: 'goals_met' },
    });
  });

  it('asks the own worker for the continuation decision when it falls due, and for the special consideration past the maximum', async () => {
    const { id } = await activeService(sys, QUICK, null, undefined, continuing.id, veeraApi);
    await eventually('the continuation decision to fall due', async () => {
      const a = ok(await veeraApi.get(`/arrangements/${id}`));
      return a.running?.continuationDue || a.status === 'reassessment_overdue' ? a : undefined;
    });
    const worker = await signedIn(veera.name);
    await worker.goto(`${systemEnv().apiUrl}/arrangements/${id}`);
    await worker.getByRole('heading', { name: 'Jatkopäätös', exact: true }).waitFor();
    // One more period would pass the card's maximum: the form asks for the special consideration first.
    const special = worker.getByRole('textbox', { name: 'Erityinen harkinta' });
    await special.waitFor();
    expect(await worker.getByRole('button', { name: 'Tee jatkopäätös' }).isDisabled()).toBe(true);
    await special.fill('Koulun nivelvaihe on kesken; perhe tarvitsee tukea vielä yhden jakson.');
    await expectAccessible(worker);
    await worker.getByRole('button', { name: 'Tee jatkopäätös' }).click();
    const continued = await eventually('the continuation to be recorded', async () => {
      const a = ok(await veeraApi.get(`/arrangements/${id}`));
      return a.running?.continuationOutcome === 'continue' || a.running?.period > 1 ? a : undefined;
    });
    expect(continued.status).not.toBe('ended');
    const events = ok(await veeraApi.get(`/arrangements/${id}/timeline`));
    expect(events.map((e: { type: string }) => e.type)).toContain('continued');
  });

  it('lets the own worker complete a returned proposal and send it again, losing nothing on a reload', async () => {
    const [ownApi, sannaApi] = [veeraApi, sys.as('sanna')];
    const { id } = ok(await ownApi.post('/arrangements', proposal(queued.id)));
    ok(await ownApi.post(`/arrangements/${id}/submit`));
    ok(await sannaApi.post(`/arrangements/${id}/claim`));
    ok(await sannaApi.post(`/arrangements/${id}/return`, { reason: 'Tavoitteista puuttuu koulunkäynti.' }));

    const worker = await signedIn(veera.name);
    await worker.goto(`${systemEnv().apiUrl}/arrangements/${id}`);
    await worker.getByText('Tavoitteista puuttuu koulunkäynti.').waitFor();
    await worker.getByRole('link', { name: 'Muokkaa esitystä' }).click();
    const goals = worker.getByRole('textbox', { name: 'Tavoitteet' });
    // The form opens with the proposal as it was sent.
    expect(await goals.inputValue()).toBe(proposal(queued.id).goals);
    await goals.fill('Arjen rutiinit säilyvät; koulunkäynti jatkuu ilman poissaoloja.');
    await worker.reload();
    expect(await goals.inputValue()).toBe('Arjen rutiinit säilyvät; koulunkäynti jatkuu ilman poissaoloja.');
    await expectAccessible(worker);
    await worker.getByRole('button', { name: 'Tallenna ja lähetä järjestämistiimille' }).click();
    await worker.getByText('Lähetetty', { exact: true }).waitFor();
    const sent = ok(await sannaApi.get(`/arrangements/${id}`));
    expect(sent).toMatchObject({ status: 'submitted' });
    expect(sent.proposal.goals).toBe('Arjen rutiinit säilyvät; koulunkäynti jatkuu ilman poissaoloja.');
  });

  it('shows a denied decision with the appeal instructions the client gets, in the reader’s language', async () => {
    const [ownApi, sannaApi] = [veeraApi, sys.as('sanna')];
    const { id } = ok(await ownApi.post('/arrangements', proposal(family.id)));
    ok(await ownApi.post(`/arrangements/${id}/submit`));
    ok(await sannaApi.post(`/arrangements/${id}/claim`));
    ok(await sannaApi.post(`/arrangements/${id}/way`, { way: 'own_production' }));

    const sanna = await signedIn('Sanna Mäkinen');
    await sanna.goto(`${systemEnv().apiUrl}/arrangements/${id}`);
    await sanna.getByText('Kielteinen', { exact: true }).click();
    await sanna
      .getByRole('textbox', { name: 'Kielteisen päätöksen perustelut' })
      .fill('Tarve täyttyy kevyemmällä tuella.');
    await sanna.getByRole('button', { name: 'Tee päätös' }).click();
    await sanna.getByRole('heading', { name: 'Oikaisuvaatimusohje' }).waitFor();

    const worker = await signedIn(veera.name, 'sv');
    await worker.goto(`${systemEnv().apiUrl}/arrangements/${id}`);
    await worker.getByRole('heading', { name: 'Anvisning om begäran om omprövning' }).waitFor();
    await worker.getByText(/begära omprövning hos Västra Nylands välfärdsområdes sektion/).waitFor();
    await expectAccessible(worker);
    await screenshots(worker, 'denied-decision');
    // The letter as the client got it opens in a new tab, fetched with the worker's token.
    const [letter] = await Promise.all([
      worker.context().waitForEvent('page'),
      worker.getByRole('button', { name: 'Öppna beslutsbrevet (PDF)' }).click(),
    ]);
    await letter.waitForURL(/^blob:/);
  });

  it('records an unmet need when no one can provide the service, and reopens it when the service is found', async () => {
    const [ownApi, sannaApi] = [veeraApi, sys.as('sanna')];
    const { id } = ok(await ownApi.post('/arrangements', proposal(family.id)));
    ok(await ownApi.post(`/arrangements/${id}/submit`));
    ok(await sannaApi.post(`/arrangements/${id}/claim`));

    const sanna = await signedIn('Sanna Mäkinen');
    await sanna.goto(`${systemEnv().apiUrl}/arrangements/${id}`);
    await sanna
      .getByRole('textbox', { name: 'Miksi palvelua ei voida järjestää' })
      .fill('Yksikään sopimustuottaja ei ota uusia asiakkaita Lohjalla ennen helmikuuta.');
    await expectAccessible(sanna);
    await sanna.getByRole('button', { name: 'Kirjaa täyttymätön tarve' }).click();
    await sanna.getByRole('button', { name: 'Avaa uudelleen käsittelyyn' }).waitFor();
    expect(ok(await ownApi.get(`/arrangements/${id}`))).toMatchObject({ status: 'unmet_need' });
    await sanna.getByText('Yksikään sopimustuottaja ei ota uusia asiakkaita Lohjalla ennen helmikuuta.').waitFor();

    await sanna.getByRole('button', { name: 'Avaa uudelleen käsittelyyn' }).click();
    await sanna.getByRole('heading', { name: 'Järjestäminen' }).waitFor();
    expect(ok(await ownApi.get(`/arrangements/${id}`))).toMatchObject({ status: 'in_handling' });
  });

  it('can be used with the keyboard alone: sign in, reach a proposal in the queue and claim it, the focus visible', async () => {
    const { id } = ok(await veeraApi.post('/arrangements', proposal(keyed.id, { needsAssessedOn: '2026-09-01' })));
    ok(await veeraApi.post(`/arrangements/${id}/submit`));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(systemEnv().apiUrl + '/');
    await page.getByRole('button', { name: 'Kirjaudu: Sanna Mäkinen' }).waitFor();
    expect(await tabTo(page, 'Siirry sisältöön')).toBe(true);
    expect(await tabTo(page, 'Kirjaudu: Sanna Mäkinen')).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Tiimin jono' }).waitFor();
    const claim = `Ota käsittelyyn: ${keyed.name}`;
    expect(await tabTo(page, claim, 200)).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator(`tr[data-arrangement="${id}"]`).getByRole('cell', { name: 'Sinä' }).waitFor();
    expect(ok(await sys.as('sanna').get(`/arrangements/${id}`)).assigneeId).toBe(demo.userId('sanna'));
    await context.close();
  });

  it("signs in with the county's OpenID Connect provider (authorization code and PKCE), and offers no development list", async () => {
    const [providerPort, apiPort] = [3181, 3182];
    const issuer = `http://127.0.0.1:${providerPort}`;
    const provider = launch(
      'oidc-provider',
      process.execPath,
      ['test/support/oidc-provider.mjs', String(providerPort), `http://127.0.0.1:${apiPort}/signed-in`],
      {},
    );
    await waitFor('the OpenID provider', () => portOpen(providerPort), 20_000);
    const api = await ownApi(systemEnv(), apiPort, {
      AUTH_JWKS_URL: `${issuer}/jwks`,
      AUTH_ISSUER: issuer,
      AUTH_AUDIENCE: 'luvn-web',
      OIDC_CLIENT_ID: 'luvn-web',
    });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${api.url}/`);
      await page.getByRole('button', { name: 'Kirjaudu hyvinvointialueen tunnistuspalvelulla' }).click();
      // The provider's own pages: who signs in (the subject is the user's id in the register), then consent.
      await page.locator('input[name="login"]').fill(demo.userId('sanna'));
      await page.locator('input[name="password"]').fill('salasana');
      await page.locator('button[type="submit"]').click();
      await page.locator('button[type="submit"]').click();
      await page.getByRole('heading', { level: 1, name: 'Tiimin jono' }).waitFor();
      expect(page.url()).toBe(`${api.url}/queue`);
      await page.getByText('Kirjautuneena: Sanna Mäkinen').waitFor();
      expect((await fetch(`${api.url}/sign-in/users`)).status).toBe(404);
      expect(await page.getByRole('button', { name: /^Kirjaudu: / }).count()).toBe(0);
      await context.close();
    } finally {
      api.stop();
      kill(provider.pid!);
    }
  });

  it('asks the own worker for feedback when a service ends, and takes it on the form', async () => {
    const [ownApi, sannaApi] = [veeraApi, sys.as('sanna')];
    const today = await sys.today();
    const { id } = ok(await ownApi.post('/arrangements', proposal(family.id, { desiredStartOn: today })));
    ok(await ownApi.post(`/arrangements/${id}/submit`));
    ok(await sannaApi.post(`/arrangements/${id}/claim`));
    ok(await sannaApi.post(`/arrangements/${id}/way`, { way: 'own_production' }));
    ok(await sannaApi.post(`/arrangements/${id}/decision`, { outcome: 'granted' }));
    ok(await sannaApi.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: '4100-FSW' }));
    ok(await ownApi.post(`/arrangements/${id}/start`, { startedOn: today, goals: 'Arki sujuu.' }));
    ok(await ownApi.post(`/arrangements/${id}/termination`, { reason: 'goals_met', explanation: 'Valmis.' }));

    const worker = await signedIn(veera.name);
    await worker.getByRole('region', { name: family.name }).getByText('Odottaa sinua: Anna palaute').first().waitFor();
    await worker.goto(`${systemEnv().apiUrl}/arrangements/${id}`);
    await worker.getByRole('heading', { name: 'Palaute palvelusta' }).waitFor();
    await worker
      .getByRole('group', { name: /kuulluksi/ })
      .getByText('4', { exact: true })
      .click();
    await worker
      .getByRole('group', { name: /Suosittelisitko/ })
      .getByText('9', { exact: true })
      .click();
    await worker.getByRole('textbox', { name: 'Mikä auttoi eniten?' }).fill('Säännölliset kotikäynnit.');
    await expectAccessible(worker);
    await worker.getByRole('button', { name: 'Lähetä palaute' }).click();
    await worker.getByRole('status').getByText('Palaute annettu.').waitFor();
    await screenshots(worker, 'feedback');
    const [saved] = await sys.db.query(
      `select respondent, heard, recommend, serious_concern as "seriousConcern" from feedback where arrangement_id = $1`,
      [id],
    );
    expect(saved).toEqual({ respondent: 'own_worker', heard: 4, recommend: 9, seriousConcern: false });
  });
});

import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { connect, demo, proposal, type System } from './support/api';
import { accessibilityProblems, launchChromium, screenshots } from './support/browser';
import { systemEnv } from './support/env';
import { ok } from './support/expect';

/**
 * The web app in a real Chromium against the real API, worker, Temporal and PostgreSQL: people sign in,
 * read and act by clicking and typing, in Finnish or Swedish; every page of the path is checked with axe.
 */
let sys: System;
let browser: Browser;
let errors: string[] = [];

/** Clients of aino's of this file's own, so that other files' counts of the demo clients stay theirs. */
const family = { id: randomUUID(), name: 'Selma Selaintesti' };
const queued = { id: randomUUID(), name: 'Kalle Jonotesti' };

beforeAll(async () => {
  sys = await connect();
  browser = await launchChromium();
  for (const c of [family, queued]) {
    await sys.db.query(
      `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
       values ($1, $2, '2016-02-02', 'espoo', 'fi', 'SHL', $3)`,
      [c.id, c.name, demo.userId('aino')],
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

describe('the web app', () => {
  it('signs an own worker in, lists her clients and what waits for her, and keeps her language on reload', async () => {
    ok(await sys.as('aino').post('/arrangements', proposal(family.id)));
    const page = await signedIn('Aino Virtanen');
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
    const aino = sys.as('aino');
    const { id } = ok(await aino.post('/arrangements', proposal(queued.id)));
    ok(await aino.post(`/arrangements/${id}/submit`));

    const sanna = await signedIn('Sanna Mäkinen', 'sv');
    await sanna.getByRole('heading', { level: 1, name: 'Teamets kö' }).waitFor();
    const row = sanna.locator(`tr[data-arrangement="${id}"]`);
    await row.getByRole('button', { name: `Ta till behandling: ${queued.name}` }).click();
    await row.getByRole('cell', { name: 'Du' }).waitFor();
    expect(ok(await aino.get(`/arrangements/${id}`)).assigneeId).toBe(demo.userId('sanna'));
    await expectAccessible(sanna);
    await screenshots(sanna, 'queue');

    const jonas = await signedIn('Jonas Ekström');
    const seen = jonas.locator(`tr[data-arrangement="${id}"]`);
    await seen.getByRole('cell', { name: 'Sanna Mäkinen' }).waitFor();
    expect(await seen.getByRole('button').count()).toBe(0);
  });

  it('shows a supplier only its own orders, to decline with a reason or accept', async () => {
    const [aino, sanna] = [sys.as('aino'), sys.as('sanna')];
    const { id } = ok(await aino.post('/arrangements', proposal(family.id)));
    ok(await aino.post(`/arrangements/${id}/submit`));
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
});

import { randomUUID } from 'node:crypto';
import { addDays } from '../libs/domain/dates';
import { type ApiUser, demo, proposal } from './support/api';
import { activeService, ownProduction, publishTestService } from './support/fixtures';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../apps/web/src/common/locales/en';
import { fi } from '../apps/web/src/common/locales/fi';
import { sv } from '../apps/web/src/common/locales/sv';
import { ArrangementPage } from './pages/arrangement';
import { MyClientsPage } from './pages/my-clients';
import { OrdersPage } from './pages/orders';
import { ProposalPage } from './pages/proposal';
import { QueuePage } from './pages/queue';
import { SignInPage } from './pages/sign-in';
import { systemEnv } from './support/env';
import { eventually, ok } from './support/expect';
import { ownApi } from './support/own-services';
import { withProvider } from './support/oidc';
import { browserTests, ownWorkerOfOwn } from './support/web-tests';

/**
 * The web app in a real Chromium against the real API, worker, Temporal and PostgreSQL: people sign in,
 * read and act by clicking and typing, in Finnish or Swedish; every page of the path is checked with axe.
 */
const web = browserTests();

/**
 * An own worker of this file's own, with clients of her own, so that the demo workers' caseloads and
 * clients stay as the other files count them.
 */
const veera = { id: randomUUID(), username: 'veera', name: 'Veera Verkkotesti' };
let veeraApi: ApiUser;
/** A family with its address and contact person, which a supplier providing its service is shown. */
const family = {
  id: randomUUID(),
  name: 'Selma Selaintesti',
  address: 'Selaintie 4 B 12, 02400 Kirkkonummi',
  contactName: 'Sari Selaintesti',
  contactPhone: '040 555 0142',
};
const queued = { id: randomUUID(), name: 'Kalle Jonotesti' };
/** A client only the keyboard test proposes for, so that its row's name is its own in the queue. */
const keyed = { id: randomUUID(), name: 'Kaisa Näppäintesti' };
/** Eight years old: professional support is for 10–17, for 7–9 only with a special consideration. */
const eight = { id: randomUUID(), name: 'Oiva Polkutesti' };
/** A pregnant person in child welfare, before the birth: 24-hour family rehabilitation may be proposed. */
const expecting = { id: randomUUID(), name: 'Vilma Odotustesti' };
/** A client whose home help runs: visits, a change, an early end. */
const running = { id: randomUUID(), name: 'Rasmus Käyntitesti' };
/** A client whose service's periods last seconds, so that its continuation decision falls due at once. */
const continuing = { id: randomUUID(), name: 'Jatko Jaksotesti' };
/** Periods of 6 s and at most 6 s: a second period needs the special consideration the card asks. */
const QUICK = 'web_quick_test';

beforeAll(async () => {
  veeraApi = await ownWorkerOfOwn(web.sys, veera);
  await publishTestService(web.sys.as('riikka'), QUICK, 'Selaintestin palvelu, jonka jaksot kestävät sekunteja', {
    periods: { first: 'PT6S', step: 'PT6S', max: 'PT6S', specialExtra: 'PT12S' },
    evaluationInterval: 'PT60S',
  });
  const today = await web.sys.today();
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
    await web.sys.db.query(
      `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id,
                           address, contact_name, contact_phone)
       values ($1, $2, $3, 'espoo', 'fi', 'SHL', $4, $5, $6, $7)`,
      [
        c.id,
        c.name,
        born,
        veera.id,
        ...('address' in c ? [c.address, c.contactName, c.contactPhone] : [null, null, null]),
      ],
    );
  }
});

beforeAll(async () => {
  await web.sys.db.query(
    `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
     values ($1, $2, '1998-05-05', 'espoo', 'sv', 'LsL', $3)`,
    [expecting.id, expecting.name, veera.id],
  );
});

const signedIn = web.signedIn;
const finnish = (iso: string) => iso.split('-').reverse().map(Number).join('.');

describe('the web app', () => {
  it('signs an own worker in, lists her clients and what waits for her, and keeps her language on reload', async () => {
    ok(await veeraApi.post('/arrangements', proposal(family.id)));
    const page = (await signedIn(veera.name)).as(MyClientsPage);
    await page.heading('Asiakkaani').waitFor();
    await page.waitForWaiting(family.name, 'submit_proposal');
    await page.client(family.name).getByText('Odottaa sinua: Lähetä esitys').first().waitFor();
    expect(await page.client(demo.onni.fullName).count()).toBe(0);
    await page.expectAccessible();
    await page.screenshots('my-clients');

    await page.chooseLanguage('sv');
    await page.heading('Mina klienter').waitFor();
    // A reload asks who is signed in once: the page's early script asks as the page is parsed, the app takes
    // those answers rather than asking again, and closes the rest (an idle warning's peek aside). The script
    // also preloads the start page's code, which the app then takes rather than asking for it again.
    const requests = await page.reloadAsked(() => page.heading('Mina klienter').waitFor());
    const asked = requests
      .filter((r) => (r.path === '/session' || r.path === '/me') && !r.headers['X-Session-Peek'])
      .map((r) => `${r.path} by ${r.by}`);
    const pageCode = requests.map((r) => r.path).filter((path) => path.startsWith('/assets/my-clients-'));
    expect(asked.sort()).toEqual(['/me by /early-session.js', '/session by /early-session.js']);
    // The page's data too, once each, by the early script the moment the session says whose.
    const data = requests.filter((r) => ['/clients', '/arrangements', '/catalogue/services'].includes(r.path));
    expect(data.map((r) => `${r.path} by ${r.by}`).sort()).toEqual([
      '/arrangements by /early-session.js',
      '/catalogue/services by /early-session.js',
      '/clients by /early-session.js',
    ]);
    expect(await page.page.evaluate('window.luvnEarlyAnswers')).toBeNull();
    const preloaded = page.page.locator('link[rel="modulepreload"][data-start-page="/my-clients"]');
    expect(await preloaded.evaluateAll((links) => links.map((l) => l.getAttribute('href')))).toContain(pageCode[0]);
    expect(pageCode).toHaveLength(1);
    expect(await page.page.locator('html').getAttribute('lang')).toBe('sv');
    await page.client(family.name).getByText('Väntar på dig: Skicka förslaget').first().waitFor();
    await page.expectAccessible();
  });

  it('says so when a page’s code does not load, instead of a blank screen, and opens it on a reload', async () => {
    const page = (await signedIn(veera.name)).as(MyClientsPage);
    await page.heading('Asiakkaani').waitFor();
    // The page's code cannot be fetched: a dropped connection, or an old page after a new version's files.
    const pageCode = /\/assets\/my-clients-[\w-]{8}\.js$/;
    await page.page.route(pageCode, (route) => route.abort());
    await page.reload();
    await page.heading(fi.app.pageFailed).waitFor();
    expect(await page.title()).toBe(`${fi.app.pageFailed} – ${fi.app.title}`);
    await page.expectAccessible();
    await page.page.unroute(pageCode);
    await page.page.getByRole('button', { name: fi.app.reloadPage }).click();
    await page.heading('Asiakkaani').waitFor();
  });

  it('names every page in the tab in the reader’s language, and renames it when the language changes (WCAG 2.4.2)', async () => {
    const { id } = ok(await veeraApi.post('/arrangements', proposal(family.id)));
    const page = (await signedIn(veera.name)).as(MyClientsPage);
    await page.waitForHeading();
    expect(await page.title()).toBe('Asiakkaani – Palvelujen järjestäminen');
    await page.chooseLanguage('sv');
    await page.waitForHeading();
    expect(await page.title()).toBe(`Mina klienter – ${sv.app.title}`);
    await page.chooseLanguage('en');
    await page.waitForHeading();
    expect(await page.title()).toBe(`${en.myClients.title} – ${en.app.title}`);

    const arrangement = page.as(ArrangementPage);
    await arrangement.open(id);
    await arrangement.heading(new RegExp(family.name)).waitFor();
    expect(await arrangement.title()).toBe(`Home help for families with children – service – ${en.app.title}`);
    await arrangement.chooseLanguage('fi');
    await arrangement.page.waitForFunction("document.title.startsWith('Lapsiperheiden kotipalvelu')");
    expect(await arrangement.title()).toBe(`Lapsiperheiden kotipalvelu – palvelu – ${fi.app.title}`);

    const signIn = await SignInPage.open(web.browser, web.errors);
    await signIn.heading(fi.signIn.title).waitFor();
    expect(await signIn.title()).toBe(`${fi.signIn.title} – ${fi.app.title}`);
    await signIn.screenshots('sign-in');
  });

  it("lets a team member claim a proposal in the team's queue; a colleague sees who has it and cannot claim it", async () => {
    const worker = veeraApi;
    // Assessed long ago, so that it is due before the other files' proposals and on the queue's first page.
    const { id } = ok(await worker.post('/arrangements', proposal(queued.id, { needsAssessedOn: '2026-09-01' })));
    ok(await worker.post(`/arrangements/${id}/submit`));

    const sanna = (await signedIn('Sanna Mäkinen', 'sv')).as(QueuePage);
    await sanna.heading('Teamets kö').waitFor();
    await sanna
      .row(id)
      .getByRole('button', { name: `Ta till behandling: ${queued.name}` })
      .waitFor();
    // A double click: whatever reaches the API carries one Idempotency-Key, and the proposal is claimed once.
    const sent: string[] = [];
    sanna.page.on('request', (r) => {
      if (r.url().endsWith(`/arrangements/${id}/claim`)) sent.push(r.headers()['idempotency-key'] ?? 'none');
    });
    await sanna
      .row(id)
      .getByRole('button', { name: sanna.claimName(queued.name) })
      .dblclick();
    await sanna.waitForAssignee(id, 'you');
    await sanna.row(id).getByRole('cell', { name: 'Du' }).waitFor();
    expect(ok(await worker.get(`/arrangements/${id}`)).assigneeId).toBe(demo.userId('sanna'));
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent).size).toBe(1);
    expect(sent[0]).toMatch(/^[0-9a-f-]{36}:[0-9a-f]{8}$/);
    const timeline: { type: string }[] = ok(await worker.get(`/arrangements/${id}/timeline`));
    expect(timeline.filter((e) => e.type === 'claimed')).toHaveLength(1);
    await sanna.expectAccessible();
    await sanna.screenshots('queue');
    // A reload asks for the queue's first page and the catalogue once each, by the page's early script the
    // moment the session says whose queue it is: the app takes those answers rather than asking again.
    const requests = await sanna.reloadAsked(() => sanna.waitForAssignee(id, 'you'));
    const data = requests.filter((r) => r.path.startsWith('/teams/') || r.path.startsWith('/catalogue/'));
    expect(data.map((r) => `${r.path} by ${r.by}`).sort()).toEqual([
      '/catalogue/services by /early-session.js',
      '/teams/arr-fsw/queue?limit=50 by /early-session.js',
    ]);
    expect(await sanna.page.evaluate('window.luvnEarlyAnswers')).toBeNull();

    const jonas = (await signedIn('Jonas Ekström')).as(QueuePage);
    await jonas.waitForAssignee(id, 'Sanna Mäkinen');
    expect(await jonas.row(id).getByRole('button').count()).toBe(0);
  });

  it('shows a supplier only its own orders, to decline with a reason or accept; once accepted, where the family lives and whom to call', async () => {
    const [worker, sanna] = [veeraApi, web.sys.as('sanna')];
    const { id } = ok(await worker.post('/arrangements', proposal(family.id)));
    ok(await worker.post(`/arrangements/${id}/submit`));
    ok(await sanna.post(`/arrangements/${id}/claim`));
    ok(await sanna.post(`/arrangements/${id}/way`, { way: 'purchase', supplierId: demo.perhepolku }));

    const other = (await signedIn('Familjestöd Väst Ab, beställningar', 'sv')).as(OrdersPage);
    await other.heading('Beställningar').waitFor();
    expect(await other.page.locator(`[data-arrangement="${id}"]`).count()).toBe(0);

    const perhepolku = (await signedIn('Perhepolku Oy, tilaukset')).as(OrdersPage);
    await perhepolku.order(id).waitFor();
    // A reload asks for the orders, the services provided and the catalogue once each, by the early script.
    const requests = await perhepolku.reloadAsked(() => perhepolku.order(id).waitFor());
    const lists = (path: string) => path.split('?')[0] === '/arrangements' || path.startsWith('/catalogue/');
    const data = requests.filter((r) => lists(r.path));
    expect(data.map((r) => `${r.path} by ${r.by}`).sort()).toEqual([
      '/arrangements by /early-session.js',
      '/arrangements?status=arranged%2Cgranted%2Ccommitted%2Cactive%2Creassessment_overdue by /early-session.js',
      '/catalogue/services by /early-session.js',
    ]);
    // An order shows the service and the hours, never who the family is.
    expect(await perhepolku.order(id).textContent()).not.toContain(family.name);
    await perhepolku.expectAccessible();
    await perhepolku.screenshots('orders');
    await perhepolku.decline(id, 'Ei vapaita työntekijöitä joulukuussa.');
    await perhepolku.waitForStatus('Tilaus hylätty.');
    expect(ok(await sanna.get(`/arrangements/${id}`)).status).toBe('in_handling');

    ok(await sanna.post(`/arrangements/${id}/way`, { way: 'purchase', supplierId: demo.familjestod }));
    await other.reload();
    await other.accept(id);
    await other.waitForStatus('Beställningen godkänd.');
    expect(ok(await sanna.get(`/arrangements/${id}`)).status).toBe('arranged');
    await other.expectAccessible();

    // The supplier now provides the service: its page says where the family lives and whom to call.
    await other.openService(family.name);
    const service = other.as(ArrangementPage);
    const contact = await service.clientContact();
    for (const fact of [family.name, family.address, family.contactName, family.contactPhone]) {
      expect(contact).toContain(fact);
    }
    await service.page.getByRole('link', { name: family.contactPhone }).waitFor();
    await service.expectAccessible();
    await service.screenshots('supplier-client-contact');
  });

  it('takes a proposal from the own worker through the team and two suppliers to a running, evaluated service', async () => {
    const today = await web.sys.today();

    // The own worker drafts, is asked for the special consideration, reloads in the middle, and submits.
    const worker = (await signedIn(veera.name)).as(MyClientsPage);
    await worker.newProposal(eight.name);
    const form = worker.as(ProposalPage);
    await form.chooseService('Ammatillinen tukihenkilö');
    await form.assessedOn.fill(finnish(today));
    await form.desiredStart.fill(finnish(today));
    await form.justification.fill('Oiva tarvitsee turvallisen aikuisen koulun jälkeen.');
    await form.reload();
    // Nothing typed is lost: the form comes back as it was, the service's card with it.
    await form.heading('Periaatekortti: Ammatillinen tukihenkilö', 2).waitFor();
    expect(await form.justification.inputValue()).toBe('Oiva tarvitsee turvallisen aikuisen koulun jälkeen.');
    await form.goals.fill('Koulupäivät sujuvat; harrastus löytyy.');
    await form.specialConsideration.fill('Oiva on 8-vuotias; isoveli sai samasta tuesta apua, ja perhe toivoo tätä.');
    await form.fitWithOtherServices.fill('Koulun tukitoimet jatkuvat; muuta palvelua ei ole alkamassa.');
    await form.expectAccessible();
    await form.screenshots('new-proposal');
    await form.submit();
    const id = await form.waitForSent();

    // The team member, in Swedish, claims it and orders from the first supplier.
    const sannaQueue = (await signedIn('Sanna Mäkinen', 'sv')).as(QueuePage);
    await sannaQueue.openClient(id, eight.name);
    const sanna = sannaQueue.as(ArrangementPage);
    await sanna.heading(`Professionell stödperson – ${eight.name}`).waitFor();
    await sanna.claim();
    await sanna.chooseSupplier('Tukiverkko Oy');
    await sanna.expectAccessible();
    await sanna.order('Tukiverkko Oy');
    await sanna.waitForText('Beställningen väntar på serviceproducentens svar.');

    const tukiverkko = (await signedIn('Tukiverkko Oy, tilaukset')).as(OrdersPage);
    await tukiverkko.decline(id, 'Ei tukihenkilöä tälle alueelle.');

    await sanna.reload();
    // The supplier's list is read when it opens: the order must be placed first.
    await sanna.order('Familjestöd Väst Ab');
    const familjestod = (await signedIn('Familjestöd Väst Ab, beställningar', 'sv')).as(OrdersPage);
    await familjestod.accept(id);

    // The team decides and commits payment.
    await sanna.reload();
    await sanna.makeDecision();
    await sanna.chooseCostCentre(/^4100-FSW/);
    await sanna.expectAccessible();
    await sanna.screenshots('arrangement-team');
    await sanna.giveCommitment();
    await sanna.waitForText('Betalningsförbindelse given', true);

    // The own worker records the start and an evaluation; the card asks the goals and meetings agreed first.
    const own = worker.as(ArrangementPage);
    await own.open(id);
    await own.recordStep('Tavoitteet ja tapaamismäärät sovittu', 'goals_and_meetings_agreed');
    await own.recordStart();
    await own.fillEvaluation('Lapsi', 'Tapaamiset jatkuvat viikoittain.');
    await own.expectAccessible();
    await own.saveEvaluation();
    await own.waitForText('Arviointi kirjattu');
    await own.screenshots('arrangement-own-worker');
    expect(ok(await veeraApi.get(`/arrangements/${id}`))).toMatchObject({
      status: 'active',
      supplierId: demo.familjestod,
      running: { evaluationsHeld: 1 },
    });
  });

  it('follows a running service: the supplier records visits and sees the month against the commitment; the own worker asks a change (offered the other contracted suppliers), the team grants it, the own worker ends the service', async () => {
    const { id } = await activeService(web.sys, 'home_help', demo.perhepolku, undefined, running.id, veeraApi);
    const today = await web.sys.today();

    // The supplier opens the service from its list and records a visit, then a late cancellation by the family.
    const orders = (await signedIn('Perhepolku Oy, tilaukset')).as(OrdersPage);
    await orders.openService(running.name);
    const supplier = orders.as(ArrangementPage);
    await supplier.recordVisit({ time: '09.00', hours: '2' });
    await supplier.waitForStatus('Käynti tallennettu.');
    await supplier.page.getByRole('cell', { name: 'Toteutui' }).waitFor();
    await supplier.recordVisit({ time: '14.00', hours: '1,5', cancelledBy: 'client', cancelledTime: '08.00' });
    // Six hours' notice where the contract asks 24: the family's cancellation is charged in full.
    await supplier.page.getByRole('cell', { name: /^Perui: asiakas/ }).waitFor();
    await supplier.waitForText('Käytetty 3,5 / 20 tuntia; jäljellä 16,5.');
    await supplier.expectAccessible();
    await supplier.screenshots('running-supplier');
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

    // The own worker's change form offers every other supplier holding a contract for the service.
    const worker = (await signedIn(veera.name)).as(ArrangementPage);
    await worker.open(id);
    type Offer = { supplierId: string; supplierName: string };
    const contracted: Offer[] = ok(await web.sys.as('sanna').get(`/suppliers?serviceCode=home_help&on=${today}`));
    const others = contracted.filter((o) => o.supplierId !== demo.perhepolku).map((o) => o.supplierName);
    expect(others.length).toBeGreaterThan(0);
    expect((await worker.changeSuppliers()).sort()).toEqual(others.sort());

    // The own worker asks for more hours.
    await worker.fillChange('30', 'Äidin leikkaus: apua tarvitaan enemmän.');
    await worker.expectAccessible();
    await worker.screenshots('running-own-worker');
    await worker.askChange();
    await worker.waitForText('Muutosta pyydetty tiimiltä');

    // A member of the team, in Swedish, grants it and gives the payment commitment for it.
    const team = (await signedIn('Sanna Mäkinen', 'sv')).as(ArrangementPage);
    await team.open(id);
    await team.heading('Beslut om ändringen', 2).waitFor();
    await team.waitForText('Äidin leikkaus: apua tarvitaan enemmän.');
    await team.expectAccessible();
    await team.makeDecision();
    await team.heading('Betalningsförbindelse för ändringen', 2).waitFor();
    await team.chooseCostCentre(/^4100-FSW/);
    await team.giveCommitment();
    await team.waitForText('Betalningsförbindelse för ändringen given');
    expect(ok(await veeraApi.get(`/arrangements/${id}`))).toMatchObject({ hoursPerMonth: 30 });

    // The goals are met early: the own worker ends the service, with the reason.
    await worker.reload();
    await worker.terminate('Tavoitteet saavutettu', 'Arki sujuu omin voimin.');
    await worker.waitForStatusChip('ended');
    expect(ok(await veeraApi.get(`/arrangements/${id}`))).toMatchObject({
      status: 'ended',
      ended: { endedOn: today, reason: 'goals_met' },
    });
  });

  it('asks the own worker for the continuation decision when it falls due, and for the special consideration past the maximum', async () => {
    const { id } = await activeService(web.sys, QUICK, null, undefined, continuing.id, veeraApi);
    await eventually('the continuation decision to fall due', async () => {
      const a = ok(await veeraApi.get(`/arrangements/${id}`));
      return a.running?.continuationDue || a.status === 'reassessment_overdue' ? a : undefined;
    });
    const worker = (await signedIn(veera.name)).as(ArrangementPage);
    await worker.open(id);
    await worker.heading('Jatkopäätös', 2).waitFor();
    // One more period would pass the card's maximum: the form asks for the special consideration first.
    await worker.continuationSpecial.waitFor();
    expect(await worker.continuationButton.isDisabled()).toBe(true);
    await worker.continuationSpecial.fill('Koulun nivelvaihe on kesken; perhe tarvitsee tukea vielä yhden jakson.');
    await worker.expectAccessible();
    await worker.continuationButton.click();
    const continued = await eventually('the continuation to be recorded', async () => {
      const a = ok(await veeraApi.get(`/arrangements/${id}`));
      return a.running?.continuationOutcome === 'continue' || a.running?.period > 1 ? a : undefined;
    });
    expect(continued.status).not.toBe('ended');
    // The timeline is the events' projection, which may come a moment after the state's.
    await eventually('the continuation in the timeline', async () => {
      const events = ok(await veeraApi.get(`/arrangements/${id}/timeline`));
      return events.some((e: { type: string }) => e.type === 'continued') || undefined;
    });
  });

  it('leaves nothing of a proposal being typed on a shared workstation: gone at sign-out, never shown to the next person', async () => {
    const typed = 'Perheen tilanne: äiti uupunut, isä vuorotyössä (jaettu työasema -testi).';
    const worker = (await signedIn(veera.name)).as(MyClientsPage);
    await worker.newProposal(family.name);
    const form = worker.as(ProposalPage);
    await form.chooseService('Lapsiperheiden kotipalvelu');
    await form.justification.fill(typed);
    // Kept while typed, in this tab's session storage only, under the worker and the record.
    expect(await form.storedText()).toContain(typed);
    expect(await form.page.evaluate(() => JSON.stringify(localStorage))).not.toContain('Perheen tilanne');
    const session = (await form.page.context().cookies()).find((c) => c.name === 'luvn-session');
    // A second tab of the same browser, open on the worker's clients.
    const otherTab = new MyClientsPage(await form.page.context().newPage());
    await otherTab.goto('/my-clients');
    await otherTab.heading(fi.myClients.title).waitFor();
    await form.signOut();
    await form.heading(fi.signIn.title).waitFor();
    // The other tab is told, and shows nothing of the worker's clients any more.
    await otherTab.heading(fi.signIn.title).waitFor();
    expect(await otherTab.page.getByText(family.name).count()).toBe(0);
    await otherTab.page.close();
    expect(await form.storedText()).not.toContain('Perheen tilanne');
    // The session ended on the server: its cookie, if someone had copied it, opens nothing.
    expect(await form.page.context().cookies()).toEqual([]);
    const reused = await fetch(`${systemEnv().apiUrl}/me`, {
      headers: { cookie: `${session!.name}=${session!.value}` },
    });
    expect(reused.status).toBe(401);

    // The next person on the same browser, another own worker, finds nothing of it, in the page or in the
    // browser's storage.
    const next = form.as(SignInPage);
    await next.signInAs(demo.fullName('aino'));
    const colleague = next.as(MyClientsPage);
    await colleague.goto('/my-clients');
    await colleague.heading(fi.myClients.title).waitFor();
    expect(await colleague.storedText()).not.toContain('Perheen tilanne');
    await colleague.signOut();
    await colleague.heading(fi.signIn.title).waitFor();

    // Nor does the worker herself, when she comes back: the text went with her session.
    await next.signInAs(veera.name);
    const again = next.as(MyClientsPage);
    await again.goto('/my-clients');
    await again.newProposal(family.name);
    const fresh = again.as(ProposalPage);
    await fresh.chooseService('Lapsiperheiden kotipalvelu');
    expect(await fresh.justification.inputValue()).toBe('');
    expect(await fresh.storedText()).not.toContain('Perheen tilanne');
    await fresh.page.context().close();
  });

  it('warns before an idle session ends, lets the person stay, and signs out when they do not', async () => {
    // Short times, configured: the warning after 6 seconds unused, the end 24 seconds later.
    const api = await ownApi(systemEnv(), 3185, { SESSION_IDLE_SECONDS: '30', SESSION_WARNING_SECONDS: '24' });
    try {
      const signIn = await SignInPage.open(web.browser, web.errors, api.url);
      await signIn.signInAs(veera.name);
      const page = signIn.as(MyClientsPage);
      const warning = page.page.getByRole('dialog', { name: fi.session.idleTitle });
      await warning.waitFor();
      // The way to stay has the focus, so that a key press keeps the session.
      expect(await page.page.locator(':focus').textContent()).toBe(fi.session.stay);
      await page.expectAccessible();
      await page.screenshots('idle-warning');
      await page.page.keyboard.press('Enter');
      await warning.waitFor({ state: 'hidden' });
      await page.heading(fi.myClients.title).waitFor();

      // Unanswered, the warning ends in sign-out: the page says why, and the session is over on the server.
      const session = (await page.page.context().cookies()).find((c) => c.name === 'luvn-session');
      await warning.waitFor();
      await page.heading(fi.signIn.title).waitFor({ timeout: 45_000 });
      await page.waitForText(fi.signIn.ended.idle);
      await page.expectAccessible();
      const reused = await fetch(`${api.url}/me`, { headers: { cookie: `${session!.name}=${session!.value}` } });
      expect(reused.status).toBe(401);
      await page.page.context().close();
    } finally {
      api.stop();
    }
  });

  it('lets the own worker complete a returned proposal and send it again, losing nothing on a reload', async () => {
    const [ownApi, sannaApi] = [veeraApi, web.sys.as('sanna')];
    const { id } = ok(await ownApi.post('/arrangements', proposal(queued.id)));
    ok(await ownApi.post(`/arrangements/${id}/submit`));
    ok(await sannaApi.post(`/arrangements/${id}/claim`));
    ok(await sannaApi.post(`/arrangements/${id}/return`, { reason: 'Tavoitteista puuttuu koulunkäynti.' }));

    const worker = (await signedIn(veera.name)).as(ArrangementPage);
    await worker.open(id);
    await worker.waitForText('Tavoitteista puuttuu koulunkäynti.');
    await worker.edit();
    const form = worker.as(ProposalPage);
    // The form opens with the proposal as it was sent.
    await form.goals.waitFor();
    expect(await form.goals.inputValue()).toBe(proposal(queued.id).goals);
    await form.goals.fill('Arjen rutiinit säilyvät; koulunkäynti jatkuu ilman poissaoloja.');
    await form.reload();
    expect(await form.goals.inputValue()).toBe('Arjen rutiinit säilyvät; koulunkäynti jatkuu ilman poissaoloja.');
    await form.expectAccessible();
    await form.submit();
    await form.waitForSent();
    const sent = ok(await sannaApi.get(`/arrangements/${id}`));
    expect(sent).toMatchObject({ status: 'submitted' });
    expect(sent.proposal.goals).toBe('Arjen rutiinit säilyvät; koulunkäynti jatkuu ilman poissaoloja.');
  });

  it('sends a proposal the API refused once, after it is mended, and says each refusal in the reader’s language', async () => {
    const today = await web.sys.today();
    const worker = (await signedIn(veera.name, 'sv')).as(MyClientsPage);
    await worker.newProposal(family.name);
    const form = worker.as(ProposalPage);
    await form.chooseService('Hemservice för barnfamiljer');
    await form.assessedOn.fill(finnish(today));
    await form.justification.fill('Äiti on sairaalahoidossa; isä ei selviä yksin.');
    await form.fitWithOtherServices.fill('Ei muita palveluja.');
    // A required field left empty: the form's own check, by the API's schema, in Swedish.
    await form.submit();
    await form.page.getByText(sv.rules.too_small).first().waitFor();
    expect(await form.fieldError(sv.arrangement.goals)).toContain(sv.rules.too_small);
    // Hours past the card's range: the API refuses, naming the rule; the form says it in Swedish.
    await form.goals.fill('Arjen rutiinit säilyvät.');
    await form.hours.fill('100');
    await form.submit();
    await form.alert().getByText(sv.rules.range).waitFor();
    expect(await form.fieldError(sv.arrangement.hours)).toContain(sv.rules.range);
    expect(await form.page.locator('main').textContent()).not.toMatch(/must|between|hours a month/);
    await form.expectAccessible();
    await form.screenshots('proposal-refused-sv');
    // Mended, the same proposal is taken: the refused request's key is not used again.
    await form.hours.fill('20');
    await form.submit();
    const id = await form.waitForSent();
    expect(ok(await veeraApi.get(`/arrangements/${id}`))).toMatchObject({ status: 'submitted', hoursPerMonth: 20 });
  });

  it('asks for a pregnant person’s due date, the family’s agreement and the fit with other services, in Swedish and English', async () => {
    const today = await web.sys.today();
    const dueOn = addDays(today, 120);
    const worker = (await signedIn(veera.name, 'sv')).as(MyClientsPage);
    await worker.newProposal(expecting.name);
    const form = worker.as(ProposalPage);
    await form.chooseService('Familjerehabilitering dygnet runt');
    await form.page.getByText(sv.proposal.beforeBirth).waitFor();
    await form.page.getByText(sv.proposal.voluntary).waitFor();
    await form.assessedOn.fill(finnish(today));
    await form.expectedBirthOn.fill(finnish(dueOn));
    await form.justification.fill('Oro för de blivande föräldrarnas förutsättningar att ta hand om barnet.');
    await form.goals.fill('Familjen lär sig en dagsrytm och att sköta spädbarnet.');
    // Sent without the fit with other services: the process names the rule, and the form says it at the field.
    await form.submit();
    await form.alert().getByText(sv.rules.fit_with_other_services_required).waitFor();
    expect(await form.fieldError(sv.proposal.fitWithOtherServices)).toContain(
      sv.rules.fit_with_other_services_required,
    );
    await form.fitWithOtherServices.fill('Mödrarådgivningen fortsätter; ingen annan tjänst börjar.');
    // The service is voluntary: without the family's agreement it is not sent to the team either.
    await form.submit();
    await form.alert().getByText(sv.rules.family_agreement_required).waitFor();
    await form.expectAccessible();
    await form.screenshots('proposal-before-birth-sv');

    await form.chooseLanguage('en');
    await form.heading(form.text(en.proposal.card, { name: '24-hour family rehabilitation' }), 2).waitFor();
    await form.familyAgreedOn.fill(finnish(today));
    await form.expectAccessible();
    await form.submit();
    const id = await form.waitForSent();
    expect(ok(await veeraApi.get(`/arrangements/${id}`)).proposal).toMatchObject({
      expectedBirthOn: dueOn,
      familyAgreedOn: today,
      fitWithOtherServices: 'Mödrarådgivningen fortsätter; ingen annan tjänst börjar.',
    });
  });

  it('has a text in Finnish, Swedish and English for every rule the API can name in a refusal', () => {
    const rules = new Set(RULES_OF_ZOD);
    const kinds = new Set(['invalid_input', 'invalid_transition', 'forbidden', 'conflict', 'not_found']);
    for (const root of ['apps/api/src', 'workflows', 'libs/domain', 'libs/contracts']) {
      for (const file of sources(join(__dirname, '..', root))) {
        // Texts are left out: a rule is a quoted code, never a message.
        const code = readFileSync(file, 'utf8')
          .replace(/`(?:[^`\\]|\\.)*`/g, '``')
          .replace(/"(?:[^"\\\n]|\\.)*"/g, '""');
        for (const m of code.matchAll(/rule: '([a-z0-9_]+)'|rule\('([a-z0-9_]+)'/g)) rules.add(m[1] ?? m[2]!);
        for (const m of code.matchAll(/\b(?:invalidField|refuse|consider)\(((?:[^()]|\([^()]*\))*)\)/g)) {
          const codes = [...m[1]!.matchAll(/'([a-z0-9_]+)'/g)].map((x) => x[1]!);
          const last = codes[codes.length - 1];
          if (last && !kinds.has(last)) rules.add(last);
        }
      }
    }
    expect(rules.size).toBeGreaterThan(40);
    const missing = [...rules].flatMap((rule) =>
      Object.entries({ fi, sv, en })
        .filter(([, texts]) => !(rule in texts.rules))
        .map(([lang]) => `${lang}: ${rule}`),
    );
    expect(missing).toEqual([]);
  });

  it('shows a denied decision with the appeal instructions the client gets, in the reader’s language', async () => {
    const [ownApi, sannaApi] = [veeraApi, web.sys.as('sanna')];
    const { id } = ok(await ownApi.post('/arrangements', proposal(family.id)));
    ok(await ownApi.post(`/arrangements/${id}/submit`));
    ok(await sannaApi.post(`/arrangements/${id}/claim`));
    await ownProduction(web.sys, id, sannaApi);

    const sanna = (await signedIn('Sanna Mäkinen')).as(ArrangementPage);
    await sanna.open(id);
    await sanna.deny('Tarve täyttyy kevyemmällä tuella.');
    await sanna.heading('Oikaisuvaatimusohje', 3).waitFor();

    const worker = (await signedIn(veera.name, 'sv')).as(ArrangementPage);
    await worker.open(id);
    await worker.heading('Anvisning om begäran om omprövning', 3).waitFor();
    await worker.waitForText(/begära omprövning hos Västra Nylands välfärdsområdes sektion/);
    await worker.expectAccessible();
    await worker.screenshots('denied-decision');
    // The letter as the client got it opens in a new tab, fetched with the worker's token.
    const [letter] = await Promise.all([worker.page.context().waitForEvent('page'), worker.openLetter()]);
    await letter.waitForURL(/^blob:/);
  });

  it('records an unmet need when no one can provide the service, and reopens it when the service is found', async () => {
    const [ownApi, sannaApi] = [veeraApi, web.sys.as('sanna')];
    const { id } = ok(await ownApi.post('/arrangements', proposal(family.id)));
    ok(await ownApi.post(`/arrangements/${id}/submit`));
    ok(await sannaApi.post(`/arrangements/${id}/claim`));

    const sanna = (await signedIn('Sanna Mäkinen')).as(ArrangementPage);
    await sanna.open(id);
    await sanna.recordUnmetNeed('Yksikään sopimustuottaja ei ota uusia asiakkaita Lohjalla ennen helmikuuta.');
    await sanna.expectAccessible();
    await sanna.button('Kirjaa täyttymätön tarve').click();
    await sanna.button('Avaa uudelleen käsittelyyn').waitFor();
    expect(ok(await ownApi.get(`/arrangements/${id}`))).toMatchObject({ status: 'unmet_need' });
    await sanna.waitForText('Yksikään sopimustuottaja ei ota uusia asiakkaita Lohjalla ennen helmikuuta.');

    await sanna.button('Avaa uudelleen käsittelyyn').click();
    await sanna.heading('Järjestäminen', 2).waitFor();
    expect(ok(await ownApi.get(`/arrangements/${id}`))).toMatchObject({ status: 'in_handling' });
  });

  it('can be used with the keyboard alone: sign in, reach a proposal in the queue and claim it, the focus visible', async () => {
    const { id } = ok(await veeraApi.post('/arrangements', proposal(keyed.id, { needsAssessedOn: '2026-09-01' })));
    ok(await veeraApi.post(`/arrangements/${id}/submit`));
    const signIn = await SignInPage.open(web.browser, web.errors);
    await signIn.personButton('Sanna Mäkinen').waitFor();
    expect(await signIn.tabTo('Siirry sisältöön')).toBe(true);
    expect(await signIn.tabTo('Kirjaudu: Sanna Mäkinen')).toBe(true);
    await signIn.page.keyboard.press('Enter');
    const queue = signIn.as(QueuePage);
    await queue.heading('Tiimin jono').waitFor();
    // Signed in, the focus is on the page's h1 (not left on the page, nor in the queue's rows): the main
    // menu's last page is one Shift+Tab away, the queue's first control one Tab.
    await queue.waitForFocus('h1', 'Tiimin jono');
    // The queue's rows come after the heading: a keyboard user, like anyone, waits for them.
    await queue.row(id).waitFor();
    expect(await queue.tab(true)).toEqual({ tag: 'a', name: fi.nav.catalogue, in: 'nav' });
    expect(await queue.tab()).toMatchObject({ tag: 'a', in: 'main' });
    expect(await queue.tabTo(queue.claimName(keyed.name), 200)).toBe(true);
    await queue.page.keyboard.press('Enter');
    // The pressed button leaves the row: the focus goes to the words saying what was done.
    await queue.waitForFocus('div', `Otit käsittelyyn: ${keyed.name}`);
    expect(await queue.result().textContent()).toBe(`Otit käsittelyyn: ${keyed.name}`);
    await queue.waitForAssignee(id, 'you');
    await queue.row(id).getByRole('cell', { name: 'Sinä' }).waitFor();
    expect(ok(await web.sys.as('sanna').get(`/arrangements/${id}`)).assigneeId).toBe(demo.userId('sanna'));
    await queue.page.context().close();
  });

  it('on a phone shows each value of the queue with its column’s name, under a header of one line', async () => {
    const { id } = ok(await veeraApi.post('/arrangements', proposal(queued.id, { needsAssessedOn: '2026-09-01' })));
    ok(await veeraApi.post(`/arrangements/${id}/submit`));
    const queue = (await signedIn('Sanna Mäkinen')).as(QueuePage);
    await queue.waitForHeading();
    await queue.row(id).waitFor();
    const columns = ['Eräpäivä', 'Asiakas', 'Palvelu', 'Tila', 'Käsittelijä', 'Toiminnot'];
    // On a desktop the column headers name the values; no cell draws a label of its own.
    expect((await queue.cellsAsShown(id)).slice(1)).toEqual([
      queued.name,
      'Lapsiperheiden kotipalvelu',
      'Lähetetty',
      'Ei käsittelijää',
      'Ota käsittelyyn',
    ]);
    expect(await queue.headerHeight()).toBeGreaterThan(0);

    await queue.onPhone();
    const cells = await queue.cellsAsShown(id);
    expect(cells.map((c) => c.split(': ')[0])).toEqual(columns);
    expect(cells.slice(1)).toEqual([
      `Asiakas: ${queued.name}`,
      'Palvelu: Lapsiperheiden kotipalvelu',
      'Tila: Lähetetty',
      'Käsittelijä: Ei käsittelijää',
      'Toiminnot: Ota käsittelyyn',
    ]);
    // A screen reader still has the real column headers.
    expect(await queue.columnHeaders()).toEqual(columns);
    // The header is one line: the short title, the language menu and sign-out (the nav a thin line below).
    expect(await queue.headerHeight()).toBeLessThanOrEqual(64);
    await queue.page.getByRole('button', { name: 'Kirjaudu ulos' }).waitFor();
    await queue.page.getByRole('button', { name: /^Suomeksi/ }).waitFor();
    await queue.expectAccessible();
    await queue.screenshots('queue-phone-fi');
    await queue.onPhone();

    // In Swedish, each value under its Swedish column name, the header still one line.
    await queue.chooseLanguage('sv');
    await queue.waitForHeading();
    const svColumns = [sv.queue.due, sv.queue.client, sv.queue.service, sv.queue.status, sv.queue.assignee];
    expect((await queue.cellsAsShown(id)).map((c) => c.split(': ')[0])).toEqual([...svColumns, sv.queue.actions]);
    expect((await queue.cellsAsShown(id)).slice(1, 3)).toEqual([
      `${sv.queue.client}: ${queued.name}`,
      `${sv.queue.service}: Hemservice för barnfamiljer`,
    ]);
    expect(await queue.headerHeight()).toBeLessThanOrEqual(64);
    await queue.expectAccessible();
    await queue.screenshots('queue-phone-sv');
    await queue.page.context().close();
  });

  it('gives the page of a refusal and the page that is not found one h1 each', async () => {
    const { id } = ok(await veeraApi.post('/arrangements', proposal(family.id)));
    // Another own worker may not read Veera's client's service: the API refuses (403), the page says so.
    const erik = (await signedIn('Erik Lindholm')).as(ArrangementPage);
    await erik.open(id);
    await erik.waitForText(fi.errors.forbidden);
    expect(await erik.h1s()).toEqual([fi.errors.page]);
    await erik.expectAccessible();
    await erik.screenshots('refusal');

    await erik.goto('/no-such-page');
    await erik.heading(fi.app.notFound).waitFor();
    expect(await erik.h1s()).toEqual([fi.app.notFound]);
    await erik.screenshots('not-found');
    await erik.chooseLanguage('sv');
    await erik.heading(sv.app.notFound).waitFor();
    expect(await erik.h1s()).toEqual([sv.app.notFound]);
    await erik.open(id);
    await erik.waitForText(sv.errors.forbidden);
    expect(await erik.h1s()).toEqual([sv.errors.page]);
    await erik.page.context().close();
  });

  it("signs in through the county's OpenID Connect provider, keeping its tokens on the server, and signs out there too", async () => {
    await withProvider([3181, 3182], [], async (appUrl) => {
      const signIn = await SignInPage.open(web.browser, web.errors, appUrl);
      // Every address the browser is sent to, to show that none carries a token.
      const visited: string[] = [];
      signIn.page.on('request', (r) => visited.push(r.url()));
      await signIn.page.goto(`${appUrl}/queue`);
      expect(await signIn.developmentButtons().count()).toBe(0);
      await signIn.signInWithProvider();
      // The provider's own pages: who signs in (the subject is the user's id in the register), then consent.
      const page = signIn.page;
      await page.locator('input[name="login"]').waitFor();
      await signIn.signInAtProvider(demo.userId('sanna'));
      const queue = signIn.as(QueuePage);
      await queue.heading('Tiimin jono').waitFor();
      // Back on the page the sign-in began from.
      expect(queue.url()).toBe(`${appUrl}/queue`);
      await queue.waitForText('Kirjautuneena: Sanna Mäkinen');
      expect((await fetch(`${appUrl}/sign-in/users`)).status).toBe(404);
      // The browser holds a cookie no script reads, and nothing of the provider's tokens.
      // (Cookies are per host, not per port: the provider's own, on the same host here, are left aside.)
      const cookies = await page.context().cookies(appUrl);
      const cookie = cookies.find((c) => c.name === 'luvn-session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
      expect(cookies.filter((c) => c.name.startsWith('luvn'))).toEqual([cookie]);
      expect(JSON.stringify(cookies)).not.toMatch(/eyJ/);
      expect(await page.evaluate('document.cookie')).toBe('');
      expect(await queue.storedText()).not.toMatch(/eyJ|token/i);

      // Signing out ends the session here and at the provider, which sends the browser back.
      await queue.signOut();
      await signIn.confirmSignOutAtProvider();
      await signIn.heading(fi.signIn.title).waitFor();
      expect(signIn.url()).toBe(`${appUrl}/`);
      expect(visited.some((url) => url.includes('/session/end'))).toBe(true);
      expect(visited.filter((url) => /eyJ|id_token/.test(url))).toEqual([]);
      const reused = await fetch(`${appUrl}/me`, { headers: { cookie: `${cookie!.name}=${cookie!.value}` } });
      expect(reused.status).toBe(401);
      // The provider asks who signs in again: its session ended too.
      await signIn.signInWithProvider();
      await page.locator('input[name="login"]').waitFor();
      await page.context().close();
    });
  });

  it('tells the person to close the browser when the county’s provider offers no sign-out of its own', async () => {
    await withProvider([3186, 3187], ['--no-sign-out'], async (appUrl) => {
      const signIn = await SignInPage.open(web.browser, web.errors, appUrl);
      await signIn.signInWithProvider();
      await signIn.signInAtProvider(demo.userId('sanna'));
      const queue = signIn.as(QueuePage);
      await queue.heading('Tiimin jono').waitFor();
      const cookie = (await queue.page.context().cookies(appUrl)).find((c) => c.name === 'luvn-session');
      await queue.signOut();
      // Signed out here, and told that the provider may still remember them: not a clean sign-out.
      await signIn.heading(fi.signIn.title).waitFor();
      await signIn.waitForText(fi.signIn.ended.provider_sign_out_unavailable);
      await signIn.expectAccessible();
      const reused = await fetch(`${appUrl}/me`, { headers: { cookie: `${cookie!.name}=${cookie!.value}` } });
      expect(reused.status).toBe(401);
      await signIn.page.context().close();
    });
  });

  it('asks the own worker for feedback when a service ends, and takes it on the form', async () => {
    const [ownApi, sannaApi] = [veeraApi, web.sys.as('sanna')];
    const today = await web.sys.today();
    const { id } = ok(await ownApi.post('/arrangements', proposal(family.id, { desiredStartOn: today })));
    ok(await ownApi.post(`/arrangements/${id}/submit`));
    ok(await sannaApi.post(`/arrangements/${id}/claim`));
    await ownProduction(web.sys, id, sannaApi);
    ok(await sannaApi.post(`/arrangements/${id}/decision`, { outcome: 'granted' }));
    ok(await sannaApi.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: '4100-FSW' }));
    ok(await ownApi.post(`/arrangements/${id}/start`, { startedOn: today, goals: 'Arki sujuu.' }));
    ok(await ownApi.post(`/arrangements/${id}/termination`, { reason: 'goals_met', explanation: 'Valmis.' }));

    const clients = (await signedIn(veera.name)).as(MyClientsPage);
    await clients.client(family.name).getByText('Odottaa sinua: Anna palaute').first().waitFor();
    const worker = clients.as(ArrangementPage);
    await worker.open(id);
    await worker.giveFeedback('4', '9', 'Säännölliset kotikäynnit.');
    await worker.expectAccessible();
    await worker.sendFeedback();
    await worker.waitForStatus('Palaute annettu.');
    await worker.screenshots('feedback');
    const [saved] = await web.sys.db.query(
      `select respondent, heard, recommend, serious_concern as "seriousConcern" from feedback where arrangement_id = $1`,
      [id],
    );
    expect(saved).toEqual({ respondent: 'own_worker', heard: 4, recommend: 9, seriousConcern: false });
  });
});

/** The codes zod names its own issues by, which the API passes on as the rule. */
const RULES_OF_ZOD = [
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'custom',
];

function* sources(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* sources(path);
    else if (path.endsWith('.ts') && !path.endsWith('.spec.ts')) yield path;
  }
}

import { finnishDate } from '../apps/web/src/common/format';
import { addDays } from '../libs/domain/dates';
import { addWorkingDays, isWorkingDay } from '../libs/domain/working-days';
import { SUPPLIERS } from '../libs/persistence/dev/demo-region';
import { ArrangementPage } from './pages/arrangement';
import { SupervisionCasePage, SupervisionCasesPage } from './pages/supervision';
import { demo, proposal } from './support/api';
import { eventually, ok, refused } from './support/expect';
import { activeService, contract, pdfOf, publishTestService } from './support/fixtures';
import { browserTests } from './support/web-tests';

/**
 * The supervision screens as procurement, the arranging team and the supplier use them: bad feedback
 * becomes an open case in the list, its page quotes what the family wrote and nothing of who the family
 * is, a team member asks the supplier for a clarification by a working day, the supplier answers in its
 * own screen with a PDF, and procurement ends the supplier's contract, after which a team choosing a
 * supplier for the service is no longer offered it. An own-production unit's case shows as self-monitoring
 * to the team lead and to the unit's lead, with the findings per unit and quarter.
 */
const web = browserTests();
const sys = () => web.sys;

/** A service of this file's own, so that the other files' figures stay theirs; the case is closed at the end. */
const SERVICE = 'supervision_screens_test';
const SERVICE_NAME = `Testipalvelu ${SERVICE}`;
/** A supplier whose closed cases no other file counts (supervision.e2e-spec.ts counts Tukiverkko's). */
const SUPPLIER = { id: demo.perhepolku, name: 'Perhepolku Oy', user: 'perhepolku', person: 'Perhepolku Oy, tilaukset' };
/** Another supplier of the service, still offered when Perhepolku's contract has ended. */
const OTHER = 'Familjestöd Väst Ab';
const WORDS = {
  didNotHelp: 'Työntekijä ei tullut sovittuina päivinä, eikä siitä kerrottu meille.',
  wished: 'Että joku olisi vastannut puhelimeen.',
};
const QUESTION = 'Miksi sovitut käynnit jäivät toteutumatta, ja miten perheelle tiedotettiin?';
const ANSWER = 'Työntekijämme sairastuivat; sijaisjärjestely on nyt kirjattu, ja perheille soitetaan aina.';

let caseId = '';
let caseNumber = 0;
let arrangementId = '';

beforeAll(async () => {
  const riikka = sys().as('riikka');
  await publishTestService(riikka, SERVICE, 'Valvontanäkymien testipalvelu');
  await contract(sys().db, {
    id: '00000000-0000-4000-8000-000005200001',
    supplierId: SUPPLIER.id,
    serviceCode: SERVICE,
    priceCents: 4800,
  });
  await contract(sys().db, {
    id: '00000000-0000-4000-8000-000005200002',
    supplierId: demo.familjestod,
    serviceCode: SERVICE,
    priceCents: 5100,
  });
  arrangementId = (await activeService(sys(), SERVICE, SUPPLIER.id)).id;
  // The own worker gives bad feedback over the API: an answer of 1, and the family's own words.
  const given = ok(
    await sys()
      .as('aino')
      .post('/feedback', {
        arrangementId,
        respondent: 'family',
        answeredOn: await sys().today(),
        heard: 1,
        rightThings: 2,
        recommend: 3,
        ...WORDS,
      }),
  );
  expect(given.badReasons).toContain('item_low:heard');
  caseId = given.caseId;
  caseNumber = ok(await sys().as('petra').get(`/supervision/cases/${caseId}`)).number;
});

afterAll(async () => {
  if (!caseId) return;
  // The case ends here, so that no other file finds it open: answered if asked, then resolved or closed.
  const c = ok(await sys().as('sanna').get(`/supervision/cases/${caseId}`));
  if (c.status === 'closed') return;
  if (c.status === 'assessment') {
    ok(await sys().as('sanna').post(`/supervision/cases/${caseId}/close`, { reason: 'Näkymätestin tapaus.' }));
    return;
  }
  if (c.status === 'awaiting_clarification') {
    ok(
      await sys()
        .as(SUPPLIER.user)
        .post(`/supervision/cases/${caseId}/clarification/answer`, { answer: 'Käynnit siirrettiin.' }),
    );
  }
  ok(
    await sys()
      .as('sanna')
      .post(`/supervision/cases/${caseId}/outcome`, { outcome: 'resolved', reason: 'Näkymätestin tapaus.' }),
  );
});

describe('the supervision screens', () => {
  it("shows bad feedback as an open case in procurement's list, open cases first, found by its service and not among the closed", async () => {
    const list = (await web.signedIn('Petra Holm')).as(SupervisionCasesPage);
    await list.open();
    const rows = await list.listed();
    expect(rows.map((r) => r.id)).toContain(caseId);
    // Open first: no open case after a closed one.
    const closed = list.t.supervision.statuses.closed;
    const firstClosed = rows.findIndex((r) => r.status.startsWith(closed));
    if (firstClosed >= 0) expect(rows.slice(firstClosed).every((r) => r.status.startsWith(closed))).toBe(true);
    await expect(list.row(caseId).textContent()).resolves.toContain(list.t.supervision.statuses.assessment);
    await expect(list.row(caseId).textContent()).resolves.toContain(SERVICE_NAME);
    await list.expectAccessible();
    await list.screenshots('supervision-cases');

    await list.filter(list.t.supervision.service, SERVICE_NAME);
    // The service is this file's own: its one case is all the filtered list shows.
    await eventually('the list filtered by the service', async () => {
      const ids = (await list.listed()).map((r) => r.id);
      return ids.length === 1 && ids[0] === caseId ? true : undefined;
    });
    await list.filter(list.t.supervision.status, closed);
    await list.row(caseId).waitFor({ state: 'detached' });
  });

  it("opens the case with the family's words as quotes and nothing of who the family is", async () => {
    const page = (await web.signedIn('Petra Holm')).as(SupervisionCasePage);
    await page.open(caseId);
    await page.waitForCase(SUPPLIER.name, caseNumber);
    expect(await page.quotedWords()).toEqual(expect.arrayContaining([WORDS.didNotHelp, WORDS.wished]));
    const html = await page.html();
    for (const identity of [demo.eetu.fullName, demo.eetu.id, arrangementId]) expect(html).not.toContain(identity);
    expect(await page.timelineSteps()).toEqual(expect.arrayContaining(['opened', 'finding_added']));
    await page.expectAccessible();
    await page.screenshots('supervision-case-procurement');
  });

  it('lets a team member ask the supplier for a clarification by a working day, and the step joins the timeline', async () => {
    const page = (await web.signedIn('Sanna Mäkinen')).as(SupervisionCasePage);
    await page.open(caseId);
    await page.waitForCase(SUPPLIER.name, caseNumber);
    const today = await sys().today();
    // A day the supplier could not answer on is refused, with the rule in the reader's language.
    let holiday = addDays(today, 3);
    while (isWorkingDay(holiday)) holiday = addDays(holiday, 1);
    // The API says the same rule to any client: the day must be a Finnish working day.
    const refusal = refused(
      await sys().as('sanna').post(`/supervision/cases/${caseId}/clarification`, {
        respondBy: holiday,
        question: QUESTION,
      }),
      400,
    );
    expect(refusal.problems).toEqual([expect.objectContaining({ field: 'respondBy', rule: 'working_day' })]);
    await page.askClarification(QUESTION, finnishDate(holiday));
    await page.fieldText(page.t.rules.working_day).waitFor();
    expect(await page.timelineSteps()).not.toContain('clarification_requested');

    const day = addWorkingDays(today, 10);
    await page.askClarification(QUESTION, finnishDate(day));
    await page.statusChip('awaiting_clarification');
    const step = page.timelineStep('clarification_requested');
    await step.waitFor();
    expect(await step.textContent()).toContain(page.text(page.t.supervision.answerBy, { date: finnishDate(day) }));
    expect(await step.textContent()).toContain(QUESTION);
    // The request's form is gone with the step the API no longer allows.
    expect(await page.stepSection(page.t.supervision.steps.clarification).count()).toBe(0);
    const c = ok(await sys().as('sanna').get(`/supervision/cases/${caseId}`));
    expect(c.status).toBe('awaiting_clarification');
    await page.expectAccessible();
    await page.screenshots('supervision-case-team');
  });

  it('reads the case in Swedish', async () => {
    const page = (await web.signedIn('Petra Holm', 'sv')).as(SupervisionCasePage);
    await page.open(caseId);
    await page.waitForCase(SUPPLIER.name, caseNumber);
    await page.statusChip('awaiting_clarification');
    expect(await page.quotedWords()).toEqual(expect.arrayContaining([WORDS.didNotHelp]));
    await page
      .timelineStep('clarification_requested')
      .getByText(page.t.supervision.events.clarification_requested)
      .waitFor();
    await page.expectAccessible();
    await page.screenshots('supervision-case-sv');
  });

  it('lets the supplier answer in its own screen before the deadline, with its account as a PDF the team downloads', async () => {
    const page = (await web.signedIn(SUPPLIER.person)).as(SupervisionCasePage);
    await page.open(caseId);
    await page.waitForCase(SUPPLIER.name, caseNumber);
    await page.statusChip('awaiting_clarification');
    // The supplier reads the question and its deadline; never the family's words, which could tell it whose.
    expect(await page.timelineStep('clarification_requested').textContent()).toContain(QUESTION);
    const html = await page.html();
    for (const hidden of [WORDS.didNotHelp, WORDS.wished, demo.eetu.fullName]) expect(html).not.toContain(hidden);
    await page.expectAccessible();
    await page.screenshots('supervision-case-supplier');

    const account = await pdfOf('Perhepolku Oy: selvitys toteutumatta jääneistä käynneistä.');
    await page.answerClarification(ANSWER, { name: 'selvitys.pdf', buffer: account });
    await page.statusChip('clarification_received');
    await page.timelineStep('clarification_answered').waitFor();
    expect(await page.stepBy('clarification_answered')).toBe(SUPPLIER.person);
    expect(await page.files()).toEqual(['selvitys.pdf']);
    // Answered before the deadline, the answer form is gone with the step the API no longer allows.
    expect(await page.stepSection(page.t.supervision.steps.answer).count()).toBe(0);
    const c = ok(await sys().as('sanna').get(`/supervision/cases/${caseId}`));
    expect(c).toMatchObject({ status: 'clarification_received', clarificationOverdue: false });
    expect(Date.parse(c.clarificationDeadlineAt)).toBeGreaterThan(Date.now());

    const team = (await web.signedIn('Sanna Mäkinen')).as(SupervisionCasePage);
    await team.open(caseId);
    await team.timelineStep('clarification_answered').getByText(ANSWER).waitFor();
    expect(await team.download('selvitys.pdf')).toEqual(account);
  });

  it("lets procurement end the supplier's contract for the service; a team choosing a supplier for it is no longer offered the supplier", async () => {
    // A family's proposal of the service in the team's hands: its choice offers both suppliers.
    const aino = sys().as('aino');
    const today = await sys().today();
    const { id } = ok(
      await aino.post(
        '/arrangements',
        proposal(demo.eetu.id, { serviceCode: SERVICE, needsAssessedOn: today, desiredStartOn: today }),
      ),
    );
    ok(await aino.post(`/arrangements/${id}/submit`));
    ok(await sys().as('sanna').post(`/arrangements/${id}/claim`));
    const choice = (await web.signedIn('Sanna Mäkinen')).as(ArrangementPage);
    await choice.open(id);
    await choice.page.getByRole('radio', { name: OTHER }).waitFor();
    expect(await choice.page.getByRole('radio', { name: SUPPLIER.name }).count()).toBe(1);

    const page = (await web.signedIn('Petra Holm')).as(SupervisionCasePage);
    await page.open(caseId);
    await page.waitForCase(SUPPLIER.name, caseNumber);
    await page.decideOutcome('contract_terminated', 'Sovitut käynnit jäivät toistuvasti toteutumatta.', SERVICE_NAME);
    await page.statusChip('closed');
    await page.waitForText(page.t.supervision.outcomes.contract_terminated);
    expect(await page.stepBy('outcome_decided')).toBe('Petra Holm');
    await page.expectAccessible();
    await page.screenshots('supervision-case-terminated');

    await choice.page.reload();
    await choice.page.getByRole('radio', { name: OTHER }).waitFor();
    expect(await choice.page.getByRole('radio', { name: SUPPLIER.name }).count()).toBe(0);
    const offered = ok(await sys().as('sanna').get(`/suppliers?serviceCode=${SERVICE}&on=${today}`));
    expect(offered.map((o: { supplierId: string }) => o.supplierId)).toEqual([demo.familjestod]);
  });
});

describe("an own-production unit's self-monitoring on the supervision screens", () => {
  const unit = SUPPLIERS.find((s) => s.ownProduction)!;
  let unitCase = '';

  beforeAll(async () => {
    const [aino, sanna, riikka, hanna] = [sys().as('aino'), sys().as('sanna'), sys().as('riikka'), sys().as('hanna')];
    // Another file's bad answer may have left the unit's case open: this one begins its own.
    const open = ok(await riikka.get(`/supervision/cases?supplierId=${unit.id}&open=true`));
    for (const c of open as { id: string }[]) {
      ok(await riikka.post(`/supervision/cases/${c.id}/close`, { reason: 'Toisen testitiedoston tapaus.' }));
    }
    const today = await sys().today();
    const { id } = ok(
      await aino.post('/arrangements', proposal(demo.eetu.id, { needsAssessedOn: today, desiredStartOn: today })),
    );
    ok(await aino.post(`/arrangements/${id}/submit`));
    ok(await sanna.post(`/arrangements/${id}/claim`));
    ok(await sanna.post(`/arrangements/${id}/way`, { way: 'own_production', supplierId: unit.id }));
    ok(await hanna.post(`/arrangements/${id}/order-response`, { accept: true, workerId: demo.userId('leena') }));
    ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'granted' }));
    ok(await sanna.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: '4100-FSW' }));
    ok(await aino.post(`/arrangements/${id}/start`, { startedOn: today, goals: 'Arki sujuu.' }));
    const bad = { arrangementId: id, respondent: 'family', answeredOn: today, heard: 1, rightThings: 2, recommend: 4 };
    unitCase = ok(await aino.post('/feedback', bad)).caseId;
  });

  afterAll(async () => {
    if (unitCase) {
      ok(await sys().as('riikka').post(`/supervision/cases/${unitCase}/close`, { reason: 'Näkymätestin tapaus.' }));
    }
  });

  it("is marked self-monitoring in the team lead's list, with the findings per unit and quarter", async () => {
    const list = (await web.signedIn('Riikka Salo')).as(SupervisionCasesPage);
    await list.open();
    const row = (await list.listed()).find((r) => r.id === unitCase);
    expect(row?.kind).toBe('Omavalvonta');
    const findings = await list.selfMonitoringFindings();
    const quarter = `${(await sys().today()).slice(0, 4)}-Q${Math.ceil(Number((await sys().today()).slice(5, 7)) / 3)}`;
    const counted = findings.find((f) => f.unit === unit.name && f.quarter === quarter);
    expect(Number(counted?.total)).toBeGreaterThan(0);
    await list.expectAccessible();
  });

  it("shows the unit's lead their unit's case as a supplier sees its own, in Swedish", async () => {
    const list = (await web.signedIn('Hanna Koskinen', 'sv')).as(SupervisionCasesPage);
    await list.open();
    const rows = await list.listed();
    // The unit's cases only (those other files closed among them), each one self-monitoring.
    expect(rows).toContainEqual(expect.objectContaining({ id: unitCase }));
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['Egenkontroll']));
    await list.expectAccessible();
    await list.openCase(unitCase);
    const page = list.as(SupervisionCasePage);
    await page.waitForCase(unit.name, ok(await sys().as('riikka').get(`/supervision/cases/${unitCase}`)).number);
    await page.page.getByText('Egenkontroll').first().waitFor();
    await page.expectAccessible();
  });
});

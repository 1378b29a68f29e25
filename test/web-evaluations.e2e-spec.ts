import { randomUUID } from 'node:crypto';
import { en } from '../apps/web/src/common/locales/en';
import { fi } from '../apps/web/src/common/locales/fi';
import { sv } from '../apps/web/src/common/locales/sv';
import { type ApiUser, proposal } from './support/api';
import { eventually, ok } from './support/expect';
import { ownProduction, publishTestService } from './support/fixtures';
import { ArrangementPage } from './pages/arrangement';
import { ownWorkerOfOwn, browserTests } from './support/web-tests';

/**
 * The running service's checklist of the card's required steps and its evaluation interval in the browser,
 * in Finnish, Swedish and English, each screen checked with axe: the start waits for the introductory
 * visit, the interval is agreed at the start and changed at an evaluation.
 */
const web = browserTests();

const vilja = { id: randomUUID(), username: 'vilja', name: 'Vilja Välitesti' };
const family = { id: randomUUID(), name: 'Veikko Välitesti' };
/** As the 24-hour family rehabilitation's card asks, with evaluations every one to three months. */
const SERVICE = 'web_steps_test';
let viljaApi: ApiUser;

beforeAll(async () => {
  viljaApi = await ownWorkerOfOwn(web.sys, vilja);
  await publishTestService(web.sys.as('riikka'), SERVICE, 'Selaintestin palvelu, jonka kortti vaatii vaiheita', {
    requiredSteps: ['decision', 'introductory_visit', 'starting_negotiation', 'monthly_interim_negotiation'],
    evaluationInterval: 'P3M',
    evaluationIntervalShortest: 'P1M',
  });
  await web.sys.db.query(
    `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
     values ($1, $2, '2015-05-05', 'espoo', 'fi', 'SHL', $3)`,
    [family.id, family.name, vilja.id],
  );
});

/** The facts' value under `label` on the page. */
const fact = (page: ArrangementPage, label: string) =>
  page.page
    .locator('dt', { hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd')
    .first();

it("shows the card's required steps as a checklist the start waits for, and the evaluation interval agreed with the family", async () => {
  const today = await web.sys.today();
  const sanna = web.sys.as('sanna');
  const { id } = ok(
    await viljaApi.post(
      '/arrangements',
      proposal(family.id, { serviceCode: SERVICE, needsAssessedOn: today, desiredStartOn: today }),
    ),
  );
  ok(await viljaApi.post(`/arrangements/${id}/submit`));
  ok(await sanna.post(`/arrangements/${id}/claim`));
  await ownProduction(web.sys, id, sanna);
  ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'granted' }));
  ok(await sanna.post(`/arrangements/${id}/payment-commitment`, { costCentreCode: '4100-FSW' }));

  const own = (await web.signedIn(vilja.name)).as(ArrangementPage);
  await own.open(id);
  expect(await own.requiredSteps()).toEqual({
    decision: 'done',
    introductory_visit: 'open',
    starting_negotiation: 'open',
    monthly_interim_negotiation: 'open',
  });
  await own.expectAccessible();

  // The family agrees on monthly meetings; the start is refused until the introductory visit is recorded.
  await own.pick(fi.facts.every.M_one);
  await own.recordStart();
  await own.waitForText(fi.rules.required_step);
  expect(ok(await viljaApi.get(`/arrangements/${id}`)).status).toBe('committed');
  await own.recordStep(fi.serviceSteps.steps.introductory_visit, 'introductory_visit');
  await own.pick(fi.facts.every.M_one);
  await own.recordStart();
  await own.page.locator('[data-step="starting_negotiation"][data-state="done"]').waitFor();
  expect(ok(await viljaApi.get(`/arrangements/${id}`)).running).toMatchObject({ evaluationInterval: 'P1M' });
  expect(await fact(own, fi.serviceSteps.interval).textContent()).toBe(fi.facts.every.M_one);
  expect(await own.requiredSteps()).toMatchObject({ introductory_visit: 'done', starting_negotiation: 'done' });
  // The step recorded by hand says who did it and when.
  const visitRow = own.page.locator('[data-step="introductory_visit"]');
  expect(await visitRow.textContent()).toContain(vilja.name);
  await own.expectAccessible();

  for (const [language, texts] of [
    ['sv', sv],
    ['en', en],
  ] as const) {
    await own.chooseLanguage(language);
    await own.heading(texts.serviceSteps.title, 2).waitFor();
    expect(await fact(own, texts.serviceSteps.interval).textContent()).toBe(texts.facts.every.M_one);
    await own.expectAccessible();
  }

  // At the evaluation, in English: the goals' progress, new goals, and every two months from now on.
  await own.fillEvaluation(en.worker.participant.child, 'Mornings go well; evenings not yet.');
  await own.textbox(en.serviceSteps.newGoals).fill('An evening routine without quarrels three nights a week.');
  await own.pick(en.facts.every.M_other.replace('{{count}}', '2'));
  await own.expectAccessible();
  await own.saveEvaluation();
  await eventually('the evaluation to be recorded', async () => {
    const a = ok(await viljaApi.get(`/arrangements/${id}`));
    return a.running?.evaluationsHeld === 1 ? a : undefined;
  });
  expect(ok(await viljaApi.get(`/arrangements/${id}`)).running.evaluationInterval).toBe('P2M');
  await fact(own, en.serviceSteps.interval).getByText('every 2 months', { exact: true }).waitFor();

  // What is offered is the API's allowedActions: the service ended, no step is recorded any more.
  expect(ok(await viljaApi.get(`/arrangements/${id}`)).allowedActions).toContain('recordStep');
  await own.page.getByRole('region', { name: en.serviceSteps.record, exact: true }).waitFor();
  ok(await viljaApi.post(`/arrangements/${id}/termination`, { reason: 'goals_met', explanation: 'Done.' }));
  expect(ok(await viljaApi.get(`/arrangements/${id}`)).allowedActions).not.toContain('recordStep');
  await own.reload();
  await own.heading(en.serviceSteps.title, 2).waitFor();
  expect(await own.page.getByRole('region', { name: en.serviceSteps.record, exact: true }).count()).toBe(0);
});

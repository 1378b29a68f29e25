import { randomUUID } from 'node:crypto';
import { finnishDate } from '../apps/web/src/common/format';
import { fi } from '../apps/web/src/common/locales/fi';
import { sv } from '../apps/web/src/common/locales/sv';
import { TEAM_PHONES } from '../libs/persistence/dev/demo-region';
import { addDays, addDuration } from '../libs/domain/dates';
import { demo, proposal } from './support/api';
import { systemEnv } from './support/env';
import { eventually, ok } from './support/expect';
import { FamilyPage } from './pages/family';
import { addClient, addPerson, fakeIdentityCode } from './support/family';
import { activeService } from './support/fixtures';
import { withProvider } from './support/oidc';
import { ownApi } from './support/own-services';
import { browserTests, ownWorkerOfOwn } from './support/web-tests';

/**
 * The family's own view in a real Chromium on a phone's screen (390 px): a guardian signs in through the
 * identification broker (a local OpenID provider) in Finnish, another through the development list in
 * Swedish; each sees their child's decision and whom to call, opens its letter, and reaches no other
 * family's child. Online, a guardian answers the feedback survey offered on a service and sends a request for
 * rectification of a decision, in time in Finnish and late in Swedish. An idle session warns before it ends,
 * and what the family was writing comes back when they sign in again. Every page state is checked with axe.
 */
const web = browserTests();
const worker = { id: randomUUID(), username: 'fredrik-family', name: 'Fredrik Perhenäkymä' };
const finnish = { name: 'Lumi Perhenäkymä', guardian: 'Laura Perhenäkymä', code: fakeIdentityCode() };
const swedish = { name: 'Axel Familjevy', guardian: 'Annika Familjevy', code: fakeIdentityCode() };
let lumi: string, axel: string;
const surveyFi = { name: 'Oona Kyselynäkymä', guardian: 'Olli Kyselynäkymä' };
const surveySv = { name: 'Elsa Enkätvy', guardian: 'Eva Enkätvy' };
const idle = { name: 'Ilona Istuntonäkymä', guardian: 'Iida Istuntonäkymä' };
let today: string;
let lateDeadline: string, inTimeDeadline: string;

beforeAll(async () => {
  const api = await ownWorkerOfOwn(web.sys, worker);
  lumi = await addClient(web.sys.db, { name: finnish.name, dateOfBirth: '2015-02-02', ownWorkerId: worker.id });
  axel = await addClient(web.sys.db, {
    name: swedish.name,
    dateOfBirth: '2016-03-03',
    ownWorkerId: worker.id,
    language: 'sv',
  });
  for (const clientId of [lumi, axel])
    await activeService(web.sys, 'home_help', demo.perhepolku, undefined, clientId, api);
  await addPerson(web.sys.db, { name: finnish.guardian, identityCode: finnish.code, guardianOf: [lumi] });
  await addPerson(web.sys.db, { name: swedish.guardian, identityCode: swedish.code, guardianOf: [axel] });

  today = await web.sys.today();
  // In Finnish: a service ended early (the family moved): the survey at its end, and the ending to rectify.
  const oona = await addClient(web.sys.db, { name: surveyFi.name, dateOfBirth: '2014-04-04', ownWorkerId: worker.id });
  const ended = (await activeService(web.sys, 'home_help', demo.perhepolku, undefined, oona, api)).id;
  ok(await api.post(`/arrangements/${ended}/termination`, { reason: 'moved', explanation: 'Perhe muutti.' }));
  await eventually('the ended service to ask for feedback', async () => {
    const [r] = await web.sys.db.query('select 1 from feedback_request where arrangement_id = $1', [ended]);
    return r;
  });
  inTimeDeadline = ok(await api.get(`/calendar/rectification-deadline?sentOn=${today}`)).lastDay;
  await addPerson(web.sys.db, { name: surveyFi.guardian, identityCode: fakeIdentityCode(), guardianOf: [oona] });
  // In Swedish: a service running for seven months (its survey while it runs), and a denial sixty days old.
  const elsa = await addClient(web.sys.db, {
    name: surveySv.name,
    dateOfBirth: '2013-03-03',
    ownWorkerId: worker.id,
    language: 'sv',
  });
  const running = (await activeService(web.sys, 'home_help', demo.perhepolku, undefined, elsa, api)).id;
  await web.sys.db.query(`update arrangement set started_on = started_on - interval '7 months' where id = $1`, [
    running,
  ]);
  const sanna = web.sys.as('sanna');
  const { id: denied } = ok(await api.post('/arrangements', proposal(elsa, { serviceCode: 'home_help' })));
  ok(await api.post(`/arrangements/${denied}/submit`));
  ok(await sanna.post(`/arrangements/${denied}/claim`));
  ok(await sanna.post(`/arrangements/${denied}/decision`, { outcome: 'denied', reason: 'Tarve ei täyty.' }));
  const [decision] = ok(await api.get(`/arrangements/${denied}/decisions`));
  const decidedOn = addDays(today, -60);
  lateDeadline = ok(await api.get(`/calendar/rectification-deadline?sentOn=${decidedOn}`)).lastDay;
  await web.sys.db.query(
    'update decision set decided_on = $3, appeal_deadline = $4 where arrangement_id = $1 and seq = $2',
    [denied, decision.seq, decidedOn, lateDeadline],
  );
  await addPerson(web.sys.db, { name: surveySv.guardian, identityCode: fakeIdentityCode(), guardianOf: [elsa] });
  // A denial just made, to request rectification of while the session runs out.
  const ilona = await addClient(web.sys.db, { name: idle.name, dateOfBirth: '2012-05-05', ownWorkerId: worker.id });
  const { id: deniedNow } = ok(await api.post('/arrangements', proposal(ilona, { serviceCode: 'home_help' })));
  ok(await api.post(`/arrangements/${deniedNow}/submit`));
  ok(await sanna.post(`/arrangements/${deniedNow}/claim`));
  ok(await sanna.post(`/arrangements/${deniedNow}/decision`, { outcome: 'denied', reason: 'Tarve ei täyty.' }));
  await addPerson(web.sys.db, { name: idle.guardian, identityCode: fakeIdentityCode(), guardianOf: [ilona] });
});

describe("the family's view, on a phone", () => {
  it('signs a guardian in through the identification broker, shows the decision and its letter, in Finnish', async () => {
    await withProvider([3196, 3197], [], async (appUrl) => {
      const family = await FamilyPage.open(web.browser, web.errors, 'fi', appUrl);
      await family.expectAccessible();
      await family.screenshots('family-sign-in');
      await family.onPhone();
      await family.signInWithProvider();
      // The broker's own page: the person identifies themself; the subject is their identity code.
      await family.signInAtProvider(finnish.code);
      await family.heading(fi.family.children.title).waitFor();
      expect(family.url()).toBe(`${appUrl}/family`);
      await family.waitForText(family.text(fi.family.children.signedInAs, { name: finnish.guardian }));
      await family.expectAccessible();
      await family.screenshots('family-children');
      await family.onPhone();

      await family.openChild(finnish.name);
      await family.waitForText(`${fi.letters.kind.initial} · ${fi.arrangement.outcome.granted}`);
      await family.waitForText(family.text(fi.family.contact.ownWorker, { name: worker.name }));
      await family.waitForText(TEAM_PHONES['fsw-espoo']!);
      await family.waitForText(fi.family.matters.appealInLetter);
      await family.waitForText(fi.family.matters.justification);
      await family.expectAccessible();
      await family.screenshots('family-matters');
      await family.onPhone();
      const letter = await family.openLetter();
      await letter.close();

      // The family's own cookie, httpOnly; no worker's session, and nothing a script could read.
      const cookies = await family.page.context().cookies(appUrl);
      expect(cookies.filter((c) => c.name.startsWith('luvn')).map((c) => [c.name, c.httpOnly, c.sameSite])).toEqual([
        ['luvn-family-session', true, 'Strict'],
      ]);
      expect(await family.page.evaluate('document.cookie')).toBe('');
      expect(await family.storedText()).not.toContain(finnish.code);

      // Signing out ends the session here and at the broker, which sends the browser back to the family's view.
      await family.signOut();
      await family.confirmSignOutAtProvider();
      await family.heading(fi.family.signIn.title).waitFor();
      expect(family.url()).toBe(`${appUrl}/family/`);
      await family.page.context().close();
    });
  });

  it("signs a guardian in by the development list in Swedish, and shows no other family's child", async () => {
    const family = await FamilyPage.open(web.browser, web.errors, 'sv');
    await family.expectAccessible();
    await family.signInAs(swedish.guardian);
    await family.expectAccessible();
    await family.openChild(swedish.name);
    await family.waitForText(`${sv.letters.kind.initial} · ${sv.arrangement.outcome.granted}`);
    await family.waitForText(family.text(sv.family.contact.ownWorker, { name: worker.name }));
    await family.waitForText(sv.family.matters.appealInLetter);
    await family.expectAccessible();
    await family.screenshots('family-matters-sv');
    await family.onPhone();
    const letter = await family.openLetter();
    await letter.close();
    // Another family's child, by its address: not found, as if it did not exist. The page's early script asks
    // nothing of a worker's session on the family's pages.
    const workersSession: string[] = [];
    family.page.on('request', (r) => {
      if (['/session', '/me'].includes(new URL(r.url()).pathname)) workersSession.push(r.url());
    });
    await family.goto(`/family/clients/${lumi}`);
    await family.heading(sv.errors.page).waitFor();
    await family.waitForText(sv.errors.not_found);
    expect(await family.page.getByText(finnish.name).count()).toBe(0);
    expect(workersSession).toEqual([]);
    await family.expectAccessible();
    await family.page.context().close();
  });

  it('answers the survey at the end of a service and requests rectification in time, in Finnish', async () => {
    const family = await FamilyPage.open(web.browser, web.errors, 'fi');
    await family.signInAs(surveyFi.guardian);
    await family.openChild(surveyFi.name);
    await family.waitForText(fi.family.survey.offered.ended);
    await family.waitForText(family.text(fi.family.rectification.lastDay, { on: finnishDate(inTimeDeadline) }));
    expect(await family.page.getByText(fi.family.rectification.late).count()).toBe(0);
    await family.expectAccessible();

    await family.openSurvey();
    await family.expectAccessible();
    await family.screenshots('family-survey');
    await family.fillSurvey({
      items: {
        heard: '4',
        rightThings: '3',
        lifeSituation: '3',
        parentCoping: '2',
        familyRelations: '4',
        influence: '3',
      },
      recommend: '8',
      helpedMost: 'Kotiapu arjen aamuissa.',
    });
    await family.expectAccessible();
    await family.sendSurvey();
    // Answered: no longer offered; the thanks stays.
    await family.page.getByRole('button', { name: fi.family.survey.answer }).waitFor({ state: 'detached' });
    await family.expectAccessible();

    await family.writeRectification('Muutimme vasta kuun lopussa; palvelua tarvittiin siihen asti.');
    await family.expectAccessible();
    await family.sendRectification(finnishDate(today));
    await family.waitForText(family.text(fi.family.rectification.received, { on: finnishDate(today) }));
    await family.page.getByRole('button', { name: fi.family.rectification.request }).waitFor({ state: 'detached' });
    await family.expectAccessible();
    await family.screenshots('family-sent');

    const [answer] = await web.sys.db.query(
      `select f.received_via as via, f.heard, f.recommend from family_survey_answer s join feedback f on f.id = s.feedback_id
       join arrangement a on a.id = s.arrangement_id join client c on c.id = a.client_id where c.full_name = $1`,
      [surveyFi.name],
    );
    expect(answer).toEqual({ via: 'family', heard: 4, recommend: 8 });
    await family.page.context().close();
  });

  it('answers the survey of a running service and sends a late request for rectification, in Swedish', async () => {
    const family = await FamilyPage.open(web.browser, web.errors, 'sv');
    await family.signInAs(surveySv.guardian);
    await family.openChild(surveySv.name);
    await family.waitForText(sv.family.survey.offered.running);
    await family.waitForText(family.text(sv.family.rectification.lastDay, { on: finnishDate(lateDeadline) }));
    await family.waitForText(sv.family.rectification.late);
    await family.expectAccessible();

    await family.openSurvey();
    await family.fillSurvey({
      items: { heard: '1', rightThings: '2', parentCoping: '2', familyRelations: '3', influence: '1' },
      recommend: '3',
      helpedMost: 'Inget särskilt.',
    });
    await family.expectAccessible();
    await family.sendSurvey();
    await family.page.getByRole('button', { name: sv.family.survey.answer }).waitFor({ state: 'detached' });
    await family.expectAccessible();

    await family.writeRectification('Vi fick beslutet först nu.');
    await family.expectAccessible();
    await family.sendRectification(finnishDate(today));
    await family.waitForText(family.text(sv.family.rectification.receivedLate, { on: finnishDate(today) }));
    await family.expectAccessible();
    await family.screenshots('family-sent-sv');

    const [request] = await web.sys.db.query(
      `select r.in_time as "inTime", r.sent_by_person_id is not null as online from rectification_request r
       join arrangement a on a.id = r.arrangement_id join client c on c.id = a.client_id where c.full_name = $1`,
      [surveySv.name],
    );
    expect(request).toEqual({ inTime: false, online: true });
    await family.page.context().close();
  });

  it("shows a young person in aftercare the placing county's responsible worker and the client plan, in Swedish", async () => {
    const young = { id: randomUUID(), name: 'Saga Eftervårdsvy' };
    const bornOn = addDays(addDuration(today, 'P20Y', -1), -10);
    const responsible = { name: 'Sofia Satakunta', team: 'Eftervårdsteamet, Björneborg', phone: '+358 2 623 0299' };
    await web.sys.db.query(
      `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
       values ($1, $2, $3, 'raasepori', 'sv', 'LsL', $4)`,
      [young.id, young.name, bornOn, demo.userId('helmi')],
    );
    ok(
      await web.sys.as('helmi').put(`/clients/${young.id}/aftercare`, {
        basis: 'placement',
        startedOn: addDays(addDuration(bornOn, 'P18Y'), 1),
        placingCounty: 'satakunta',
        residenceCounty: 'west_uusimaa',
        planAgreedOn: today,
        responsibleWorker: { ...responsible, email: 'sofia.satakunta@sata.example' },
      }),
    );
    await addPerson(web.sys.db, { name: young.name, identityCode: fakeIdentityCode(), self: young.id });
    const family = await FamilyPage.open(web.browser, web.errors, 'sv');
    await family.signInAs(young.name);
    await family.openChild(young.name);
    await family.waitForText(family.text(sv.family.contact.ownWorker, { name: demo.fullName('helmi') }));
    await family.waitForText(family.text(sv.family.contact.responsibleWorker, { name: responsible.name }));
    await family.waitForText(`${responsible.team}, Satakunta välfärdsområde`);
    await family.waitForText(responsible.phone);
    // The team's phone, never the e-mail the other county gave: that stays with the workers.
    expect(await family.page.getByText('sofia.satakunta@sata.example').count()).toBe(0);
    await family.expectAccessible();
    await family.screenshots('family-aftercare-sv');
    await family.onPhone();
    const plan = await family.openClientPlan();
    await plan.close();
    await family.page.context().close();
  });

  it('warns before an idle session ends, and gives back the grounds written when the family signs in again', async () => {
    // Short times, configured: the warning after 6 seconds unused, the end 24 seconds later.
    const api = await ownApi(systemEnv(), 3188, { SESSION_IDLE_SECONDS: '30', SESSION_WARNING_SECONDS: '24' });
    try {
      const family = await FamilyPage.open(web.browser, web.errors, 'fi', api.url);
      await family.signInAs(idle.guardian);
      await family.openChild(idle.name);
      const grounds = 'Tarvitsemme apua aamuisin, kun nuorin aloittaa koulun.';
      await family.writeRectification(grounds);

      const warning = family.page.getByRole('dialog', { name: fi.session.idleTitle });
      await warning.waitFor();
      // The way to stay has the focus, so that a key press keeps the session.
      expect(await family.page.locator(':focus').textContent()).toBe(fi.family.session.stay);
      await family.expectAccessible();
      await family.screenshots('family-idle-warning');
      await family.page.keyboard.press('Enter');
      await warning.waitFor({ state: 'hidden' });
      await family.heading(idle.name).waitFor();

      // Unanswered, the warning ends the session: the page says why, and keeps nothing of the child on screen.
      await warning.waitFor();
      await family.heading(fi.family.signIn.title).waitFor({ timeout: 45_000 });
      await family.waitForText(fi.signIn.ended.idle);
      expect(await family.page.getByText(idle.name).count()).toBe(0);
      await family.expectAccessible();

      // Signed in again, at the same address: the request is open again with the grounds written.
      await family.page.getByRole('button', { name: family.text(fi.signIn.as, { name: idle.guardian }) }).click();
      await family.heading(idle.name).waitFor();
      const textbox = family.page.getByRole('textbox', { name: fi.family.rectification.grounds, exact: true });
      expect(await textbox.inputValue()).toBe(grounds);
      await family.sendRectification(finnishDate(today));
      // Sent: the draft is not kept.
      expect(await family.storedText()).not.toContain('aamuisin');
      await family.page.context().close();
    } finally {
      api.stop();
    }
  });
});

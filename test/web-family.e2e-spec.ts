import { randomUUID } from 'node:crypto';
import { fi } from '../apps/web/src/common/locales/fi';
import { sv } from '../apps/web/src/common/locales/sv';
import { TEAM_PHONES } from '../libs/persistence/dev/demo-region';
import { demo } from './support/api';
import { FamilyPage } from './pages/family';
import { addClient, addPerson, fakeIdentityCode } from './support/family';
import { activeService } from './support/fixtures';
import { withProvider } from './support/oidc';
import { browserTests, ownWorkerOfOwn } from './support/web-tests';

/**
 * The family's own view in a real Chromium on a phone's screen (390 px): a guardian signs in through the
 * identification broker (a local OpenID provider) in Finnish, another through the development list in
 * Swedish; each sees their child's decision and whom to call, opens its letter, and reaches no other
 * family's child. Every page is checked with axe.
 */
const web = browserTests();
const worker = { id: randomUUID(), username: 'fredrik-family', name: 'Fredrik Perhenäkymä' };
const finnish = { name: 'Lumi Perhenäkymä', guardian: 'Laura Perhenäkymä', code: fakeIdentityCode() };
const swedish = { name: 'Axel Familjevy', guardian: 'Annika Familjevy', code: fakeIdentityCode() };
let lumi: string, axel: string;

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
    // Another family's child, by its address: not found, as if it did not exist.
    await family.goto(`/family/clients/${lumi}`);
    await family.heading(sv.errors.page).waitFor();
    await family.waitForText(sv.errors.not_found);
    expect(await family.page.getByText(finnish.name).count()).toBe(0);
    await family.expectAccessible();
    await family.page.context().close();
  });
});

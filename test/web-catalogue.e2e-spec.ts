import { finnishDate } from '../apps/web/src/common/format';
import { fi } from '../apps/web/src/common/locales/fi';
import { sv } from '../apps/web/src/common/locales/sv';
import { ArrangementPage } from './pages/arrangement';
import { CataloguePage } from './pages/catalogue';
import { demo, proposal } from './support/api';
import { ok, refused } from './support/expect';
import { activeService, publishTestService } from './support/fixtures';
import { browserTests } from './support/web-tests';

/**
 * The catalogue editor and the arrangement page's records beside the process: a team lead edits a principle
 * card and publishes it with why, which the versions and the comparison show, and a new proposal takes while
 * an older one keeps its version; a request for rectification recorded from the page by its last day, and
 * counted; an own worker's wrongly recorded visit cancelled with who and why. A service of this file's own.
 */
const web = browserTests();
const sys = () => web.sys;

const CODE = 'catalogue_screens_test';
const NOTE = 'Ruotsinkielinen nimi täsmennetty kunnan sanaston mukaan';

let before = 0;

beforeAll(async () => {
  await publishTestService(sys().as('riikka'), CODE, 'Periaatekorttien näkymien testipalvelu');
  before = ok(await sys().as('riikka').get(`/catalogue/services/${CODE}`)).version;
});

describe('the catalogue editor', () => {
  it('a team lead edits a card and publishes it with why; its versions, its changes and the proposals follow', async () => {
    const [riikka, aino] = [sys().as('riikka'), sys().as('aino')];
    expect(ok(await riikka.get(`/catalogue/services/${CODE}`)).allowedActions).toEqual(['publish']);
    expect(ok(await aino.get(`/catalogue/services/${CODE}`)).allowedActions).toEqual([]);
    const older = ok(await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: CODE })));
    expect(older.catalogueVersion).toBe(before);

    const page = (await web.signedIn('Riikka Salo')).as(CataloguePage);
    await page.open();
    await page.service(CODE).waitFor();
    await page.expectAccessible();
    await page.screenshots('catalogue');
    await page.service(CODE).getByRole('link').click();
    await page.heading(`Testipalvelu ${CODE}`).waitFor();
    expect(await page.column('sv').textContent()).toContain(`Testtjänst ${CODE}`);
    expect(await page.column('en').textContent()).toContain(`Test service ${CODE}`);
    await page.expectAccessible();
    await page.publishName('sv', `Testtjänst ${CODE} (ny)`, NOTE);
    // The version it became: other test files publish services of their own at the same time, so not always the next.
    const published = new RegExp(fi.catalogue.published.replace('{{version}}', '(\\d+)').replace(/\.$/, '\\.'));
    const status = page.page.getByRole('status').getByText(published);
    await status.waitFor();
    const version = Number(published.exec((await status.textContent()) ?? '')?.[1]);
    expect(version).toBeGreaterThan(before);
    expect((await page.versions())[0]).toEqual({ version: String(version), who: 'Riikka Salo', note: NOTE });
    expect(await page.changes()).toEqual({ 'name.sv': [`Testtjänst ${CODE}`, `Testtjänst ${CODE} (ny)`] });
    await page.expectAccessible();
    await page.screenshots('catalogue-card');

    const diff = ok(await riikka.get(`/catalogue/services/${CODE}/diff?from=${before}&to=${version}`));
    expect(diff.changes).toEqual([
      { field: 'name.sv', before: `Testtjänst ${CODE}`, after: `Testtjänst ${CODE} (ny)` },
    ]);
    const versions = ok(await riikka.get('/catalogue/versions'));
    expect(versions.find((v: { version: number }) => v.version === version)).toMatchObject({
      version,
      publishedByName: 'Riikka Salo',
      note: NOTE,
    });
    // A proposal made now is under the new version; the older one keeps the version it was proposed under.
    const newer = ok(await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: CODE })));
    expect(newer.catalogueVersion).toBeGreaterThanOrEqual(version);
    expect(ok(await aino.get(`/arrangements/${older.id}`)).catalogueVersion).toBe(before);
  });
});

describe("the arrangement page's records", () => {
  it('a request for rectification is recorded from the page by its last day, and counted in the figures', async () => {
    const [aino, sanna, riikka] = [sys().as('aino'), sys().as('sanna'), sys().as('riikka')];
    const today = await sys().today();
    const { id } = ok(await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: CODE })));
    ok(await aino.post(`/arrangements/${id}/submit`));
    ok(await sanna.post(`/arrangements/${id}/claim`));
    ok(await sanna.post(`/arrangements/${id}/decision`, { outcome: 'denied', reason: 'Tarve ei täyty.' }));
    const [decision] = ok(await sanna.get(`/arrangements/${id}/decisions`));
    expect(decision.allowedActions).toEqual(['requestRectification']);
    expect(ok(await aino.get(`/arrangements/${id}/decisions`))[0].allowedActions).toEqual([]);
    const figures = `/reports/figures?from=${today}&to=${today}&serviceCode=${CODE}`;
    const requests = async () =>
      (ok(await riikka.get(figures)).appeals as { rectificationRequests: number }[]).reduce(
        (n, r) => n + r.rectificationRequests,
        0,
      );
    const counted = await requests();

    const page = (await web.signedIn('Sanna Mäkinen')).as(ArrangementPage);
    await page.open(id);
    expect(await page.rectification()).toContain(finnishDate(decision.appealDeadline));
    await page.expectAccessible();
    await page.recordRectification('Perhe tarvitsee kotipalvelua arjen sujumiseksi.');
    const text = await page.rectification();
    expect(text).toContain('Perhe tarvitsee kotipalvelua arjen sujumiseksi.');
    expect(text).toContain(fi.rectification.inTime);
    // Recorded once: the decision no longer offers another.
    expect(await page.rectificationForm.count()).toBe(0);
    await page.expectAccessible();
    await page.screenshots('arrangement-rectification');

    expect(await requests()).toBe(counted + 1);
    const [request] = ok(await riikka.get(`/arrangements/${id}/rectification-requests`));
    expect(request.allowedActions).toEqual(['recordOutcome']);
    refused(
      await sanna.post(`/arrangements/${id}/decisions/${decision.seq}/rectification-requests`, {
        receivedOn: today,
        grounds: 'Toinen.',
      }),
      409,
    );
  });

  it('a request against an unmet need is recorded from the page too, in Swedish, where the API offers it', async () => {
    const [aino, sanna] = [sys().as('aino'), sys().as('sanna')];
    const { id } = ok(await aino.post('/arrangements', proposal(demo.eetu.id, { serviceCode: CODE })));
    ok(await aino.post(`/arrangements/${id}/submit`));
    ok(await sanna.post(`/arrangements/${id}/claim`));
    ok(await sanna.post(`/arrangements/${id}/unmet-need`, { reason: 'Inga lediga producenter.' }));
    const [unmet] = ok(await sanna.get(`/arrangements/${id}/decisions`));
    expect(unmet).toMatchObject({ kind: 'unmet_need', allowedActions: ['requestRectification'] });

    const page = (await web.signedIn('Sanna Mäkinen', 'sv')).as(ArrangementPage);
    await page.open(id);
    const before = await page.rectification();
    expect(before).toContain(sv.letters.kind.unmet_need);
    expect(before).toContain(finnishDate(unmet.appealDeadline));
    await page.expectAccessible();
    await page.recordRectification('Familjen behöver tjänsten nu.');
    const text = await page.rectification();
    expect(text).toContain('Familjen behöver tjänsten nu.');
    expect(text).toContain(sv.rectification.inTime);
    expect(await page.rectificationForm.count()).toBe(0);
    await page.expectAccessible();
  });

  it("an own worker cancels a visit recorded wrongly with why; the page shows who and why, and the month's use drops it", async () => {
    const aino = sys().as('aino');
    const { id } = await activeService(sys(), CODE, null);
    const today = await sys().today();
    const visit = ok(
      await aino.post(
        `/arrangements/${id}/visits`,
        { startsAt: `${today}T09:00:00+02:00`, hours: 2, status: 'delivered' },
        `catalogue-screens-visit-${id}`,
      ),
    );
    const use = () => aino.get(`/arrangements/${id}/use?month=${today.slice(0, 7)}`).then(ok);
    const [listed] = ok(await aino.get(`/arrangements/${id}/visits`));
    expect(listed.allowedActions).toEqual(['edit', 'cancel']);
    const used = await use();
    refused(
      await sys()
        .as('sanna')
        .post(`/arrangements/${id}/visits/${visit.id}/correction`, { kind: 'cancel', reason: 'x' }),
      403,
    );
    const noReason = refused(
      await aino.post(`/arrangements/${id}/visits/${visit.id}/correction`, { kind: 'cancel' }),
      400,
    );
    expect(noReason.problems[0]).toMatchObject({ field: 'reason' });

    const page = (await web.signedIn('Aino Virtanen')).as(ArrangementPage);
    await page.open(id);
    await page.correctButtons().first().waitFor();
    await page.expectAccessible();
    await page.cancelVisitRecord(visit.id, 'Kirjattu väärälle päivälle.');
    const row = await page.visitRow(visit.id);
    expect(row).toContain(fi.running.voided);
    expect(row).toContain('Aino Virtanen');
    expect(row).toContain('Kirjattu väärälle päivälle.');
    expect(await page.correctButtons().count()).toBe(0);
    await page.expectAccessible();
    await page.screenshots('arrangement-visit-corrected');

    const [corrected] = ok(await aino.get(`/arrangements/${id}/visits`));
    expect(corrected).toMatchObject({ voided: true, chargedHours: 0, allowedActions: [] });
    expect(corrected.corrections).toEqual([
      expect.objectContaining({
        kind: 'cancel',
        reason: 'Kirjattu väärälle päivälle.',
        correctedByName: 'Aino Virtanen',
        before: expect.objectContaining({ hours: 2, status: 'delivered' }),
      }),
    ]);
    const after = await use();
    expect(after.deliveredVisits).toBe(used.deliveredVisits - 1);
    expect(after.chargedHours).toBe(used.chargedHours - 2);
    refused(
      await aino.post(`/arrangements/${id}/visits/${visit.id}/correction`, { kind: 'cancel', reason: 'Uudelleen.' }),
      409,
    );
  });
});

import { randomUUID } from 'node:crypto';
import { euros, monthText } from '../apps/web/src/common/format';
import { figureText } from '../apps/web/src/suppliers/figures';
import { addDays } from '../libs/domain/dates';
import { AftercareFiguresPage, AftercarePage } from './pages/aftercare';
import { SettingsPage } from './pages/figures';
import { MyClientsPage } from './pages/my-clients';
import { ok } from './support/expect';
import { browserTests } from './support/web-tests';

/**
 * Child welfare's aftercare across counties (issue 28) in a real browser. An own worker of this file's own (child
 * welfare, in the team cw-lohja) opens a young person of theirs, 20 years old, from her list by the keyboard; her
 * first try at the aftercare names two other counties and no responsible worker, and each field says its rule; then
 * she records it placed from here and living in Central Uusimaa, sees whom the young person contacts, opens the
 * client plan (a PDF), records a service Central Uusimaa arranges and a month's cost it told, and sends the plan.
 * The team lead sees aftercare's figures as the API counts them: a second young person of the worker's, placed from
 * here and living in Helsinki, is set up over the API, so that the figures need nothing of the first test. Neither
 * lives in a county aftercare.e2e-spec.ts counts (Vantaa and Kerava, Pirkanmaa).
 */
const web = browserTests();
const sys = () => web.sys;
const RUN = Date.now().toString(36);
const WORKER = { id: randomUUID(), username: `hilja-${RUN}`, name: `Hilja Huolehtija ${RUN}` };
const NEA = { id: randomUUID(), name: `Nea Nuorinen ${RUN}` };
const OSKU = { id: randomUUID(), name: `Osku Omillaan ${RUN}` };
const KAISU = {
  name: 'Kaisu Keskinen',
  team: 'Nuorten sosiaalityö',
  phone: '09 4191 2345',
  email: 'kaisu.keskinen@keusote.example',
};
const OWN = 'Länsi-Uudenmaan hyvinvointialue';
const CENTRAL = 'Keski-Uudenmaan hyvinvointialue';
const HELSINKI = 'Helsingin kaupunki';
let today = '';
let year = 0;
let born = '';
let started = '';

const finnishDay = (iso: string) => iso.split('-').reverse().map(Number).join('.');

beforeAll(async () => {
  today = await sys().today();
  year = Number(today.slice(0, 4));
  // Twenty this year (born 15.1.): 18–24 on any day the aftercare starts within the last month.
  born = `${year - 20}-01-15`;
  started = addDays(today, -30);
  await sys().db.query(
    `insert into app_user (id, username, full_name, role, profession, team_id)
     values ($1, $2, $3, 'own_worker', 'social_worker', 'cw-lohja')`,
    [WORKER.id, WORKER.username, WORKER.name],
  );
  for (const c of [NEA, OSKU]) {
    await sys().db.query(
      `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
       values ($1, $2, $3, 'lohja', 'fi', 'LsL', $4)`,
      [c.id, c.name, born, WORKER.id],
    );
  }
  // Osku: placed from here, living in Helsinki, a service Helsinki arranges and its cost this month.
  const tuomas = sys().as('tuomas');
  ok(
    await tuomas.put(`/clients/${OSKU.id}/aftercare`, {
      basis: 'placement',
      startedOn: started,
      placingCounty: 'west_uusimaa',
      residenceCounty: 'helsinki',
      otherCountyContact: { name: 'Henna Helsinkiläinen', team: 'Jälkihuollon tiimi' },
    }),
  );
  const service = ok(
    await tuomas.post(
      `/clients/${OSKU.id}/aftercare/services-elsewhere`,
      { service: 'Tukiasuminen', arrangedFrom: started },
      `osku-${RUN}`,
    ),
  );
  ok(
    await tuomas.put(`/clients/${OSKU.id}/aftercare/services-elsewhere/${service.id}/costs`, {
      month: today.slice(0, 7),
      amountCents: 61_000,
    }),
  );
  ok(
    await tuomas.post('/county-settings', {
      key: 'aftercare_caseload_norm',
      scope: 'social_worker',
      value: 40,
      validFrom: `${year}-01-01`,
      source: `Jälkihuollon testin normi ${RUN}`,
    }),
  );
});

describe("a young person's aftercare on the client's page", () => {
  it('is recorded by the own worker, refused field by field where the counties do not fit, with the contacts and the plan', async () => {
    const list = (await web.signedIn(WORKER.name)).as(MyClientsPage);
    await list.waitForHeading();
    await list.client(NEA.name).waitFor();
    const page = list.as(AftercarePage);
    const t = page.t;
    await page.openFromMyClients(NEA.name);
    await page.waitForText(t.aftercare.none);
    await page.expectAccessible();

    // Placed by Helsinki and living in Central Uusimaa: not this county's aftercare, and no responsible worker.
    await page.record({
      startedOn: finnishDay(started),
      placingCounty: HELSINKI,
      residenceCounty: CENTRAL,
    });
    const form = page.form('record-aftercare');
    await form.getByText(t.rules.county_concerned).waitFor();
    expect(await page.fieldMessage(page.countyField(t.aftercare.residenceCounty))).toContain(t.rules.county_concerned);
    expect(await page.fieldMessage(page.contactNameField('responsibleWorker'))).toContain(t.rules.responsible_worker);
    expect(await page.fieldMessage(page.countyField(t.aftercare.placingCounty))).toBe('');
    await page.expectAccessible();
    expect(ok(await sys().as('tuomas').get(`/clients/${NEA.id}/aftercare`)).aftercare).toBeNull();

    // Placed from here, living in Central Uusimaa, the plan agreed the day it started, Kaisu the contact there.
    await page.record({ placingCounty: OWN, planAgreedOn: finnishDay(started), otherCountyContact: KAISU });
    await page.waitForStatus(t.aftercare.saved);
    expect(await page.facts()).toEqual({
      [t.aftercare.basis]: t.aftercare.bases.placement,
      [t.aftercare.period]: page.text(t.aftercare.periodText, {
        from: finnishDay(started),
        to: finnishDay(`${year + 5}-01-14`),
      }),
      [t.aftercare.placingCounty]: OWN,
      [t.aftercare.residenceCounty]: CENTRAL,
      [t.aftercare.planAgreedOn]: finnishDay(started),
    });
    // Placed from here: the own worker here is the responsible worker; Kaisu arranges in Central Uusimaa.
    expect(await page.contactKinds()).toEqual(['responsible', 'own', 'other']);
    expect((await page.contact('responsible')).slice(0, 2)).toEqual([t.aftercare.contacts.responsible, WORKER.name]);
    expect(await page.contact('responsible')).toContain(OWN);
    expect((await page.contact('own')).slice(0, 2)).toEqual([t.aftercare.contacts.own, WORKER.name]);
    expect(await page.contact('other')).toEqual([
      t.aftercare.contacts.other,
      KAISU.name,
      KAISU.team,
      CENTRAL,
      KAISU.phone,
      KAISU.email,
    ]);
    const recorded = ok(await sys().as('tuomas').get(`/clients/${NEA.id}/aftercare`));
    expect(recorded.aftercare).toMatchObject({
      placingCounty: 'west_uusimaa',
      residenceCounty: 'central_uusimaa',
      endsOn: `${year + 5}-01-14`,
      otherCountyContact: { name: KAISU.name, email: KAISU.email },
    });
    expect(recorded.allowedActions).toEqual(
      expect.arrayContaining(['record', 'recordServiceElsewhere', 'recordCost', 'sendPlan']),
    );
    await page.expectAccessible();
    await page.screenshots('aftercare');

    // The client plan, reached by the keyboard, is a PDF.
    const plan = await page.openPlan();
    expect(plan.status).toBe(200);
    expect(plan.contentType).toBe('application/pdf');
    expect(plan.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // What Central Uusimaa arranges, and what it told this month cost.
    await page.addServiceElsewhere({ service: 'Tukiasuminen', from: finnishDay(started) });
    await page.waitForStatus(page.text(t.aftercare.serviceElsewhere.added, { service: 'Tukiasuminen' }));
    await page.expectAccessible();
    await page.recordCost({ month: today.slice(0, 7), euros: '420,50' });
    await page.waitForStatus(
      page.text(t.aftercare.cost.saved, { service: 'Tukiasuminen', month: monthText(today.slice(0, 7)) }),
    );
    expect(await page.rows('aftercare-services-elsewhere')).toEqual([
      {
        [t.aftercare.servicesElsewhere.service]: 'Tukiasuminen',
        [t.aftercare.servicesElsewhere.county]: CENTRAL,
        [t.aftercare.servicesElsewhere.period]: `${finnishDay(started)}–`,
        [t.aftercare.servicesElsewhere.costs]: `${monthText(today.slice(0, 7))}: ${euros(42_050)}`,
      },
    ]);
    await page.expectAccessible();

    // The plan goes to Central Uusimaa, once.
    await page.sendPlan();
    await page.waitForStatus(page.text(t.aftercare.plan.sent, { county: CENTRAL }));
    const [{ sent }] = await sys().db.query(
      `select count(*)::int as sent from outbox where topic = 'county.client_plan' and payload->>'clientId' = $1`,
      [NEA.id],
    );
    expect(sent).toBe(1);
    await page.expectAccessible();
  });
});

describe("aftercare's figures", () => {
  it('show the team lead each responsible worker against the norm, the counties and the costs as the API counts them', async () => {
    const lead = (await web.signedIn('Tuomas Rantanen')).as(AftercareFiguresPage);
    const t = lead.t;
    await lead.open();
    const figures = ok(await sys().as('tuomas').get('/reports/aftercare'));

    const mine = figures.responsibleWorkers.find((w: { userId: string }) => w.userId === WORKER.id);
    expect(mine).toMatchObject({ norm: 40 });
    expect(mine.youngPeople).toBeGreaterThanOrEqual(1);
    expect((await lead.table('aftercare-workers'))[WORKER.id]).toEqual({
      youngPeople: figureText(mine.youngPeople, 0),
      norm: '40',
    });
    const over = figures.responsibleWorkers.filter((w: { overNorm: boolean }) => w.overNorm);
    expect(await lead.overNormText()).toBe(
      over.length === 0
        ? t.aftercare.figures.noneOverNorm
        : lead.text(t.aftercare.figures.overNorm, { names: over.map((w: { name: string }) => w.name).join(', ') }),
    );

    const helsinki = figures.counties.find((c: { countyCode: string }) => c.countyCode === 'helsinki');
    expect(helsinki.placedFromHere).toBeGreaterThanOrEqual(1);
    expect((await lead.table('aftercare-counties')).helsinki).toEqual({
      placedFromHere: figureText(helsinki.placedFromHere, 0),
      placedHere: figureText(helsinki.placedHere, 0),
    });

    const cost = figures.costs.find(
      (c: { countyCode: string; year: number }) => c.countyCode === 'helsinki' && c.year === year,
    );
    expect(cost.paidByUsCents).toBeGreaterThanOrEqual(61_000);
    expect((await lead.costs())[`${year}:helsinki`]).toEqual({
      [t.aftercare.figures.year]: String(year),
      [t.aftercare.figures.county]: HELSINKI,
      [t.aftercare.figures.paidByThem]: euros(cost.paidByThemCents),
      [t.aftercare.figures.paidByUs]: euros(cost.paidByUsCents),
    });
    await lead.expectAccessible();
    await lead.screenshots('figures-aftercare');

    // The norm on the settings page, named and scoped by the profession as the caseload norm is.
    const settings = lead.as(SettingsPage);
    await settings.open();
    expect(await settings.row('in-force', 'aftercare_caseload_norm', 'social_worker')).toMatchObject({
      [t.settings.key]: t.settings.keys.aftercare_caseload_norm,
      [t.settings.scope]: t.settings.professions.social_worker,
      [t.settings.value]: '40',
    });
    await settings.expectAccessible();
  });
});

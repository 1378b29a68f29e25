import { randomUUID } from 'node:crypto';
import { finnishDate } from '../apps/web/src/common/format';
import { fi } from '../apps/web/src/common/locales/fi';
import { sv } from '../apps/web/src/common/locales/sv';
import { ageBand, ageOn } from '../libs/domain/dates';
import { addWorkingDays } from '../libs/domain/working-days';
import { ArrangementPage } from './pages/arrangement';
import { MyClientsPage } from './pages/my-clients';
import { OrdersPage } from './pages/orders';
import { type ApiUser, demo, proposal } from './support/api';
import { ok } from './support/expect';
import { activeService } from './support/fixtures';
import { browserTests, ownWorkerOfOwn } from './support/web-tests';

/**
 * The first screens as their readers use them, in Finnish and Swedish, on a desk and on a phone: each page
 * puts first what its reader acts on next, names its parties and labels every figure; lists tell their
 * rows apart; a supplier's order says enough to decide on and nothing of who the family is.
 */
const web = browserTests();
const sys = () => web.sys;

/** An own worker of this file's own, whose clients no other file counts. */
const ville = { id: randomUUID(), username: 'ville', name: 'Ville Näkymätesti' };
let villeApi: ApiUser;
const BORN = '2014-05-20';
const runs = { id: randomUUID(), name: 'Rauni Jaksotesti' };
const twoServices = { id: randomUUID(), name: 'Tuomas Kaksipalvelu' };
const proposed = { id: randomUUID(), name: 'Pihla Esitystesti' };
const ordered = { id: randomUUID(), name: 'Onni Tilaustesti' };
const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 900 };

beforeAll(async () => {
  villeApi = await ownWorkerOfOwn(sys(), ville);
  for (const c of [runs, twoServices, proposed, ordered]) {
    await sys().db.query(
      `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
       values ($1, $2, $3, 'espoo', 'fi', 'SHL', $4)`,
      [c.id, c.name, BORN, ville.id],
    );
  }
});

const signedIn = web.signedIn;
const finnish = finnishDate;
const texts = { fi, sv };

async function municipality(): Promise<{ fi: string; sv: string }> {
  const rows: { fi: string; sv: string }[] = await sys().db.query(
    `select name_fi as fi, name_sv as sv from municipality where code = 'espoo'`,
  );
  return rows[0]!;
}

async function teamName(teamId: string): Promise<{ fi: string; sv: string }> {
  const rows: { fi: string; sv: string }[] = await sys().db.query(
    `select name_fi as fi, name_sv as sv from team where id = $1`,
    [teamId],
  );
  return rows[0]!;
}

describe('the first screens', () => {
  it("opens the own worker's running service with its period, what falls due and the month's use; names its parties, labels the decision and says who did each step", async () => {
    const started = await activeService(sys(), 'home_help', demo.perhepolku, undefined, runs.id, villeApi);
    const a = ok(await villeApi.get(`/arrangements/${started.id}`));
    // The next evaluation is the domain's date, never after the period it evaluates.
    expect(a.running.nextEvaluationDueOn <= a.running.periodEnd).toBe(true);
    expect(a.running.continuationDueFrom <= a.running.periodEnd).toBe(true);
    const team = await teamName(a.teamId);

    const page = (await signedIn(ville.name)).as(ArrangementPage);
    for (const lang of ['fi', 'sv'] as const) {
      if (lang === 'sv') await page.chooseLanguage('sv');
      const t = texts[lang];
      await page.open(started.id);
      const period = `${page.text(t.running.period, { n: 1 })}: ${finnish(a.running.periodStart)}–${finnish(a.running.periodEnd)}`;
      const cards = await page.cardHeadings();
      // The period and the month's use come first; the evaluation, not due on the day the service starts,
      // is a button below them, not a form.
      expect(cards[0]).toBe(period);
      expect(cards[1]).toMatch(new RegExp(`^${t.running.use.split(' ')[0]}`));
      expect(await page.evaluationDue()).toBe(false);
      await page.button(t.facts.recordEvaluation).waitFor();
      // Asking for a change and ending early are buttons too until asked for.
      await page.button(t.facts.openChange).waitFor();
      await page.button(t.facts.openTermination).waitFor();
      expect(await page.textbox(t.running.changeReason).count()).toBe(0);
      for (const size of [DESK, PHONE]) {
        await page.page.setViewportSize(size);
        expect(await page.top(period)).toBeLessThan(size.height / 2);
      }
      await page.page.setViewportSize(DESK);

      expect(await page.facts(period)).toMatchObject({
        [t.running.startedOn]: finnish(a.startedOn),
        [t.arrangement.hours]: '20',
        [t.running.nextEvaluation]: finnish(a.running.nextEvaluationDueOn),
        [t.facts.continuationFrom]: finnish(a.running.continuationDueFrom),
        [t.running.continuationDue]: finnish(a.running.periodEnd),
      });
      expect(await page.facts(t.facts.parties)).toEqual({
        [t.facts.way]: t.facts.ways.purchase,
        [t.facts.supplier]: a.parties.supplier.name,
        [t.facts.ownWorker]: ville.name,
        [t.facts.team]: team[lang],
        [t.facts.handler]: 'Sanna Mäkinen',
      });
      expect(await page.facts(t.arrangement.decision)).toEqual({
        [t.facts.outcome]: t.arrangement.outcome.granted,
        [t.facts.decidedOn]: finnish(a.decision.decidedOn),
        [t.facts.decidedBy]: 'Sanna Mäkinen',
        [t.facts.grantedFor]: `${finnish(a.decision.periodStart)}–${finnish(a.decision.periodEnd)}`,
      });
      // Every step says who took it: the own worker sent it, the team took and decided it, the supplier accepted.
      const timeline = await page.timeline();
      const by = (name: string, role: keyof typeof t.roles) => page.text(t.facts.by, { name, role: t.roles[role] });
      expect(timeline.find((e) => e.includes(t.events.submitted))).toContain(by(ville.name, 'own_worker'));
      expect(timeline.find((e) => e.includes(t.events.claimed))).toContain(by('Sanna Mäkinen', 'arranging'));
      expect(timeline.find((e) => e.includes(t.events.order_accepted))).toContain(t.roles.supplier);
      expect(timeline.every((e) => e.includes(' · '))).toBe(true);
      await page.expectAccessible();
      await page.screenshots(`running-own-worker-first-${lang}`);
    }

    // Asked for, the evaluation form opens.
    await page.button(sv.facts.recordEvaluation).click();
    await page.textbox(sv.worker.heldOn).waitFor();
    await page.expectAccessible();
  });

  it("tells two services of one client apart in my clients: period, hours, supplier and the status's day", async () => {
    const today = await sys().today();
    await activeService(sys(), 'home_help', demo.perhepolku, undefined, twoServices.id, villeApi);
    await activeService(sys(), 'home_help', demo.familjestod, undefined, twoServices.id, villeApi, {
      hoursPerMonth: 12,
    });
    const page = (await signedIn(ville.name)).as(MyClientsPage);
    for (const lang of ['fi', 'sv'] as const) {
      if (lang === 'sv') await page.chooseLanguage('sv');
      const t = texts[lang];
      await page.waitForHeading();
      const rows = await page.serviceRows(twoServices.name);
      expect(rows).toHaveLength(2);
      expect(new Set(rows).size).toBe(rows.length);
      const since = page.text(t.facts.since, { status: t.status.active, date: finnish(today) });
      const twelve = rows.find((r) => r.includes(page.text(t.facts.hoursPerMonth, { hours: 12 })));
      expect(twelve).toContain(since);
      expect(twelve).toContain(`${t.facts.supplier}: Familjestöd Väst Ab`);
      expect(twelve).toContain(`${t.facts.period} ${finnish(today)}–`);
      const twenty = rows.find((r) => r.includes(page.text(t.facts.hoursPerMonth, { hours: 20 })));
      expect(twenty).toContain(`${t.facts.supplier}: Perhepolku Oy`);
      await page.expectAccessible();
      await page.screenshots(`my-clients-two-services-${lang}`);
    }
  });

  it("shows the team member the child's age, the municipality and the own worker beside the proposal", async () => {
    const today = await sys().today();
    const { id } = ok(await villeApi.post('/arrangements', proposal(proposed.id)));
    ok(await villeApi.post(`/arrangements/${id}/submit`));
    const place = await municipality();
    const age = ageOn(BORN, today);
    const page = (await signedIn('Sanna Mäkinen', 'sv')).as(ArrangementPage);
    for (const lang of ['sv', 'fi'] as const) {
      if (lang === 'fi') await page.chooseLanguage('fi');
      const t = texts[lang];
      await page.open(id);
      expect(await page.facts(t.arrangement.proposal)).toMatchObject({
        [t.facts.age]: `${page.text(t.facts.years, { age })} ${page.text(t.facts.bornOn, { date: finnish(BORN) })}`,
        [t.facts.municipality]: place[lang],
        [t.arrangement.hours]: '20',
      });
      expect(await page.facts(t.facts.parties)).toMatchObject({
        [t.facts.ownWorker]: ville.name,
        [t.facts.way]: t.facts.notChosen,
      });
      await page.expectAccessible();
      await page.screenshots(`arrangement-team-proposal-${lang}`);
    }
  });

  it('shows a supplier what it decides an order on (municipality, age band, hours, wished start, the deadline to answer) and nothing of who the family is', async () => {
    const today = await sys().today();
    const { id } = ok(await villeApi.post('/arrangements', proposal(ordered.id, { desiredStartOn: today })));
    ok(await villeApi.post(`/arrangements/${id}/submit`));
    const sanna = sys().as('sanna');
    ok(await sanna.post(`/arrangements/${id}/claim`));
    ok(await sanna.post(`/arrangements/${id}/way`, { way: 'purchase', supplierId: demo.perhepolku }));
    const { contractId } = ok(await sanna.get(`/arrangements/${id}`));
    const rows: { days: number }[] = await sys().db.query(
      `select order_answer_working_days as days from supplier_contract where id = $1`,
      [contractId],
    );
    const answerBy = addWorkingDays(today, rows[0]!.days);
    const place = await municipality();

    const page = (await signedIn('Perhepolku Oy, tilaukset')).as(OrdersPage);
    for (const lang of ['fi', 'sv'] as const) {
      if (lang === 'sv') await page.chooseLanguage('sv');
      const t = texts[lang];
      await page.waitForHeading();
      expect(await page.orderFacts(id)).toEqual({
        [t.facts.municipality]: place[lang],
        [t.facts.ageBand]: page.text(t.facts.years, { age: ageBand(ageOn(BORN, today)) }),
        [t.arrangement.hours]: '20',
        [t.arrangement.desiredStart]: finnish(today),
        [t.facts.orderedOn]: finnish(today),
        [t.facts.answerBy]: finnish(answerBy),
      });
      const shown = (await page.order(id).textContent()) ?? '';
      for (const identity of [ordered.name, finnish(BORN), BORN]) expect(shown).not.toContain(identity);
      await page.expectAccessible();
      await page.screenshots(`orders-${lang}`);
    }
    // The order's own page says the same, and as little.
    const order = page.as(ArrangementPage);
    await order.open(id);
    expect(await order.facts(sv.orders.order)).toMatchObject({ [sv.facts.answerBy]: finnish(answerBy) });
    expect(await order.page.locator('main').textContent()).not.toContain(ordered.name);
    await order.expectAccessible();
    await order.screenshots('order-page-sv');

    // Declined and ordered from another supplier: that one is told a supplier declined, never who there did.
    ok(await sys().as('perhepolku').post(`/arrangements/${id}/order-response`, { accept: false, reason: 'Ei tilaa.' }));
    ok(await sanna.post(`/arrangements/${id}/way`, { way: 'purchase', supplierId: demo.familjestod }));
    type Step = { type: string; actor: { name: string | null; role: string } | null };
    const seen: Step[] = ok(await sys().as('familjestod').get(`/arrangements/${id}/timeline`));
    expect(seen.find((e) => e.type === 'order_declined')?.actor).toEqual({ name: null, role: 'supplier' });
    expect(seen.find((e) => e.type === 'submitted')?.actor).toEqual({ name: ville.name, role: 'own_worker' });
    const told: Step[] = ok(await sanna.get(`/arrangements/${id}/timeline`));
    expect(told.find((e) => e.type === 'order_declined')?.actor?.name).toBe('Perhepolku Oy, tilaukset');
  });
});

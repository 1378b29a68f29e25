import { euros, finnishDate } from '../apps/web/src/common/format';
import { addDays, addDuration } from '../libs/domain/dates';
import { ContractPage, ContractsPage } from './pages/contracts';
import { demo } from './support/api';
import { ok } from './support/expect';
import { publishTestService } from './support/fixtures';
import { browserTests } from './support/web-tests';

/**
 * Procurement's contract screens as Petra uses them: a contract made from a procurement decision, suspended
 * and resumed, renewed; the list of contracts ending within 90 days and its one-press renewal; in Finnish and
 * Swedish. What a team is offered is read over the API, as a team's own screen reads it. A service of this
 * file's own, so that its contracts meet no other test's.
 */
const web = browserTests();
const sys = () => web.sys;
const SERVICE = `web_contracts_${Date.now().toString(36)}`;
const SERVICE_NAME = `Testipalvelu ${SERVICE}`;
const PETRA = 'Petra Holm';
const PERHEPOLKU = 'Perhepolku Oy';
const FAMILJESTOD = 'Familjestöd Väst Ab';
let today = '';

beforeAll(async () => {
  await publishTestService(sys().as('riikka'), SERVICE, 'Testipalvelu sopimusnäkymien testeille');
  today = await sys().today();
});

/** The suppliers a team is offered for the service today, as a team member's screen asks for them. */
const offered = async (): Promise<string[]> =>
  ok(await sys().as('sanna').get(`/suppliers?serviceCode=${SERVICE}&on=${today}`)).map(
    (o: { supplierId: string }) => o.supplierId,
  );

describe("procurement's contract screens", () => {
  let created = '';

  it('make a contract from a procurement decision; suspended, its supplier is not offered; resumed and renewed, it is again', async () => {
    const list = (await web.signedIn(PETRA)).as(ContractsPage);
    await list.waitForHeading();
    await list.expectAccessible();
    await list.screenshots('contracts');

    const form = await list.openNew();
    const validTo = addDays(today, 200);
    await form.fill({
      supplier: PERHEPOLKU,
      service: SERVICE_NAME,
      decision: 'HANK 2026/31 § 7',
      price: '52,50',
      validFrom: finnishDate(today),
      validTo: finnishDate(validTo),
      freeCancellationHours: '24',
      orderEmail: 'tilaukset@perhepolku.example',
      reason: 'Kilpailutuksen voittaja',
    });
    await form.expectAccessible();
    await form.screenshots('contracts-new');
    created = await form.save();

    const page = form.as(ContractPage);
    const t = page.t.contracts;
    expect(await page.facts()).toMatchObject({
      [t.supplier]: PERHEPOLKU,
      [t.service]: SERVICE_NAME,
      [t.decision]: 'HANK 2026/31 § 7',
      [t.price]: `${euros(5250)} / tunti`,
      [t.validity]: `${finnishDate(today)}–${finnishDate(validTo)}`,
      [t.orderEmail]: 'tilaukset@perhepolku.example',
      [t.statusLabel]: t.status.active,
    });
    expect(await page.historyEntries()).toEqual([expect.stringMatching(/Sopimus tehty · Petra Holm/)]);
    expect((await page.historyEntries())[0]).toContain('Kilpailutuksen voittaja');
    expect(await page.stepsOffered()).toEqual([t.renewTitle, t.repriceTitle, t.suspendTitle, t.endTitle]);
    expect(await offered()).toContain(demo.perhepolku);
    await page.expectAccessible();
    await page.screenshots('contracts-contract');

    await page.suspend('Valvonta kesken');
    expect(await offered()).not.toContain(demo.perhepolku);
    // Suspended, it is resumed rather than suspended again: the page offers what the API allows.
    expect(await page.stepsOffered()).toEqual([t.renewTitle, t.repriceTitle, t.resumeTitle, t.endTitle]);
    await page.expectAccessible();
    await page.screenshots('contracts-suspended');

    await page.resume('Selvitys saatu');
    expect(await offered()).toContain(demo.perhepolku);

    // A refusal of the API is told beside the field it names, by its rule, in the reader's language.
    expect(await page.renewRefused(finnishDate(addDays(validTo, -1)), 'Lyhennys')).toContain(
      page.t.rules.extends_validity,
    );
    await page.reload();
    await page.history().waitFor();

    const anotherYear = addDuration(validTo, 'P1Y');
    expect(await page.offeredRenewal()).toBe(finnishDate(anotherYear));
    await page.renew('Optiovuosi käytetty');
    expect(await offered()).toContain(demo.perhepolku);
    const entries = await page.historyEntries();
    expect(entries.map((e) => e.split(' · ')[0]!.replace(/^\S+ /, '').split(':')[0])).toEqual([
      t.kinds.created,
      t.kinds.suspended,
      t.kinds.resumed,
      t.kinds.renewed,
    ]);
    expect(entries.at(-1)).toContain(page.text(t.changed.renewed, { date: finnishDate(anotherYear) }));
    expect(entries.at(-1)).toContain('Optiovuosi käytetty');
    const contract = ok(await sys().as('petra').get(`/contracts/${created}`));
    expect(contract).toMatchObject({ validTo: anotherYear, status: 'active', inForceToday: true });
  });

  it('renew a contract ending within 90 days for another year with one press, which takes it off the list', async () => {
    const ending = ok(
      await sys()
        .as('petra')
        .post('/contracts', {
          supplierId: demo.familjestod,
          serviceCode: SERVICE,
          procurementDecision: 'HANK 2025/9 § 3',
          unit: 'hour',
          unitPriceCents: 4800,
          validFrom: '2025-01-01',
          validTo: addDays(today, 30),
          reason: 'Edellinen kilpailutus',
        }),
    );
    const list = (await web.signedIn(PETRA)).as(ContractsPage);
    await list.endingRow(ending.id).waitFor();
    await list.expectAccessible();
    await list.screenshots('contracts-ending');

    const until = addDuration(ending.validTo, 'P1Y');
    await list.renewForAnotherYear(ending.id, FAMILJESTOD, finnishDate(until));
    await list.row(ending.id).waitFor();
    expect(await list.endingRow(ending.id).count()).toBe(0);
    // The list of all filtered to the supplier and the service: this contract alone; as suspended: none.
    const t = list.t.contracts;
    await list.filterBy(t.supplier, FAMILJESTOD);
    await list.filterBy(t.service, SERVICE_NAME);
    await list
      .allTable()
      .getByText(list.text(t.allCaption_one, { count: 1 }))
      .waitFor();
    expect(await list.allTable().locator('tbody tr').count()).toBe(1);
    await list.row(ending.id).waitFor();
    await list.filterBy(t.statusLabel, t.status.suspended);
    await list.waitForText(t.noneFound, true);

    const renewed = ok(await sys().as('petra').get(`/contracts/${ending.id}`));
    expect(renewed.validTo).toBe(until);
    expect(renewed.history.at(-1)).toMatchObject({
      kind: 'renewed',
      reason: list.t.contracts.renewYearReason,
      by: expect.objectContaining({ name: PETRA }),
    });
  });

  it('read in Swedish, and offer a team lead, who reads contracts, no change', async () => {
    const sv = (await web.signedIn(PETRA, 'sv')).as(ContractsPage);
    await sv.waitForHeading();
    expect(await sv.h1s()).toEqual(['Avtal']);
    await sv.row(created).waitFor();
    const page = sv.as(ContractPage);
    await page.open(created);
    const t = page.t.contracts;
    expect(await page.h1s()).toEqual([`Avtal: ${PERHEPOLKU}, Testtjänst ${SERVICE}`]);
    expect(await page.facts()).toMatchObject({
      [t.decision]: 'HANK 2026/31 § 7',
      [t.price]: `${euros(5250)} / timme`,
      [t.statusLabel]: 'I kraft',
    });
    expect(Object.keys(await page.facts())).toContain('Upphandlingsbeslut');
    expect(await page.stepsOffered()).toEqual([
      'Förläng avtalet',
      'Ändra priset',
      'Avbryt avtalet tillfälligt',
      'Säg upp avtalet',
    ]);
    await page.expectAccessible();
    await page.screenshots('contracts-contract-sv');

    const lead = (await web.signedIn('Riikka Salo')).as(ContractPage);
    await lead.open(created);
    expect(await lead.stepsOffered()).toEqual([]);
  });
});

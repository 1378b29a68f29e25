import { randomUUID } from 'node:crypto';
import { addDays, addDuration } from '../libs/domain/dates';
import { connect, demo, proposal, type ApiUser, type System } from './support/api';
import { ok, refused } from './support/expect';
import { ownProduction } from './support/fixtures';

let sys: System;
let aino: ApiUser, sanna: ApiUser, riikka: ApiUser, petra: ApiUser, perhepolku: ApiUser;

beforeAll(async () => {
  sys = await connect();
  aino = sys.as('aino');
  sanna = sys.as('sanna');
  riikka = sys.as('riikka');
  petra = sys.as('petra');
  perhepolku = sys.as('perhepolku');
});
afterAll(() => sys.close());

const SERVICES = [
  'home_help',
  'family_work',
  'intensified_family_work',
  'intensive_intensified_family_work',
  'professional_support_person',
  'family_rehabilitation_24h',
  'open_family_rehabilitation',
  'support_family',
  'volunteer_support_person',
  'reunification_family_work',
  // Child welfare's aftercare (seed 003): supported housing's support, for young people of 18–24.
  'aftercare_housing_support',
];

type Problem = { field: string; rule: string };
const rulesOf = (problems: Problem[]) => problems.map((p) => `${p.field}:${p.rule}`).sort();

describe('the service catalogue', () => {
  it('holds every service of the domain with its card and rules in Finnish, Swedish and English', async () => {
    // Version 1 is the catalogue the region starts with; other tests publish services of their own.
    const catalogue = ok(await aino.get('/catalogue/services?version=1'));
    expect(catalogue.services.map((s: { code: string }) => s.code).sort()).toEqual([...SERVICES].sort());
    for (const s of catalogue.services) {
      for (const text of [s.name, s.description, s.fee.note, ...s.rightWhen.map((c: any) => c.text)]) {
        expect(Object.keys(text).sort()).toEqual(['en', 'fi', 'sv']);
        expect(Object.values(text).every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
      }
    }
    const byCode = Object.fromEntries(catalogue.services.map((s: any) => [s.code, s]));
    expect(byCode.home_help).toMatchObject({
      hoursPerMonth: { min: 8, max: 40 },
      periods: { first: 'P3M', step: 'P3M', max: 'P12M', specialExtra: 'P6M' },
      accessTarget: 'P1W',
      fee: { kind: 'free_as_support_measure' },
      group: 'home_delivered',
    });
    expect(byCode.intensified_family_work).toMatchObject({
      legalBases: ['LsL'],
      hoursPerMonth: { min: 10, max: 30 },
      accessTarget: 'P1M',
    });
    expect(byCode.family_work).toMatchObject({ accessTarget: 'P1M', evaluationInterval: 'P3M', fee: { kind: 'free' } });
    expect(byCode.professional_support_person.ageRange).toEqual({ min: 10, max: 17, special: { min: 7, max: 9 } });
    expect(byCode.family_rehabilitation_24h).toMatchObject({
      group: 'round_the_clock',
      periods: { first: 'P3M', step: 'P1M', max: 'P6M', specialExtra: null },
      requiredSteps: ['decision', 'introductory_visit', 'starting_negotiation', 'monthly_interim_negotiation'],
      evaluationInterval: 'P1M',
    });
    expect(byCode.reunification_family_work.group).toBe('substitute_care_families');
  });

  it('gives the cards in the worker’s language, and searches in it', async () => {
    const sv = ok(await aino.get('/catalogue/services?lang=sv'));
    const psp = sv.services.find((s: any) => s.code === 'professional_support_person');
    expect(psp.name).toBe('Professionell stödperson');
    expect(psp.notRightWhen).toContainEqual({
      code: 'volunteer_would_do',
      text: expect.stringContaining('frivillig stödperson'),
    });

    const found = ok(await aino.get(`/catalogue/services?lang=sv&q=${encodeURIComponent('stödperson')}`));
    expect(found.services.map((s: any) => s.code).sort()).toEqual([
      'professional_support_person',
      'volunteer_support_person',
    ]);
    const fi = ok(await aino.get(`/catalogue/services?lang=fi&q=${encodeURIComponent('perhekuntoutus')}`));
    expect(fi.services.map((s: any) => s.code).sort()).toEqual([
      'family_rehabilitation_24h',
      'open_family_rehabilitation',
    ]);
    // The Finnish word is not found among the Swedish texts.
    expect(ok(await aino.get(`/catalogue/services?lang=sv&q=perhekuntoutus`)).services).toEqual([]);
    const shl = ok(await aino.get('/catalogue/services?legalBasis=SHL&group=home_delivered'));
    expect(shl.services.every((s: any) => s.legalBases.includes('SHL'))).toBe(true);
    expect(shl.services.map((s: any) => s.code)).not.toContain('intensified_family_work');

    const card = ok(await aino.get('/catalogue/services/home_help?lang=en'));
    expect(card.name).toBe('Home help for families with children');
    refused(await aino.get('/catalogue/services?lang=de'), 400);
    refused(await aino.get('/catalogue/services/massage'), 404);
  });
});

describe('a proposal checked against its principle card', () => {
  it('refuses each hard rule, naming the field and the rule', async () => {
    const countOf = async (clientId: string) =>
      (await sys.db.query('select count(*)::int as n from arrangement where client_id = $1', [clientId]))[0]
        .n as number;
    const [viljaBefore, eetuBefore] = [await countOf(demo.vilja.id), await countOf(demo.eetu.id)];
    const young = refused(
      await aino.post('/arrangements', proposal(demo.vilja.id, { serviceCode: 'professional_support_person' })),
      400,
    );
    expect(rulesOf(young.problems)).toEqual(['clientId:age_range']);
    expect(young.problems[0]!.message).toContain('the child is 5');

    const hours = refused(await aino.post('/arrangements', proposal(demo.eetu.id, { hoursPerMonth: 7 })), 400);
    expect(rulesOf(hours.problems)).toEqual(['hoursPerMonth:range']);

    const tooLong = refused(await aino.post('/arrangements', proposal(demo.eetu.id, { plannedDuration: 'P19M' })), 400);
    expect(rulesOf(tooLong.problems)).toEqual(['plannedDuration:period_max']);
    // A special consideration does not lift a hard rule.
    const stillTooLong = refused(
      await aino.post(
        '/arrangements',
        proposal(demo.eetu.id, { plannedDuration: 'P2Y', specialConsideration: 'Perhe tarvitsee pitkän tuen.' }),
      ),
      400,
    );
    expect(rulesOf(stillTooLong.problems)).toEqual(['plannedDuration:period_max']);

    const unknown = refused(
      await aino.post('/arrangements', proposal(demo.eetu.id, { notRightWhenPresent: ['too_expensive'] })),
      400,
    );
    expect(rulesOf(unknown.problems)).toEqual(['notRightWhenPresent:known_criterion']);
    // Nothing refused was written.
    expect([await countOf(demo.vilja.id), await countOf(demo.eetu.id)]).toEqual([viljaBefore, eetuBefore]);
  });

  it('requires a written special consideration for each soft rule, and carries it into the queue', async () => {
    const psp = { serviceCode: 'professional_support_person', hoursPerMonth: null };
    const unjustified = refused(await aino.post('/arrangements', proposal(demo.ella.id, psp)), 400);
    expect(rulesOf(unjustified.problems)).toEqual(['specialConsideration:special_consideration_required']);
    expect(unjustified.problems[0]!.message).toContain('the child is 7');

    const marked = refused(
      await aino.post(
        '/arrangements',
        proposal(demo.ella.id, { ...psp, notRightWhenPresent: ['another_service_starting'] }),
      ),
      400,
    );
    // Both soft rules are named at once: the age and the criterion.
    expect(marked.problems).toHaveLength(2);

    const reason = 'Ellan kehitystaso ja tarve vastaavat vanhempaa lasta; perheterapia alkaa vasta keväällä.';
    const created = ok(
      await aino.post(
        '/arrangements',
        proposal(demo.ella.id, {
          ...psp,
          notRightWhenPresent: ['another_service_starting'],
          specialConsideration: reason,
        }),
      ),
    );
    expect(created.specialConsiderations).toEqual([
      'age_special_consideration',
      'not_right_when:another_service_starting',
    ]);
    expect(created.proposal.specialConsideration).toBe(reason);
    ok(await aino.post(`/arrangements/${created.id}/submit`));

    const queue = ok(await sanna.get('/teams/arr-fsw/queue?service=professional_support_person&limit=200'));
    const item = queue.items.find((i: { id: string }) => i.id === created.id);
    expect(item.specialConsiderations).toEqual([
      'age_special_consideration',
      'not_right_when:another_service_starting',
    ]);
    const seen = ok(await sanna.get(`/arrangements/${created.id}`));
    expect(seen.proposal.specialConsideration).toBe(reason);

    // An extension past the maximum is a soft rule too.
    const extended = refused(
      await aino.post('/arrangements', proposal(demo.eetu.id, { plannedDuration: 'P15M' })),
      400,
    );
    expect(rulesOf(extended.problems)).toEqual(['specialConsideration:special_consideration_required']);
    const justified = ok(
      await aino.post(
        '/arrangements',
        proposal(demo.eetu.id, { plannedDuration: 'P15M', specialConsideration: 'Äidin kuntoutus kestää pitkään.' }),
      ),
    );
    expect(justified.specialConsiderations).toEqual(['extension_special_consideration']);
  });

  it('checks the proposal again when it is submitted', async () => {
    const draft = ok(
      await aino.post(
        '/arrangements',
        proposal(demo.eetu.id, { serviceCode: 'professional_support_person', hoursPerMonth: null }),
      ),
    );
    // The client information system corrects the child's date of birth: he is 8, not 12.
    await sys.db.query(`update client set date_of_birth = '2018-06-01' where id = $1`, [demo.eetu.id]);
    try {
      const refusedSubmit = refused(await aino.post(`/arrangements/${draft.id}/submit`), 400);
      expect(rulesOf(refusedSubmit.problems)).toEqual(['specialConsideration:special_consideration_required']);
      expect(ok(await aino.get(`/arrangements/${draft.id}`)).status).toBe('draft');

      const { justification, goals } = draft.proposal;
      ok(
        await aino.put(
          `/arrangements/${draft.id}/proposal`,
          {
            hoursPerMonth: null,
            needsAssessedOn: draft.needsAssessedOn,
            desiredStartOn: draft.desiredStartOn,
            justification,
            goals,
            fitWithOtherServices: draft.proposal.fitWithOtherServices,
            specialConsideration: 'Tavoitteellinen muutostyö on perusteltua jo 8-vuotiaalle.',
          },
          'psp-consideration-1',
        ),
      );
      expect(ok(await aino.post(`/arrangements/${draft.id}/submit`)).status).toBe('submitted');
    } finally {
      await sys.db.query('update client set date_of_birth = $2 where id = $1', [demo.eetu.id, demo.eetu.dateOfBirth]);
    }
  });
});

describe('changing the catalogue', () => {
  const pilot = (overrides: Record<string, unknown> = {}) => ({
    code: 'family_coaching_pilot',
    name: { fi: 'Perhevalmennus (kokeilu)', sv: 'Familjecoachning (försök)', en: 'Family coaching (pilot)' },
    description: { fi: 'Kokeilu.', sv: 'Försök.', en: 'A pilot.' },
    legalBases: ['SHL'],
    group: 'home_delivered',
    waysOfArranging: ['own_production'],
    rightWhen: [],
    notRightWhen: [],
    ageRange: { min: 0, max: 17 },
    hoursPerMonth: { min: 8, max: 40 },
    periods: { first: 'P3M', step: 'P3M', max: 'P12M', specialExtra: null },
    requiredSteps: ['decision'],
    evaluationInterval: 'P1M',
    accessTarget: 'P1W',
    fee: { kind: 'free', note: { fi: 'Maksuton', sv: 'Avgiftsfri', en: 'Free' } },
    ...overrides,
  });
  const latest = async () => ok(await riikka.get('/catalogue/versions'))[0].version as number;

  it('is for the team lead, and refuses a card that is not complete in every language', async () => {
    const base = await latest();
    const change = { basedOnVersion: base, note: 'Kokeilu alkaa', service: pilot() };
    refused(await sanna.put('/catalogue/services/family_coaching_pilot', change), 403);
    refused(await petra.put('/catalogue/services/family_coaching_pilot', change), 403);
    refused(await perhepolku.put('/catalogue/services/family_coaching_pilot', change), 403);
    const noSwedish = refused(
      await riikka.put('/catalogue/services/family_coaching_pilot', {
        ...change,
        service: pilot({ name: { fi: 'Perhevalmennus', en: 'Family coaching' } }),
      }),
      400,
    );
    expect(noSwedish.problems).toContainEqual(expect.objectContaining({ field: 'service.name.sv' }));
    const badDuration = refused(
      await riikka.put('/catalogue/services/family_coaching_pilot', {
        ...change,
        service: pilot({ accessTarget: 'one week' }),
      }),
      400,
    );
    expect(badDuration.problems).toContainEqual(expect.objectContaining({ field: 'service.accessTarget' }));
    const mismatch = refused(await riikka.put('/catalogue/services/home_help', change), 400);
    expect(mismatch.problems[0]).toMatchObject({ field: 'service.code', rule: 'matches_path' });
    expect(await latest()).toBe(base);
  });

  it('makes a new version for each change, and an arrangement keeps the version it was proposed under', async () => {
    const base = await latest();
    // Both proposals wish to start two weeks from today as the server counts it.
    const startOn = addDays(await sys.today(), 14);
    const first = { basedOnVersion: base, note: 'Kokeilu alkaa', service: pilot() };
    const v1 = ok(await riikka.put('/catalogue/services/family_coaching_pilot', first));
    expect(v1.version).toBe(base + 1);
    // The same change sent again is the same version, not a second one.
    expect(ok(await riikka.put('/catalogue/services/family_coaching_pilot', first)).version).toBe(base + 1);

    const old = ok(
      await aino.post(
        '/arrangements',
        proposal(demo.eetu.id, { serviceCode: 'family_coaching_pilot', hoursPerMonth: 35, desiredStartOn: startOn }),
      ),
    );
    expect(old).toMatchObject({ catalogueVersion: base + 1, dueOn: '2026-11-23' });

    const shorter = {
      basedOnVersion: base + 1,
      note: 'Lyhyemmät jaksot ja pienempi tuntimäärä',
      service: pilot({
        hoursPerMonth: { min: 10, max: 20 },
        periods: { first: 'P1M', step: 'P1M', max: 'P6M', specialExtra: null },
        accessTarget: 'P2W',
      }),
    };
    expect(ok(await riikka.put('/catalogue/services/family_coaching_pilot', shorter)).version).toBe(base + 2);
    const stale = refused(
      await riikka.put('/catalogue/services/family_coaching_pilot', { ...shorter, note: 'toinen' }),
      409,
    );
    expect(stale.message).toContain(`version ${base + 1}`);

    const versions = ok(await riikka.get('/catalogue/versions'));
    expect(versions[0]).toMatchObject({
      version: base + 2,
      note: 'Lyhyemmät jaksot ja pienempi tuntimäärä',
      changedCodes: ['family_coaching_pilot'],
      publishedBy: demo.userId('riikka'),
    });
    expect(ok(await aino.get(`/catalogue/services/family_coaching_pilot?version=${base + 1}`)).periods.first).toBe(
      'P3M',
    );

    // New proposals follow the new version: its hours, its access-time target, its first period.
    const refusedHours = refused(
      await aino.post(
        '/arrangements',
        proposal(demo.eetu.id, { serviceCode: 'family_coaching_pilot', hoursPerMonth: 35 }),
      ),
      400,
    );
    expect(rulesOf(refusedHours.problems)).toEqual(['hoursPerMonth:range']);
    const fresh = ok(
      await aino.post(
        '/arrangements',
        proposal(demo.eetu.id, { serviceCode: 'family_coaching_pilot', hoursPerMonth: 15, desiredStartOn: startOn }),
      ),
    );
    expect(fresh).toMatchObject({ catalogueVersion: base + 2, dueOn: '2026-11-30' });

    // The old arrangement keeps the old rules: 35 hours still fit, and it is granted a 3-month period.
    const { justification, goals, fitWithOtherServices } = old.proposal;
    ok(
      await aino.put(
        `/arrangements/${old.id}/proposal`,
        {
          hoursPerMonth: 36,
          needsAssessedOn: '2026-11-16',
          desiredStartOn: startOn,
          justification,
          goals,
          fitWithOtherServices,
        },
        'pilot-old-1',
      ),
    );
    for (const a of [old, fresh]) {
      ok(await aino.post(`/arrangements/${a.id}/submit`));
      ok(await sanna.post(`/arrangements/${a.id}/claim`));
      await ownProduction(sys, a.id);
    }
    const oldGranted = ok(await sanna.post(`/arrangements/${old.id}/decision`, { outcome: 'granted' }));
    expect(oldGranted).toMatchObject({
      catalogueVersion: base + 1,
      hoursPerMonth: 36,
      decision: { periodStart: startOn, periodEnd: addDays(addDuration(startOn, 'P3M'), -1) },
    });
    const freshGranted = ok(await sanna.post(`/arrangements/${fresh.id}/decision`, { outcome: 'granted' }));
    expect(freshGranted.decision).toMatchObject({
      periodStart: startOn,
      periodEnd: addDays(addDuration(startOn, 'P1M'), -1),
    });
  });
});

describe("the cards' own rules, as the county's documents say them", () => {
  /** Clients of the tests' own: an expecting parent in child welfare, and a 12-year-old with no special support needs. */
  const expecting = randomUUID();
  const plain = randomUUID();
  beforeAll(async () => {
    await sys.db.query(
      `insert into client (id, full_name, date_of_birth, municipality_code, language, legal_basis, own_worker_id)
       values ($1, 'Odottava Testinen', '1999-04-20', 'espoo', 'fi', 'LsL', $3),
              ($2, 'Tavallinen Testinen', '2014-02-02', 'espoo', 'fi', 'SHL', $4)`,
      [expecting, plain, demo.userId('helmi'), demo.userId('aino')],
    );
  });
  const rehabilitation = { serviceCode: 'family_rehabilitation_24h', hoursPerMonth: null };

  it('proposes 24-hour family rehabilitation for a pregnant person before the birth, and refuses a birth to other cards', async () => {
    const helmi = sys.as('helmi');
    // Seed 004: "Perhekuntoutusta tarjotaan myös raskaana olevalle". The ages are the coming child's.
    const created = ok(
      await helmi.post('/arrangements', proposal(expecting, { ...rehabilitation, expectedBirthOn: '2027-03-01' })),
    );
    expect(created).toMatchObject({ status: 'draft', teamId: 'arr-cw', specialConsiderations: [] });
    expect(created.proposal).toMatchObject({ expectedBirthOn: '2027-03-01', familyAgreedOn: '2026-11-16' });
    expect(ok(await helmi.post(`/arrangements/${created.id}/submit`)).status).toBe('submitted');

    // Without the birth it is an adult's proposal, which the card's ages refuse.
    const adult = refused(await helmi.post('/arrangements', proposal(expecting, rehabilitation)), 400);
    expect(rulesOf(adult.problems)).toEqual(['clientId:age_range']);
    // Other cards are not proposed before a birth.
    for (const serviceCode of ['intensified_family_work', 'support_family', 'open_family_rehabilitation']) {
      const other = refused(
        await helmi.post(
          '/arrangements',
          proposal(expecting, {
            serviceCode,
            hoursPerMonth: serviceCode === 'intensified_family_work' ? 20 : null,
            expectedBirthOn: '2027-03-01',
          }),
        ),
        400,
      );
      expect(rulesOf(other.problems)).toEqual(['expectedBirthOn:before_birth']);
    }
    // The child is not yet born when the need is assessed.
    const born = refused(
      await helmi.post('/arrangements', proposal(expecting, { ...rehabilitation, expectedBirthOn: '2026-11-01' })),
      400,
    );
    expect(rulesOf(born.problems)).toEqual(['expectedBirthOn:date_order']);
  });

  it('proposes a professional support person for a client without special support needs only with the special consideration', async () => {
    const psp = { serviceCode: 'professional_support_person', hoursPerMonth: null };
    const clients = ok(await aino.get('/clients'));
    const attribute = (id: string) => clients.find((c: { id: string }) => c.id === id).specialSupportNeeds;
    expect([attribute(plain), attribute(demo.eetu.id)]).toEqual([false, true]);

    const unjustified = refused(await aino.post('/arrangements', proposal(plain, psp)), 400);
    expect(rulesOf(unjustified.problems)).toEqual(['specialConsideration:special_consideration_required']);
    expect(unjustified.problems[0]!.message).toContain('special support needs');

    const reason = 'Tuki ehkäisee raskaamman palvelun tarpeen: koulunkäynti on katkeamassa.';
    const justified = ok(await aino.post('/arrangements', proposal(plain, { ...psp, specialConsideration: reason })));
    expect(justified.specialConsiderations).toEqual(['special_support_needs_special_consideration']);
    ok(await aino.post(`/arrangements/${justified.id}/submit`));
    // A client with special support needs, of the card's ages, asks nothing more.
    expect(ok(await aino.post('/arrangements', proposal(demo.eetu.id, psp))).specialConsiderations).toEqual([]);
  });

  it("records the family's agreement and the fit with other services with the proposal, and submits only with them", async () => {
    const familyWork = { serviceCode: 'family_work', hoursPerMonth: null };
    const bare = { familyAgreedOn: null, fitWithOtherServices: null };
    const draft = ok(await aino.post('/arrangements', proposal(plain, { ...familyWork, ...bare })));
    const notFitted = refused(await aino.post(`/arrangements/${draft.id}/submit`), 400);
    expect(rulesOf(notFitted.problems)).toEqual(['fitWithOtherServices:fit_with_other_services_required']);

    const edit = (over: Record<string, unknown>, key: string) =>
      aino.put(
        `/arrangements/${draft.id}/proposal`,
        { ...proposal(plain, { ...familyWork, ...over }), clientId: undefined, serviceCode: undefined },
        key,
      );
    const fit = 'Koulun oppilashuolto jatkuu; perhetyö käy iltapäivisin, ei päällekkäin.';
    ok(await edit({ familyAgreedOn: null, fitWithOtherServices: fit }, `fit-${draft.id}`));
    // Family work is voluntary (seed 002: "perustuu asiakasperheen vapaaehtoisuuteen").
    const notAgreed = refused(await aino.post(`/arrangements/${draft.id}/submit`), 400);
    expect(rulesOf(notAgreed.problems)).toEqual(['familyAgreedOn:family_agreement_required']);
    const future = refused(
      await edit({ familyAgreedOn: addDays(await sys.today(), 1), fitWithOtherServices: fit }, `future-${draft.id}`),
      400,
    );
    expect(rulesOf(future.problems)).toEqual(['familyAgreedOn:not_in_future']);

    ok(await edit({ familyAgreedOn: '2026-11-17', fitWithOtherServices: fit }, `agreed-${draft.id}`));
    expect(ok(await aino.post(`/arrangements/${draft.id}/submit`)).status).toBe('submitted');
    const seen = ok(await sanna.get(`/arrangements/${draft.id}`));
    expect(seen.proposal).toMatchObject({ familyAgreedOn: '2026-11-17', fitWithOtherServices: fit });

    // Home help asks no agreement, but the fit all the same.
    const homeHelp = ok(await aino.post('/arrangements', proposal(plain, { familyAgreedOn: null })));
    expect(ok(await aino.post(`/arrangements/${homeHelp.id}/submit`)).status).toBe('submitted');
  });

  it("loads home help as this county's rule, and says on each card whose document its values come from", async () => {
    const catalogue = ok(await aino.get('/catalogue/services?version=1'));
    const byCode = Object.fromEntries(catalogue.services.map((s: any) => [s.code, s]));
    // Seed 000, this county's: "maksuton kotipalvelu ... tuki satunnaisissa siirtymissä" wins over seed 002's 6.80 €/h.
    expect(byCode.home_help.fee.kind).toBe('free_as_support_measure');
    expect(byCode.home_help.fee.hourlyCents).toBeUndefined();
    expect(byCode.home_help.fee.note.fi).toContain('Maksuton');
    expect(byCode.home_help.rightWhen.map((c: { code: string }) => c.code)).toContain('occasional_transitions');
    expect(byCode.home_help.source.fi).toMatch(/Pirkanmaan.*aluevaltuusto 28\.4\.2026/);
    for (const code of ['family_work', 'intensified_family_work'])
      expect(byCode[code].source.en).toContain('Pirkanmaa');
    for (const code of ['professional_support_person', 'family_rehabilitation_24h']) {
      expect(byCode[code].source.en).toMatch(/West Uusimaa.*Pirkanmaa/);
    }
    for (const s of catalogue.services) {
      expect(Object.keys(s.source).sort()).toEqual(['en', 'fi', 'sv']);
    }
    expect(byCode.professional_support_person.primarilyForSpecialSupportNeeds).toBe(true);
    expect(byCode.family_rehabilitation_24h).toMatchObject({ beforeBirth: true, voluntary: true });
    expect(byCode.family_work.voluntary).toBe(true);
    // A worker reading the card in Swedish reads where it comes from in Swedish.
    const sv = ok(await aino.get('/catalogue/services/home_help?lang=sv'));
    expect(sv.source).toContain('Birkaland');
  });
});
